"""Learner settings read from the environment.

``CAREERKIT_HOME``
    Directory that holds the learner's ``progress.json`` (default
    ``~/.careerkit``).
``CAREERKIT_LANG``
    ``id`` (default) or ``en``; see :mod:`careerkit.i18n`.
``CAREERKIT_EDITION``
    ``self-study`` (default: answers and solutions are shown folded) or
    ``student`` (answers and solutions are left out of static renderings).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

__all__ = ["EDITIONS", "Edition", "edition", "home"]

Edition = Literal["self-study", "student"]
EDITIONS: tuple[Edition, ...] = ("self-study", "student")


def home() -> Path:
    """Return the learner's careerkit directory (not created here)."""
    value = os.environ.get("CAREERKIT_HOME", "").strip()
    if value:
        return Path(value).expanduser()
    return Path.home() / ".careerkit"


def edition() -> Edition:
    """Return the course edition named by ``CAREERKIT_EDITION``."""
    value = os.environ.get("CAREERKIT_EDITION", "").strip().lower() or "self-study"
    if value not in EDITIONS:
        raise ValueError(
            f"CAREERKIT_EDITION must be one of {', '.join(EDITIONS)}; got {value!r}"
        )
    return value  # type: ignore[return-value]
