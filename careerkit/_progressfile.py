"""Storage layer of :mod:`careerkit.progress`: read, check, write one JSON file.

Nothing here warns or takes a lock; :mod:`careerkit.progress` does both and
calls these helpers while it holds the lock.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = [
    "FORMAT_VERSION",
    "MAX_RATING",
    "clean_ratings",
    "jsonable",
    "move_aside",
    "new_document",
    "read",
    "section_scores",
    "shape_problem",
    "write_atomic",
]

FORMAT_VERSION = 1
MAX_RATING = 3


def new_document() -> dict[str, Any]:
    """Return an empty progress document."""
    return {
        "version": FORMAT_VERSION,
        "quiz": {},
        "skills": {},
        "roadmap": {"done": []},
    }


def read(path: Path) -> tuple[dict[str, Any], str | None]:
    """Return ``(document, None)`` or ``(fresh document, reason it failed)``."""
    try:
        # utf-8-sig: Notepad and some editors save UTF-8 with a byte-order mark.
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return new_document(), None
    except UnicodeDecodeError as exc:
        return new_document(), f"not UTF-8 text ({exc.reason})"
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return new_document(), f"not valid JSON ({exc.msg}, line {exc.lineno})"
    if isinstance(doc, dict):
        doc.setdefault("quiz", {})
        doc.setdefault("skills", {})
        doc.setdefault("roadmap", {"done": []})
    problem = shape_problem(doc)
    if problem is not None:
        return new_document(), problem
    return doc, None


def move_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.corrupt-YYYYmmddTHHMMSS`` (UTC); return it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    os.replace(path, aside)
    return aside


def write_atomic(path: Path, doc: dict[str, Any]) -> None:
    """Write ``doc`` to a temp file beside ``path``, fsync it, then replace."""
    text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    fd, tmp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable where the OS allows (POSIX); a no-op elsewhere."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some filesystems refuse fsync on a directory
        pass
    finally:
        os.close(fd)


def jsonable(value: object) -> object:
    """Turn an answer into plain JSON values (lists, numbers, strings)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, set | frozenset):
        return sorted((jsonable(item) for item in value), key=repr)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    item = getattr(value, "item", None)  # numpy / pandas scalars
    if callable(item):
        try:
            return jsonable(item())
        except (TypeError, ValueError):
            pass
    return str(value)


def section_scores(doc: dict[str, Any]) -> list[tuple[str, int, int, int, float]]:
    """(section, answered, correct, first_try, score) per quiz section, by name.

    ``correct`` counts questions whose last answer was right (a retry that
    succeeded counts); ``first_try`` those right at the first attempt, and
    ``score`` is ``first_try / answered``, which "Coba lagi" cannot inflate.
    """
    rows = []
    for section in sorted(doc["quiz"]):
        records = doc["quiz"][section].values()
        answered = len(records)
        correct = sum(1 for record in records if record["correct"])
        first = sum(1 for record in records if record["first_try_correct"])
        score = first / answered if answered else 0.0
        rows.append((section, answered, correct, first, score))
    return rows


def clean_ratings(ratings: Mapping[str, object]) -> tuple[dict[str, int], str | None]:
    """Return ``(ratings as {str: int}, None)``, or ``({}, why one is wrong)``."""
    clean: dict[str, int] = {}
    for skill, rating in ratings.items():
        whole = isinstance(rating, int | float) and not isinstance(rating, bool)
        if not whole or not 0 <= rating <= MAX_RATING or rating != int(rating):
            return {}, (
                f"skill rating for {skill!r} must be a whole number 0-{MAX_RATING}; "
                f"got {rating!r}"
            )
        clean[str(skill)] = int(rating)  # type: ignore[call-overload]
    return clean, None


def shape_problem(doc: object) -> str | None:
    """Return why ``doc`` is not a progress document, or None when it is."""
    if not isinstance(doc, dict):
        return f"top level is {type(doc).__name__}, not an object"
    if doc.get("version") != FORMAT_VERSION:
        return f"version is {doc.get('version')!r}, expected {FORMAT_VERSION}"
    quiz = doc.get("quiz")
    if not isinstance(quiz, dict):
        return "'quiz' is not an object"
    for section, questions in quiz.items():
        if not isinstance(questions, dict):
            return f"quiz section {section!r} is not an object"
        for qid, record in questions.items():
            problem = _record_problem(record)
            if problem is not None:
                return f"quiz record {section!r}/{qid!r}: {problem}"
    skills = doc.get("skills")
    if not isinstance(skills, dict):
        return "'skills' is not an object"
    for skill, rating in skills.items():
        if (
            isinstance(rating, bool)
            or not isinstance(rating, int)
            or not 0 <= rating <= MAX_RATING
        ):
            return f"skill {skill!r} has rating {rating!r}, expected 0-{MAX_RATING}"
    roadmap = doc.get("roadmap")
    if not isinstance(roadmap, dict) or not isinstance(roadmap.get("done"), list):
        return "'roadmap' is not an object with a 'done' list"
    if not all(isinstance(topic, str) for topic in roadmap["done"]):
        return "'roadmap.done' holds something other than topic strings"
    return None


def _record_problem(record: object) -> str | None:
    if not isinstance(record, dict):
        return "not an object"
    attempts = record.get("attempts")
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        return f"attempts is {attempts!r}"
    for key in ("first_try_correct", "correct"):
        if not isinstance(record.get(key), bool):
            return f"{key} is {record.get(key)!r}, not true/false"
    if not isinstance(record.get("time"), str):
        return "time is missing"
    return None
