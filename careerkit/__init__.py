"""careerkit: the "Karir Backend Developer 2026" course and a salary toolkit.

``import careerkit as ck`` loads pandas and nothing heavier: the chart, quiz
and widget modules (matplotlib, ipywidgets) load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from careerkit.errors import CareerkitError, DataError, UnknownTableError
from careerkit.i18n import get_language, set_language
from careerkit.money import (
    DEFAULT_RATE,
    DEFAULT_RATE_DATE,
    annualize,
    format_rupiah,
    to_idr,
    to_usd,
)
from careerkit.salary import (
    SalaryParseError,
    SalaryRange,
    SalaryWarning,
    parse_salaries,
    parse_salary,
    read_salary_csv,
)
from careerkit.tables import load, tables

if TYPE_CHECKING:  # pragma: no cover
    from careerkit import charts, progress, quiz, widgets

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_RATE",
    "DEFAULT_RATE_DATE",
    "CareerkitError",
    "DataError",
    "SalaryParseError",
    "SalaryRange",
    "SalaryWarning",
    "UnknownTableError",
    "__version__",
    "annualize",
    "charts",
    "format_rupiah",
    "get_language",
    "load",
    "parse_salaries",
    "parse_salary",
    "progress",
    "quiz",
    "read_salary_csv",
    "set_language",
    "tables",
    "to_idr",
    "to_usd",
    "widgets",
]

_LAZY = {"charts", "progress", "quiz", "widgets"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return importlib.import_module(f"careerkit.{name}")
    raise AttributeError(f"module 'careerkit' has no attribute {name!r}")
