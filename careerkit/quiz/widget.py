"""The ipywidgets view of a quiz (imported only when a quiz is first shown).

One block per question (:class:`~careerkit.quiz.question.QuestionView`): the
question text, radio buttons / checkboxes / a text box for a number, a
"Periksa" button, a "Coba lagi" button and a feedback area; a score line for
the whole quiz at the end.  In the student edition
(``CAREERKIT_EDITION=student``) a wrong answer gets only its verdict; the
explanation comes once the answer is right.  The learner's earlier answers
(from :mod:`careerkit.progress`) are shown again when the quiz is built.

Feedback is written into HTML widgets inside the quiz (never ``print``, never
an ``Output`` widget), with a text and an icon so colour is never the only
cue.  An exception inside a callback is shown in the feedback and kept in
:attr:`QuizWidget.last_error`; a warning met while reading or saving answers
(a broken progress file moved aside) is shown there too, instead of in the
kernel's log, and kept in :attr:`QuizWidget.last_warning`.

Stable CSS classes for browser tests: ``careerkit-quiz`` (root),
``careerkit-question``, ``careerkit-feedback``, ``careerkit-score``,
``careerkit-notice``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from careerkit._widgetbase import learner_warnings, warning_html
from careerkit.i18n import t
from careerkit.quiz.feedback import block, error_html
from careerkit.quiz.model import Grade
from careerkit.quiz.question import QuestionView
from careerkit.quiz.render import escape
from careerkit.quiz.restore import regrade, saved_records

if TYPE_CHECKING:  # pragma: no cover
    from careerkit.quiz.core import Quiz

__all__ = ["QuestionView", "QuizWidget"]


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
    notice : ipywidgets.HTML
        Under the title (CSS class ``careerkit-notice``): empty, or what went
        wrong reading the earlier answers.
    last_error : BaseException or None
        The last exception raised inside a button callback (also shown in
        that question's feedback) or while reading earlier answers (shown in
        :attr:`notice`).
    last_warning : Warning or None
        The last warning met while reading or saving answers, such as the
        :class:`~careerkit.progress.ProgressWarning` of a broken progress
        file moved aside (also shown in :attr:`notice` or in that question's
        feedback).

    Notes
    -----
    When built, the quiz shows the learner's earlier answers from the
    progress file as checked, each with a one-line note ("Jawaban terakhirmu:
    benar (2 percobaan)"); nothing is recorded until "Periksa" is pressed
    again.  An answer that no longer fits its question (the bank changed)
    is left out.  A checkbox label that contains ``$`` or ``\\`` is sent as
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
        self.notice = widgets.HTML("")
        self.notice.add_class("careerkit-notice")
        self.children = [
            title,
            self.notice,
            *(view.box for view in self.questions),
            self.score,
        ]
        self.add_class("careerkit-quiz")
        self.restore()
        self.update_score()

    def restore(self) -> None:
        """Show the earlier answers saved in the progress file, without recording.

        Reading the file never breaks the quiz: an error or a warning is shown
        in :attr:`notice` (and kept in :attr:`last_error` /
        :attr:`last_warning`) and the quiz starts empty.
        """
        try:
            records, found = saved_records(self.quiz.name, self.progress_path)
        except Exception as exc:  # shown to the learner and kept for tests
            self.last_error = exc
            self.notice.value = error_html("quiz.not_restored", exc)
            return
        if found:
            self.last_warning = found[-1]
            self.notice.value = block(warning_html(found))
        for view in self.questions:
            earlier = regrade(view.question, records.get(view.question.id))
            if earlier is not None:
                view.show_earlier(*earlier)

    def run(self, view: QuestionView, action: Callable[[], None]) -> None:
        """Run a button's action; show any exception in the question's feedback."""
        try:
            action()
        except Exception as exc:  # shown to the learner and kept for tests
            self.last_error = exc
            view.feedback.value = error_html("quiz.error", exc)

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
            view.feedback.value += error_html("quiz.not_saved", exc)
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
