"""The :class:`Quiz` object: one definition that displays itself three ways.

In a Jupyter kernel the quiz shows as an ipywidgets view (built on first
display; ipywidgets is imported only then).  Every display also carries
static HTML and plain text, which is what GitHub, nbviewer, a terminal and
nbval see.

Exporters (``nbconvert --to html``) prefer the widget view over the HTML, so a
build that wants the static form must leave the widget view out: set
``CAREERKIT_STATIC_QUIZ=1`` in the kernel's environment, call
``careerkit.quiz.use_static(True)`` in the kernel, or display
``quiz.static()`` instead of ``quiz``.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careerkit.quiz import render
from careerkit.quiz.bank import Bank, load_bank
from careerkit.quiz.model import Grade, Question, Text, grade

if TYPE_CHECKING:  # pragma: no cover
    from careerkit.quiz.widget import QuizWidget

__all__ = ["STATIC_ENV", "Quiz", "static_mode", "use_static"]

STATIC_ENV = "CAREERKIT_STATIC_QUIZ"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

_static_override: bool | None = None


def use_static(flag: bool | None = True) -> None:
    """Make every quiz display without its widget view (``flag=True``).

    ``use_static(False)`` allows the widget view again even when
    ``CAREERKIT_STATIC_QUIZ`` is set; ``use_static(None)`` goes back to the
    environment variable.
    """
    global _static_override
    _static_override = None if flag is None else bool(flag)


def static_mode() -> bool:
    """Return True when quizzes display as static HTML and text only.

    True after ``use_static(True)`` or when ``CAREERKIT_STATIC_QUIZ`` is
    ``1``, ``true`` or ``yes``.
    """
    if _static_override is not None:
        return _static_override
    value = os.environ.get(STATIC_ENV, "").strip().lower()
    return value in {"1", "true", "yes", "on"}


@dataclass(frozen=True, eq=False)
class Quiz:
    """A quiz: a titled list of questions that displays itself.

    Build one with :meth:`from_bank`; display it by leaving it as the last
    expression of a cell.

    Parameters
    ----------
    name : str
        The bank's name, also the section its answers are recorded under.
    title : Text
        The quiz title in both languages.
    questions : tuple of Question
        The questions, in order.
    shuffle_seed : object, optional
        ``None`` keeps each question's options in bank order; any other value
        (a learner's name, a number) shuffles them the same way every time.
    static_only : bool
        Never offer the widget view (see :meth:`static`).

    Notes
    -----
    Whether a widget front end will draw the view cannot be known from the
    kernel: the view is offered whenever the quiz is displayed inside a
    Jupyter kernel, next to the HTML a front end without widgets falls back
    to.  The widget shows the learner's earlier answers from the progress
    file as checked, each with a one-line note, without recording them again.
    """

    name: str
    title: Text
    questions: tuple[Question, ...]
    shuffle_seed: object = None
    static_only: bool = False
    _state: dict[str, Any] = dataclasses.field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def from_bank(
        cls, name: str | os.PathLike[str], *, shuffle_seed: object = None
    ) -> Quiz:
        """Load the bank ``name`` (``"10-kuis-akhir"``) or a bank file path.

        Raises
        ------
        careerkit.quiz.UnknownBankError
            No bundled bank has that name; the message lists the names.
        careerkit.DataError
            The bank file is broken; the message names the file, question
            and field.
        """
        return cls.from_loaded(load_bank(name), shuffle_seed=shuffle_seed)

    @classmethod
    def from_loaded(cls, bank: Bank, *, shuffle_seed: object = None) -> Quiz:
        """Build a quiz from a :class:`~careerkit.quiz.bank.Bank` already loaded."""
        return cls(bank.name, bank.title, bank.questions, shuffle_seed=shuffle_seed)

    def static(self) -> Quiz:
        """Return the same quiz, displayed as static HTML and text only."""
        return dataclasses.replace(self, static_only=True)

    def question(self, question_id: str) -> Question:
        """Return the question with id ``question_id``."""
        for question in self.questions:
            if question.id == question_id:
                return question
        known = ", ".join(q.id for q in self.questions)
        raise KeyError(
            f"quiz {self.name!r} has no question {question_id!r} (questions: {known})"
        )

    def grade(self, question_id: str, answer: object) -> Grade:
        """Grade ``answer`` to one question (pure; nothing is recorded)."""
        return grade(self.question(question_id), answer)

    def to_text(self) -> str:
        """Return the plain-text rendering (never contains the answers)."""
        return render.to_text(self.title, self.questions, self.shuffle_seed)

    def to_html(self) -> str:
        """Return the static HTML rendering (answers only in self-study)."""
        return render.to_html(self.title, self.questions, self.shuffle_seed)

    def widget(self, *, progress_path: Path | None = None) -> QuizWidget:
        """Return the ipywidgets view, built on first call and then reused.

        ``progress_path`` (default: the learner's progress file) applies only
        when the view is first built.
        """
        if "widget" not in self._state:
            from careerkit.quiz.widget import QuizWidget

            self._state["widget"] = QuizWidget(self, progress_path=progress_path)
        return self._state["widget"]

    @property
    def last_error(self) -> BaseException | None:
        """The last exception raised inside a widget callback, if any."""
        view = self._state.get("widget")
        return None if view is None else view.last_error

    @property
    def last_warning(self) -> Warning | None:
        """The last warning met while a widget saved an answer, if any."""
        view = self._state.get("widget")
        return None if view is None else view.last_warning

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None
    ) -> dict[str, Any]:
        bundle: dict[str, Any] = {
            "text/plain": self.to_text(),
            "text/html": self.to_html(),
        }
        if not self.static_only and not static_mode() and _in_kernel():
            view = self.widget()._repr_mimebundle_() or {}
            if WIDGET_MIME in view:
                bundle[WIDGET_MIME] = view[WIDGET_MIME]
        return bundle

    def __repr__(self) -> str:
        return self.to_text()


def _in_kernel() -> bool:
    """Return True inside a Jupyter kernel (where a widget can have a view)."""
    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython

    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None
