"""A learner's earlier answers, read back when a quiz is shown again.

When a notebook is reopened, its quiz is built anew; the widget asks this
module for the answers saved in :mod:`careerkit.progress` and shows each as
checked, graded again by the pure :func:`~careerkit.quiz.grade` against the
bank as it is now.  Nothing here imports ipywidgets or writes a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from careerkit._widgetbase import learner_warnings
from careerkit.quiz.model import AnswerError, Grade, Question, grade

__all__ = ["regrade", "saved_records"]


def saved_records(
    section: str, path: Path | None = None
) -> tuple[dict[str, Any], list[Warning]]:
    """Return the saved records of ``section`` and the warnings met reading them.

    Parameters
    ----------
    section : str
        The bank's name (the section its answers are recorded under).
    path : Path, optional
        The progress file; default :func:`careerkit.progress.progress_file`.

    Returns
    -------
    records : dict
        ``{question_id: record}``; empty when nothing was saved.
    warnings : list of Warning
        Warnings meant for the learner (a broken file moved aside), collected
        instead of issued so the quiz can show them.

    Raises
    ------
    Exception
        Whatever :func:`careerkit.progress.load_progress` raises (a file that
        cannot be opened); the widget shows it and starts empty.
    """
    from careerkit import progress

    with learner_warnings() as found:
        doc = progress.load_progress(path)
    records = doc.get("quiz", {}).get(section, {})
    return (records if isinstance(records, dict) else {}), found


def regrade(question: Question, record: object) -> tuple[Grade, int] | None:
    """Grade a saved record's last answer again; return it with the attempt count.

    Returns None when there is no record, or when its answer no longer fits
    the question (the bank changed since: an option was removed, the type
    changed); that question then starts unanswered.
    """
    if not isinstance(record, dict) or "last_answer" not in record:
        return None
    attempts = record.get("attempts")
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        return None
    answer = record["last_answer"]
    if question.type == "multiple" and not isinstance(answer, list):
        return None
    try:
        return grade(question, answer), attempts
    except AnswerError:
        return None
