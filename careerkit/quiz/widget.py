"""The ipywidgets view of a quiz (imported only when a quiz is first shown).

One block per question: the question text, radio buttons / checkboxes / a
text box for a number, a "Periksa" button, a "Coba lagi" button and a
feedback area; a score line for the whole quiz at the end.  In the student edition
(``CAREERKIT_EDITION=student``) a wrong answer gets only its verdict; the
explanation comes once the answer is right.  Feedback is written into HTML
widgets inside the quiz (never ``print``, never an ``Output`` widget), with a
text and an icon so colour is never the only cue.  An exception inside a
callback is shown in the feedback and kept in :attr:`QuizWidget.last_error`;
a warning met while saving (a broken progress file moved aside) is shown
there too, instead of in the kernel's log, and kept in
:attr:`QuizWidget.last_warning`.

Stable CSS classes for browser tests: ``careerkit-quiz`` (root),
``careerkit-question``, ``careerkit-feedback``, ``careerkit-score``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from careerkit._widgetbase import learner_warnings, warning_html
from careerkit.i18n import t
from careerkit.quiz.feedback import (
    ICON_ERROR,
    ICON_NOTE,
    WRONG_COLOUR,
    block,
    feedback_html,
    label_keywords,
    line,
)
from careerkit.quiz.model import Grade, Question, grade, labelled_options
from careerkit.quiz.numbers import NumberReadError, read_number
from careerkit.quiz.render import escape, instruction

if TYPE_CHECKING:  # pragma: no cover
    from careerkit.quiz.core import Quiz

__all__ = ["QuestionView", "QuizWidget"]


class QuestionView:
    """The widgets of one question, and what its buttons do."""

    def __init__(self, owner: QuizWidget, number: int, question: Question) -> None:
        self.owner = owner
        self.question = question
        self.result: Grade | None = None
        self.labels = labelled_options(question, owner.quiz.shuffle_seed)
        self.text = widgets.HTML(
            block(
                f"<p><strong>{number}.</strong> {escape(question.text.get())}</p>"
                f"<p><em>{escape(instruction(question))}</em></p>"
            )
        )
        self.choice: widgets.RadioButtons | None = None
        self.boxes: dict[str, widgets.Checkbox] = {}
        self.number: widgets.Text | None = None
        if question.type == "single":
            self.choice = widgets.RadioButtons(
                options=[
                    (f"{letter}) {o.text.get()}", o.id) for letter, o in self.labels
                ],
                value=None,
                layout=widgets.Layout(width="auto"),
            )
            control: widgets.Widget = self.choice
        elif question.type == "multiple":
            for letter, option in self.labels:
                self.boxes[option.id] = widgets.Checkbox(
                    value=False,
                    indent=False,
                    layout=widgets.Layout(width="auto"),
                    **label_keywords(f"{letter}) {option.text.get()}"),
                )
            control = widgets.VBox(list(self.boxes.values()))
        else:
            unit = question.unit.get() if question.unit is not None else ""
            self.number = widgets.Text(
                value="",
                placeholder=t("quiz.number_placeholder"),
                style={"description_width": "initial"},
                **label_keywords(t("quiz.number_box", unit=unit)),
            )
            control = self.number
        self.check_button = widgets.Button(
            description=t("quiz.check"), button_style="primary", icon="check"
        )
        self.retry_button = widgets.Button(
            description=t("quiz.retry"),
            icon="undo",
            layout=widgets.Layout(display="none"),
        )
        self.feedback = widgets.HTML("")
        self.feedback.add_class("careerkit-feedback")
        self.check_button.on_click(lambda _b: owner.run(self, self.check))
        self.retry_button.on_click(lambda _b: owner.run(self, self.retry))
        self.box = widgets.VBox(
            [
                self.text,
                control,
                widgets.HBox([self.check_button, self.retry_button]),
                self.feedback,
            ]
        )
        self.box.add_class("careerkit-question")

    def answer(self) -> object:
        """Return the current answer, or None when nothing is chosen or typed yet.

        Raises
        ------
        NumberReadError
            The number box holds a text that is not a number.
        """
        if self.choice is not None:
            return self.choice.value
        if self.boxes:
            chosen = [oid for oid, box in self.boxes.items() if box.value]
            return chosen or None
        if self.number is not None:
            return read_number(self.number.value, self.question.unit)
        return None

    def check(self) -> None:
        """Grade the current answer, show feedback, record it to progress.

        Nothing is graded or recorded while the answer is missing or the
        number box holds a text that is not a number; a note says so.
        """
        try:
            answer = self.answer()
        except NumberReadError as exc:
            self.note(t("quiz.unreadable_number", text=exc.text))
            return
        if answer is None:
            self.note(t("quiz.need_number" if self.number else "quiz.need_answer"))
            return
        result = grade(self.question, answer)
        self.result = result
        self.feedback.value = self.feedback_html(result)
        self.lock(True)
        self.owner.update_score()
        self.owner.record(self, result)

    def note(self, message: str) -> None:
        """Show a note (not a grade) in the feedback area."""
        self.feedback.value = block(line(ICON_NOTE, "inherit", message))

    def retry(self) -> None:
        """Clear this question's answer and feedback so it can be tried again."""
        self.result = None
        if self.choice is not None:
            self.choice.value = None
        for box in self.boxes.values():
            box.value = False
        if self.number is not None:
            self.number.value = ""
        self.feedback.value = ""
        self.lock(False)
        self.owner.update_score()

    def lock(self, answered: bool) -> None:
        """Disable the inputs once checked; show "Coba lagi" instead."""
        for control in self.inputs():
            control.disabled = answered
        self.check_button.disabled = answered
        self.retry_button.layout.display = None if answered else "none"

    def inputs(self) -> list[widgets.Widget]:
        """Return the widgets the learner answers with."""
        found: list[widgets.Widget] = list(self.boxes.values())
        found += [w for w in (self.choice, self.number) if w is not None]
        return found

    def feedback_html(self, result: Grade) -> str:
        """Return the feedback for ``result``: verdict, details, explanation."""
        return feedback_html(self.question, result, self.labels)


