"""Turn a parsed salary (amounts as written, units, currencies, periods) into numbers.

This is the meaning half of the salary reader; the syntax half is
:mod:`careerkit._salary_grammar` (and its fast path :mod:`careerkit._salary_fast`),
which both end here, so they cannot disagree about what an amount is worth.
"""

from __future__ import annotations

import re

from careerkit import _salary_vocab as v
from careerkit._salary_problem import NOTE, Unreadable, problem

__all__ = [
    "PLAUSIBLE",
    "SWAPPED",
    "Shape",
    "Unreadable",
    "amounts",
    "flag",
    "read_number",
    "shape",
]

_MAX_DIGITS = 15  # beyond this a float is no longer exact: refuse, do not round

# Plausible pay for a developer, per currency and period: an amount outside is
# kept but flagged in ``problem``.  One table, so every period and currency is
# checked the same way; a text with no currency is checked against the widest
# bounds (the least in USD, the most in IDR).
PLAUSIBLE: dict[str, dict[str, tuple[float, float]]] = {
    "IDR": {
        "hour": (1_000, 10_000_000),  # 1 ribu .. 10 juta
        "day": (10_000, 50_000_000),  # 10 ribu .. 50 juta
        "month": (100_000, 1_000_000_000),  # 100 ribu .. 1 miliar
        "year": (1_200_000, 12_000_000_000),  # 12 months of the above
    },
    "USD": {
        "hour": (1, 10_000),
        "day": (5, 50_000),
        "month": (50, 1_000_000),
        "year": (600, 12_000_000),
    },
}
_PERIODS = tuple(PLAUSIBLE["IDR"])  # hour, day, month, year
SWAPPED = problem("swapped")


def _idr_words(amount: float) -> str:
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if amount >= size:
            return f"{amount / size:g} {word}".replace(".", ",")
    return f"{amount:g} rupiah"


def _usd_words(amount: float) -> str:
    return f"${amount:,g}" if amount < 1000 else f"${amount:,.0f}"


def _implausible(period: str, currency: str, side: str, limit: str) -> str:
    """The problem of an amount beyond ``limit`` (see careerkit._salary_problem)."""
    return problem(
        "implausible", period=period, currency=currency, side=side, limit=limit
    )


def _limits() -> dict:
    """currency (or None) -> period -> (least, most, note below, note above).

    The problems are encoded once here, not for every flagged amount.
    """
    table: dict = {"IDR": {}, "USD": {}, None: {}}
    for period in PLAUSIBLE["IDR"]:
        idr, usd = PLAUSIBLE["IDR"][period], PLAUSIBLE["USD"][period]
        for currency, (least, most), words in (
            ("IDR", idr, (_idr_words(idr[0]), _idr_words(idr[1]))),
            ("USD", usd, (_usd_words(usd[0]), _usd_words(usd[1]))),
            (None, (usd[0], idr[1]), (_usd_words(usd[0]), _idr_words(idr[1]))),
        ):
            named = currency or "any"
            table[currency][period] = (
                least,
                most,
                _implausible(period, named, "below", words[0]),
                _implausible(period, named, "above", words[1]),
            )
    return table


_LIMITS = _limits()


# What a salary text says apart from its digits: form ("single", "range", "low"
# or "high"), the unit of each amount, the currency it names (None when it names
# none), and the period.  Texts that differ only in their digits share a Shape.
Shape = tuple[str, str | None, str | None, str | None, str]


def shape(
    form: str,
    unit1: str | None,
    unit2: str | None,
    currencies: list[str],
    periods: list[str],
) -> Shape:
    """Check the currencies and periods of a parsed text and return its Shape."""
    currency = None
    for found in currencies:
        if currency not in (None, found):
            raise Unreadable("two_currencies", idr="IDR")
        currency = found
    for unit in (unit1, unit2):
        if unit and v.UNITS[unit][1]:  # juta, rb, miliar: rupiah words
            if currency == "USD":
                raise Unreadable("two_currencies", idr=f"IDR ({unit!r})")
            currency = "IDR"
    period = "month"
    if periods:
        if len(set(periods)) > 1:
            first, second = sorted(set(periods), key=_PERIODS.index)[:2]
            raise Unreadable("two_periods", period=first, other_period=second)
        period = periods[0]
    return form, unit1, unit2, currency, period


_MARK = re.compile(r"([., ])")


