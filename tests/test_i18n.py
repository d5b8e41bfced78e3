"""careerkit.i18n: one catalogue, Indonesian and English, complete in both."""

from __future__ import annotations

import re
import string

import pytest

import careerkit
from careerkit import i18n
from careerkit.i18n import MESSAGES, t

KEYS = sorted(MESSAGES)


def placeholders(text: str) -> set[str]:
    """Names of the ``{placeholders}`` in a format string."""
    return {
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(text)
        if field is not None
    }


def test_the_catalogue_is_not_empty() -> None:
    assert KEYS


@pytest.mark.parametrize("key", KEYS)
def test_every_key_has_indonesian_and_english_and_nothing_else(key: str) -> None:
    entry = MESSAGES[key]

    assert set(entry) == {"id", "en"}
    assert all(isinstance(text, str) and text.strip() for text in entry.values())


@pytest.mark.parametrize("key", KEYS)
def test_both_languages_use_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]

    assert placeholders(entry["id"]) == placeholders(entry["en"])
    assert all(name.isidentifier() for name in placeholders(entry["id"])), (
        "placeholders must be named, not positional"
    )


class Filler:
    """Stands in for any value, whatever format spec a placeholder uses."""

    def __format__(self, spec: str) -> str:
        return "X"


@pytest.mark.parametrize("key", KEYS)
def test_every_message_formats_in_both_languages(key: str) -> None:
    values = {name: Filler() for name in placeholders(MESSAGES[key]["id"])}
    for language in i18n.LANGUAGES:
        i18n.set_language(language)
        assert t(key, **values).strip()


def test_indonesian_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREERKIT_LANG", raising=False)

    assert i18n.get_language() == "id"
    assert t("core.rate_note", rate=16500) == "kurs 16500 IDR per USD"


def test_set_language_switches_and_none_goes_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CAREERKIT_LANG", raising=False)

    careerkit.set_language("en")
    assert careerkit.get_language() == "en"
    assert t("core.rate_note", rate=1) == "rate 1 IDR per USD"

    careerkit.set_language(None)
    assert careerkit.get_language() == "id"


def test_careerkit_lang_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", " EN ")

    assert i18n.get_language() == "en"
    assert t("core.rate_note", rate=1) == "rate 1 IDR per USD"


def test_set_language_wins_over_careerkit_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", "en")
    i18n.set_language("id")

    assert i18n.get_language() == "id"


@pytest.mark.parametrize("language", ["fr", "", "english", "ID-id"])
def test_an_invalid_language_is_a_value_error(language: str) -> None:
    with pytest.raises(ValueError, match="'id' or 'en'"):
        i18n.set_language(language)

    assert i18n.get_language() == "id"


def test_an_invalid_careerkit_lang_is_a_value_error_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", "jv")

    with pytest.raises(ValueError, match=r"CAREERKIT_LANG.*'jv'"):
        t("core.rate_note", rate=1)


def test_an_unknown_key_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match=re.escape("'quiz.no_such_key'")):
        t("quiz.no_such_key")
