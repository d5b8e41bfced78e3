"""Money helpers: convert IDR and USD, annualise a salary, write Rupiah.

Every helper takes a Python number, a NumPy array or a pandas Series.  Integer
input is widened to 64 bits before any arithmetic, so a remote salary of
$12,000 a month at 16,000 IDR/USD becomes 2,304,000,000 IDR a year and never
wraps around (a NumPy int32 would overflow at about 2.1 billion).

The exchange rate is never fetched: :data:`DEFAULT_RATE` is the course's stated
assumption for 2026 (see :data:`DEFAULT_RATE_DATE`), and every function that
converts takes ``rate=`` so that a reader can use today's rate instead.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "DEFAULT_RATE",
    "DEFAULT_RATE_DATE",
    "annualize",
    "format_rupiah",
    "to_idr",
    "to_usd",
]

#: IDR per USD used when ``rate=`` is not given: the course's planning assumption
#: for 2026, a round figure near the rates of late 2025, not a market quote.
DEFAULT_RATE = 16_500
#: When :data:`DEFAULT_RATE` was fixed (year-month); show it with converted figures.
DEFAULT_RATE_DATE = "2026-01"

_PERIODS = ("hour", "day", "month", "year")
_NA_TEXT = "–"  # what format_rupiah writes for a missing amount
_SHORT_UNITS = ((10**9, "M"), (10**6, "jt"), (10**3, "rb"))


def _check_rate(rate: object, name: str = "rate") -> None:
    if (
        isinstance(rate, bool)
        or not isinstance(rate, Real)
        or not math.isfinite(rate)
        or rate <= 0
    ):
        raise ValueError(
            f"{name} must be a positive, finite number (IDR per USD for a rate); "
            f"got {rate!r}"
        )


def _widen(amount: Any, name: str = "amount") -> Any:
    """Return ``amount`` with integers as int64 (or int) and floats as float64."""
    if isinstance(amount, pd.Series):
        dtype = amount.dtype
        if pd.api.types.is_bool_dtype(dtype) or not pd.api.types.is_numeric_dtype(
            dtype
        ):
            raise TypeError(
                f"{name} must hold numbers; got a Series of dtype {dtype}. "
                "Parse salary texts first with careerkit.parse_salaries()."
            )
        if isinstance(dtype, pd.api.extensions.ExtensionDtype):
            kind = "Int64" if pd.api.types.is_integer_dtype(dtype) else "Float64"
            return amount.astype(kind)
        return amount.astype("int64" if dtype.kind in "iu" else "float64")
    if isinstance(amount, (bool, np.bool_)):
        raise TypeError(f"{name} must be a number; got {amount!r}")
    if isinstance(amount, np.integer):
        return int(amount)
    if isinstance(amount, np.floating):
        return float(amount)
    if isinstance(amount, Real):
        return amount
    if isinstance(amount, (np.ndarray, list, tuple)):
        array = np.asarray(amount)
        if array.dtype.kind in "iu":
            return array.astype(np.int64)
        if array.dtype.kind == "f":
            return array.astype(np.float64)
        raise TypeError(f"{name} must hold numbers; got an array of {array.dtype}")
    raise TypeError(
        f"{name} must be a number, a NumPy array or a pandas Series; "
        f"got {type(amount).__name__}"
    )


def to_idr(amount: Any, *, rate: float = DEFAULT_RATE) -> Any:
    """Convert US dollars to rupiah.

    Parameters
    ----------
    amount : number, numpy.ndarray or pandas.Series
        Amount(s) in USD.  Integers are widened to 64 bits first.
    rate : float, default DEFAULT_RATE
        IDR per USD; must be positive and finite.

    Returns
    -------
    Same kind as ``amount``: an int when both amount and rate are whole numbers,
    otherwise a float.

    Examples
    --------
    >>> to_idr(800)
    13200000
    >>> to_idr(800, rate=16_000)
    12800000
    """
    _check_rate(rate)
    return _widen(amount) * rate


def to_usd(amount: Any, *, rate: float = DEFAULT_RATE) -> Any:
    """Convert rupiah to US dollars (always a float).

    Examples
    --------
    >>> to_usd(33_000_000)
    2000.0
    """
    _check_rate(rate)
    return _widen(amount) / rate


def _multipliers(
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
            _check_rate(count, name)
            per_year[unit] = count * extra

    def factor(one: object, missing_ok: bool = True) -> Any:
        if missing_ok and (one is None or one is pd.NA or one != one):
            return np.nan
        if one not in _PERIODS:
            raise ValueError(
                f"period must be one of {', '.join(_PERIODS)}; got {one!r}"
            )
        if one not in per_year:
            name = "days_per_year" if one == "day" else "hours_per_year"
            raise ValueError(
                f"a {one}ly figure needs {name}= to become a yearly one "
                f"(for example {name}={'260' if one == 'day' else '2080'})"
            )
        return per_year[one]

    if isinstance(period, str) or period is None:
        return factor(period, missing_ok=False)
    return pd.Series(period, dtype=object).map(factor).astype("float64")


def annualize(
    amount: Any,
    *,
    period: Any = "month",
    thr: bool = False,
    days_per_year: float | None = None,
    hours_per_year: float | None = None,
) -> Any:
    """Turn a salary into a year's pay.

    Parameters
    ----------
    amount : number, numpy.ndarray or pandas.Series
        The salary, paid once per ``period``.  Integers are widened to 64 bits.
    period : {"month", "year", "day", "hour"} or array-like of them
        How often ``amount`` is paid.  A Series (for example the ``period``
        column of :func:`careerkit.parse_salaries`) gives each row its own and
        aligns on the index, as pandas does; a missing period gives <NA>.
    thr : bool, default False
        Add Indonesia's religious-holiday allowance (THR), one month's pay a
        year: a monthly figure is multiplied by 13 instead of 12, a daily or
        hourly one by ``days_per_year`` (or ``hours_per_year``) times 13/12.
    days_per_year, hours_per_year : float, optional
        Needed for daily and hourly figures; there is no honest default.

    Returns
    -------
    Same kind as ``amount``.

    Raises
    ------
    ValueError
        For an unknown period, or a daily / hourly figure without the
        matching ``days_per_year`` / ``hours_per_year``.

    Notes
    -----
    A yearly figure stays as it is, with or without ``thr``: a yearly package
    ("Rp 150 jt/tahun") usually already includes whatever it includes, and we
    cannot tell whether THR is part of it.

    Examples
    --------
    >>> annualize(12_000_000)
    144000000
    >>> annualize(12_000_000, thr=True)
    156000000
    """
    factor = _multipliers(period, thr, days_per_year, hours_per_year)
    amount = _widen(amount)
    if isinstance(factor, pd.Series):
        if isinstance(amount, pd.Series) and not isinstance(period, pd.Series):
            factor.index = amount.index  # a list of periods goes row by row
        elif not isinstance(amount, pd.Series):
            factor = factor.to_numpy()
    return amount * factor


def _one_rupiah(amount: Any, short: bool) -> str:
    if amount is None or amount is pd.NA or amount is pd.NaT:
        return _NA_TEXT
    if isinstance(amount, (bool, np.bool_)) or not isinstance(amount, (Real, Decimal)):
        raise TypeError(f"format_rupiah needs a number; got {amount!r}")
    if isinstance(amount, float | np.floating) and math.isnan(amount):
        return _NA_TEXT
    if isinstance(amount, float | np.floating) and math.isinf(amount):
        raise ValueError(f"format_rupiah needs a finite amount; got {amount!r}")
    exact = Decimal(int(amount) if isinstance(amount, np.integer) else amount)
    sign = "-" if exact < 0 else ""
    exact = abs(exact)
    if short:
        for index, (size, word) in enumerate(_SHORT_UNITS):
            if exact >= size:
                scaled = _tenths(exact / size)
                if scaled >= 1000 and index:  # 999.960 rb -> 1 jt
                    size, word = _SHORT_UNITS[index - 1]
                    scaled = _tenths(exact / size)
                text = f"{scaled:f}".rstrip("0").rstrip(".").replace(".", ",")
                return f"{sign}Rp{_group(text)} {word}"
    whole = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if whole == 0:
        sign = ""
    return f"{sign}Rp{whole:,}".replace(",", ".")


def _tenths(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _group(text: str) -> str:
    """Group the integer part of "1234,5" with dots: "1.234,5"."""
    whole, _, fraction = text.partition(",")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


def format_rupiah(amount: Any, *, short: bool = False) -> Any:
    """Write an amount of rupiah the Indonesian way.

    Parameters
    ----------
    amount : number or pandas.Series
        Rupiah.  Fractions of a rupiah are rounded half up in the full form.
    short : bool, default False
        ``True`` writes rb (ribu), jt (juta) or M (miliar) with at most one
        decimal and no ",0": ``"Rp12,5 jt"``.

    Returns
    -------
    str, or a Series of str for a Series.  A missing amount (None, NaN, pd.NA)
    becomes "–" (an en dash), so that tables line up.

    Examples
    --------
    >>> format_rupiah(12_500_000)
    'Rp12.500.000'
    >>> format_rupiah(12_500_000, short=True)
    'Rp12,5 jt'
    >>> format_rupiah(-750_000, short=True)
    '-Rp750 rb'
    """
    if isinstance(amount, pd.Series):
        return amount.map(lambda x: _one_rupiah(x, short)).astype("string")
    return _one_rupiah(amount, short)
