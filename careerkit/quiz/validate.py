"""Check a parsed question bank against the rules of ``data/quiz/schema.json``.

The rules are checked here in plain Python, so loading a bank needs no schema
library; ``tests/test_quiz_bank.py`` checks that the schema and this module
reject the same broken banks.  Every problem raises
:class:`~careerkit.errors.DataError` naming the file, the question and the
field.
"""

from __future__ import annotations

import math
import re
from importlib.resources.abc import Traversable
from typing import Any

from careerkit.errors import DataError
from careerkit.i18n import LANGUAGES
from careerkit.quiz.model import (
    QUESTION_TYPES,
    Bank,
    Mistake,
    Option,
    Question,
    Text,
)

__all__ = ["check_bank"]

_QUESTION_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_OPTION_ID = re.compile(r"^[a-z]$")
_TOP_KEYS = {"section", "title", "questions"}
_CHOICE_KEYS = {"id", "type", "text", "options", "answer", "explanation"}
_KEYS = {
    "single": _CHOICE_KEYS,
    "multiple": _CHOICE_KEYS,
    "numeric": {
        "id",
        "type",
        "text",
        "answer",
        "tolerance",
        "unit",
        "explanation",
        "mistakes",
    },
}
_OPTIONAL = {"mistakes"}


def check_bank(raw: object, path: Traversable) -> Bank:
    """Return the bank parsed from ``path`` as checked questions.

    Raises
    ------
    DataError
        The first rule ``raw`` breaks, with file, question and field.
    """
    return _Checker(path).bank(raw)


