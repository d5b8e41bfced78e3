"""Grading is a pure function: questions in, a Grade out, no widget and no file."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import pytest

from careerkit import i18n
from careerkit.quiz import (
    AnswerError,
    Mistake,
    Option,
    Question,
    Text,
    grade,
    labelled_options,
    shuffled_options,
)
from careerkit.quiz.model import Grade


def _t(text: str) -> Text:
    return Text(f"{text} (id)", f"{text} (en)")


def _options(*ids: str, feedback: dict[str, str] | None = None) -> tuple[Option, ...]:
    feedback = feedback or {}
    return tuple(
        Option(oid, _t(f"option {oid}"), _t(feedback[oid]) if oid in feedback else None)
        for oid in ids
    )


SINGLE = Question(
    "nosql",
    "single",
    _t("Which is NoSQL?"),
    _t("MongoDB is a document store."),
    answer="c",
    options=_options("a", "b", "c", "d", feedback={"a": "PostgreSQL is SQL"}),
)
MULTIPLE = Question(
    "wajib",
    "multiple",
    _t("Which are Wajib?"),
    _t("Git and auth."),
    answer=frozenset({"a", "c"}),
    options=_options("a", "b", "c", "d", feedback={"b": "Caching is Penting"}),
)
NUMERIC = Question(
    "thr",
    "numeric",
    _t("Junior yearly pay with THR?"),
    _t("12 x 13 = 156"),
    answer=156.0,
    tolerance=0.5,
    unit=_t("juta rupiah"),
    mistakes=(Mistake(144.0, _t("forgot THR")),),
)
EXACT = Question(
    "pages",
    "numeric",
    _t("pages?"),
    _t("ceil(150/20)"),
    answer=0.3,
    tolerance=0.0,
    unit=_t("pages"),
)


class TestSingle:
    def test_right_answer(self) -> None:
        result = grade(SINGLE, "c")
        assert result == Grade(correct=True, answer="c", feedback=(), wrong=())

    def test_wrong_answer_names_the_option_and_its_feedback(self) -> None:
        result = grade(SINGLE, "a")
        assert not result.correct
        assert result.wrong == ("a",)
        assert result.feedback == (_t("PostgreSQL is SQL"),)

    def test_wrong_answer_without_feedback(self) -> None:
        result = grade(SINGLE, "d")
        assert (result.correct, result.feedback) == (False, ())

    @pytest.mark.parametrize(
        "answer", [None, 3, ["c"], b"c"], ids=["none", "int", "list", "bytes"]
    )
    def test_answer_of_the_wrong_kind(self, answer: object) -> None:
        with pytest.raises(AnswerError, match="one option id"):
            grade(SINGLE, answer)

    def test_unknown_option_is_named(self) -> None:
        with pytest.raises(AnswerError, match=r"no option 'e' \(options: a, b, c, d\)"):
            grade(SINGLE, "e")

    def test_answer_error_is_a_value_error(self) -> None:
        with pytest.raises(ValueError):
            grade(SINGLE, "z")


class TestMultiple:
    @pytest.mark.parametrize(
        "answer",
        [["a", "c"], ["c", "a"], ("a", "c", "a"), {"c", "a"}, iter(["a", "c"])],
        ids=["list", "reversed", "repeat", "set", "iterator"],
    )
    def test_order_and_repeats_do_not_matter(self, answer: object) -> None:
        result = grade(MULTIPLE, answer)
        assert result.correct
        assert result.answer == ("a", "c")

    def test_missing_one_right_option(self) -> None:
        result = grade(MULTIPLE, ["a"])
        assert (result.correct, result.missed, result.wrong) == (False, ("c",), ())

    def test_one_option_too_many(self) -> None:
        result = grade(MULTIPLE, ["a", "b", "c"])
        assert (result.correct, result.missed, result.wrong) == (False, (), ("b",))
        assert result.feedback == (_t("Caching is Penting"),)

    def test_nothing_chosen_is_wrong_not_an_error(self) -> None:
        result = grade(MULTIPLE, [])
        assert (result.correct, result.missed) == (False, ("a", "c"))

    @pytest.mark.parametrize(
        "answer", ["ac", None, 1, ["a", 2]], ids=["string", "none", "int", "non-str-id"]
    )
    def test_answer_of_the_wrong_kind(self, answer: object) -> None:
        with pytest.raises(AnswerError):
            grade(MULTIPLE, answer)

    def test_unknown_option(self) -> None:
        with pytest.raises(AnswerError, match="no option 'x'"):
            grade(MULTIPLE, ["a", "x"])


class TestNumeric:
    @pytest.mark.parametrize(
        ("answer", "correct"),
        [
            (156, True),
            (156.0, True),
            (155.5, True),  # the tolerance is inclusive on both sides
            (156.5, True),
            (155.49, False),
            (156.51, False),
            (-156, False),
            (0, False),
            (Fraction(311, 2), True),
            (Decimal("156.25"), False),  # Decimal is not a numbers.Real
        ],
        ids=str,
    )
    def test_tolerance(self, answer: object, correct: bool) -> None:
        if isinstance(answer, Decimal):
            with pytest.raises(AnswerError):
                grade(NUMERIC, answer)
            return
        assert grade(NUMERIC, answer).correct is correct

    def test_float_rounding_within_a_zero_tolerance(self) -> None:
        assert grade(EXACT, 0.1 + 0.2).correct
        assert not grade(EXACT, 0.30001).correct

    def test_numpy_numbers(self) -> None:
        np = pytest.importorskip("numpy")
        assert grade(NUMERIC, np.float64(156.2)).correct
        assert grade(NUMERIC, np.int64(156)).correct

    def test_a_typical_mistake_gets_its_feedback(self) -> None:
        result = grade(NUMERIC, 144)
        assert (result.correct, result.answer) == (False, 144.0)
        assert result.feedback == (_t("forgot THR"),)

    def test_other_wrong_numbers_get_no_feedback(self) -> None:
        assert grade(NUMERIC, 150).feedback == ()

    @pytest.mark.parametrize(
        "answer",
        [True, "156", None, math.nan, math.inf, -math.inf],
        ids=["bool", "text", "none", "nan", "inf", "-inf"],
    )
    def test_not_a_finite_number(self, answer: object) -> None:
        with pytest.raises(AnswerError, match="'thr'"):
            grade(NUMERIC, answer)


class TestShuffle:
    def test_no_seed_keeps_the_bank_order(self) -> None:
        assert shuffled_options(SINGLE) == SINGLE.options

    def test_same_seed_same_order_and_a_permutation(self) -> None:
        first = shuffled_options(SINGLE, "budi")
        assert first == shuffled_options(SINGLE, "budi")
        assert sorted(o.id for o in first) == ["a", "b", "c", "d"]

    def test_seeds_differ(self) -> None:
        orders = {tuple(o.id for o in shuffled_options(SINGLE, s)) for s in range(40)}
        assert len(orders) > 5

    def test_stable_across_processes(self) -> None:
        """A learner's order survives a restart (no dependence on hash seeds)."""
        code = (
            "from careerkit.quiz import Option, Question, Text, shuffled_options\n"
            "t = Text('x', 'x')\n"
            "q = Question('nosql', 'single', t, t, 'c',"
            " tuple(Option(i, t) for i in 'abcd'))\n"
            "print(''.join(o.id for o in shuffled_options(q, 'budi')))\n"
        )
        here = "".join(o.id for o in shuffled_options(SINGLE, "budi"))
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        for hash_seed in ("1", "2"):
            env = {**os.environ, "PYTHONHASHSEED": hash_seed}
            out = subprocess.run(
                [sys.executable, "-c", code],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            assert out.stdout.strip() == here

    def test_grading_uses_ids_not_positions(self) -> None:
        for seed in range(20):
            labelled = labelled_options(SINGLE, seed)
            assert [letter for letter, _ in labelled] == ["a", "b", "c", "d"]
            right = next(o for _, o in labelled if o.id == SINGLE.answer)
            assert grade(SINGLE, right.id).correct
            first = labelled[0][1]
            assert grade(SINGLE, first.id).correct is (first.id == "c")


def test_text_follows_the_language() -> None:
    text = Text("Benar", "Right")
    assert text.get() == "Benar"
    i18n.set_language("en")
    assert text.get() == "Right"
    assert text.get("id") == "Benar"


def test_question_option_lookup() -> None:
    assert SINGLE.option("a").text == _t("option a")
    with pytest.raises(AnswerError):
        SINGLE.option("q")
