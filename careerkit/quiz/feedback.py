"""Feedback HTML of the quiz widget: verdict, icon, details, explanation.

Everything here is a pure function of a question, its grade and the edition,
so the text a learner reads after "Periksa" can be checked without any
widget.  In the student edition a wrong answer is not explained (see
:func:`feedback_html`).  Every bank text is escaped, and each block is
marked so MathJax leaves ``$`` alone.
"""

from __future__ import annotations

from typing import Any

from careerkit.i18n import t
from careerkit.quiz.model import Grade, Option, Question
from careerkit.quiz.render import MATH_IGNORE, escape, format_number
from careerkit.settings import edition

__all__ = [
    "ICON_ERROR",
    "ICON_NOTE",
    "ICON_RIGHT",
    "ICON_WRONG",
    "RIGHT_COLOUR",
    "WRONG_COLOUR",
    "block",
    "error_html",
    "feedback_html",
    "label_keywords",
    "line",
    "previous_html",
    "shown_answer",
]

ICON_RIGHT = "✔"
ICON_WRONG = "✘"
ICON_NOTE = "➜"
ICON_ERROR = "⚠"
RIGHT_COLOUR = "#1a7f37"
WRONG_COLOUR = "#b42318"


def block(body: str) -> str:
    """Wrap HTML so MathJax leaves it alone (``$`` stays a dollar sign)."""
    return f'<div class="{MATH_IGNORE}">{body}</div>'


def line(icon: str, colour: str, strong: str, rest: str = "") -> str:
    """One paragraph: an icon (hidden from screen readers), a bold word, the rest.

    ``strong`` is escaped here; ``rest`` must be escaped HTML already.
    """
    mark = f'<span aria-hidden="true" style="color:{colour}">{icon}</span>'
    tail = f" {rest}" if rest else ""
    return f"<p>{mark} <strong>{escape(strong)}</strong>{tail}</p>"


def error_html(key: str, error: BaseException) -> str:
    """The quiz's message ``key`` for an exception, as one ⚠ line in a block."""
    text = t(key, error=f"{type(error).__name__}: {error}")
    return block(line(ICON_ERROR, WRONG_COLOUR, text))


def label_keywords(text: str) -> dict[str, Any]:
    """Description keywords for a choice label taken from a bank.

    Plain text is shown as text by the front end; only a text MathJax could
    typeset (``$`` or ``\\``) goes in as escaped HTML inside an ignored span.
    """
    if "$" in text or "\\" in text:
        return {
            "description": f'<span class="{MATH_IGNORE}">{escape(text)}</span>',
            "description_allow_html": True,
        }
    return {"description": text}


def feedback_html(
    question: Question,
    result: Grade,
    labels: list[tuple[str, Option]],
    *,
    reveal: bool | None = None,
) -> str:
    """Return the feedback for ``result``: verdict, details, explanation.

    Parameters
    ----------
    question : Question
        The question answered.
    result : Grade
        Its grade.
    labels : list of (str, Option)
        The (letter, option) pairs as shown, to name the learner's choice the
        way the quiz lettered it.
    reveal : bool, optional
        Whether a wrong answer may be followed by the feedback of the chosen
        options or numeric mistake, the count of right options missed and the
        explanation: each can give the key away.  Default: yes, except in the
        student edition (``CAREERKIT_EDITION=student``), where a wrong answer
        gets only the verdict, the learner's answer and a line saying the
        explanation comes once the answer is right.  A right answer always
        gets the explanation.
    """
    if reveal is None:
        reveal = edition() != "student"
    if result.correct:
        parts = [line(ICON_RIGHT, RIGHT_COLOUR, t("quiz.correct"))]
    else:
        answer = shown_answer(question, result, labels)
        parts = [
            line(
                ICON_WRONG,
                WRONG_COLOUR,
                t("quiz.incorrect"),
                escape(t("quiz.your_answer", answer=answer)),
            )
        ]
    if not (result.correct or reveal):
        parts.append(f"<p>{escape(t('quiz.explain_after_right'))}</p>")
        return block("".join(parts))
    parts += [f"<p>{escape(text.get())}</p>" for text in result.feedback]
    if result.missed:
        parts.append(f"<p>{escape(t('quiz.missed', count=len(result.missed)))}</p>")
    parts.append(
        f"<p><em>{escape(t('quiz.explanation'))}:</em> "
        f"{escape(question.explanation.get())}</p>"
    )
    return block("".join(parts))


def previous_html(correct: bool, attempts: int) -> str:
    """One line about an earlier answer shown again: right or not, and attempts.

    It says nothing about the key, so it fits the student edition too.
    """
    verdict = t("quiz.previous_right" if correct else "quiz.previous_wrong")
    return block(
        line(
            ICON_RIGHT if correct else ICON_WRONG,
            RIGHT_COLOUR if correct else WRONG_COLOUR,
            t("quiz.previous", verdict=verdict, attempts=attempts),
        )
    )


def shown_answer(
    question: Question, result: Grade, labels: list[tuple[str, Option]]
) -> str:
    """Return the learner's answer as displayed ("a), c)" or a number)."""
    if question.type == "numeric":
        return format_number(float(result.answer))  # type: ignore[arg-type]
    answer = result.answer
    chosen = {answer} if isinstance(answer, str) else set(answer)  # type: ignore[arg-type]
    return ", ".join(f"{letter})" for letter, o in labels if o.id in chosen)
