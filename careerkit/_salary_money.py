"""Plumbing of :mod:`careerkit.money`: checked numbers and 64-bit-safe arithmetic.

Integer amounts are widened to 64 bits before any arithmetic, and an integer
product that would not fit is refused (:class:`MoneyOverflowError`) instead of
wrapping around.  The error classes live here and are re-exported by
:mod:`careerkit.money`.
"""

from __future__ import annotations

import math
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd

from careerkit.errors import CareerkitError

__all__ = [
    "PERIODS",
    "MoneyError",
    "MoneyOverflowError",
    "MoneyTypeError",
    "is_missing",
    "multipliers",
    "per_row",
    "positive",
    "times",
    "widen",
]

_INT64_MAX = 2**63 - 1
PERIODS = ("hour", "day", "month", "year")
# parameter -> (what it counts, the most a year can hold: 366 days, 366 x 24 hours)
_PER_YEAR = {
    "days_per_year": ("paid days a year", 366),
    "hours_per_year": ("paid hours a year", 8784),
}


class MoneyError(CareerkitError, ValueError):
    """A rate, period or count that careerkit's money helpers cannot use."""


class MoneyTypeError(CareerkitError, TypeError):
    """A money helper got something that is not an amount (or not a bool for thr)."""


class MoneyOverflowError(CareerkitError, OverflowError):
    """An integer result would not fit in 64 bits (it would wrap around)."""


def positive(value: object, name: str, what: str, most: float | None = None) -> Any:
    """Return ``value`` (NumPy scalars as Python numbers) if it is in (0, most]."""
    ok = isinstance(value, Real) and not isinstance(value, (bool, np.bool_))
    if ok:
        try:
            ok = math.isfinite(value) and 0 < value <= (most or math.inf)
        except OverflowError:  # an int too large for a float
            ok = False
    if not ok:
        limit = f", at most {most}" if most else ""
        raise MoneyError(
            f"{name} must be a positive, finite number of {what}{limit}; got {value!r}"
        )
    if isinstance(value, np.integer):
        return int(value)
    return float(value) if isinstance(value, np.floating) else value


def is_missing(amount: Any) -> bool:
    """True for a missing scalar (None or pd.NA); NaN is a float and stays one."""
    return amount is None or amount is pd.NA


def _fits_int64(high: Any, name: str) -> None:
    if high is not pd.NA and high > _INT64_MAX:
        raise MoneyOverflowError(
            f"{name} {high:,} does not fit a 64-bit integer; pass it as a float "
            "(e.g. .astype(float))"
        )


def widen(amount: Any, name: str = "amount") -> Any:
    """Return ``amount`` with integers as int64 (or int) and floats as float64."""
    if isinstance(amount, pd.Series):
        dtype = amount.dtype
        if pd.api.types.is_bool_dtype(dtype) or not pd.api.types.is_numeric_dtype(
            dtype
        ):
            raise MoneyTypeError(
                f"{name} must hold numbers; got a Series of dtype {dtype}. "
                "Parse salary texts first with careerkit.parse_salaries()."
            )
        if pd.api.types.is_unsigned_integer_dtype(dtype) and len(amount):
            _fits_int64(amount.max(), name)
        if isinstance(dtype, pd.api.extensions.ExtensionDtype):
            kind = "Int64" if pd.api.types.is_integer_dtype(dtype) else "Float64"
            return amount.astype(kind)
        return amount.astype("int64" if dtype.kind in "iu" else "float64")
    if isinstance(amount, (bool, np.bool_)):
        raise MoneyTypeError(f"{name} must be a number; got {amount!r}")
    if isinstance(amount, np.integer):
        return int(amount)
    if isinstance(amount, np.floating):
        return float(amount)
    if isinstance(amount, Real):
        return amount
    if isinstance(amount, (np.ndarray, list, tuple)):
        array = np.asarray(amount)
        if array.dtype.kind == "u" and array.size:
            _fits_int64(int(array.max()), name)
        if array.dtype.kind in "iu":
            return array.astype(np.int64)
        if array.dtype.kind == "f":
            return array.astype(np.float64)
        raise MoneyTypeError(f"{name} must hold numbers; got an array of {array.dtype}")
    raise MoneyTypeError(
        f"{name} must be a number, a NumPy array or a pandas Series; "
        f"got {type(amount).__name__}"
    )


def times(amount: Any, factor: Any, what: str) -> Any:
    """``amount * factor``, refusing an integer product that would wrap around."""
    integers = isinstance(amount, (np.ndarray, pd.Series)) and (
        amount.dtype.kind == "i" or str(amount.dtype) == "Int64"
    )
    if integers and isinstance(factor, int) and len(amount):
        top = _INT64_MAX // abs(factor)
        low, high = amount.min(), amount.max()
        if low is not pd.NA and (high > top or low < -top):
            raise MoneyOverflowError(
                f"{what} would not fit a 64-bit integer ({max(high, -low):,} x "
                f"{factor:,}); pass the amounts as floats (e.g. .astype(float))"
            )
    return amount * factor


def multipliers(
    period: Any, thr: bool, days_per_year: float | None, hours_per_year: float | None
) -> Any:
    """Map periods to the factor that turns one such payment into a year's pay."""
    extra = 13 / 12 if thr else 1  # THR adds one month to a year's pay
    per_year = {"month": 13 if thr else 12, "year": 1}
    for unit, count, name in (
        ("day", days_per_year, "days_per_year"),
        ("hour", hours_per_year, "hours_per_year"),
    ):
        if count is not None:
            what, most = _PER_YEAR[name]
            per_year[unit] = positive(count, name, what, most) * extra

    def factor(one: object, missing_ok: bool = True) -> Any:
        if missing_ok and (one is None or one is pd.NA or one != one):
            return np.nan
        if not isinstance(one, str) or one not in PERIODS:
            raise MoneyError(f"period must be one of {', '.join(PERIODS)}; got {one!r}")
        if one not in per_year:
            name, figure, example = (
                ("days_per_year", "a daily", 260)
                if one == "day"
                else ("hours_per_year", "an hourly", 2080)
            )
            raise MoneyError(
                f"{figure} figure needs {name}= to become a yearly one "
                f"(for example {name}={example})"
            )
        return per_year[one]

    if not pd.api.types.is_list_like(period):
        return factor(period, missing_ok=False)
    return pd.Series(period, dtype=object).map(factor).astype("float64")


def per_row(factor: pd.Series, amount: Any, period: Any) -> Any:
    """Line up per-row factors with ``amount``: by label for two Series, else by row."""
    if isinstance(amount, pd.Series) and isinstance(period, pd.Series):
        if factor.index.equals(amount.index):
            return factor
        if not factor.index.is_unique:
            raise MoneyError(
                "period has duplicate index labels, so its rows cannot be matched "
                "to amount's labels; use the same index for both (or reset_index)"
            )
        return factor.reindex(amount.index)
    rows = len(amount) if isinstance(amount, (pd.Series, np.ndarray)) else None
    if rows is not None and rows != len(factor):
        raise MoneyError(
            f"{len(factor)} periods for {rows} amounts; give one period per amount"
        )
    if isinstance(amount, pd.Series):
        return pd.Series(factor.to_numpy(), index=amount.index)
    return factor.to_numpy()
