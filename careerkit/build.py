"""Execute the course notebooks and export them as an offline HTML course.

:func:`build_course` copies the course to a temporary folder, runs every
notebook top to bottom in a fresh kernel (:mod:`nbclient`) with an empty
learner home, and writes one HTML page per notebook, an index with the outline
and time estimates, and a page gathering every notebook's key points.  The HTML
loads nothing from the network (see :mod:`careerkit._html`).

A notebook whose cell fails is reported (notebook, cell, error) and left out;
the others are still written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from careerkit.errors import CareerkitError
from careerkit.i18n import t
from careerkit.workspace import course_files, notebooks_dir

__all__ = [
    "DEFAULT_TIMEOUT",
    "BuildError",
    "BuildReport",
    "NotebookFailure",
    "ProgressBar",
    "build_course",
]

DEFAULT_TIMEOUT = 600  # seconds per cell
_ASSET_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}


class BuildError(CareerkitError, OSError):
    """The course could not be read or the output folder could not be written."""


class ProgressBar(Protocol):
    """What :func:`build_course` reports progress to (a ``tqdm`` bar fits)."""

    def reset(self, total: int | None = None) -> None: ...  # pragma: no cover

    def update(self, n: int = 1) -> Any: ...  # pragma: no cover

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None: ...


@dataclass(frozen=True)
class NotebookFailure:
    """One notebook that did not run to the end.

    Attributes
    ----------
    notebook : str
        File name, e.g. ``"02-skill.ipynb"``.
    cell_index : int or None
        0-based index of the failing cell in the notebook (``None`` when the
        kernel could not start).
    error : str
        The error, e.g. ``"ZeroDivisionError: division by zero"``.
    """

    notebook: str
    cell_index: int | None
    error: str


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build_course` wrote.

    Attributes
    ----------
    out_dir : Path
        The output folder.
    pages : list of Path
        Every HTML page written (index first, then key points, then notebooks).
    failures : list of NotebookFailure
        Notebooks left out because a cell failed.
    student : bool
        Whether this was a student build (no answers or solutions).
    """

    out_dir: Path
    pages: list[Path] = field(default_factory=list)
    failures: list[NotebookFailure] = field(default_factory=list)
    student: bool = False

    @property
    def ok(self) -> bool:
        """Whether every notebook ran to the end."""
        return not self.failures


def build_course(
    out_dir: Path | str,
    *,
    source: Path | str | None = None,
    student: bool = False,
    timeout: int = DEFAULT_TIMEOUT,
    progress: ProgressBar | None = None,
) -> BuildReport:
    """Execute every course notebook and write the offline HTML course.

    Parameters
    ----------
    out_dir : Path or str
        Folder for the HTML pages (created when missing, before any notebook
        runs, so a wrong folder fails at once).  Only the pages this build
        writes are replaced; other files are left alone.
    source : Path or str, optional
        Course folder (default :func:`careerkit.workspace.notebooks_dir`).
    student : bool, default False
        Build the student edition: the kernels run with
        ``CAREERKIT_EDITION=student`` and folded solutions and cells tagged
        ``solution`` are left out.
    timeout : int, default 600
        Seconds a single cell may run.
    progress : ProgressBar, optional
        Told the number of code cells, then advanced once per finished cell.

    Returns
    -------
    BuildReport
        The pages written and the notebooks that failed.

    Notes
    -----
    Every notebook runs in its own kernel, in a temporary copy of the course
    that shares one fresh, empty ``CAREERKIT_HOME``, so the learner's own
    progress never leaks into the handout.
    """
    import nbformat

    from careerkit import _html, _nbprep

    out_dir = Path(out_dir).expanduser()
    source = Path(source) if source is not None else notebooks_dir()
    shipped = course_files(source)
    names = [rel for rel in shipped if "/" not in rel and rel.endswith(".ipynb")]
    if not names:
        raise BuildError(t("cli.build.no_notebooks", source=source))
    _make_dir(out_dir)
    notebooks = {name: _read_notebook(nbformat, shipped[name]) for name in names}
    if progress is not None:
        progress.reset(total=sum(_code_cells(nb) for nb in notebooks.values()))

    report = BuildReport(out_dir=out_dir, student=student)
    outlines: list[_nbprep.Outline] = []
    with tempfile.TemporaryDirectory(prefix="careerkit-build-") as temp:
        course = Path(temp) / "course"
        _copy_course(shipped, course)
        env = _kernel_env(Path(temp) / "home", student=student)
        executed: dict[str, Any] = {}
        for name, nb in notebooks.items():
            if progress is not None:
                progress.set_postfix_str(name)
            failure = _execute(nb, name, course, env, timeout, progress)
            outlines.append(_nbprep.outline(name, nb, built=failure is None))
            if failure is None:
                executed[name] = nb
            else:
                report.failures.append(failure)

        pages = _html.Exporter(student=student).pages(outlines, executed, course)
        for item in outlines:
            if item.name not in executed:  # never leave a stale page of an old build
                (out_dir / item.page).unlink(missing_ok=True)
        report.pages.extend(
            _write(out_dir / name, html) for name, html in pages.items()
        )
        _copy_assets(shipped, out_dir)
    return report