def read_number(text: str) -> tuple[int, int, bool]:
    """Return ``(mantissa, decimals, grouped)`` for an amount as written.

    Two shapes only, anything else is refused:

    * one decimal mark: ``12,5``, ``3.5``, ``12345.75`` (not followed by
      exactly three digits, which would group thousands: ``1.500``);
    * thousands groups: a first group of 1-3 digits (not starting with 0),
      then groups of exactly three digits, all after the same mark (``.``,
      ``,`` or a space), optionally ending in one decimal part after the
      *other* mark: ``12.500.000``, ``1,250,000.50``, ``12 000 000,00``.

    A decimal part of exactly three digits after thousands ("1.234,567") is
    refused too: it could be either.
    """
    if text.isdigit():
        if len(text) > _MAX_DIGITS:
            raise Unreadable("too_many_digits", amount=repr(text))
        return int(text), 0, False
    body = text.rstrip("-").rstrip(".,") if text[-1] == "-" else text  # "5.000,-"
    if body.isdigit():
        return read_number(body)
    size, points = len(body), body.count(".") + body.count(",")
    if points == 1 and " " not in body:  # fast path: one decimal mark, 12,5
        at = max(body.find("."), body.find(","))
        if size - at != 4:
            digits = body[:at] + body[at + 1 :]
            if len(digits) > _MAX_DIGITS:
                raise Unreadable("too_many_digits", amount=repr(text))
            return int(digits), size - at - 1, False
    mark, lead, count = body[-4:-3], size % 4, size // 4
    if lead and body[0] != "0" and mark and body.count(mark) == count:
        digits = body.replace(mark, "")  # fast path: thousands only, 12.500.000
        if body[lead::4] == mark * count and digits.isdigit():
            if len(digits) > _MAX_DIGITS:
                raise Unreadable("too_many_digits", amount=repr(text))
            return int(digits), 0, True
    parts = _MARK.split(body)  # the tokenizer guarantees digits between marks
    first, marks, groups = parts[0], parts[1::2], parts[2::2]
    decimals = ""
    if len(marks) == 1 and marks[0] != " " and len(groups[0]) != 3:
        decimals, groups = groups[0], []  # one decimal mark: 12,5
    elif len(marks) > 1 and marks[-1] not in (" ", marks[-2]):
        decimals, groups, marks = groups[-1], groups[:-1], marks[:-1]  # 1.500,25
        if len(decimals) == 3:
            raise Unreadable("mixed_separators", amount=repr(text))
    if groups:
        if len(groups[-1]) != 3 and len(set(marks)) == 1:
            raise Unreadable("mark_twice", amount=repr(text), mark=repr(marks[0]))
        if len(first) > 3 or first[0] == "0" or any(len(g) != 3 for g in groups):
            raise Unreadable("unusual_groups", amount=repr(text))
        if len(set(marks)) > 1:
            raise Unreadable("mixed_separators", amount=repr(text))
    digits = first + "".join(groups) + decimals
    if len(digits) > _MAX_DIGITS:
        raise Unreadable("too_many_digits", amount=repr(text))
    return int(digits), len(decimals), bool(groups)


def _multiplier(unit: str | None, currency: str | None) -> int:
    if unit is None:
        return 1
    if unit == v.UNIT_M:
        if currency == "IDR":
            return 10**9
        if currency == "USD":
            return 10**6
        raise Unreadable("m_without_currency")
    return v.UNITS[unit][0]


# Multipliers that do not depend on the currency ("m" does: see _multiplier).
_SCALE: dict[str | None, int] = {
    None: 1,
    **{unit: size for unit, (size, _) in v.UNITS.items() if unit != v.UNIT_M},
}
_NUMBERS: dict[str, tuple[int, int, bool]] = {}  # read_number, remembered
_MAX_NUMBERS = 100_000


def _remember(text: str) -> tuple[int, int, bool]:
    found = read_number(text)
    if len(_NUMBERS) >= _MAX_NUMBERS:
        _NUMBERS.clear()
    _NUMBERS[text] = found
    return found


def _fraction(whole: int, decimals: int) -> float:
    scale = 10**decimals
    return float(whole // scale) if whole % scale == 0 else whole / scale


def amounts(
    form_shape: Shape, first: str, second: str | None, default_currency: str | None
) -> tuple:
    """Return ``(low, high, currency, period, problem)`` for a Shape and its amounts.

    ``first`` and ``second`` are the amounts as written (``second`` only for a
    range).  ``problem`` is None, or a problem (codes, not words: see
    :mod:`careerkit._salary_problem`) saying why the amounts look wrong.  This
    runs once per distinct text, hence the inlined lookups.
    """
    form, unit1, unit2, currency, period = form_shape
    if currency is None:
        currency = default_currency
    m1, d1, grouped1 = _NUMBERS.get(first) or _remember(first)
    found = None
    if second is None:
        whole = m1 * (_SCALE.get(unit1) or _multiplier(unit1, currency))
        low = high = _fraction(whole, d1) if d1 else float(whole)
        if form == "low":
            high = None
        elif form == "high":
            low = None
    else:
        m2, d2, grouped2 = _NUMBERS.get(second) or _remember(second)
        inherited = None
        if unit1 is None and unit2 and not grouped1 and m1 < 1000 * 10**d1:
            unit1 = inherited = unit2  # "6-12 juta"
        elif unit2 is None and unit1 and not grouped2 and m2 < 1000 * 10**d2:
            unit2 = inherited = unit1  # "6 juta - 12"
        whole = m1 * (_SCALE.get(unit1) or _multiplier(unit1, currency))
        low = _fraction(whole, d1) if d1 else float(whole)
        whole = m2 * (_SCALE.get(unit2) or _multiplier(unit2, currency))
        high = _fraction(whole, d2) if d2 else float(whole)
        if low > high:
            if inherited and low > 10 * high:
                raise Unreadable("unit_on_one_amount", unit=repr(inherited))
            low, high = high, low
            found = SWAPPED

    return low, high, currency, period, flag(low, high, currency, period, found)


def flag(
    low: float | None,
    high: float | None,
    currency: str | None,
    period: str,
    found: str | None = None,
) -> str | None:
    """Add to ``found`` why an amount looks implausible (see :data:`PLAUSIBLE`)."""
    least, most, below, above = _LIMITS[currency][period]
    smallest = high if low is None else low
    largest = low if high is None else high
    if largest <= most and smallest >= least:  # type: ignore[operator]
        return found
    notes = [found] if found else []
    if largest > most:  # type: ignore[operator]
        notes.append(above)
    if smallest < least:  # type: ignore[operator]
        notes.append(below)
    return NOTE.join(notes)
