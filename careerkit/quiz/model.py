"""Quiz questions as plain data, and grading as a pure function.

Nothing here imports ipywidgets or touches a file: a :class:`Question` is
built by :mod:`careerkit.quiz.bank` from a JSON bank, graded by :func:`grade`
and shown by :mod:`careerkit.quiz.render` or :mod:`careerkit.quiz.widget`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from numbers import Real
from typing import Literal, cast

from careerkit.errors import CareerkitError
from careerkit.i18n import get_language

__all__ = [
    "QUESTION_TYPES",
    "AnswerError",
    "Bank",
    "Grade",
    "Mistake",
    "Option",
    "Question",
    "QuestionType",
    "Text",
    "grade",
    "labelled_options",
    "shuffled_options",
]

QuestionType = Literal["single", "multiple", "numeric"]
QUESTION_TYPES: tuple[QuestionType, ...] = ("single", "multiple", "numeric")

# Relative slack so that 0.1 + 0.2 still equals 0.3 within a tolerance of 0.
_FLOAT_SLACK = 1e-9


class AnswerError(CareerkitError, ValueError):
    """An answer that does not fit its question (wrong kind, unknown option)."""


@dataclass(frozen=True)
class Text:
    """A learner-facing text in Indonesian (``id``) and English (``en``)."""

    id: str
    en: str

    def get(self, language: str | None = None) -> str:
        """Return the text in ``language`` (default: the language in force)."""
        return self.en if (language or get_language()) == "en" else self.id


@dataclass(frozen=True)
class Option:
    """One choice of a single- or multiple-choice question.

    ``id`` is the stable key ("a", "b", ...) that answers and progress use;
    the letter a learner sees follows the displayed (possibly shuffled) order.
    """

    id: str
    text: Text
    feedback: Text | None = None


@dataclass(frozen=True)
class Mistake:
    """A typical wrong number for a numeric question, with feedback for it."""

    value: float
    feedback: Text
    tolerance: float = 0.0


@dataclass(frozen=True)
class Question:
    """One quiz question.

    ``answer`` is an option id (``single``), a frozenset of option ids
    (``multiple``) or a number (``numeric``, right within ``tolerance``).
    """

    id: str
    type: QuestionType
    text: Text
    explanation: Text
    answer: str | frozenset[str] | float
    options: tuple[Option, ...] = ()
    tolerance: float = 0.0
    unit: Text | None = None
    mistakes: tuple[Mistake, ...] = ()

    def option(self, option_id: str) -> Option:
        """Return the option whose id is ``option_id``."""
        for candidate in self.options:
            if candidate.id == option_id:
                return candidate
        known = ", ".join(o.id for o in self.options) or "none"
        raise AnswerError(
            f"question {self.id!r} has no option {option_id!r} (options: {known})"
        )


@dataclass(frozen=True)
class Grade:
    """The outcome of :func:`grade`.

    Attributes
    ----------
    correct : bool
        Whether the answer is right.
    answer : str, tuple of str or float
        The answer as graded and as it should be recorded: an option id, the
        sorted option ids, or the number.
    feedback : tuple of Text
        Feedback for the options the learner chose (in display-independent
        id order) or for a typical numeric mistake; may be empty.
    missed : tuple of str
        Right options the learner left out (``multiple`` only).
    wrong : tuple of str
        Chosen options that are not right (``single`` and ``multiple``).
    """

    correct: bool
    answer: str | tuple[str, ...] | float
    feedback: tuple[Text, ...] = field(default_factory=tuple)
    missed: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bank:
    """A loaded, checked question bank (see :func:`careerkit.quiz.load_bank`)."""

    name: str
    title: Text
    questions: tuple[Question, ...]
    path: Traversable


def grade(question: Question, answer: object) -> Grade:
    """Grade one answer to ``question``; no widget, no file, no side effect.

    Parameters
    ----------
    question : Question
        The question.
    answer : object
        ``single``: one option id (``"b"``).  ``multiple``: an iterable of
        option ids (order and repeats do not matter).  ``numeric``: a real
        number (not a bool), right when ``|answer - question.answer|`` is at
        most ``question.tolerance``.

    Returns
    -------
    Grade

    Raises
    ------
    AnswerError
        The answer is missing, of the wrong kind, not finite, or names an
        option the question does not have.

    Examples
    --------
    >>> q = Question("q", "numeric", Text("?", "?"), Text("", ""), 156.0,
    ...              tolerance=0.5)
    >>> grade(q, 156.4).correct
    True
    """
    if question.type == "single":
        return _grade_single(question, answer)
    if question.type == "multiple":
        return _grade_multiple(question, answer)
    return _grade_numeric(question, answer)


def shuffled_options(question: Question, seed: object = None) -> tuple[Option, ...]:
    """Return the options of ``question`` in display order.

    ``seed=None`` keeps the bank's order.  Any other seed (an int or a
    learner's name) gives the same order every time, in every process, for
    the same question id: the seed is combined with the id, so two questions
    are not shuffled alike.
    """
    options = list(question.options)
    if seed is None:
        return tuple(options)
    random.Random(f"{seed}|{question.id}").shuffle(options)
    return tuple(options)


def _grade_single(question: Question, answer: object) -> Grade:
    if not isinstance(answer, str):
        raise AnswerError(
            f"question {question.id!r} takes one option id such as 'a'; got {answer!r}"
        )
    chosen = question.option(answer)
    correct = answer == question.answer
    feedback = (chosen.feedback,) if chosen.feedback is not None else ()
    return Grade(
        correct=correct,
        answer=answer,
        feedback=feedback,
        wrong=() if correct else (answer,),
    )


def _grade_multiple(question: Question, answer: object) -> Grade:
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        raise AnswerError(
            f"question {question.id!r} takes a list of option ids such as "
            f"['a', 'c']; got {answer!r}"
        )
    chosen: set[str] = set()
    for item in answer:
        if not isinstance(item, str):
            raise AnswerError(
                f"question {question.id!r}: option ids are strings; got {item!r}"
            )
        question.option(item)
        chosen.add(item)
    right = cast(frozenset[str], question.answer)
    ordered = tuple(o.id for o in question.options if o.id in chosen)
    feedback = tuple(
        o.feedback for o in question.options if o.id in chosen and o.feedback
    )
    return Grade(
        correct=chosen == right,
        answer=ordered,
        feedback=feedback,
        missed=tuple(o.id for o in question.options if o.id in right - chosen),
        wrong=tuple(o.id for o in question.options if o.id in chosen - right),
    )


def _grade_numeric(question: Question, answer: object) -> Grade:
    if isinstance(answer, bool) or not isinstance(answer, Real):
        raise AnswerError(f"question {question.id!r} takes a number; got {answer!r}")
    value = float(answer)
    if not math.isfinite(value):
        raise AnswerError(
            f"question {question.id!r} takes a finite number; got {answer!r}"
        )
    right = float(question.answer)  # type: ignore[arg-type]
    correct = _close(value, right, question.tolerance)
    feedback: tuple[Text, ...] = ()
    if not correct:
        feedback = tuple(
            m.feedback for m in question.mistakes if _close(value, m.value, m.tolerance)
        )
    return Grade(correct=correct, answer=value, feedback=feedback)


def _close(value: float, target: float, tolerance: float) -> bool:
    slack = _FLOAT_SLACK * max(1.0, abs(target))
    return abs(value - target) <= tolerance + slack


def labelled_options(
    question: Question, seed: object = None
) -> list[tuple[str, Option]]:
    """Return ``(letter, option)`` pairs in display order: ``("a", ...), ("b", ...)``.

    The letter follows the position on screen, so a shuffled question still
    reads a), b), c); answers and progress use :attr:`Option.id`.
    """
    return [
        (chr(ord("a") + index), option)
        for index, option in enumerate(shuffled_options(question, seed))
    ]
