"""Question banks: every section has one, each is valid, broken banks do not load."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from _course import COURSE

from careerkit.errors import DataError
from careerkit.quiz import Quiz, UnknownBankError, bank_names, grade, load_bank

REPO = Path(__file__).resolve().parent.parent
QUIZ_DIR = REPO / "data" / "quiz"
SCHEMA = json.loads((QUIZ_DIR / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

SECTIONS = list(COURSE[1:])


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_notebook_has_a_bank() -> None:
    assert bank_names() == ["00-mulai-di-sini", *SECTIONS]


@pytest.mark.parametrize("name", ["00-mulai-di-sini", *SECTIONS])
def test_bank_matches_the_schema_and_loads(name: str) -> None:
    raw = json.loads((QUIZ_DIR / f"{name}.json").read_text(encoding="utf-8"))
    errors = [e.message for e in VALIDATOR.iter_errors(raw)]
    assert errors == []
    bank = load_bank(name)
    assert bank.name == name
    assert [q.id for q in bank.questions] == [q["id"] for q in raw["questions"]]


@pytest.mark.parametrize("name", SECTIONS[:-1])
def test_section_banks_have_at_least_three_questions(name: str) -> None:
    questions = load_bank(name).questions
    assert len(questions) >= 3
    # Every choice question teaches something after a wrong answer, too.
    for question in questions:
        assert question.explanation.id != question.explanation.en
        assert question.text.id != question.text.en


def test_banks_mix_the_three_question_types() -> None:
    kinds = {q.type for name in SECTIONS for q in load_bank(name).questions}
    assert kinds == {"single", "multiple", "numeric"}


def test_final_quiz_is_the_guides_five_questions_with_key_bcbcb() -> None:
    bank = load_bank("10-kuis-akhir")
    assert [q.type for q in bank.questions] == ["single"] * 5
    assert [q.answer for q in bank.questions] == ["b", "c", "b", "c", "b"]
    for question in bank.questions:
        assert [o.id for o in question.options] == ["a", "b", "c", "d"]
        assert len(question.explanation.id) > 40
        assert len(question.explanation.en) > 40
    texts = [q.option(q.answer).text.id for q in bank.questions]  # type: ignore[arg-type]
    assert "MongoDB" in texts[1]
    assert texts[3] == "Go (Golang)"
    assert "koneksi" in texts[4]


@pytest.mark.parametrize(
    ("question_id", "right", "wrong"),
    [
        ("junior-annual-thr", 156, 144),  # 12 juta x 13 (THR), in juta rupiah
        ("remote-usd-to-idr", 24_750_000, 24_000_000),  # $1500 x 16,500
    ],
)
def test_salary_bank_numbers(question_id: str, right: float, wrong: float) -> None:
    quiz = Quiz.from_bank("08-gaji-dan-pasar-kerja")
    question = quiz.question(question_id)
    assert question.type == "numeric"
    assert grade(question, right).correct
    assert not grade(question, wrong).correct


def test_salary_bank_forgetting_thr_gets_feedback() -> None:
    question = Quiz.from_bank("08-gaji-dan-pasar-kerja").question("junior-annual-thr")
    assert "THR" in grade(question, 144).feedback[0].id


# --- broken banks ------------------------------------------------------------

BASE: dict[str, Any] = {
    "section": "99-uji",
    "title": {"id": "Uji", "en": "Test"},
    "questions": [
        {
            "id": "pick",
            "type": "single",
            "text": {"id": "Pilih", "en": "Pick"},
            "options": [
                {"id": "a", "text": {"id": "A", "en": "A"}},
                {
                    "id": "b",
                    "text": {"id": "B", "en": "B"},
                    "feedback": {"id": "Ya", "en": "Yes"},
                },
            ],
            "answer": "b",
            "explanation": {"id": "Karena", "en": "Because"},
        },
        {
            "id": "count",
            "type": "numeric",
            "text": {"id": "Berapa?", "en": "How many?"},
            "answer": 5,
            "tolerance": 0,
            "unit": {"id": "skill", "en": "skills"},
            "explanation": {"id": "Lima", "en": "Five"},
        },
        {
            "id": "many",
            "type": "multiple",
            "text": {"id": "Mana?", "en": "Which?"},
            "options": [
                {"id": "a", "text": {"id": "A", "en": "A"}},
                {"id": "b", "text": {"id": "B", "en": "B"}},
            ],
            "answer": ["a"],
            "explanation": {"id": "A saja", "en": "A only"},
        },
    ],
}


def _broken(change: str) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    pick, count, many = doc["questions"]
    if change == "answer-names-missing-option":
        pick["answer"] = "e"
    elif change == "multiple-answer-names-missing-option":
        many["answer"] = ["a", "z"]
    elif change == "missing-english":
        del pick["text"]["en"]
    elif change == "empty-indonesian":
        pick["explanation"]["id"] = "  "
    elif change == "unknown-field":
        pick["hint"] = {"id": "x", "en": "x"}
    elif change == "unknown-type":
        pick["type"] = "essay"
    elif change == "single-answer-is-a-list":
        pick["answer"] = ["b"]
    elif change == "multiple-answer-empty":
        many["answer"] = []
    elif change == "numeric-without-unit":
        del count["unit"]
    elif change == "negative-tolerance":
        count["tolerance"] = -1
    elif change == "numeric-answer-is-text":
        count["answer"] = "5"
    elif change == "one-option":
        pick["options"] = pick["options"][:1]
        pick["answer"] = "a"
    elif change == "option-id-not-a-letter":
        pick["options"][0]["id"] = "A1"
    elif change == "numeric-with-options":
        count["options"] = copy.deepcopy(pick["options"])
    elif change == "no-questions":
        doc["questions"] = []
    elif change == "bad-question-id":
        pick["id"] = "Pick Me"
    elif change == "duplicate-question-id":
        count["id"] = "pick"
    elif change == "duplicate-option-id":
        pick["options"][1]["id"] = "a"
        pick["answer"] = "a"
    elif change == "section-is-not-the-file-name":
        doc["section"] = "98-lain"
    else:  # pragma: no cover - a typo in the parametrisation
        raise AssertionError(change)
    return doc


# (change, field the error must name, does the JSON Schema alone catch it?)
BROKEN = [
    ("answer-names-missing-option", "'answer'", False),
    ("multiple-answer-names-missing-option", "'answer'", False),
    ("missing-english", "'text.en'", True),
    ("empty-indonesian", "'explanation.id'", True),
    ("unknown-field", "'hint'", True),
    ("unknown-type", "'type'", True),
    ("single-answer-is-a-list", "'answer'", True),
    ("multiple-answer-empty", "'answer'", True),
    ("numeric-without-unit", "'unit'", True),
    ("negative-tolerance", "'tolerance'", True),
    ("numeric-answer-is-text", "'answer'", True),
    ("one-option", "'options'", True),
    ("option-id-not-a-letter", "'options'", True),
    ("numeric-with-options", "'options'", True),
    ("no-questions", "'questions'", True),
    ("bad-question-id", "'id'", True),
    ("duplicate-question-id", "'id'", False),
    ("duplicate-option-id", "'options'", False),
    ("section-is-not-the-file-name", "'section'", False),
]


def _write(tmp_path: Path, doc: object, name: str = "99-uji") -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_the_base_bank_is_valid(tmp_path: Path) -> None:
    """The broken banks below differ from this one by one change each."""
    assert list(VALIDATOR.iter_errors(BASE)) == []
    bank = load_bank(_write(tmp_path, BASE))
    assert [q.id for q in bank.questions] == ["pick", "count", "many"]


@pytest.mark.parametrize(("change", "field", "schema_catches"), BROKEN, ids=str)
def test_broken_bank_fails_to_load(
    tmp_path: Path, change: str, field: str, schema_catches: bool
) -> None:
    doc = _broken(change)
    path = _write(tmp_path, doc)
    with pytest.raises(DataError) as caught:
        load_bank(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"field {field}" in message
    if change not in {"no-questions", "section-is-not-the-file-name"}:
        assert "question " in message
    assert bool(list(VALIDATOR.iter_errors(doc))) is schema_catches


def test_error_names_the_question_and_the_missing_option(tmp_path: Path) -> None:
    path = _write(tmp_path, _broken("answer-names-missing-option"))
    with pytest.raises(
        DataError, match=r"question 'pick': field 'answer': .*'e'.*a, b"
    ):
        load_bank(path)


def test_broken_bank_fails_through_quiz_from_bank_too(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        Quiz.from_bank(_write(tmp_path, _broken("missing-english")))


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "99-uji.json"
    path.write_text('{\n  "section": "99-uji",\n  oops\n}', encoding="utf-8")
    with pytest.raises(DataError, match=r"99-uji\.json: not valid JSON \(line 3"):
        load_bank(path)


def test_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "99-uji.json"
    path.write_text(json.dumps(BASE), encoding="utf-8-sig")
    assert load_bank(str(path)).name == "99-uji"


def test_unknown_name_lists_the_banks_and_the_closest() -> None:
    with pytest.raises(UnknownBankError) as caught:
        Quiz.from_bank("10-kuis")
    message = str(caught.value)
    assert "'10-kuis'" in message
    assert "'10-kuis-akhir'?" in message
    for name in SECTIONS:
        assert name in message
    assert isinstance(caught.value, KeyError)


def test_bank_name_with_json_suffix() -> None:
    assert load_bank("02-skill.json").name == "02-skill"


def test_missing_file_and_wrong_type() -> None:
    with pytest.raises(FileNotFoundError):
        load_bank("/nowhere/99-uji.json")
    with pytest.raises(TypeError):
        load_bank(10)  # type: ignore[arg-type]
