"""Learner settings read from the environment.

``CAREERKIT_HOME``
    Directory that holds the learner's ``progress.json`` (default
    ``~/.careerkit``; empty or blank means the default, ``~`` is expanded).
``CAREERKIT_LANG``
    ``id`` (default) or ``en``; see :mod:`careerkit.i18n`.
``CAREERKIT_EDITION``
    ``self-study`` (default: answers and solutions are shown folded) or
    ``student`` (answers and solutions are left out of static renderings,
    and a live quiz explains a question only once it is answered right).

An environment setting never breaks the course: like ``CAREERKIT_LANG``,
``CAREERKIT_EDITION`` is read leniently (case, spaces and ``_`` do not matter:
``Student``, ``self_study``, ``selfstudy``), and a value careerkit does not
know gives the self-study edition with one :class:`UserWarning` per value.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from careerkit.i18n import warn_setting_once

__all__ = ["EDITIONS", "Edition", "edition", "home"]

Edition = Literal["self-study", "student"]
EDITIONS: tuple[Edition, ...] = ("self-study", "student")

# Each edition under its spelling with case, spaces, "-" and "_" taken out.
_EDITION_KEYS: dict[str, Edition] = {"selfstudy": "self-study", "student": "student"}
_warned_env: set[str] = set()  # CAREERKIT_EDITION values already warned about


def home() -> Path:
    """Return the learner's careerkit directory (not created here)."""
    value = os.environ.get("CAREERKIT_HOME", "").strip()
    if value:
        return Path(value).expanduser()
    return Path.home() / ".careerkit"


def edition() -> Edition:
    """Return the course edition named by ``CAREERKIT_EDITION``.

    Notes
    -----
    Unset, empty or blank means ``self-study``.  Case, spaces, ``-`` and
    ``_`` are ignored.  Any other value also gives ``self-study`` and, once
    per value, a :class:`UserWarning` in both languages saying what to set
    instead: a typo should not show a traceback in a quiz cell.
    """
    raw = os.environ.get("CAREERKIT_EDITION", "")
    key = re.sub(r"[\s_-]+", "", raw.lower())
    if not key:
        return "self-study"
    if key in _EDITION_KEYS:
        return _EDITION_KEYS[key]
    warn_setting_once("settings.unknown_edition", raw, _warned_env)
    return "self-study"
