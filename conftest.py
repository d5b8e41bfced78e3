"""Test-session environment, for the library tests and the nbval notebook run alike.

Notebook kernels started by nbval inherit this process's environment, so the
learner settings are fixed here, before anything is collected: an empty,
throw-away ``CAREERKIT_HOME`` (a learner's real progress is never touched) and
Indonesian messages in the self-study edition.
"""

from __future__ import annotations

import os
import tempfile

os.environ["CAREERKIT_HOME"] = tempfile.mkdtemp(prefix="careerkit-test-home-")
os.environ.pop("CAREERKIT_LANG", None)
os.environ.pop("CAREERKIT_EDITION", None)
os.environ.pop("CAREERKIT_STATIC_QUIZ", None)
# Kernels draw inline, exactly as tools/refresh_notebooks.py executed them.
os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
