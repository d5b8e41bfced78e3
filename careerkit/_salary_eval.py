"""Turn a parsed salary (amounts as written, units, currencies, periods) into numbers.

This is the meaning half of the salary reader; the syntax half is
:mod:`careerkit._salary_grammar` (and its fast path :mod:`careerkit._salary_fast`),
which both end here, so they cannot disagree about what an amount is worth.
"""

from __future__ import annotations

import re

from careerkit import _salary_vocab as v

__all__ = ["PLAUSIBLE_MONTHLY_IDR", "Unreadable", "evaluate", "read_number"]

_GROUP_MARK = re.compile(r"([., ])")
_MAX_DIGITS = 15  # beyond this a float is no longer exact: refuse, do not round

# A monthly IDR salary outside these bounds is flagged (kept, with a problem).
PLAUSIBLE_MONTHLY_IDR = (100_000, 1_000_000_000)
_PLAUSIBLE_IDR = {
    "month": (PLAUSIBLE_MONTHLY_IDR, "monthly", ("100 ribu", "1 miliar")),
    "year": (
        tuple(12 * x for x in PLAUSIBLE_MONTHLY_IDR),
        "yearly",
        ("1,2 juta", "12 miliar"),
    ),
}


class Unreadable(Exception):
    """The text is not a salary careerkit can read; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
    body = text.rstrip("-").rstrip(".,")  # "5.000.000,-"
    parts = _GROUP_MARK.split(body)
    digits, marks = parts[0::2], parts[1::2]
    if not marks:
        decimals, groups, group_marks = 0, digits, []
    elif len(digits[-1]) == 3 and len(set(marks)) == 1:
        decimals, groups, group_marks = 0, digits, marks
    elif len(digits[-1]) != 3 and marks[-1] != " ":
        decimals, groups, group_marks = len(digits[-1]), digits[:-1], marks[:-1]
        if marks[-1] in group_marks:
            raise Unreadable(f"amount {text!r} uses {marks[-1]!r} twice")
    else:
        raise Unreadable(f"amount {text!r} mixes separators; write 12.500.000 or 12,5")
    if group_marks and (
        len(set(group_marks)) > 1
        or not 1 <= len(groups[0]) <= 3
        or groups[0].startswith("0")
        or any(len(g) != 3 for g in groups[1:])
    ):
        raise Unreadable(f"amount {text!r} has unusual digit groups")
    all_digits = "".join(digits)
    if len(all_digits) > _MAX_DIGITS:
        raise Unreadable(f"amount {text!r} has too many digits")
    return int(all_digits), decimals, bool(group_marks)


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


def _value(mantissa: int, decimals: int, multiplier: int) -> float:
    whole = mantissa * multiplier
    if not decimals:
        return float(whole)
    scale = 10**decimals
    return float(whole // scale) if whole % scale == 0 else whole / scale


def evaluate(form, low, high, currencies, periods, default_currency):
    """Turn parsed bounds into ``(low, high, currency, period, problem)``.

    ``low`` and ``high`` are ``(amount_text, unit)`` pairs (``high`` is None
    unless ``form == "range"``); ``form`` is "single", "range", "low" or "high".
    """
    marked = set(currencies)
    if len(marked) > 1:
        raise Unreadable("two currencies in one text: IDR and USD")
    if marked:
        currency = marked.pop()
    elif any(b is not None and b[1] and v.UNITS[b[1]][1] for b in (low, high)):
        currency = "IDR"  # juta, rb, miliar
    else:
        currency = default_currency
    period = "month"
    if periods:
        if len(set(periods)) > 1:
            raise Unreadable(f"two periods in one text: {' and '.join(set(periods))}")
        period = periods[0]

    m1, d1, grouped1 = read_number(low[0])
    unit1 = low[1]
    problems = []
    if high is None:
        first = _value(m1, d1, _multiplier(unit1, currency))
        values = {"single": (first, first), "low": (first, None), "high": (None, first)}
        result_low, result_high = values[form]
    else:
        m2, d2, grouped2 = read_number(high[0])
        unit2 = high[1]
        inherited = None
        if unit1 is None and unit2 and not grouped1 and m1 < 1000 * 10**d1:
            unit1 = inherited = unit2  # "6-12 juta"
        elif unit2 is None and unit1 and not grouped2 and m2 < 1000 * 10**d2:
            unit2 = inherited = unit1  # "6 juta - 12"
        result_low = _value(m1, d1, _multiplier(unit1, currency))
        result_high = _value(m2, d2, _multiplier(unit2, currency))
        if result_low > result_high:
            if inherited and result_low > 10 * result_high:
                raise Unreadable(
                    f"unit {inherited!r} is on one amount only and the range would "
                    "read high-to-low; write the unit on both amounts"
                )
            result_low, result_high = result_high, result_low
            problems.append("range written high-to-low; swapped")

    if currency == "IDR" and period in _PLAUSIBLE_IDR:
        (least, most), adjective, words = _PLAUSIBLE_IDR[period]
        present = [x for x in (result_low, result_high) if x is not None]
        if any(x > most for x in present):
            problems.append(f"implausible {adjective} IDR amount (above {words[1]})")
        if any(x < least for x in present):
            problems.append(f"implausible {adjective} IDR amount (below {words[0]})")
    problem = "; ".join(problems) if problems else None
    return result_low, result_high, currency, period, problem