class _Checker:
    """Walk a parsed bank, building questions and naming every problem."""

    def __init__(self, path: Traversable) -> None:
        self.path = path
        self.stem = path.name.removesuffix(".json")
        self.where = ""

    def fail(self, field: str, problem: str) -> DataError:
        return DataError(f"{self.path}: {self.where}field {field!r}: {problem}")

    def bank(self, raw: object) -> Bank:
        if not isinstance(raw, dict):
            raise DataError(f"{self.path}: a bank is a JSON object; got {_kind(raw)}")
        self.keys(raw, _TOP_KEYS, set())
        section = raw["section"]
        if not isinstance(section, str) or not _QUESTION_ID.match(section):
            raise self.fail(
                "section", f"must be lowercase words joined by '-'; got {section!r}"
            )
        if section != self.stem:
            raise self.fail(
                "section", f"is {section!r} but the file is {self.path.name!r}"
            )
        title = self.text(raw["title"], "title")
        items = raw["questions"]
        if not isinstance(items, list) or not items:
            raise self.fail(
                "questions", f"must be a non-empty list; got {_kind(items)}"
            )
        questions: list[Question] = []
        seen: set[str] = set()
        for number, item in enumerate(items, start=1):
            self.where = f"question #{number}: "
            question = self.question(item)
            if question.id in seen:
                raise self.fail("id", f"{question.id!r} is used by an earlier question")
            seen.add(question.id)
            questions.append(question)
        return Bank(section, title, tuple(questions), self.path)

    def question(self, raw: object) -> Question:
        if not isinstance(raw, dict):
            raise self.fail(
                "questions", f"each question is an object; got {_kind(raw)}"
            )
        qid = raw.get("id")
        if not isinstance(qid, str) or not _QUESTION_ID.match(qid):
            raise self.fail("id", f"must be lowercase words joined by '-'; got {qid!r}")
        self.where = f"question {qid!r}: "
        kind = raw.get("type")
        if kind not in QUESTION_TYPES:
            raise self.fail(
                "type", f"must be one of {', '.join(QUESTION_TYPES)}; got {kind!r}"
            )
        self.keys(raw, _KEYS[kind], _OPTIONAL)
        text = self.text(raw["text"], "text")
        explanation = self.text(raw["explanation"], "explanation")
        if kind == "numeric":
            return Question(
                qid,
                kind,
                text,
                explanation,
                answer=self.number(raw["answer"], "answer"),
                tolerance=self.number(raw["tolerance"], "tolerance", minimum=0),
                unit=self.text(raw["unit"], "unit"),
                mistakes=self.mistakes(raw.get("mistakes", [])),
            )
        options = self.options(raw["options"])
        ids = [o.id for o in options]
        answer = raw["answer"]
        if kind == "single":
            if not isinstance(answer, str):
                raise self.fail("answer", f"must be one option id; got {answer!r}")
            self.known(answer, ids)
            return Question(qid, kind, text, explanation, answer, options)
        if not isinstance(answer, list) or not answer:
            raise self.fail(
                "answer", f"must be a non-empty list of option ids; got {answer!r}"
            )
        for item in answer:
            if not isinstance(item, str):
                raise self.fail("answer", f"option ids are strings; got {item!r}")
            self.known(item, ids)
        if len(set(answer)) != len(answer):
            raise self.fail("answer", f"repeats an option id: {answer!r}")
        return Question(qid, kind, text, explanation, frozenset(answer), options)

    def options(self, raw: object) -> tuple[Option, ...]:
        if not isinstance(raw, list) or len(raw) < 2:
            raise self.fail(
                "options", f"must be a list of at least two options; got {_kind(raw)}"
            )
        options: list[Option] = []
        for item in raw:
            if not isinstance(item, dict):
                raise self.fail(
                    "options", f"each option is an object; got {_kind(item)}"
                )
            self.keys(item, {"id", "text", "feedback"}, {"feedback"}, "options")
            oid = item["id"]
            if not isinstance(oid, str) or not _OPTION_ID.match(oid):
                raise self.fail(
                    "options", f"option id must be one letter a-z; got {oid!r}"
                )
            if any(o.id == oid for o in options):
                raise self.fail("options", f"option id {oid!r} repeats")
            feedback = item.get("feedback")
            options.append(
                Option(
                    oid,
                    self.text(item["text"], f"options.{oid}.text"),
                    None
                    if feedback is None
                    else self.text(feedback, f"options.{oid}.feedback"),
                )
            )
        return tuple(options)

    def mistakes(self, raw: object) -> tuple[Mistake, ...]:
        if not isinstance(raw, list):
            raise self.fail("mistakes", f"must be a list; got {_kind(raw)}")
        found: list[Mistake] = []
        for item in raw:
            if not isinstance(item, dict):
                raise self.fail(
                    "mistakes", f"each entry is an object; got {_kind(item)}"
                )
            self.keys(
                item, {"value", "tolerance", "feedback"}, {"tolerance"}, "mistakes"
            )
            found.append(
                Mistake(
                    self.number(item["value"], "mistakes.value"),
                    self.text(item["feedback"], "mistakes.feedback"),
                    self.number(
                        item.get("tolerance", 0), "mistakes.tolerance", minimum=0
                    ),
                )
            )
        return tuple(found)

    def text(self, raw: object, field: str) -> Text:
        if not isinstance(raw, dict):
            raise self.fail(
                field, f"must be an object with 'id' and 'en' texts; got {_kind(raw)}"
            )
        self.keys(raw, set(LANGUAGES), set(), field)
        for language in LANGUAGES:
            value = raw[language]
            if not isinstance(value, str) or not value.strip():
                raise self.fail(
                    f"{field}.{language}", f"must be a non-empty text; got {value!r}"
                )
        return Text(raw["id"], raw["en"])

    def number(self, raw: object, field: str, *, minimum: float | None = None) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise self.fail(field, f"must be a number; got {raw!r}")
        value = float(raw)
        if not math.isfinite(value) or (minimum is not None and value < minimum):
            limit = f" of at least {minimum:g}" if minimum is not None else ""
            raise self.fail(field, f"must be a finite number{limit}; got {raw!r}")
        return value

    def keys(
        self,
        raw: dict[str, Any],
        allowed: set[str],
        optional: set[str],
        field: str | None = None,
    ) -> None:
        missing = sorted(allowed - optional - raw.keys())
        unknown = sorted(raw.keys() - allowed)
        if missing:
            name = f"{field}.{missing[0]}" if field else missing[0]
            raise self.fail(name, "is missing")
        if unknown:
            name = f"{field}.{unknown[0]}" if field else unknown[0]
            raise self.fail(
                name, f"is not allowed here (allowed: {', '.join(sorted(allowed))})"
            )

    def known(self, option_id: str, ids: list[str]) -> None:
        if option_id not in ids:
            raise self.fail(
                "answer",
                f"names option {option_id!r}, which does not "
                f"exist (options: {', '.join(ids)})",
            )


def _kind(value: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
