"""Why a salary text was not read, or looks wrong: stable codes, words at the edge.

The readers never hold the words of a problem, only its *code* ("no_amount",
"two_currencies", "swapped", "implausible" ...) and the values it names (the
amount or word as written, a period, a limit).  The words come from the
catalogue (``salary.problem.<code>`` in :mod:`careerkit.i18n`) when a public
function hands the problem to the caller, in the language in force at that
moment.  So the process-wide caches of shapes and amounts hold codes, never
words, and switching language between two calls never returns words of the
other language.

A problem is a plain ``str`` that encodes its notes: each note is a code and
name/value pairs joined by :data:`FIELD`, notes are joined by :data:`NOTE`.
A str, not a tuple, because an export can hold a hundred thousand distinct
unreadable texts: strings are cheap to keep and invisible to the garbage
collector.  The separators are control characters, which never occur in a
value: values are ``repr()`` of text as written (which escapes control
characters), codes or limits in words.  Codes and names hold no digits, so a
problem that holds a digit names an amount of its own text.
"""

from __future__ import annotations

from collections.abc import Iterable

from careerkit.i18n import MESSAGES, get_language

__all__ = ["FIELD", "NOTE", "Unreadable", "code_of", "problem", "render", "render_all"]

FIELD = "\x1f"  # between the code, names and values of one note
NOTE = "\x1e"  # between notes ("swapped" and "implausible")

# Values that are themselves codes, and the catalogue prefix that words them.
_WORDED = {
    "period": "salary.period.",
    "other_period": "salary.period.",
    "currency": "salary.in_currency.",
    "side": "salary.side.",
}
_WORDED_CODES = frozenset({"implausible", "two_periods"})  # the codes that use them


def problem(code: str, **params: str) -> str:
    """A problem of one note; ``params`` are words as written (already quoted)."""
    fields = [code]
    for name, value in params.items():
        fields += (name, value)
    return FIELD.join(fields)


def code_of(found: str) -> str:
    """The code of the first note of ``found`` (the only one of an unreadable text)."""
    return found.partition(NOTE)[0].partition(FIELD)[0]


class Unreadable(Exception):
    """The text is not a salary careerkit can read; ``problem`` says why."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.problem = problem(code, **params)


def _note(note: str, language: str) -> str:
    key, _, rest = note.partition(FIELD)
    template = MESSAGES["salary.problem." + key][language]
    if not rest:
        return template
    fields = rest.split(FIELD)
    values = dict(zip(fields[::2], fields[1::2], strict=True))
    if key in _WORDED_CODES:
        for name, prefix in _WORDED.items():
            if name in values:
                values[name] = MESSAGES[prefix + values[name]][language]
    return template.format_map(values)


def render(found: str, language: str | None = None) -> str:
    """The words of ``found``, notes joined by "; ".

    ``language`` defaults to the one in force (:func:`careerkit.i18n.get_language`);
    the words are the catalogue's, exactly as :func:`careerkit.i18n.t` gives them.
    """
    language = language or get_language()
    if NOTE not in found:
        return _note(found, language)
    return "; ".join(_note(note, language) for note in found.split(NOTE))


def render_all(found: Iterable[str | None]) -> list[str | None]:
    """:func:`render` each problem (None stays None), each distinct one once.

    The language is looked up once, so one call never mixes two languages.
    """
    language = get_language()
    words: dict[str, str] = {}
    rendered: list[str | None] = []
    append = rendered.append
    for one in found:
        if one is None:
            append(None)
            continue
        text = words.get(one)
        if text is None:
            text = words[one] = render(one, language)
        append(text)
    return rendered
