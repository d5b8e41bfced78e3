"""Learner progress: one JSON file per learner, atomic, locked, corruption-safe.

The file lives at ``settings.home() / "progress.json"`` (``CAREERKIT_HOME``
overrides the directory).  Every change goes through :func:`update_progress`,
which holds a cross-platform file lock (:mod:`filelock`) while it reads the
file, applies the change, writes a temporary file in the same directory,
flushes and fsyncs it, and moves it over the old file with :func:`os.replace`.
A reader therefore sees either the old document or the new one, never half of
either, and two notebooks answering at once lose nothing.

A file that does not parse, or parses into the wrong shape, is never reset in
place: it is moved aside as ``progress.json.corrupt-YYYYmmddTHHMMSS`` and a
:class:`ProgressWarning` names both paths.

Document shape::

    {"version": 1,
     "quiz": {section: {question_id: record}},
     "skills": {skill: 0..3},
     "roadmap": {"done": [topic, ...]}}

Notes
-----
The lock file ``progress.json.lock`` stays beside the progress file; it is
empty and harmless.  A file written by a newer careerkit (another
``version``) counts as the wrong shape and is moved aside like a broken one.
On Windows, a program outside careerkit that holds ``progress.json`` open
(an editor, a virus scanner) can make a save fail with ``PermissionError``;
nothing is lost and the next save tries again.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from careerkit import _progressfile as _store
from careerkit import settings
from careerkit.errors import CareerkitError, outside_stacklevel
from careerkit.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "FORMAT_VERSION",
    "MAX_RATING",
    "ProgressError",
    "ProgressLockError",
    "ProgressWarning",
    "load_progress",
    "progress_file",
    "record_answer",
    "roadmap_done",
    "save_roadmap_done",
    "save_skill_ratings",
    "skill_ratings",
    "summary",
    "update_progress",
]

FORMAT_VERSION = _store.FORMAT_VERSION
MAX_RATING = _store.MAX_RATING
LOCK_TIMEOUT = 60.0  # seconds; a writer holds the lock for milliseconds
SUMMARY_COLUMNS = ("section", "answered", "correct", "first_try", "score")


class ProgressWarning(UserWarning):
    """The progress file could not be read and was moved aside."""


class ProgressError(CareerkitError, ValueError):
    """A change or a value would put the progress document in a wrong shape."""


class ProgressLockError(CareerkitError, TimeoutError):
    """Another process held the progress file lock for too long."""


def progress_file() -> Path:
    """Return the learner's progress file, ``settings.home() / "progress.json"``."""
    return settings.home() / "progress.json"


new_document = _store.new_document


def load_progress(path: Path | None = None) -> dict[str, Any]:
    """Read the progress document.

    Parameters
    ----------
    path : Path, optional
        The progress file; default :func:`progress_file`.

    Returns
    -------
    dict
        The document.  A missing file gives a fresh document.  A file that does
        not parse, or has the wrong shape, is moved aside (its content kept),
        a :class:`ProgressWarning` names both paths, and a fresh document is
        returned.
    """
    path = _resolve(path)
    if not path.parent.is_dir():  # nothing saved yet; create nothing
        return new_document()
    # Read under the lock too: on Windows an open reader makes a writer's
    # os.replace fail, and moving a broken file aside must not race.
    with _lock(path):
        return _read_locked(path)