def _execute(
    nb: Any,
    name: str,
    course: Path,
    env: dict[str, str],
    timeout: int,
    progress: ProgressBar | None,
) -> NotebookFailure | None:
    """Run ``nb`` in place in a fresh kernel; return what failed, if anything.

    The kernel's own log goes to a file beside the course copy rather than
    to the terminal; its last line is added when the kernel itself fails.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    total = _code_cells(nb)
    state: dict[str, Any] = {"done": 0, "cell": None}

    def on_cell_start(cell: Any, cell_index: int, **_: Any) -> None:
        state["cell"] = cell_index

    def on_cell_executed(cell: Any, cell_index: int, **_: Any) -> None:
        state["done"] += 1
        if progress is not None:
            progress.update(1)

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(course)}},
        # Kept while running (nbclient's Output-widget capture needs it; with it
        # off an ``interact`` cell fails with a KeyError), dropped before export.
        store_widget_state=True,
        record_timing=False,
        on_cell_start=on_cell_start,
        on_cell_executed=on_cell_executed,
    )
    log = course.parent / f"kernel-{Path(name).stem}.log"
    failure = None
    with open(log, "w", encoding="utf-8") as stream:
        try:
            client.execute(env=env, cwd=str(course), stdout=stream, stderr=stream)
        except CellExecutionError as exc:
            error = f"{exc.ename}: {exc.evalue}" if exc.ename else str(exc)
            failure = NotebookFailure(name, state["cell"], error)
        except Exception as exc:  # a timeout, a dead or missing kernel
            lines = str(exc).strip().splitlines()
            error = f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")
            if state["cell"] is None or type(exc).__name__ == "DeadKernelError":
                error += _last_line(log)
            failure = NotebookFailure(name, state["cell"], error)
    if progress is not None and state["done"] < total:
        progress.update(total - state["done"])
    return failure


def _last_line(log: Path) -> str:
    """`` (kernel: <its last log line>)`` or nothing."""
    try:
        lines = [line for line in log.read_text(encoding="utf-8").splitlines() if line]
    except OSError:
        return ""
    return f" (kernel: {lines[-1].strip()})" if lines else ""


def _kernel_env(home: Path, *, student: bool) -> dict[str, str]:
    """Environment of every build kernel: fresh home, static quizzes, edition."""
    env = dict(os.environ)
    env["CAREERKIT_HOME"] = str(home)
    env["CAREERKIT_EDITION"] = "student" if student else "self-study"
    env["CAREERKIT_STATIC_QUIZ"] = "1"
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    env.pop("JPY_SESSION_NAME", None)
    return env


def _read_notebook(nbformat: Any, path: Path) -> Any:
    try:
        return nbformat.read(path, as_version=4)
    except (OSError, ValueError) as exc:
        raise BuildError(
            t("cli.build.cannot_read_notebook", path=path, reason=exc)
        ) from exc


def _code_cells(nb: Any) -> int:
    return sum(1 for cell in nb.cells if cell.cell_type == "code")


def _copy_course(shipped: dict[str, Path], course: Path) -> None:
    for relative, origin in shipped.items():
        target = course / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, target)


def _copy_assets(shipped: dict[str, Path], out_dir: Path) -> None:
    """Copy the images notebooks refer to, so relative links keep working."""
    for relative, origin in shipped.items():
        if Path(relative).suffix.lower() in _ASSET_SUFFIXES:
            target = out_dir / relative
            _make_dir(target.parent)
            try:
                shutil.copyfile(origin, target)
            except OSError as exc:
                raise _fs_error("cli.fs.cannot_write", target, exc) from exc


def _write(path: Path, html: str) -> Path:
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise _fs_error("cli.fs.cannot_write", path, exc) from exc
    return path


def _make_dir(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise BuildError(t("cli.fs.not_a_folder", path=path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fs_error("cli.fs.cannot_create", path, exc) from exc


def _fs_error(key: str, path: Path, exc: OSError) -> BuildError:
    return BuildError(t(key, path=path, reason=exc.strerror or exc))
