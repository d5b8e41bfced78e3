"""One question of the quiz widget: its inputs, its buttons, its feedback.

A :class:`QuestionView` holds the widgets of one question (radio buttons,
checkboxes or a text box for a number; "Periksa" and "Coba lagi"; a feedback
area with CSS class ``careerkit-feedback``) and what its buttons do.  The
whole quiz around it is :class:`careerkit.quiz.widget.QuizWidget`, which runs
the callbacks, records answers and keeps the score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as widgets

from careerkit.i18n import t
from careerkit.quiz.feedback import (
    ICON_NOTE,
    block,
    feedback_html,
    label_keywords,
    line,
    previous_html,
)
from careerkit.quiz.model import Grade, Question, grade, labelled_options
from careerkit.quiz.numbers import NumberReadError, read_number
from careerkit.quiz.render import escape, format_number, instruction

if TYPE_CHECKING:  # pragma: no cover
    from careerkit.quiz.widget import QuizWidget

__all__ = ["QuestionView"]


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
            typed = self.number is not None
            self.note(t("quiz.need_number" if typed else "quiz.need_answer"))
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

    def show_earlier(self, result: Grade, attempts: int) -> None:
        """Show an earlier answer as checked, with a one-line note (not recorded)."""
        answer = result.answer
        if self.choice is not None:
            self.choice.value = answer
        for option_id, box in self.boxes.items():
            box.value = option_id in answer  # type: ignore[operator]
        if self.number is not None:
            self.number.value = format_number(float(answer))  # type: ignore[arg-type]
        self.result = result
        self.feedback.value = previous_html(result.correct, attempts)
        self.lock(True)

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
