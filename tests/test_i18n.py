"""careerkit.i18n: one catalogue, Indonesian and English, complete in both."""

from __future__ import annotations

import re
import string
import warnings

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


@pytest.mark.parametrize(
    ("value", "language"),
    [
        ("id-ID", "id"),
        ("id_ID", "id"),
        ("ID", "id"),
        ("en-US", "en"),
        ("en_GB", "en"),
        (" en_US.UTF-8 ", "en"),
    ],
)
def test_careerkit_lang_with_a_region_is_understood(
    monkeypatch: pytest.MonkeyPatch, value: str, language: str
) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", value)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert i18n.get_language() == language


@pytest.mark.parametrize("value", ["fr", "jv", "english", "fr-FR"])
def test_an_unknown_careerkit_lang_falls_back_to_indonesian_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", value)
    monkeypatch.setattr(i18n, "_warned_env", set())

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = t("core.rate_note", rate=1)
        again = [t("quiz.check"), t("charts.no_data"), i18n.get_language()]

    assert first == "kurs 1 IDR per USD"
    assert again == ["Periksa", "tidak ada data", "id"]
    assert [w.category for w in caught] == [UserWarning]
    message = str(caught[0].message)
    assert f"CAREERKIT_LANG={value!r}" in message
    assert "bahasa Indonesia" in message and "uses Indonesian" in message  # did
    assert "CAREERKIT_LANG=en" in message  # what to do
    assert caught[0].filename == __file__  # points at the caller, not careerkit


def test_set_language_stays_strict_whatever_careerkit_lang_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", "id-ID")

    for value in ("fr", "id-ID", "en_US"):
        with pytest.raises(ValueError, match="'id' or 'en'"):
            i18n.set_language(value)


def test_an_unknown_key_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match=re.escape("'quiz.no_such_key'")):
        t("quiz.no_such_key")


def test_an_unknown_careerkit_lang_breaks_neither_a_chart_nor_a_quiz(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from careerkit import charts
    from careerkit.quiz import Quiz

    monkeypatch.setenv("CAREERKIT_LANG", "fr")
    monkeypatch.setattr(i18n, "_warned_env", set())

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = charts.salary_ranges()
        text = Quiz.from_bank("10-kuis-akhir").to_text()

    assert ax.get_xlabel() == "Gaji per bulan (rupiah)"
    assert text.startswith("Kuis: ")
    assert len(caught) == 1