class QuizWidget(widgets.VBox):
    """The whole quiz as one ipywidgets container (CSS class ``careerkit-quiz``).

    Attributes
    ----------
    quiz : Quiz
        The quiz shown.
    questions : list of QuestionView
        One per question, in order.
    score : ipywidgets.HTML
        The live score line.
    last_error : BaseException or None
        The last exception raised inside a button callback (also shown in
        that question's feedback).
    last_warning : Warning or None
        The last warning met while saving an answer, such as the
        :class:`~careerkit.progress.ProgressWarning` of a broken progress
        file moved aside (also shown in that question's feedback).

    Notes
    -----
    A checkbox label that contains ``$`` or ``\\`` is sent as
    escaped HTML inside a span MathJax skips; ipywidgets also uses the
    description as the hover tooltip, which then shows that markup.
    """

    def __init__(self, quiz: Quiz, *, progress_path: Path | None = None) -> None:
        super().__init__()
        self.quiz = quiz
        self.progress_path = progress_path
        self.last_error: BaseException | None = None
        self.last_warning: Warning | None = None
        title = widgets.HTML(
            block(f"<h4>{escape(t('quiz.title', title=quiz.title.get()))}</h4>")
        )
        self.questions = [
            QuestionView(self, number, question)
            for number, question in enumerate(quiz.questions, start=1)
        ]
        self.score = widgets.HTML("")
        self.score.add_class("careerkit-score")
        self.children = [title, *(view.box for view in self.questions), self.score]
        self.add_class("careerkit-quiz")
        self.update_score()

    def run(self, view: QuestionView, action: Callable[[], None]) -> None:
        """Run a button's action; show any exception in the question's feedback."""
        try:
            action()
        except Exception as exc:  # shown to the learner and kept for tests
            self.last_error = exc
            view.feedback.value = block(
                line(
                    ICON_ERROR,
                    WRONG_COLOUR,
                    t("quiz.error", error=f"{type(exc).__name__}: {exc}"),
                )
            )

    def record(self, view: QuestionView, result: Grade) -> None:
        """Save one checked answer to the learner's progress file."""
        found: list[Warning] = []
        try:
            from careerkit import progress

            with learner_warnings() as found:
                progress.record_answer(
                    self.quiz.name,
                    view.question.id,
                    result.answer,
                    result.correct,
                    path=self.progress_path,
                )
        except Exception as exc:  # the grade stands; say that saving failed
            self.last_error = exc
            view.feedback.value += block(
                line(
                    ICON_ERROR,
                    WRONG_COLOUR,
                    t("quiz.not_saved", error=f"{type(exc).__name__}: {exc}"),
                )
            )
        if found:
            self.last_warning = found[-1]
            view.feedback.value += block(warning_html(found))

    def update_score(self) -> None:
        """Rewrite the score line from every question's latest result."""
        results = [view.result for view in self.questions]
        checked = [r for r in results if r is not None]
        line = t(
            "quiz.score",
            correct=sum(r.correct for r in checked),
            total=len(results),
            checked=len(checked),
        )
        self.score.value = block(f"<p><strong>{escape(line)}</strong></p>")

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is not None:
            bundle["text/plain"] = self.quiz.to_text()
        return bundle

    def __repr__(self) -> str:
        return f"QuizWidget({self.quiz.name!r})"
