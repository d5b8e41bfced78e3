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
import warnings
from decimal import ROUND_HALF_UP, Decimal
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd

from careerkit._salary_money import (
    MoneyError,
    MoneyOverflowError,
    MoneyTypeError,
    is_missing,
    multipliers,
    per_row,
    positive,
    times,
    widen,
)
from careerkit.errors import outside_stacklevel
from careerkit.i18n import t

__all__ = [
    "DEFAULT_RATE",
    "DEFAULT_RATE_DATE",
    "PLAUSIBLE_RATES",
    "MoneyError",
    "MoneyOverflowError",
    "MoneyTypeError",
    "RateWarning",
    "annualize",
    "check_rate",
    "format_rupiah",
    "to_idr",
    "to_usd",
]

#: IDR per USD used when ``rate=`` is not given: the course's planning assumption
#: for 2026, a round figure near the rates of late 2025, not a market quote.
DEFAULT_RATE = 16_500
#: When :data:`DEFAULT_RATE` was fixed (year-month); show it with converted figures.
DEFAULT_RATE_DATE = "2026-01"

_NA_TEXT = "–"  # what format_rupiah writes for a missing amount
_SHORT_UNITS = ((10**9, "M"), (10**6, "jt"), (10**3, "rb"))


#: IDR per USD that careerkit takes without comment (both ends included).  The
#: rupiah has traded inside this band since 1998; a rate outside it was almost
#: surely misread ("16.5" meant as 16.500) or mistyped.
PLAUSIBLE_RATES = (1_000, 100_000)


class RateWarning(UserWarning):
    """An exchange rate outside :data:`PLAUSIBLE_RATES` (probably a typo)."""


def _rate(rate: object, name: str) -> Any:
    """Check ``rate`` like :func:`check_rate`, keep its type, warn when implausible."""
    value = positive(rate, name, "IDR per USD")
    low, high = PLAUSIBLE_RATES
    if not low <= value <= high:
        warnings.warn(
            t("core.rate_implausible", name=name, rate=value, low=low, high=high),
            RateWarning,
            stacklevel=outside_stacklevel(),
        )
    return value


def check_rate(rate: object, name: str = "rate") -> float:
    """Return an exchange rate (IDR per USD) as a float; refuse a rate that is not one.

    Parameters
    ----------
    rate : object
        A positive, finite real number (not a bool, not a text).
    name : str, default "rate"
        The parameter's name, for the error message.

    Raises
    ------
    MoneyError
        (a ValueError) naming ``name``, the unit and the value given.

    Warns
    -----
    RateWarning
        The rate lies outside :data:`PLAUSIBLE_RATES` (``16.5`` for 16.500).
    """
    return float(_rate(rate, name))


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

    Notes
    -----
    A missing scalar (None, pd.NA) gives pd.NA; NaN stays NaN.  Integer
    amounts times a whole-number rate stay integers and raise
    :class:`MoneyOverflowError` (an OverflowError) rather than wrap around
    beyond 64 bits; a Python int never wraps.

    Examples
    --------
    >>> to_idr(800)
    13200000
    >>> to_idr(800, rate=16_000)
    12800000
    """
    rate = _rate(rate, "rate")
    if is_missing(amount):
        return pd.NA
    return times(widen(amount), rate, "amount in rupiah")


def to_usd(amount: Any, *, rate: float = DEFAULT_RATE) -> Any:
    """Convert rupiah to US dollars (always a float).

    Examples
    --------
    >>> to_usd(33_000_000)
    2000.0
    """
    rate = _rate(rate, "rate")
    if is_missing(amount):
        return pd.NA
    return widen(amount) / rate


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
        column of :func:`careerkit.parse_salaries`) gives each row of an
        ``amount`` Series its own, matched by index label (never by position);
        an amount whose label ``period`` lacks, or whose period is missing,
        gives <NA>; the result keeps ``amount``'s index.  A list goes row by
        row.
    thr : bool, default False
        Add Indonesia's religious-holiday allowance (THR), one month's pay a
        year: a monthly figure is multiplied by 13 instead of 12, a daily or
        hourly one by ``days_per_year`` (or ``hours_per_year``) times 13/12.
    days_per_year, hours_per_year : float, optional
        Needed for daily and hourly figures; there is no honest default.  At
        most 366 days or 8784 (366 x 24) hours.

    Returns
    -------
    Same kind as ``amount``.

    Raises
    ------
    MoneyError
        (a ValueError) for an unknown or missing scalar period, a daily /
        hourly figure without the matching ``days_per_year`` /
        ``hours_per_year``, a count outside a year, or a period Series whose
        duplicate labels cannot be matched.
    MoneyTypeError
        (a TypeError) when ``thr`` is not a bool (NumPy's bool is fine).
    MoneyOverflowError
        (an OverflowError) when an integer result would not fit in 64 bits.

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
    if not isinstance(thr, (bool, np.bool_)):
        raise MoneyTypeError(f"thr must be True or False; got {thr!r}")
    factor = multipliers(period, bool(thr), days_per_year, hours_per_year)
    if is_missing(amount):
        return pd.NA
    amount = widen(amount)
    if isinstance(factor, pd.Series):
        return amount * per_row(factor, amount, period)
    return times(amount, factor, "the yearly amount")


def _one_rupiah(amount: Any, short: bool) -> str:
    if amount is None or amount is pd.NA or amount is pd.NaT:
        return _NA_TEXT
    if isinstance(amount, (bool, np.bool_)) or not isinstance(amount, (Real, Decimal)):
        raise MoneyTypeError(f"format_rupiah needs a number; got {amount!r}")
    if isinstance(amount, np.integer):
        amount = int(amount)
    elif isinstance(amount, np.floating):  # float32, float16, longdouble ...
        amount = float(amount)
    missing = amount.is_nan() if isinstance(amount, Decimal) else amount != amount
    if missing:
        return _NA_TEXT
    if amount in (math.inf, -math.inf):
        raise MoneyError(f"format_rupiah needs a finite amount; got {amount!r}")
    exact = Decimal(amount)
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
