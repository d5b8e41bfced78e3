"""Read one salary text: normalise, tokenize, parse, evaluate.

The reader never guesses.  Every character of the text must belong to a token
(an amount, a unit, a currency, a period, a range word or a salary word from
:mod:`careerkit._salary_vocab`), and the tokens must form one of a few shapes:

* ``amount`` (an exact figure),
* ``amount SEP amount`` with SEP a dash or a range word, optionally after
  ``between`` / ``antara`` / ``from`` / ``dari`` (which also accept and / dan),
* ``LOW amount`` or ``amount LOW`` (an open upper end: "di atas 80 juta", "$10000+"),
* ``HIGH amount`` or ``amount HIGH`` (an open lower end: "up to 25 juta"),

with currencies and periods before or after each amount.  Anything else raises
:class:`Unreadable` with the code of its reason (see
:mod:`careerkit._salary_problem`).
"""

from __future__ import annotations

import re
import unicodedata

from careerkit import _salary_vocab as v
from careerkit._salary_eval import Shape, Unreadable, amounts, shape

__all__ = ["NUM_PATTERN", "Unreadable", "normalize", "parse_shape", "read", "tokenize"]

# Digits with "." / "," / space groups, e.g. 12.500.000,00 or 12 000 000, and an
# optional Indonesian ",-" ("no cents") ending.  Which mark is which is decided by
# read_number, not here.
NUM_PATTERN = r"[0-9]+(?:[.,][0-9]+|\ [0-9]{3}(?![0-9]))*(?:[.,]-+(?![0-9]))?"
_TOKEN = re.compile(
    rf"""
      (?P<num>{NUM_PATTERN})
    | (?P<word>[a-z]+(?:\.[a-z]+)*\.?)
    | (?P<sym>>=|<=|=>|=<|[-~+<>≥≤=$€£¥₹₱฿₫₩/:()\[\],.;±&])
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_CLEAN = str.maketrans(
    {**dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_INVISIBLE), "\u301c": "~"}
)


def normalize(text: str) -> str:
    """Return ``text`` in the form the readers expect: NFKC, plain dashes, lower case.

    NFKC turns full-width digits and dashes into ASCII and every Unicode space
    (no-break, thin, narrow no-break) into a plain space.  Superscripts, fractions
    and circled digits would also become digits ("5²" -> "52"), so they are refused.
    """
    if text.isascii():
        return text.lower()
    for char in text:
        if unicodedata.category(char) == "No":
            raise Unreadable("unexpected_character", char=repr(char))
    return unicodedata.normalize("NFKC", text).translate(_CLEAN).casefold()


def tokenize(text: str) -> list[tuple[str, object, str]]:
    """Split normalised ``text`` into ``(kind, value, as_written)`` tokens."""
    raw: list[tuple[str | None, str]] = []
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        written = match.group()
        if group == "space":
            continue
        if group == "other":
            raise Unreadable("unexpected_character", char=repr(written))
        before_digit = text[match.end() : match.end() + 1].isdigit()
        if written in ".," and before_digit:
            # ".5 jt" may be half a juta or a stray dot of "Rp. 5 jt": refuse
            raise Unreadable("leading_mark", mark=repr(written))
        key = None if group == "num" else written.replace(".", "") or written
        if before_digit and written[-1] == "." and key not in v.DOTTED:
            raise Unreadable("word_runs_into_amount", word=repr(written))
        raw.append((key, written))

    tokens: list[tuple[str, object, str]] = []
    i = 0
    while i < len(raw):
        key, written = raw[i]
        if key is None:
            tokens.append((v.NUM, written, written))
            i += 1
            continue
        for size in range(min(v.LONGEST_PHRASE, len(raw) - i), 0, -1):
            entry = v.VOCABULARY.get(tuple(k for k, _ in raw[i : i + size]))
            if entry is not None:
                break
        else:
            if written[0].isalpha():
                raise Unreadable("unexpected_word", word=repr(written))
            raise Unreadable("unexpected", written=repr(written))
        kind, value = entry
        phrase = " ".join(w for _, w in raw[i : i + size])
        if kind == v.XCUR:
            raise Unreadable("unsupported_currency", written=repr(phrase))
        if kind == v.XPER:
            raise Unreadable("unsupported_period", written=repr(phrase))
        if kind != v.FILL:
            tokens.append((kind, value, phrase))
        i += size
    return tokens


class _Parser:
    """Recursive descent over the tokens; collects bounds, currencies, periods."""

    def __init__(self, tokens: list[tuple[str, object, str]]) -> None:
        self.tokens = tokens
        self.i = 0
        self.currencies: list[str] = []
        self.periods: list[str] = []

    def _kind(self, offset: int = 0) -> str | None:
        j = self.i + offset
        return self.tokens[j][0] if j < len(self.tokens) else None

    def _take(self) -> tuple[str, object, str]:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def _context(self) -> None:
        while self._kind() in (v.CUR, v.PER):
            kind, value, _ = self._take()
            (self.currencies if kind == v.CUR else self.periods).append(value)

    def _bound(self, after: str | None) -> tuple[tuple[str, str | None], bool]:
        """Read one amount; ``after`` is the word before it (None: the start)."""
        self._context()
        if self._kind() != v.NUM:
            if self.i >= len(self.tokens):
                if after is None:  # only currencies and periods: no amount
                    raise Unreadable("no_amount")
                raise Unreadable("amount_expected_end", after=repr(after))
            got = repr(self.tokens[self.i][2])
            if after is None:
                raise Unreadable("amount_expected_start", got=got)
            raise Unreadable("amount_expected", after=repr(after), got=got)
        number = self._take()[2]
        plus = False  # "10+ juta"
        if (
            self._kind() == v.LOW
            and self.tokens[self.i][2] == "+"
            and self._kind(1) == v.UNIT
        ):
            self.i += 1
            plus = True
        unit = self._take()[1] if self._kind() == v.UNIT else None
        self._context()
        return (number, unit), plus  # type: ignore[return-value]

    def parse(self) -> tuple[str, tuple, tuple | None, list[str], list[str]]:
        self._context()
        at_end = self.i >= len(self.tokens)
        kind, value, written = (None, None, "") if at_end else self.tokens[self.i]
        high = None
        if kind in (v.BETWEEN, v.FROM):
            self.i += 1
            low, plus = self._bound(written)
            form = "low"
            if self._kind() in (v.SEP, v.DASH) or (
                kind == v.BETWEEN and self._kind() == v.AND
            ):
                sep = self._take()[2]
                high, plus2 = self._bound(sep)
                plus = plus or plus2
                form = "range"
            elif kind == v.BETWEEN:
                raise Unreadable("between_needs_two", word=repr(written))
        elif (kind in (v.LOW, v.HIGH) and value != v.AFTER) or (
            kind == v.SEP and value == "lead"
        ):
            self.i += 1
            low, plus = self._bound(written)
            form = "low" if kind == v.LOW else "high"
        else:
            if kind == v.DASH and written == "~":  # "~5 juta": about 5 juta
                self.i += 1
            low, plus = self._bound(None)
            form = "single"
            if self._kind() in (v.SEP, v.DASH):
                sep = self._take()[2]
                high, plus2 = self._bound(sep)
                plus = plus or plus2
                form = "range"
            elif plus:
                form = "low"
            elif self._kind() in (v.LOW, v.HIGH) and self.tokens[self.i][1] != v.BEFORE:
                form = "low" if self._take()[0] == v.LOW else "high"
                self._context()
        if plus and form != "low":
            raise Unreadable("plus_misplaced")
        if self.i < len(self.tokens):
            kind, _, written = self.tokens[self.i]
            if kind == v.NUM:  # no digits in reasons: texts of one shape share them
                raise Unreadable("too_many_amounts")
            raise Unreadable("unexpected", written=repr(written))
        return form, low, high, self.currencies, self.periods


def parse_shape(text: str) -> tuple[Shape, str, str | None]:
    """Parse normalised ``text``; return its Shape and its amounts as written."""
    if not any(char.isdigit() for char in text):
        raise Unreadable("no_amount" if text.strip() else "empty_text")
    form, low, high, currencies, periods = _Parser(tokenize(text)).parse()
    unit2, second = (high[1], high[0]) if high else (None, None)
    return shape(form, low[1], unit2, currencies, periods), low[0], second


def read(text: str, default_currency: str | None) -> tuple:
    """Read normalised ``text`` with the full grammar (see the module docstring)."""
    form_shape, first, second = parse_shape(text)
    return amounts(form_shape, first, second, default_currency)
