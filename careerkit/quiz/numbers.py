"""Read the number a learner types into a quiz's answer box.

An Indonesian learner writes ``156.000.000``, ``156,5``, ``156 juta`` or
``Rp156 jt``; an English one ``156,000,000`` or ``156.5``.  :func:`read_number`
understands all of them and returns the number in the question's unit, so
grading (:func:`careerkit.quiz.grade`) stays a pure function of a float.

The thousands rule is the one :func:`careerkit.parse_salary` follows: a ``.``
or ``,`` followed by groups of exactly three digits separates thousands,
otherwise it is the decimal mark; with both marks, the last one is the
decimal mark.  Scale words: ``rb``/``ribu``/``k``/``thousand`` (10^3),
``jt``/``juta``/``million`` (10^6), ``M``/``miliar``/``milyar``/``billion``
(10^9); ``M`` is *miliar*, as in :func:`careerkit.format_rupiah`.
"""

from __future__ import annotations

import re

from careerkit.quiz.model import AnswerError, Text

__all__ = ["NumberReadError", "read_number", "unit_scale"]

SCALES: dict[str, float] = {
    "rb": 1e3,
    "ribu": 1e3,
    "k": 1e3,
    "thousand": 1e3,
    "jt": 1e6,
    "juta": 1e6,
    "million": 1e6,
    "M": 1e9,  # upper case only: a lower-case "m" could mean million
    "miliar": 1e9,
    "milyar": 1e9,
    "billion": 1e9,
}
_MONEY_WORDS = frozenset({"rupiah", "idr"})
_CURRENCY = re.compile(r"(?:rp\.?|idr)\s*", re.IGNORECASE)
_NUMBER = re.compile(r"(?P<sign>[-−]?)\s*(?P<digits>[0-9][0-9.,]*)")


class NumberReadError(AnswerError):
    """A text that cannot be read as a number for a question.

    Attributes
    ----------
    text : str
        The text as typed.
    reason : str
        Why it cannot be read (English, for developers and logs).
    """

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"cannot read {text!r} as a number: {reason}")
        self.text = text
        self.reason = reason


def read_number(text: str, unit: Text | None = None) -> float | None:
    """Return the number in ``text``, in ``unit``; None when ``text`` is blank.

    Parameters
    ----------
    text : str
        What the learner typed.
    unit : Text, optional
        The question's unit.  A unit that starts with a scale word (``juta
        rupiah``) counts in that scale: ``156 juta``, ``Rp156 jt`` and
        ``Rp156.000.000`` all give 156 there.  A bare number is taken to be in
        the unit already (``156000000`` stays 156000000).  The unit's own words
        may follow the number (``10 bulan``, ``24.750.000 rupiah``).

    Returns
    -------
    float or None

    Raises
    ------
    NumberReadError
        The text is not one number in a form listed in the module docstring.

    Examples
    --------
    >>> read_number("24.750.000")
    24750000.0
    >>> read_number("156,5")
    156.5
    >>> read_number("Rp156 jt", Text("juta rupiah", "million rupiah"))
    156.0
    """
    body = text.strip()
    if body.endswith(".") and not body.endswith(".."):
        body = body[:-1].rstrip()  # a full stop after the answer
    if not body:
        return None
    scale, base = unit_scale(unit)

    money = _CURRENCY.match(body)
    rest = body[money.end() :] if money else body
    number = _NUMBER.match(rest)
    if number is None:
        raise NumberReadError(text, "no number at the start")
    value = _read_digits(text, number["digits"])
    if number["sign"]:
        value = -value

    words = rest[number.end() :].split()
    typed = _scale_word(words[0]) if words else None
    if typed is not None:
        words = words[1:]
    tail = " ".join(words).casefold()
    said_money = money is not None or tail in _MONEY_WORDS
    if tail and tail not in base and not said_money:
        raise NumberReadError(text, f"unexpected {tail!r} after the number")
    if said_money and unit is not None and not base & _MONEY_WORDS:
        raise NumberReadError(text, "an amount of money for a question not about money")

    if typed is not None:  # the learner said the scale: convert to the unit's
        return value * typed / scale
    if said_money:  # "Rp156.000.000" is whole rupiah
        return value / scale
    return value  # a bare number is in the unit the box asks for


def unit_scale(unit: Text | None) -> tuple[float, frozenset[str]]:
    """Return the scale of ``unit`` and its words after the scale word.

    ``juta rupiah`` / ``million rupiah`` give ``(1e6, {"rupiah"})``;
    ``halaman`` / ``pages`` give ``(1.0, {"halaman", "pages"})``.
    """
    if unit is None:
        return 1.0, frozenset()
    scale = 1.0
    bases = set()
    for words in (unit.id.split(), unit.en.split()):
        first = _scale_word(words[0]) if words else None
        if first is not None:
            scale, words = first, words[1:]
        if words:
            bases.add(" ".join(words).casefold())
    return scale, frozenset(bases)


def _scale_word(word: str) -> float | None:
    word = word.removesuffix(".")
    if word == "M":
        return SCALES["M"]
    if word.casefold() == "m":
        return None
    return SCALES.get(word.casefold())


def _read_digits(text: str, digits: str) -> float:
    """Read digits with ``.`` and ``,`` by the thousands rule."""
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return float(digits)
    if digits[-1] in ".,":
        raise NumberReadError(text, f"{digits!r} ends with {digits[-1]!r}")
    if len(set(marks)) == 2:
        decimal = marks[-1]
        if marks.count(decimal) > 1:
            raise NumberReadError(text, f"{digits!r} uses {decimal!r} twice")
        whole, fraction = digits.rsplit(decimal, 1)
        return float(_thousands(text, whole, marks[0]) + "." + fraction)
    mark = marks[0]
    groups = digits.split(mark)
    if len(groups) > 2 or (len(groups[-1]) == 3 and groups[0] != "0"):
        return float(_thousands(text, digits, mark))
    return float(digits.replace(mark, "."))


def _thousands(text: str, digits: str, mark: str) -> str:
    """Drop the thousands marks of ``digits``, checking groups of three."""
    groups = digits.split(mark)
    plain = "".join(groups)
    if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise NumberReadError(
            text, f"{digits!r}: thousands are written in groups of three digits"
        )
    if groups[0].startswith("0"):
        raise NumberReadError(text, f"{digits!r}: a thousands group starts with 0")
    return plain