def update_progress(
    change: Callable[[dict[str, Any]], None], path: Path | None = None
) -> dict[str, Any]:
    """Apply ``change`` to the progress document and save it atomically.

    Parameters
    ----------
    change : callable
        Called with the current document, which it modifies in place.
    path : Path, optional
        The progress file; default :func:`progress_file`.  Its directory is
        created when missing.

    Returns
    -------
    dict
        The document as saved.

    Raises
    ------
    ProgressError
        When ``change`` leaves the document in a wrong shape (nothing is saved).
    ProgressLockError
        When the lock cannot be taken within a minute.
    """
    path = _resolve(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock(path):
        doc = _read_locked(path)
        change(doc)
        problem = _store.shape_problem(doc)
        if problem is not None:
            raise ProgressError(
                f"progress change would write a wrong shape to {path}: {problem}"
            )
        _store.write_atomic(path, doc)
    return doc


def record_answer(
    section: str,
    question_id: str,
    answer: object,
    correct: bool,
    *,
    path: Path | None = None,
) -> dict[str, Any]:
    """Record one answer to a quiz question.

    Parameters
    ----------
    section : str
        The bank, e.g. ``"10-kuis-akhir"``.
    question_id : str
        The question's id inside the bank.
    answer : object
        What the learner answered (kept as JSON: tuples and sets become lists).
    correct : bool
        Whether the answer was right.
    path : Path, optional
        The progress file; default :func:`progress_file`.

    Returns
    -------
    dict
        The question's record: ``attempts``, ``first_try_correct``,
        ``correct`` (of the last answer), ``last_answer``, ``time`` (ISO 8601,
        UTC).
    """
    section, question_id = str(section), str(question_id)
    correct = bool(correct)
    stored_answer = _store.jsonable(answer)
    now = datetime.now(UTC).isoformat(timespec="seconds")

    def change(doc: dict[str, Any]) -> None:
        questions = doc["quiz"].setdefault(section, {})
        old = questions.get(question_id)
        questions[question_id] = {
            "attempts": (old["attempts"] if old else 0) + 1,
            "first_try_correct": old["first_try_correct"] if old else correct,
            "correct": correct,
            "last_answer": stored_answer,
            "time": now,
        }

    doc = update_progress(change, path)
    return dict(doc["quiz"][section][question_id])


def summary(path: Path | None = None) -> pd.DataFrame:
    """Summarise quiz progress per section.

    Returns
    -------
    pandas.DataFrame
        One row per section (sorted by name): ``section`` (string),
        ``answered``, ``correct`` (questions whose last answer was right) and
        ``first_try`` (right at the first attempt), all Int64, and ``score``
        (Float64, ``first_try / answered``, 0 to 1).  An empty frame with those
        columns when nothing is recorded.

    Notes
    -----
    The score counts first attempts because "Coba lagi" lets every question
    end up right: a last-answer score would reach 100% everywhere and could
    no longer say which section to study again.
    """
    import pandas as pd

    rows = _store.section_scores(load_progress(path))
    frame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    counts = dict.fromkeys(("answered", "correct", "first_try"), "Int64")
    dtypes = {"section": "string", **counts}
    return frame.astype({**dtypes, "score": "Float64"})


def skill_ratings(path: Path | None = None) -> dict[str, int]:
    """Return the learner's skill self-ratings (skill name -> 0..3)."""
    return dict(load_progress(path)["skills"])


def save_skill_ratings(ratings: Mapping[str, int], path: Path | None = None) -> None:
    """Save the learner's skill self-ratings, replacing the saved ones.

    Raises
    ------
    ProgressError
        When a rating is not a whole number from 0 to 3.
    """
    clean, problem = _store.clean_ratings(ratings)
    if problem is not None:
        raise ProgressError(problem)

    def change(doc: dict[str, Any]) -> None:
        doc["skills"] = clean

    update_progress(change, path)


def roadmap_done(path: Path | None = None) -> set[str]:
    """Return the roadmap topics the learner has ticked."""
    return set(load_progress(path)["roadmap"]["done"])


def save_roadmap_done(done: Iterable[str], path: Path | None = None) -> None:
    """Save the ticked roadmap topics, replacing the saved ones."""
    if isinstance(done, str):
        raise ProgressError(
            "save_roadmap_done() needs a collection of topics, "
            f"not one string: {done!r}"
        )
    topics = sorted({str(topic) for topic in done})

    def change(doc: dict[str, Any]) -> None:
        doc["roadmap"]["done"] = topics

    update_progress(change, path)


# --- internals --------------------------------------------------------------


def _resolve(path: Path | str | None) -> Path:
    return progress_file() if path is None else Path(path)


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    """Hold ``<file>.lock`` beside ``path``; a timeout becomes ProgressLockError."""
    lock = FileLock(f"{path}.lock", timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise ProgressLockError(
            f"could not lock {path} within {LOCK_TIMEOUT:.0f} s: another process "
            f"is writing it; try again, or delete {path}.lock if no careerkit "
            "process is running"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _read_locked(path: Path) -> dict[str, Any]:
    """Read ``path`` (lock held); move a broken file aside and warn."""
    doc, problem = _store.read(path)
    if problem is None:
        return doc
    aside = _store.move_aside(path)
    warnings.warn(
        t("progress.corrupt", path=str(path), reason=problem, aside=str(aside)),
        ProgressWarning,
        stacklevel=outside_stacklevel(),
    )
    return doc
