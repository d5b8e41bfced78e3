"""Test-session environment, for the library tests and the nbval notebook run alike.

Notebook kernels started by nbval inherit this process's environment, so the
learner settings are fixed here, before anything is collected: an empty,
throw-away ``CAREERKIT_HOME`` (a learner's real progress is never touched) and
Indonesian messages in the self-study edition.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_SESSION_HOME = tempfile.mkdtemp(prefix="careerkit-test-home-")
os.environ["CAREERKIT_HOME"] = _SESSION_HOME
os.environ.pop("CAREERKIT_LANG", None)
os.environ.pop("CAREERKIT_EDITION", None)
os.environ.pop("CAREERKIT_STATIC_QUIZ", None)
# Kernels draw inline, exactly as tools/refresh_notebooks.py executed them.
os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"


def pytest_unconfigure(config: object) -> None:
    """Remove the throw-away learner home when the session ends."""
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def _nbval_honours_trailing_semicolons() -> None:
    """Run nbval's cells with ``store_history=True``, as a notebook front end does.

    IPython decides whether a trailing ``;`` silences a cell's result by reading
    the input history.  nbval executes with ``store_history=False``, so a chart
    cell ending in ``;`` would still print ``<Axes: ...>`` under nbval while the
    committed notebook (executed like JupyterLab does) shows only the figure.
    Execution counts are not compared by nbval, so storing history changes
    nothing else.  Remove this once nbval stores history itself.
    """
    try:
        from nbval.kernel import RunningKernel
    except ImportError:  # nbval is a test extra; plain library runs lack it
        return

    def execute_cell_input(self, cell_input, allow_stdin=None):  # type: ignore[no-untyped-def]
        return self.kc.execute(
            cell_input,
            store_history=True,
            allow_stdin=allow_stdin,
            stop_on_error=False,
        )

    RunningKernel.execute_cell_input = execute_cell_input


_nbval_honours_trailing_semicolons()
