"""Quizzes: questions as data, pure grading, and three renderings.

>>> from careerkit.quiz import Quiz
>>> quiz = Quiz.from_bank("10-kuis-akhir")   # the last expression of a cell shows it

In a Jupyter kernel the quiz shows as a widget; exported notebooks and GitHub
show static HTML (answers folded in ``<details>``, left out when
``CAREERKIT_EDITION=student``); a terminal and nbval see plain text.
A numeric question's answer box reads what a learner types (``156.000.000``,
``156,5``, ``Rp156 jt``) with :func:`read_number`.

To keep the widget view out of a display (for an HTML export, where exporters
prefer the widget view), set ``CAREERKIT_STATIC_QUIZ=1`` in the kernel's
environment, call :func:`use_static`, or display :meth:`Quiz.static`.

ipywidgets is imported only when a widget is built.
"""

from __future__ import annotations

from careerkit.quiz.bank import Bank, UnknownBankError, bank_names, load_bank, quiz_dir
from careerkit.quiz.core import STATIC_ENV, Quiz, static_mode, use_static
from careerkit.quiz.model import (
    AnswerError,
    Grade,
    Mistake,
    Option,
    Question,
    Text,
    grade,
    labelled_options,
    shuffled_options,
)
from careerkit.quiz.numbers import NumberReadError, read_number

__all__ = [
    "STATIC_ENV",
    "AnswerError",
    "Bank",
    "Grade",
    "Mistake",
    "NumberReadError",
    "Option",
    "Question",
    "Quiz",
    "Text",
    "UnknownBankError",
    "bank_names",
    "grade",
    "labelled_options",
    "load_bank",
    "quiz_dir",
    "read_number",
    "shuffled_options",
    "static_mode",
    "use_static",
]
