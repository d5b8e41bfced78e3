"""The learner's workspace: a copy of the course that a course update never spoils.

``careerkit lab`` copies the course notebooks (and the files beside them) into a
folder the learner owns, then keeps that folder up to date without losing work.
A manifest in the workspace records what was shipped (path and SHA-256), so a
later run can tell a notebook the learner changed from one they never touched:

- a file the learner never changed is replaced by the new course version;
- a file the learner changed is kept, and the new version is written beside it
  (``02-skill.baru.ipynb``; an existing file of that name is never overwritten);
- a shipped file the learner deleted is put back;
- every other file in the workspace is the learner's own and is never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from careerkit.errors import CareerkitError

__all__ = [
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
_MANIFEST_FORMAT = 1
_SKIPPED_DIRS = {"__pycache__", ".ipynb_checkpoints"}


class WorkspaceError(CareerkitError, OSError):
    """The workspace (or the course it is copied from) cannot be read or written."""


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
        f"the course notebooks are missing: looked in {packaged} and {checkout}; "
        "reinstall careerkit"
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
    root: Path | str, *, source: Path | str | None = None
) -> WorkspaceReport:
    """Create or update the learner's workspace at ``root``.

    Parameters
    ----------
    root : Path or str
        The workspace folder; created when missing.
    source : Path or str, optional
        The course folder to copy from (default :func:`notebooks_dir`).

    Returns
    -------
    WorkspaceReport
        Which files were added, updated, restored, or kept with the new
        version written beside them.

    Raises
    ------
    WorkspaceError
        When ``root`` is not a folder or a file cannot be written.
    """
    root = Path(root).expanduser()
    source = Path(source) if source is not None else notebooks_dir()
    if root.exists() and not root.is_dir():
        raise WorkspaceError(f"{root} is a file, not a folder; choose another folder")
    shipped = course_files(source)
    if not shipped:
        raise WorkspaceError(f"no course files found in {source}; reinstall careerkit")
    _make_dir(root)

    old, readable = _read_manifest(root)
    report = WorkspaceReport(
        root=root,
        manifest_reset=not readable or (not old and _any_exists(root, shipped)),
    )
    new_manifest: dict[str, str] = {}
    for relative, origin in shipped.items():
        content = _read_bytes(origin)
        digest = _sha256(content)
        new_manifest[relative] = digest
        _sync_file(root, Path(relative), content, digest, old.get(relative), report)
    _write_manifest(root, new_manifest)
    return report


def _sync_file(
    root: Path,
    relative: Path,
    content: bytes,
    digest: str,
    shipped_before: str | None,
    report: WorkspaceReport,
) -> None:
    """Bring one shipped file up to date (rules in the module docstring)."""
    target = root / relative
    if not target.exists():
        _write_atomic(target, content)
        (report.restored if shipped_before else report.added).append(relative)
        return
    if digest == shipped_before:
        return  # no newer course version: the learner's copy stays as it is
    current = _sha256(_read_bytes(target)) if target.is_file() else None
    if current == digest:
        return
    if current is not None and current == shipped_before:
        _write_atomic(target, content)
        report.updated.append(relative)
        return
    beside = _beside_path(target, content)
    if not beside.exists():
        _write_atomic(beside, content)
    report.kept.append((relative, beside.relative_to(root)))


def _beside_path(target: Path, content: bytes) -> Path:
    """Return a free name next to ``target`` (or one already holding ``content``)."""
    number = 1
    while True:
        mark = NEW_VERSION_MARK if number == 1 else f"{NEW_VERSION_MARK}-{number}"
        candidate = target.with_name(f"{target.stem}.{mark}{target.suffix}")
        if not candidate.exists():
            return candidate
        if candidate.is_file() and _read_bytes(candidate) == content:
            return candidate
        number += 1


def _any_exists(root: Path, shipped: dict[str, Path]) -> bool:
    return any((root / relative).exists() for relative in shipped)


def _read_manifest(root: Path) -> tuple[dict[str, str], bool]:
    """Return the manifest's ``{path: sha256}`` and whether it could be read."""
    path = root / MANIFEST_NAME
    if not path.exists():
        return {}, True
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        files = doc["files"]
        if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in files.items()
        ):
            raise TypeError("files is not a mapping of strings")
    except (OSError, ValueError, KeyError, TypeError):
        return {}, False
    return files, True


def _write_manifest(root: Path, files: dict[str, str]) -> None:
    from careerkit import __version__

    doc = {"format": _MANIFEST_FORMAT, "careerkit": __version__, "files": files}
    text = json.dumps(doc, indent=1, sort_keys=True) + "\n"
    _write_atomic(root / MANIFEST_NAME, text.encode("utf-8"))


def _write_atomic(target: Path, content: bytes) -> None:
    """Write ``content`` to a temporary file beside ``target``, then rename it."""
    _make_dir(target.parent)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise WorkspaceError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _make_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise WorkspaceError(f"cannot create folder {path}: {reason}") from exc


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WorkspaceError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
