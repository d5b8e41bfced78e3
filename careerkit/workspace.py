"""The learner's workspace: a copy of the course that a course update never spoils.

``careerkit lab`` copies the course notebooks (and the files beside them) into a
folder the learner owns, then keeps that folder up to date without losing work.
A manifest in the workspace records what was shipped, so a later run can tell
a notebook the learner changed from one they never touched:

- a file the learner never changed is replaced by the new course version;
- a file the learner changed is kept, and the new version is written beside it
  (``02-skill.baru.ipynb``; an existing file of that name is never overwritten);
- a shipped file the learner deleted is put back;
- every other file in the workspace is the learner's own and is never touched.

"Changed" means changed in what a learner authors.  For a notebook that is
its cells: their types and source text (and pasted images).  Opening a
notebook in JupyterLab rewrites the file (``language_info``, cell ids, its own
JSON layout) and running it adds outputs and execution counts; none of that
counts as a change, so such a notebook is still replaced by an update.  That
loses nothing the learner wrote: outputs come back by running the cells again.
A learner whose cells differ from what was shipped keeps their notebook; when
an update changes only the course notebook's outputs (same cells), no ``.baru``
copy is written, since running their own notebook gives the new outputs.

Notes
-----
Manifests written before notebook fingerprints (format 1) recorded only the
hash of the shipped bytes, and the old content itself is gone.  For those
entries a notebook counts as unchanged only when its bytes are exactly as
shipped; one that was opened or run keeps the learner's copy and gets a
``.baru`` copy beside it, as before (the safe side: never replace what might
hold the learner's work).  The first run, whatever it finds, writes the new
format, so from then on opening a notebook no longer blocks an update.

In the student edition (``CAREERKIT_EDITION=student``, or ``careerkit lab
--student``) each notebook is written without answers: folded solutions, the
code of ``checker`` cells and the answers folded into a quiz's static form are
left out (:func:`careerkit._nbprep.student_copy`).  The manifest records what
was written, so the rules above hold within an edition.  Switching the edition
of an existing workspace counts as a course update: every notebook the learner
never changed is rewritten in the new edition, and a changed one keeps the
learner's copy (answers and all, when it was shipped as self-study) with the
new edition's version written beside it.  The note that replaces a checker's
code is in the language setting, so switching the language of a student
workspace counts as an update too.

The workspace is locked while it is synced (``.careerkit-manifest.json.lock``),
so two ``careerkit lab`` runs on one folder take turns.  Files are written with
the usual permissions (``0o666`` less the umask), so a shared class folder is
readable by others, and a workspace that is already up to date is not written
to at all (a read-only folder still opens).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from careerkit import _ws_store
from careerkit._nbprep import student_copy
from careerkit._ws_store import (
    Shipped,
    WorkspaceError,
    locked,
    make_dir,
    manifest_text,
    read_bytes,
    read_manifest,
    write_atomic,
)
from careerkit.i18n import t
from careerkit.settings import edition

__all__ = [
    "LOCK_TIMEOUT",
    "MANIFEST_NAME",
    "NEW_VERSION_MARK",
    "START_NOTEBOOK",
    "WorkspaceError",
    "WorkspaceReport",
    "course_files",
    "notebooks_dir",
    "prepare_workspace",
]

MANIFEST_NAME = ".careerkit-manifest.json"
NEW_VERSION_MARK = "baru"
START_NOTEBOOK = "00-mulai-di-sini.ipynb"
LOCK_TIMEOUT = _ws_store.LOCK_TIMEOUT
_SKIPPED_DIRS = {"__pycache__", ".ipynb_checkpoints"}


@dataclass(frozen=True)
class WorkspaceReport:
    """What :func:`prepare_workspace` did, file by file.

    Every path is relative to :attr:`root`.

    Attributes
    ----------
    root : Path
        The workspace folder.
    added : list of Path
        Course files copied in for the first time.
    updated : list of Path
        Files the learner never changed, replaced by a newer course version.
    restored : list of Path
        Shipped files the learner had deleted, put back.
    kept : list of tuple of Path
        ``(learner's file, new course version written beside it)`` for every
        changed file whose course version changed too.
    manifest_reset : bool
        The manifest was missing in a folder that already held course files,
        or it could not be read; every existing file was treated as the
        learner's own.
    """

    root: Path
    added: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    restored: list[Path] = field(default_factory=list)
    kept: list[tuple[Path, Path]] = field(default_factory=list)
    manifest_reset: bool = False

    @property
    def changed_anything(self) -> bool:
        """Whether any file was written."""
        return bool(self.added or self.updated or self.restored or self.kept)


def notebooks_dir() -> Path:
    """Return the folder holding the course notebooks.

    An installed wheel carries them as ``careerkit/_notebooks``; an editable
    checkout reads the repository's top-level ``notebooks/``.

    Raises
    ------
    WorkspaceError
        When neither folder exists (a broken installation).
    """
    packaged = resources.files("careerkit") / "_notebooks"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "notebooks"
    if checkout.is_dir():
        return checkout
    raise WorkspaceError(
        t("cli.ws.course_missing", packaged=packaged, checkout=checkout)
    )


def course_files(source: Path) -> dict[str, Path]:
    """Map every shipped file below ``source`` to its relative POSIX path.

    Hidden files and folders, ``__pycache__`` and notebook checkpoints are
    not part of the course.
    """
    found: dict[str, Path] = {}
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        parts = relative.parts
        if any(part.startswith(".") or part in _SKIPPED_DIRS for part in parts):
            continue
        if path.is_file():
            found[relative.as_posix()] = path
    return found


def prepare_workspace(
    root: Path | str,
    *,
    source: Path | str | None = None,
    student: bool | None = None,
) -> WorkspaceReport:
    """Create or update the learner's workspace at ``root``.

    Parameters
    ----------
    root : Path or str
        The workspace folder; created when missing.
    source : Path or str, optional
        The course folder to copy from (default :func:`notebooks_dir`).
    student : bool, optional
        Write the student edition (no answers); by default, whether
        :func:`careerkit.settings.edition` is ``"student"``.

    Returns
    -------
    WorkspaceReport
        Which files were added, updated, restored, or kept with the new
        version written beside them.

    Raises
    ------
    WorkspaceError
        When ``root`` is not a folder, a file cannot be written, or another
        run holds the folder for longer than :data:`LOCK_TIMEOUT`.
    """
    from careerkit import __version__

    root = Path(root).expanduser()
    source = Path(source) if source is not None else notebooks_dir()
    if student is None:
        student = edition() == "student"
    if root.exists() and not root.is_dir():
        raise WorkspaceError(t("cli.fs.not_a_folder", path=root))
    shipped = course_files(source)
    if not shipped:
        raise WorkspaceError(t("cli.ws.no_course", source=source))
    make_dir(root)

    with locked(root / f"{MANIFEST_NAME}.lock", timeout=LOCK_TIMEOUT):
        old, readable, old_text = read_manifest(root / MANIFEST_NAME)
        report = WorkspaceReport(
            root=root,
            manifest_reset=not readable or (not old and _any_exists(root, shipped)),
        )
        new_manifest: dict[str, Shipped] = {}
        for relative, origin in shipped.items():
            content = read_bytes(origin)
            if student and relative.endswith(".ipynb"):
                content = student_copy(content)
            now = new_manifest[relative] = Shipped.of(relative, content)
            _sync_file(root, Path(relative), content, now, old.get(relative), report)
        text = manifest_text(new_manifest, __version__)
        if text != old_text:
            write_atomic(root / MANIFEST_NAME, text.encode("utf-8"))
    return report


def _sync_file(
    root: Path,
    relative: Path,
    content: bytes,
    now: Shipped,
    before: Shipped | None,
    report: WorkspaceReport,
) -> None:
    """Bring one shipped file up to date (rules in the module docstring).

    ``now`` is the file as this course ships it, ``before`` as the manifest
    says it was shipped last time (``None``: never, as far as we know).
    """
    target = root / relative
    if not target.exists():
        write_atomic(target, content)
        (report.restored if before else report.added).append(relative)
        return
    if before is not None and before.sha256 == now.sha256:
        return  # no newer course version: the learner's copy stays as it is
    current = read_bytes(target) if target.is_file() else None
    if current == content:
        return
    if current is not None:
        mine = Shipped.of(relative.as_posix(), current)
        if before is not None and (
            mine.sha256 == before.sha256 or mine.fingerprint == before.fingerprint
        ):
            write_atomic(target, content)  # the learner authored nothing in it
            report.updated.append(relative)
            return
        if mine.fingerprint == now.fingerprint:
            return  # already holds what this version ships, outputs aside
        if before is not None and before.fingerprint == now.fingerprint:
            return  # the update changed outputs only; their cells give them
    beside = _beside_path(target, content)
    if not beside.exists():
        write_atomic(beside, content)
    report.kept.append((relative, beside.relative_to(root)))


def _beside_path(target: Path, content: bytes) -> Path:
    """Return a free name next to ``target`` (or one already holding ``content``)."""
    number = 1
    while True:
        mark = NEW_VERSION_MARK if number == 1 else f"{NEW_VERSION_MARK}-{number}"
        candidate = target.with_name(f"{target.stem}.{mark}{target.suffix}")
        if not candidate.exists():
            return candidate
        if candidate.is_file() and read_bytes(candidate) == content:
            return candidate
        number += 1


def _any_exists(root: Path, shipped: dict[str, Path]) -> bool:
    return any((root / relative).exists() for relative in shipped)
