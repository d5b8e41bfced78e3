"""Turn a parsed salary (amounts as written, units, currencies, periods) into numbers.

This is the meaning half of the salary reader; the syntax half is
:mod:`careerkit._salary_grammar` (and its fast path :mod:`careerkit._salary_fast`),
which both end here, so they cannot disagree about what an amount is worth.
"""

from __future__ import annotations

from careerkit import _salary_vocab as v

__all__ = [
    "PLAUSIBLE_MONTHLY_IDR",
    "Shape",
    "Unreadable",
    "amounts",
    "read_number",
    "shape",
]

_MAX_DIGITS = 15  # beyond this a float is no longer exact: refuse, do not round

# A monthly IDR salary outside these bounds is flagged (kept, with a problem);
# a yearly one outside twelve times them.
PLAUSIBLE_MONTHLY_IDR = (100_000, 1_000_000_000)
_LEAST, _MOST = PLAUSIBLE_MONTHLY_IDR
_LIMITS = {  # currency -> period -> (least, most, adjective, least / most in words)
    "IDR": {
        "month": (_LEAST, _MOST, "monthly", "100 ribu", "1 miliar"),
        "year": (12 * _LEAST, 12 * _MOST, "yearly", "1,2 juta", "12 miliar"),
    }
}


class Unreadable(Exception):
    """The text is not a salary careerkit can read; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
            raise Unreadable("two currencies in one text: IDR and USD")
        currency = found
    if currency is None and any(u and v.UNITS[u][1] for u in (unit1, unit2)):
        currency = "IDR"  # juta, rb, miliar
    period = "month"
    if periods:
        if len(set(periods)) > 1:
            both = " and ".join(sorted(set(periods)))
            raise Unreadable(f"two periods in one text: {both}")
        period = periods[0]
    return form, unit1, unit2, currency, period


def read_number(text: str) -> tuple[int, int, bool]:
    """Return ``(mantissa, decimals, grouped)`` for an amount as written.

    A "." or "," followed by exactly three digits (in repeated groups of three)
    separates thousands; otherwise it is the decimal mark.  Spaces only ever
    group thousands (the tokenizer guarantees three digits after them).
    """
    if text.isdigit():
        if len(text) > _MAX_DIGITS:
            raise Unreadable(f"amount {text!r} has too many digits")
        return int(text), 0, False
    body = text.rstrip("-").rstrip(".,") if text[-1] == "-" else text  # "5.000,-"
    if body.isdigit():
        return read_number(body)
    last = max(body.rfind("."), body.rfind(","), body.rfind(" "))
    if len(body) - last == 4:  # thousands only: 1.500, 12 000 000
        grouped, decimals = body, ""
    elif body[last] == " ":
        raise Unreadable(f"amount {text!r} has unusual digit groups")
    else:  # a decimal mark: 12,5 or 12.500.000,00
        grouped, decimals = body[:last], body[last + 1 :]
    has_groups = not grouped.isdigit()
    if has_groups:
        # grouped must be 1-3 digits, then one mark and three digits, repeated
        lead = len(grouped) % 4
        mark = grouped[lead] if lead and len(grouped) > 4 else ""
        digits = grouped.replace(mark, "") if mark else ""
        if (
            not mark
            or grouped[0] == "0"
            or grouped[lead::4] != mark * (len(grouped) // 4)
            or not digits.isdigit()
            or (decimals and mark == body[last])
        ):
            raise Unreadable(_number_trouble(text, grouped, decimals, body[last]))
        grouped = digits
    digits = grouped + decimals
    if len(digits) > _MAX_DIGITS:
        raise Unreadable(f"amount {text!r} has too many digits")
    return int(digits), len(decimals), has_groups


def _number_trouble(text: str, grouped: str, decimals: str, last_mark: str) -> str:
    """Say what is wrong with an amount read_number refused."""
    marks = {mark for mark in ".,  " if mark in grouped}
    if len(marks) > 1 or (not decimals and last_mark not in grouped):
        return f"amount {text!r} mixes separators; write 12.500.000 or 12,5"
    if decimals and last_mark in marks:
        return f"amount {text!r} uses {last_mark!r} twice"
    return f"amount {text!r} has unusual digit groups"


def _multiplier(unit: str | None, currency: str | None) -> int:
    if unit is None:
        return 1
    if unit == v.UNIT_M:
        if currency == "IDR":
            return 10**9
        if currency == "USD":
            return 10**6
        raise Unreadable(
            "'M' is miliar after Rp and million after $, and the text names no "
            "currency (pass currency=)"
        )
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
    range).  ``problem`` is None, or says why the amounts look wrong.  This runs
    once per distinct text, hence the inlined lookups.
    """
    form, unit1, unit2, currency, period = form_shape
    if currency is None:
        currency = default_currency
    m1, d1, grouped1 = _NUMBERS.get(first) or _remember(first)
    problem = None
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
                raise Unreadable(
                    f"unit {inherited!r} is on one amount only and the range would "
                    "read high-to-low; write the unit on both amounts"
                )
            low, high = high, low
            problem = "range written high-to-low; swapped"

    limits = _LIMITS.get(currency)
    if limits is not None and period in limits:
        least, most, adjective, least_words, most_words = limits[period]
        smallest = high if low is None else low
        largest = low if high is None else high
        if largest > most or smallest < least:
            notes = [problem] if problem else []
            if largest > most:
                notes.append(f"implausible {adjective} IDR amount (above {most_words})")
            if smallest < least:
                notes.append(
                    f"implausible {adjective} IDR amount (below {least_words})"
                )
            problem = "; ".join(notes)
    return low, high, currency, period, problem
