"""End to end in Chromium: the final quiz live in JupyterLab, then in the HTML course.

``careerkit lab`` runs on a temporary workspace (loopback, a token, a port the
server picks); the test opens the final quiz notebook, runs every cell, answers
the first question wrong and then right, and finds the answer in the progress
file; saved by JupyterLab, the notebook still takes a course update.  Then
``careerkit build`` writes the HTML course, and every page of it
is opened from a loopback server with the network blocked: the quiz shows in
its static form, and no page logs a console error or asks for anything off the
machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from careerkit.i18n import t
from careerkit.quiz import load_bank
from careerkit.workspace import notebooks_dir, prepare_workspace

pytestmark = pytest.mark.browser

QUIZ = "10-kuis-akhir"
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
SCRIPT = Path(sys.executable).with_name("careerkit")


def option_label(question: Any, option_id: str) -> str:
    """The radio label the widget shows: ``"b) text"`` (bank order, no shuffle)."""
    letters = "abcdefghij"
    for letter, option in zip(letters, question.options, strict=False):
        if option.id == option_id:
            return f"{letter}) {option.text.get()}"
    raise AssertionError(f"no option {option_id!r} in {question.id}")


def wait_for_record(home: Path, question_id: str, attempts: int) -> dict[str, Any]:
    """The progress record once the kernel has written ``attempts`` answers."""
    path = home / "progress.json"
    deadline = time.monotonic() + 30
    record: dict[str, Any] = {}
    while time.monotonic() < deadline:
        if path.is_file():
            doc = json.loads(path.read_text(encoding="utf-8"))
            record = doc.get("quiz", {}).get(QUIZ, {}).get(question_id, {})
            if record.get("attempts") == attempts:
                return record
        time.sleep(0.2)
    raise AssertionError(f"progress.json never recorded {attempts} answers: {record}")


def open_notebook_and_run_all(page: Any, lab: Any, name: str) -> None:
    page.goto(f"{lab.base}/lab/tree/{name}?token={lab.token}")
    page.wait_for_function(
        "() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
        " && window.jupyterapp.shell.currentWidget.sessionContext",
        timeout=120_000,
    )
    page.evaluate(
        """async () => {
            const panel = window.jupyterapp.shell.currentWidget;
            await panel.context.ready;
            await panel.sessionContext.ready;
            await window.jupyterapp.commands.execute('notebook:run-all-cells');
        }"""
    )


def test_the_final_quiz_answers_live_and_records_progress(
    lab: Any, watched: Any
) -> None:
    from playwright.sync_api import expect

    bank = load_bank(QUIZ)
    question = bank.questions[0]
    wrong = next(o.id for o in question.options if o.id != question.answer)
    page = watched.new_page()
    open_notebook_and_run_all(page, lab, f"{QUIZ}.ipynb")
    quiz = page.locator(".careerkit-quiz").first
    expect(quiz).to_be_visible(timeout=120_000)
    first = quiz.locator(".careerkit-question").first
    feedback = first.locator(".careerkit-feedback")

    first.get_by_role("radio", name=option_label(question, wrong)).check()
    first.get_by_role("button", name=t("quiz.check")).click()
    expect(feedback).to_contain_text(t("quiz.incorrect"))
    wait_for_record(lab.home, question.id, attempts=1)

    first.get_by_role("button", name=t("quiz.retry")).click()
    first.get_by_role("radio", name=option_label(question, question.answer)).check()
    first.get_by_role("button", name=t("quiz.check")).click()
    expect(feedback).to_contain_text(t("quiz.correct"))
    expect(feedback).to_contain_text(question.explanation.get())
    record = wait_for_record(lab.home, question.id, attempts=2)

    assert record["first_try_correct"] is False
    assert record["correct"] is True
    assert record["last_answer"] == question.answer
    ARTIFACTS.mkdir(exist_ok=True)
    top, bottom = quiz.bounding_box(), feedback.bounding_box()
    assert top is not None and bottom is not None
    margin = 8
    clip = {
        "x": max(top["x"] - margin, 0),
        "y": max(top["y"] - margin, 0),
        "width": top["width"] + 2 * margin,
        "height": bottom["y"] + bottom["height"] - top["y"] + 2 * margin,
    }
    page.screenshot(path=str(ARTIFACTS / "quiz.png"), clip=clip)

    # Opened, run and saved by JupyterLab, the notebook is still "untouched":
    # a course update replaces it instead of writing a .baru copy beside it.
    saved = save_and_wait(page, lab.workspace / f"{QUIZ}.ipynb")
    assert saved != (notebooks_dir() / f"{QUIZ}.ipynb").read_bytes()
    report = prepare_workspace(lab.workspace, source=updated_course(lab.home.parent))
    assert [p.as_posix() for p in report.updated] == [f"{QUIZ}.ipynb"]
    assert not report.kept
    assert not list(lab.workspace.glob("*.baru*"))


def save_and_wait(page: Any, path: Path) -> bytes:
    """Save the current notebook in JupyterLab; return the file once it has outputs."""
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if "language_info" in doc["metadata"] and any(
            cell.get("outputs") for cell in doc["cells"]
        ):
            return path.read_bytes()
        time.sleep(0.2)
    raise AssertionError(f"JupyterLab did not save {path.name} with its outputs")


def updated_course(tmp: Path) -> Path:
    """The course with one new sentence in the final quiz notebook."""
    course = tmp / "course-update"
    shutil.copytree(notebooks_dir(), course)
    path = course / f"{QUIZ}.ipynb"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["cells"][0]["source"] = [*doc["cells"][0]["source"], "\n\nDiperbarui."]
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
    return course


def test_the_built_course_shows_the_quiz_statically_and_offline(
    tmp_path: Path, watched: Any, serve_dir: Any
) -> None:
    from playwright.sync_api import expect

    out = tmp_path / "site"
    env = {**os.environ, "CAREERKIT_HOME": str(tmp_path / "home")}
    env.pop("CAREERKIT_LANG", None)
    result = subprocess.run(
        [str(SCRIPT), "build", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    base = serve_dir(out)
    explanation = load_bank(QUIZ).questions[0].explanation.get()

    pages = sorted(path.name for path in out.glob("*.html"))
    assert f"{QUIZ}.html" in pages and "index.html" in pages
    for name in pages:
        page = watched.new_page()
        page.goto(f"{base}/{name}", wait_until="load")
        page.close()

    page = watched.new_page()
    page.goto(f"{base}/{QUIZ}.html", wait_until="load")
    static = page.locator(".careerkit-quiz-static").first
    expect(static).to_be_visible()
    answer = static.get_by_text(explanation)
    expect(answer).to_be_hidden()  # folded in <details> until the reader opens it
    static.locator("summary").first.click()
    expect(answer).to_be_visible()
    assert watched.console_errors == []
    assert watched.blocked == []
    ARTIFACTS.mkdir(exist_ok=True)
    static.screenshot(path=str(ARTIFACTS / "quiz-static.png"))
