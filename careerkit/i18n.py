"""User-facing strings: one catalogue, Indonesian first, English second.

Everything a learner reads (widget text, chart labels, CLI messages) is looked
up here with :func:`t`.  The language comes from :func:`set_language`, else from
the ``CAREERKIT_LANG`` environment variable, else Indonesian.

An environment setting never breaks the course: ``CAREERKIT_LANG`` is read
leniently (``id-ID``, ``id_ID`` and ``en_US.UTF-8`` are understood as ``id``
and ``en``), and a language careerkit does not speak falls back to Indonesian
with one :class:`UserWarning`.  :func:`set_language`, called in code, stays
strict and raises :class:`ValueError`.

The strings themselves live in :mod:`careerkit._messages`, one block per domain;
a test checks that every key has both languages and the same ``{placeholders}``.
"""

from __future__ import annotations

import os
import re
import warnings
from typing import Literal

from careerkit._messages import MESSAGES
from careerkit.errors import outside_stacklevel

__all__ = ["LANGUAGES", "MESSAGES", "Language", "get_language", "set_language", "t"]

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")

_override: Language | None = None
_warned_env: set[str] = set()  # CAREERKIT_LANG values already warned about


def set_language(language: str | None) -> None:
    """Choose the language of every careerkit message (``"id"`` or ``"en"``).

    ``None`` goes back to ``CAREERKIT_LANG`` (or Indonesian when unset).
    """
    global _override
    if language is None:
        _override = None
        return
    _override = _check(language, "set_language()")


def get_language() -> Language:
    """Return the language in force.

    Notes
    -----
    ``CAREERKIT_LANG`` is read leniently: case, a region and an encoding are
    ignored (``id-ID``, ``id_ID``, ``en-US``, ``en_GB.UTF-8``).  Any other
    value gives Indonesian and, once per value, a :class:`UserWarning` in
    both languages saying what to set instead.
    """
    if _override is not None:
        return _override
    return _env_language(os.environ.get("CAREERKIT_LANG", ""))


def t(key: str, /, **values: object) -> str:
    """Return the message ``key`` in the current language, formatted with ``values``."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in careerkit.i18n") from None
    text = entry[get_language()]
    return text.format(**values) if values else text


def _env_language(raw: str) -> Language:
    """The language a ``CAREERKIT_LANG`` value asks for; Indonesian when unknown."""
    value = raw.strip().lower()
    if not value:
        return "id"
    base = re.split(r"[-_.@]", value, maxsplit=1)[0]
    if base in LANGUAGES:
        return base  # type: ignore[return-value]
    warn_setting_once("core.unknown_env_language", raw, _warned_env)
    return "id"


def warn_setting_once(key: str, value: str, seen: set[str]) -> None:
    """Warn, in both languages, that an environment setting's ``value`` is unknown.

    An environment setting never breaks the course: its reader falls back to a
    default and calls this, which warns once per value (``seen`` remembers which),
    pointing at the learner's line.
    """
    if value in seen:
        return
    seen.add(value)
    entry = MESSAGES[key]
    message = "\n".join(entry[lang].format(value=value) for lang in LANGUAGES)
    warnings.warn(message, UserWarning, stacklevel=outside_stacklevel())


def _check(value: str, where: str) -> Language:
    lowered = value.strip().lower()
    if lowered not in LANGUAGES:
        raise ValueError(f"{where}: language must be 'id' or 'en'; got {value!r}")
    return lowered  # type: ignore[return-value]
