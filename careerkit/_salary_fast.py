"""A fast path for the common shapes of salary text: one compiled regex.

Most real texts look like ``[cur] [prefix] amount [unit] [cur] [sep [cur] amount
[unit] [cur]] [postfix] [period] [cur]``.  This module matches that shape with a
single regular expression built from the same vocabulary as the full grammar
and hands the pieces to the same :func:`careerkit._salary_grammar.evaluate`.
Anything it does not match (or that evaluate rejects) goes to the full grammar,
which gives the reason; a test checks that both readers agree.
"""

from __future__ import annotations

import re

from careerkit import _salary_vocab as v
from careerkit._salary_eval import Unreadable, evaluate
from careerkit._salary_grammar import NUM_PATTERN

__all__ = ["read_fast"]


def _token_pattern(previous: str | None, token: str) -> str:
    gap = ""
    if previous is not None:
        words = previous[-1].isalpha() and token[0].isalpha()
        gap = r"\s+" if words else r"\s*"
    if token[-1].isalpha():  # a word may end in a dot ("rp.", "jt."), then no letter
        return rf"{gap}{re.escape(token)}\.?(?![a-z])"
    return gap + re.escape(token)


def _alternation(table: dict[tuple[str, ...], object]) -> tuple[str, dict]:
    """Return a regex alternation of the phrases and a map from squeezed text.

    A phrase whose squeezed spelling ("up to" -> "upto") collides with another
    phrase of a different meaning is left to the full grammar.
    """
    values: dict[str, object] = {}
    clashes: set[str] = set()
    for key, value in table.items():
        squeezed = "".join(key)
        if values.get(squeezed, value) != value:
            clashes.add(squeezed)
        values[squeezed] = value
    keys = [key for key in table if "".join(key) not in clashes]
    keys.sort(key=lambda key: -len(" ".join(key)))
    parts = [
        "".join(_token_pattern(a, b) for a, b in zip((None, *key), key, strict=False))
        for key in keys
    ]
    return "|".join(parts), {k: x for k, x in values.items() if k not in clashes}


def _select(*kinds: str, where: tuple[str, ...] | None = None) -> dict:
    return {
        key: (kind, value)
        for key, (kind, value) in v.VOCABULARY.items()
        if kind in kinds and (where is None or value in where)
    }


_CUR, _CURRENCY = _alternation(_select(v.CUR))
_UNIT, _UNITS = _alternation(_select(v.UNIT))
_PRE, _PREFIXES = _alternation(
    {
        **_select(v.LOW, v.HIGH, where=(v.BEFORE, v.EITHER)),
        **_select(v.SEP, where=("lead",)),
        **_select(v.FROM, v.BETWEEN),
    }
)
_SEP, _SEPARATORS = _alternation(_select(v.SEP, v.DASH, v.AND))
_POST, _POSTFIXES = _alternation(_select(v.LOW, v.HIGH, where=(v.AFTER, v.EITHER)))
_PER, _PERIODS = _alternation(_select(v.PER))

_FAST = re.compile(
    rf"""\A\s*
    (?:(?P<c0>{_CUR})\s*)?
    (?:(?P<pre>{_PRE})\s*(?:(?P<c1>{_CUR})\s*)?)?
    (?P<n1>{NUM_PATTERN})\s*(?:(?P<u1>{_UNIT})\s*)?(?:(?P<c2>{_CUR})\s*)?
    (?:(?P<sep>{_SEP})\s*(?:(?P<c3>{_CUR})\s*)?
       (?P<n2>{NUM_PATTERN})\s*(?:(?P<u2>{_UNIT})\s*)?(?:(?P<c4>{_CUR})\s*)?)?
    (?:(?P<post>{_POST})\s*)?
    (?:(?P<per>{_PER})\s*)?
    (?:(?P<c5>{_CUR})\s*)?
    \Z""",
    re.VERBOSE,
)


def _squeeze(text: str) -> str:
    return "".join(text.split()).replace(".", "")


def read_fast(text: str, default_currency: str | None) -> tuple | None:
    """Read normalised ``text`` if it has a common shape, else return None."""
    match = _FAST.match(text)
    if match is None:
        return None
    c0, pre, c1, n1, u1, c2, sep, c3, n2, u2, c4, post, per, c5 = match.groups()
    kind = _PREFIXES[_squeeze(pre)][0] if pre else None
    if n2 is not None:
        separator = _SEPARATORS[_squeeze(sep)][0]
        if post or not (
            kind == v.BETWEEN or (kind in (None, v.FROM) and separator != v.AND)
        ):
            return None
        form = "range"
    elif kind == v.BETWEEN or (post and kind):
        return None
    elif post:
        form = "low" if _POSTFIXES[_squeeze(post)][0] == v.LOW else "high"
    elif kind:
        form = "low" if kind in (v.LOW, v.FROM) else "high"
    else:
        form = "single"

    currencies = [_CURRENCY[_squeeze(c)][1] for c in (c0, c1, c2, c3, c4, c5) if c]
    periods = [_PERIODS[_squeeze(per)][1]] if per else []
    low = (n1, u1.rstrip(".") if u1 else None)
    high = (n2, u2.rstrip(".") if u2 else None) if n2 is not None else None
    try:
        return evaluate(form, low, high, currencies, periods, default_currency)
    except Unreadable:
        return None
