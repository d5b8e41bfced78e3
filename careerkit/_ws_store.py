"""What the learner's workspace keeps on disk (used by :mod:`careerkit.workspace`).

The manifest says what careerkit shipped.  For every shipped file it keeps
two things:

``sha256``
    The hash of the exact bytes shipped: tells whether the course changed.
``fingerprint``
    The hash of what a learner authors in it: tells whether the learner
    changed it.  For a notebook that is the list of its cells' types and
    sources (and pasted attachments), so outputs, execution counts, cell ids,
    cell and notebook metadata and the JSON layout do not count: JupyterLab
    changes all of those when a notebook is merely opened or run.  For any
    other file it is the hash of its bytes.

Format 1 manifests (careerkit before fingerprints) held only ``sha256``; they
are read with ``fingerprint=None`` (see :func:`read_manifest`).

Files are written atomically with the usual permissions, and a lock file keeps
two runs on one folder from syncing at the same time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerkit.errors import CareerkitError
from careerkit.i18n import t

__all__ = [
    "FORMAT",
    "LOCK_TIMEOUT",
    "Shipped",
    "WorkspaceError",
    "fingerprint",
    "locked",
    "make_dir",
    "manifest_text",
    "read_bytes",
    "read_manifest",
    "write_atomic",
]

FORMAT = 2
#: Seconds to wait for another ``careerkit lab`` syncing the same folder.
LOCK_TIMEOUT = 10.0
#: Prefix of a notebook fingerprint; a new definition gets a new prefix, and a
#: stored fingerprint with another prefix is treated like a format 1 entry.
NOTEBOOK_PREFIX = "cells-v1:"
_FILE_PREFIX = "sha256:"


class WorkspaceError(CareerkitError, OSError):
    """The workspace (or the course it is copied from) cannot be read or written."""

    __module__ = "careerkit.workspace"


@dataclass(frozen=True)
class Shipped:
    """One file as careerkit shipped it.

    Attributes
    ----------
    sha256 : str
        Hex SHA-256 of the shipped bytes.
    fingerprint : str or None
        :func:`fingerprint` of the shipped file; ``None`` when the manifest
        predates fingerprints (or used a definition this version does not know).
    """

    sha256: str
    fingerprint: str | None

    @classmethod
    def of(cls, relative: str, content: bytes) -> Shipped:
        """The record of ``content`` shipped as ``relative``."""
        return cls(_sha256(content), fingerprint(relative, content))


def fingerprint(relative: str, content: bytes) -> str:
    """Return the hash of what a learner authors in a file.

    For an ``.ipynb`` file that parses as an nbformat 4 notebook, the hash
    covers each cell's type, its source text (exactly, as one string) and its
    attachments; everything else in the file is ignored.  A file that is not
    such a notebook is fingerprinted by its bytes.
    """
    if relative.endswith(".ipynb"):
        cells = _authored_cells(content)
        if cells is not None:
            canonical = json.dumps(
                cells, ensure_ascii=False, sort_keys=True, separators=(",", ":")
            )
            return NOTEBOOK_PREFIX + _sha256(canonical.encode("utf-8"))
    return _FILE_PREFIX + _sha256(content)


def _authored_cells(content: bytes) -> list[list[Any]] | None:
    """``[[cell_type, source, attachments], ...]``, or ``None`` if not a notebook."""
    try:
        doc = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    cells = doc.get("cells") if isinstance(doc, dict) else None
    if not isinstance(cells, list):
        return None
    found = []
    for cell in cells:
        if not isinstance(cell, dict):
            return None
        source = cell.get("source", "")
        if isinstance(source, list):
            if not all(isinstance(line, str) for line in source):
                return None
            source = "".join(source)
        if not isinstance(source, str):
            return None
        found.append([cell.get("cell_type"), source, cell.get("attachments") or {}])
    return found


def read_manifest(path: Path) -> tuple[dict[str, Shipped], bool, str | None]:
    """Read a manifest.

    Returns
    -------
    files : dict
        ``{relative path: Shipped}``; empty when missing or unreadable.
    readable : bool
        ``False`` when the file exists but is damaged or of an unknown format.
    text : str or None
        The manifest as it is on disk (``None`` when missing), so that an
        unchanged manifest need not be written again.

    Notes
    -----
    A format 1 entry is a bare SHA-256 string; it becomes
    ``Shipped(sha256, None)``: the shipped bytes are known, what the learner
    authored in them is not (the old content is gone).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, True, None
    except (OSError, UnicodeDecodeError):
        return {}, False, None
    try:
        doc = json.loads(text)
        files = doc["files"]
        version = doc.get("format", 1)
        if not isinstance(files, dict) or version not in (1, FORMAT):
            raise TypeError("not a manifest careerkit can read")
        return {str(k): _entry(v) for k, v in files.items()}, True, text
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}, False, text


def _entry(value: object) -> Shipped:
    if isinstance(value, str):  # format 1
        return Shipped(value, None)
    if not isinstance(value, dict) or not isinstance(value.get("sha256"), str):
        raise TypeError("a manifest entry needs a sha256")
    found = value.get("fingerprint")
    known = isinstance(found, str) and found.startswith((NOTEBOOK_PREFIX, _FILE_PREFIX))
    return Shipped(value["sha256"], found if known else None)


def manifest_text(files: dict[str, Shipped], version: str) -> str:
    """The manifest for ``files`` written by careerkit ``version``."""
    doc = {
        "format": FORMAT,
        "careerkit": version,
        "files": {
            name: {"sha256": item.sha256, "fingerprint": item.fingerprint}
            for name, item in files.items()
        },
    }
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@contextlib.contextmanager
def locked(path: Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the lock file ``path`` (in the workspace) while syncing.

    A folder where the lock file cannot be created (read-only) is synced
    without it: nothing can be written there, by this run or another.

    Raises
    ------
    WorkspaceError
        When another run holds the lock for more than ``timeout`` seconds.
    """
    from filelock import FileLock, Timeout

    lock = FileLock(path, timeout=timeout)
    held = False
    try:
        lock.acquire()
        held = True
    except Timeout:
        raise WorkspaceError(t("cli.ws.busy", root=path.parent)) from None
    except OSError:
        if os.access(path.parent, os.W_OK):
            raise
    try:
        yield
    finally:
        if held:
            lock.release()


def write_atomic(target: Path, content: bytes) -> None:
    """Write ``content`` to a temporary file beside ``target``, then rename it.

    The file gets the usual permissions (``0o666`` less the umask), not the
    owner-only mode of :func:`tempfile.mkstemp`.
    """
    make_dir(target.parent)
    try:
        handle, temp = _create_temp(target)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        reason = exc.strerror or exc
        raise WorkspaceError(
            t("cli.fs.cannot_write", path=target, reason=reason)
        ) from exc


def _create_temp(target: Path) -> tuple[int, Path]:
    """Open a new hidden file beside ``target`` (mode ``0o666`` less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue


def make_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise WorkspaceError(
            t("cli.fs.cannot_create", path=path, reason=reason)
        ) from exc


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc
        raise WorkspaceError(t("cli.fs.cannot_read", path=path, reason=reason)) from exc
