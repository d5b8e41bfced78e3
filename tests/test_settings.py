"""careerkit.settings: CAREERKIT_HOME and CAREERKIT_EDITION, read leniently."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from careerkit import settings


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget which CAREERKIT_EDITION values were already warned about."""
    monkeypatch.setattr(settings, "_warned_env", set())


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user home directory of this test's own (what ``~`` means)."""
    user = tmp_path / "user"
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("USERPROFILE", str(user))  # Windows' idea of ``~``
    return user


# --- CAREERKIT_HOME --------------------------------------------------------


def test_home_defaults_to_dot_careerkit_in_the_user_home(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREERKIT_HOME", raising=False)
    assert settings.home() == fake_home / ".careerkit"


@pytest.mark.parametrize("value", ["", "   ", "\t\n"], ids=["empty", "spaces", "tab"])
def test_an_empty_or_blank_careerkit_home_means_the_default(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("CAREERKIT_HOME", value)
    assert settings.home() == fake_home / ".careerkit"


def test_careerkit_home_expands_the_tilde(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERKIT_HOME", "~/kursus/progres")
    assert settings.home() == fake_home / "kursus" / "progres"


def test_careerkit_home_is_used_as_given_and_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "di sini"
    monkeypatch.setenv("CAREERKIT_HOME", f"  {target}  ")
    assert settings.home() == target
    assert not target.exists()


# --- CAREERKIT_EDITION -----------------------------------------------------


def test_edition_defaults_to_self_study(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREERKIT_EDITION", raising=False)
    assert settings.edition() == "self-study"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("student", "student"),
        ("Student", "student"),
        ("  STUDENT ", "student"),
        ("self-study", "self-study"),
        ("Self-Study", "self-study"),
        ("self_study", "self-study"),
        ("self study", "self-study"),
        ("selfstudy", "self-study"),
        ("", "self-study"),
        ("   ", "self-study"),
    ],
)
def test_edition_is_read_leniently_and_without_a_warning(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", value)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert settings.edition() == expected


@pytest.mark.parametrize("value", ["teacher", "guru", "students", "self-studi"])
def test_an_unknown_edition_falls_back_to_self_study_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, fresh_warnings: None, value: str
) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", value)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = settings.edition()
        again = [settings.edition(), settings.edition()]

    assert first == "self-study" and again == ["self-study", "self-study"]
    assert [w.category for w in caught] == [UserWarning]
    message = str(caught[0].message)
    assert f"CAREERKIT_EDITION={value!r}" in message  # what happened
    assert "edisi self-study" in message  # what we did, in Indonesian ...
    assert "uses the self-study edition" in message  # ... and in English
    assert "CAREERKIT_EDITION=student" in message  # what to do
    assert caught[0].filename == __file__  # points at the caller, not careerkit


def test_each_unknown_edition_value_is_warned_about_once(
    monkeypatch: pytest.MonkeyPatch, fresh_warnings: None
) -> None:
    seen = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for value in ("teacher", "guru", "teacher", "student", "guru"):
            monkeypatch.setenv("CAREERKIT_EDITION", value)
            seen.append(settings.edition())

    assert seen == ["self-study", "self-study", "self-study", "student", "self-study"]
    assert ["'teacher'" in str(w.message) for w in caught] == [True, False]


def test_an_unknown_edition_breaks_no_quiz_rendering(
    monkeypatch: pytest.MonkeyPatch, fresh_warnings: None
) -> None:
    from careerkit.quiz import Quiz

    monkeypatch.setenv("CAREERKIT_EDITION", "teacher")
    quiz = Quiz.from_bank("10-kuis-akhir")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        html = quiz.to_html()
        bundle = quiz._repr_mimebundle_()

    assert "<details>" in html  # the self-study rendering
    assert bundle["text/html"] == html
    assert len(caught) == 1
