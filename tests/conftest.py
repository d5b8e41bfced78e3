"""Shared fixtures: a learner home per test; figures closed after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import matplotlib
import pytest

# The library tests draw off-screen; notebook kernels keep their inline backend.
matplotlib.use("Agg")



@pytest.fixture
def careerkit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A learner home of this test's own."""
    home = tmp_path / "home"
    monkeypatch.setenv("CAREERKIT_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _reset_language() -> Iterator[None]:
    from careerkit import i18n

    i18n.set_language(None)
    yield
    i18n.set_language(None)


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
