"""Static renderings of a quiz: HTML for exported notebooks, plain text elsewhere.

Both are pure functions of the questions, the language and the edition.
Every string that comes from a bank is escaped (:func:`escape`), so a bank
text with ``<script>``, quotes or ``$`` shows as text.  The HTML is wrapped in
an element that MathJax skips (``mathjax_ignore`` for MathJax 3 in JupyterLab,
``tex2jax_ignore`` for MathJax 2), and ``$`` is written as ``&#36;``, so money
such as "$800-$1500" is never typeset as math.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

from careerkit.i18n import get_language, t
from careerkit.quiz.model import Question, Text, labelled_options
from careerkit.settings import edition

__all__ = [
    "MATH_IGNORE",
    "answer_text",
    "escape",
    "format_number",
    "instruction",
    "to_html",
    "to_text",
]

MATH_IGNORE = "mathjax_ignore tex2jax_ignore"
_WIDTH = 79


def escape(text: str) -> str:
    """Escape ``text`` for HTML, quotes and ``$`` included."""
    return html.escape(text, quote=True).replace("$", "&#36;")


def format_number(value: float, language: str | None = None) -> str:
    """Write a number the way the learner's language does.

    Indonesian groups thousands with ``.`` and writes decimals with ``,``
    (``24.750.000``, ``24,75``); English does the opposite.
    """
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4f}"
    if "." in text and not float(value).is_integer():
        text = text.rstrip("0").rstrip(".")
    if (language or get_language()) == "id":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def instruction(question: Question) -> str:
    """Return the one-line instruction under a question ("Pilih satu jawaban.")."""
    if question.type == "single":
        return t("quiz.pick_one")
    if question.type == "multiple":
        return t("quiz.pick_many")
    return t("quiz.numeric", unit=_unit(question))


def answer_text(question: Question, seed: object = None) -> str:
    """Return the right answer as a learner reads it ("b) ..." or a number)."""
    if question.type == "numeric":
        value = format_number(float(question.answer))  # type: ignore[arg-type]
        text = f"{value} {_unit(question)}"
        if question.tolerance:
            text += (
                f" ({t('quiz.tolerance', tolerance=format_number(question.tolerance))})"
            )
        return text
    right = {question.answer} if isinstance(question.answer, str) else question.answer
    return "; ".join(
        f"{letter}) {option.text.get()}"
        for letter, option in labelled_options(question, seed)
        if option.id in right
    )


def to_text(title: Text, questions: Sequence[Question], seed: object = None) -> str:
    """Return the quiz as plain text: questions and options, never the answer."""
    heading = t("quiz.title", title=title.get())
    lines = [f"{heading} ({t('quiz.count', count=len(questions))})"]
    for number, question in enumerate(questions, start=1):
        lines.append("")
        lines.extend(_wrap(f"{number}. {question.text.get()}", "   "))
        lines.extend(_wrap(f"   {instruction(question)}", "   "))
        for letter, option in labelled_options(question, seed):
            lines.extend(_wrap(f"   {letter}) {option.text.get()}", "      "))
    lines.append("")
    lines.extend(_wrap(t("quiz.run_hint"), ""))
    return "\n".join(lines)


def to_html(title: Text, questions: Sequence[Question], seed: object = None) -> str:
    """Return the quiz as static HTML.

    In the self-study edition each question ends with a collapsed
    ``<details>`` holding the answer and the explanation; in the student
    edition (``CAREERKIT_EDITION=student``) neither is in the HTML at all.
    """
    with_answers = edition() != "student"
    parts = [
        f'<div class="careerkit-quiz-static {MATH_IGNORE}" lang="{get_language()}">',
        f"<p><strong>{escape(t('quiz.title', title=title.get()))}</strong> "
        f"({escape(t('quiz.count', count=len(questions)))})</p>",
        '<ol class="careerkit-questions">',
    ]
    for question in questions:
        parts.append(f"<li><p>{escape(question.text.get())}</p>")
        parts.append(f"<p><em>{escape(instruction(question))}</em></p>")
        labelled = labelled_options(question, seed)
        if labelled:
            parts.append("<ul>")
            parts.extend(
                f"<li>{letter}) {escape(option.text.get())}</li>"
                for letter, option in labelled
            )
            parts.append("</ul>")
        if with_answers:
            parts.append(_details(question, seed))
        parts.append("</li>")
    parts.append("</ol>")
    parts.append(f"<p><em>{escape(t('quiz.run_hint'))}</em></p>")
    parts.append("</div>")
    return "\n".join(parts)


def _details(question: Question, seed: object) -> str:
    parts = [
        f"<details><summary>{escape(t('quiz.show_answer'))}</summary>",
        f"<p><strong>{escape(t('quiz.answer'))}:</strong> "
        f"{escape(answer_text(question, seed))}</p>",
        f"<p><strong>{escape(t('quiz.explanation'))}:</strong> "
        f"{escape(question.explanation.get())}</p>",
    ]
    feedback = [
        (letter, option.feedback)
        for letter, option in labelled_options(question, seed)
        if option.feedback is not None
    ]
    if feedback:
        parts.append(f"<p><strong>{escape(t('quiz.option_feedback'))}:</strong></p>")
        parts.append("<ul>")
        parts.extend(
            f"<li>{letter}) {escape(text.get())}</li>" for letter, text in feedback
        )
        parts.append("</ul>")
    if question.mistakes:
        parts.append(f"<p><strong>{escape(t('quiz.common_mistakes'))}:</strong></p>")
        parts.append("<ul>")
        parts.extend(
            f"<li>{escape(format_number(m.value))}: {escape(m.feedback.get())}</li>"
            for m in question.mistakes
        )
        parts.append("</ul>")
    parts.append("</details>")
    return "\n".join(parts)


def _unit(question: Question) -> str:
    return question.unit.get() if question.unit is not None else ""


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=_WIDTH,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]
