"""The fast path of the salary reader: texts that differ only in digits share a parse.

Job ads are written in a handful of shapes ("Rp 12 jt/bln", "Rp 35 jt/bln" ...)
with ever-changing numbers.  This module cuts the amounts out of a normalised
text with one compiled regular expression, looks the rest (the text with a hole
for each amount) up in a bounded cache of :data:`~careerkit._salary_eval.Shape`
values, and only runs the full grammar for a shape it has not seen.  The amounts
are then read by the same :func:`~careerkit._salary_eval.amounts` as in the
full grammar, so both paths give the same answer (a test checks this).

The cut is exact because the tokenizer's amount token is the same pattern and no
other token can contain a digit.

Both caches (shapes here, amounts in :mod:`careerkit._salary_eval`) hold codes
and values, never words: a problem (see :mod:`careerkit._salary_problem`) is put
into words only by the public functions, in the language in force then.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal
from numbers import Real

import numpy as np

from careerkit._salary_eval import Shape, Unreadable, amounts, flag
from careerkit._salary_grammar import NUM_PATTERN, normalize, parse_shape, read
from careerkit._salary_problem import problem

__all__ = ["MISSING", "read_many", "take_number"]

_AMOUNT = re.compile(f"({NUM_PATTERN})")
_HOLE = "\x00"
_MAX_SHAPES = 20_000  # a bound on memory for texts of endless variety
_SHAPES: dict[str, Shape | str] = {}  # a Shape, or the problem that makes it unreadable
MISSING = problem("missing_text")
_NOT_FINITE = problem("not_finite")
_NEGATIVE = problem("negative")


def _learn(key: str, text: str) -> Shape | str:
    try:
        known: Shape | str = parse_shape(text)[0]
    except Unreadable as error:
        if any(char in "0123456789" for char in error.problem):
            return error.problem  # about these digits only: do not share it
        known = error.problem
    if len(_SHAPES) >= _MAX_SHAPES:
        _SHAPES.clear()
    _SHAPES[key] = known
    return known


def take_number(value: object, default_currency: str | None) -> tuple:
    """Take a number (not a text) as an amount; return a row as read_many does.

    A number is never re-read as text (``str(1.234)`` would look like one
    thousand two hundred and thirty-four): it is the amount itself, paid monthly,
    in ``default_currency``.  Anything else that is not a text is refused.
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (Real, Decimal)):
        return None, None, None, None, problem("not_text", kind=type(value).__name__)
    if isinstance(value, Decimal):
        value = math.nan if value.is_nan() else float(value)
    if value != value:  # NaN
        return None, None, None, None, MISSING
    if value in (math.inf, -math.inf):  # no float() first: a huge int overflows it
        return None, None, None, None, _NOT_FINITE
    if value < 0:
        return None, None, None, None, _NEGATIVE
    if value >= 10**15:  # as for texts: beyond this a float is no longer exact
        return None, None, None, None, problem("too_many_digits", amount=str(value))
    amount = float(value)
    found = flag(amount, amount, default_currency, "month")
    return amount, amount, default_currency, "month", found


def read_many(texts: Iterable[object], default_currency: str | None) -> list[tuple]:
    """Read each text; return ``(low, high, currency, period, problem)`` tuples.

    ``problem`` is None or a problem in codes (see
    :mod:`careerkit._salary_problem`, whose ``render`` words it).  A text that
    cannot be read gives ``(None, None, None, None, problem)``; a value that is
    not a str goes to :func:`take_number`.  This loop is the hot path of
    :func:`careerkit.parse_salaries`, hence the inlined steps.
    """
    split, shapes, hole = _AMOUNT.split, _SHAPES, _HOLE
    results: list[tuple] = []
    append = results.append
    for text in texts:
        try:
            if type(text) is not str:
                if not isinstance(text, str):
                    append(take_number(text, default_currency))
                    continue
                text = str(text)  # a str subclass, e.g. numpy.str_
            normal = text.lower() if text.isascii() else normalize(text)
            parts = split(normal)
            count = len(parts)
            if count > 5 or hole in normal:  # more than two amounts: let it explain
                append(read(normal, default_currency))
                continue
            if count == 3:
                key = parts[0] + hole + parts[2]
            elif count == 5:
                key = parts[0] + hole + parts[2] + hole + parts[4]
            else:
                key = normal  # no amount at all
            known = shapes.get(key)
            if known is None:
                known = _learn(key, normal)
            if known.__class__ is str:
                append((None, None, None, None, known))
                continue
            second = parts[3] if count == 5 else None
            append(amounts(known, parts[1], second, default_currency))
        except Unreadable as error:
            append((None, None, None, None, error.problem))
    return results
