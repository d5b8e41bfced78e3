"""Static renderings: escaped HTML with folded answers, plain text without them."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from careerkit import i18n
from careerkit.quiz import Quiz, bank_names, core, labelled_options, use_static
from careerkit.quiz.render import escape, format_number

EVIL = '<script>alert("x")</script>'
MONEY = "Remote: $800–$1500 & 'quotes'"


def _evil_bank(tmp_path: Path) -> Path:
    def text(value: str) -> dict[str, str]:
        return {"id": value, "en": value}

    doc = {
        "section": "99-jahil",
        "title": text(f"Kuis {EVIL}"),
        "questions": [
            {
                "id": "one",
                "type": "single",
                "text": text(f"{EVIL} {MONEY}"),
                "options": [
                    {"id": "a", "text": text(f"<b>{MONEY}</b>")},
                    {"id": "b", "text": text("\\(x\\) & $y$"), "feedback": text(EVIL)},
                ],
                "answer": "b",
                "explanation": text(f"Sebab {MONEY} {EVIL}"),
            },
            {
                "id": "two",
                "type": "numeric",
                "text": text("Berapa $?"),
                "answer": 24750000,
                "tolerance": 0,
                "unit": text("<i>rupiah</i>"),
                "explanation": text("$1500 × 16.500"),
            },
        ],
    }
    path = tmp_path / "99-jahil.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_static_override():
    use_static(None)
    yield
    use_static(None)


@pytest.fixture
def evil(tmp_path: Path) -> Quiz:
    return Quiz.from_bank(_evil_bank(tmp_path))


def _rekeyed(quiz: Quiz) -> Quiz:
    """The same quiz with every answer, explanation and feedback changed."""
    questions = []
    for q in quiz.questions:
        changes: dict[str, object] = {
            "explanation": dataclasses.replace(q.explanation, id="SECRET", en="SECRET")
        }
        if q.type == "single":
            changes["answer"] = next(o.id for o in q.options if o.id != q.answer)
        elif q.type == "multiple":
            changes["answer"] = frozenset(o.id for o in q.options) - q.answer
        else:
            changes["answer"] = float(q.answer) + 12345
        changes["options"] = tuple(
            dataclasses.replace(o, feedback=None) for o in q.options
        )
        questions.append(dataclasses.replace(q, **changes))
    return dataclasses.replace(quiz, questions=tuple(questions))


# --- escaping ----------------------------------------------------------------


def test_escape() -> None:
    assert escape(EVIL) == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    assert escape("$800 & 'a'") == "&#36;800 &amp; &#x27;a&#x27;"


def test_html_shows_bank_markup_as_text(evil: Quiz) -> None:
    page = evil.to_html()
    assert "<script" not in page
    assert "<b>" not in page and "<i>" not in page
    assert escape(EVIL) in page
    assert (
        "&lt;b&gt;Remote: &#36;800–&#36;1500 &amp; &#x27;quotes&#x27;&lt;/b&gt;" in page
    )
    assert "$" not in page  # every dollar is &#36;, so nothing pairs up as math
    assert "&#36;1500 × 16.500" in page  # the explanation too


def test_html_is_inside_a_block_mathjax_skips(evil: Quiz) -> None:
    first = evil.to_html().splitlines()[0]
    assert re.fullmatch(
        r'<div class="careerkit-quiz-static mathjax_ignore tex2jax_ignore" lang="id">',
        first,
    )
    assert evil.to_html().rstrip().endswith("</div>")


def test_text_keeps_bank_text_literally(evil: Quiz) -> None:
    text = evil.to_text()
    assert EVIL in text
    assert "a) <b>Remote: $800–$1500 & 'quotes'</b>" in text
    assert "&#36;" not in text and "&lt;" not in text


def test_student_html_is_escaped_too(evil: Quiz, monkeypatch) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    page = evil.to_html()
    assert "<script" not in page and "$" not in page
    assert escape(EVIL) in page


# --- what each rendering reveals ---------------------------------------------


@pytest.mark.parametrize("name", ["00-mulai-di-sini", "05-desain-api", "10-kuis-akhir"])
def test_text_never_depends_on_the_key(name: str) -> None:
    quiz = Quiz.from_bank(name)
    assert quiz.to_text() == _rekeyed(quiz).to_text()
    assert "SECRET" not in quiz.to_text()


def test_no_bank_text_contains_an_explanation_or_feedback() -> None:
    for name in bank_names():
        quiz = Quiz.from_bank(name)
        text = quiz.to_text()
        for q in quiz.questions:
            assert q.explanation.id not in text
            for o in q.options:
                assert o.feedback is None or o.feedback.id not in text
        assert i18n.t("quiz.answer") + ":" not in text


def test_student_html_has_no_answer(monkeypatch) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    quiz = Quiz.from_bank("08-gaji-dan-pasar-kerja")
    page = quiz.to_html()
    assert page == _rekeyed(quiz).to_html()
    assert "<details" not in page
    assert "156" not in page and "24.750.000" not in page
    assert "THR" in page  # the question itself is there


def test_self_study_html_folds_answer_and_explanation() -> None:
    quiz = Quiz.from_bank("10-kuis-akhir")
    page = quiz.to_html()
    assert page.count("<details><summary>Lihat jawaban dan penjelasan</summary>") == 5
    assert page.count("</details>") == 5
    assert "<details open" not in page
    first = page.split("<details>")[1]
    assert "<strong>Jawaban:</strong> b) Mengelola server, database, API" in first
    assert escape(quiz.questions[0].explanation.id) in first
    assert page != _rekeyed(quiz).to_html()


def test_self_study_html_numeric_answer_in_the_learners_format() -> None:
    page = Quiz.from_bank("08-gaji-dan-pasar-kerja").to_html()
    assert "<strong>Jawaban:</strong> 24.750.000 rupiah</p>" in page
    i18n.set_language("en")
    page = Quiz.from_bank("08-gaji-dan-pasar-kerja").to_html()
    assert "<strong>Answer:</strong> 24,750,000 rupiah</p>" in page


def test_options_are_listed_in_display_order() -> None:
    plain = Quiz.from_bank("10-kuis-akhir")
    shuffled = Quiz.from_bank("10-kuis-akhir", shuffle_seed="budi")
    assert plain.to_text() != shuffled.to_text()
    assert (
        shuffled.to_text()
        == Quiz.from_bank("10-kuis-akhir", shuffle_seed="budi").to_text()
    )
    block = shuffled.to_text().split("\n\n")[1].splitlines()
    letters = [line.strip()[:2] for line in block if re.match(r"\s+[a-d]\) ", line)]
    assert letters == ["a)", "b)", "c)", "d)"]
    # The folded answer names the right option by its displayed letter.
    q = shuffled.questions[0]
    letter = next(
        chr(97 + i)
        for i, o in enumerate(labelled_options(q, "budi"))
        if o[1].id == q.answer
    )
    assert f"<strong>Jawaban:</strong> {letter}) Mengelola server" in shuffled.to_html()


def test_english() -> None:
    i18n.set_language("en")
    quiz = Quiz.from_bank("10-kuis-akhir")
    assert quiz.to_text().startswith("Quiz: Final quiz (5 questions)\n")
    assert "Which of these databases is a NoSQL database?" in quiz.to_html()
    assert "Show the answer and explanation" in quiz.to_html()


def test_plain_text_layout() -> None:
    text = Quiz.from_bank("00-mulai-di-sini").to_text()
    assert text.splitlines()[:4] == [
        "Kuis: Coba kuisnya (1 pertanyaan)",
        "",
        "1. Di mana careerkit menyimpan jawaban kuismu?",
        "   Pilih satu jawaban.",
    ]
    assert text.endswith(
        "Jalankan notebook ini di Jupyter untuk menjawab dan memeriksa kuis."
    )
    assert max(len(line) for line in text.splitlines()) <= 79


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (24_750_000, "id", "24.750.000"),
        (24_750_000, "en", "24,750,000"),
        (24.75, "id", "24,75"),
        (24.75, "en", "24.75"),
        (1500.5, "id", "1.500,5"),
        (0, "id", "0"),
        (-3, "en", "-3"),
    ],
)
def test_format_number(value: float, language: str, expected: str) -> None:
    assert format_number(value, language) == expected


# --- the mime bundle ---------------------------------------------------------

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def test_bundle_outside_a_kernel_is_html_and_text() -> None:
    quiz = Quiz.from_bank("10-kuis-akhir")
    bundle = quiz._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html"}
    assert bundle["text/plain"] == quiz.to_text() == repr(quiz)
    assert bundle["text/html"] == quiz.to_html()


def test_bundle_in_a_kernel_adds_the_widget_view(monkeypatch) -> None:
    monkeypatch.setattr(core, "_in_kernel", lambda: True)
    quiz = Quiz.from_bank("10-kuis-akhir")
    bundle = quiz._repr_mimebundle_()
    assert bundle[WIDGET_MIME]["model_id"] == quiz.widget().model_id
    assert bundle["text/plain"] == quiz.to_text()  # never the widget's own repr
    assert "VBox" not in bundle["text/plain"]
    assert quiz._repr_mimebundle_()[WIDGET_MIME] == bundle[WIDGET_MIME]  # one widget


@pytest.mark.parametrize("how", ["use_static", "env", "static()"])
def test_static_switches_leave_the_widget_out(monkeypatch, how: str) -> None:
    monkeypatch.setattr(core, "_in_kernel", lambda: True)
    quiz = Quiz.from_bank("02-skill")
    if how == "use_static":
        use_static(True)
    elif how == "env":
        monkeypatch.setenv("CAREERKIT_STATIC_QUIZ", "1")
    else:
        quiz = quiz.static()
    bundle = quiz._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html"}
    assert "<details>" in bundle["text/html"]


def test_use_static_false_overrides_the_environment(monkeypatch) -> None:
    monkeypatch.setattr(core, "_in_kernel", lambda: True)
    monkeypatch.setenv("CAREERKIT_STATIC_QUIZ", "1")
    use_static(False)
    assert WIDGET_MIME in Quiz.from_bank("02-skill")._repr_mimebundle_()
    use_static(None)
    assert WIDGET_MIME not in Quiz.from_bank("02-skill")._repr_mimebundle_()


def test_plain_ipython_shell_is_not_a_kernel() -> None:
    from IPython.core.interactiveshell import InteractiveShell

    InteractiveShell.instance()
    try:
        assert not core._in_kernel()
    finally:
        InteractiveShell.clear_instance()


def test_rendering_does_not_import_ipywidgets() -> None:
    code = (
        "import sys\n"
        "from careerkit.quiz import Quiz\n"
        "q = Quiz.from_bank('10-kuis-akhir')\n"
        "q._repr_mimebundle_(); q.to_text()\n"
        "print('ipywidgets' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_in_a_real_kernel(tmp_path: Path) -> None:
    """A Jupyter kernel gets the widget view plus HTML and text; use_static drops it."""
    import nbformat
    from nbclient import NotebookClient

    cells = [
        "from careerkit.quiz import Quiz, use_static\nQuiz.from_bank('10-kuis-akhir')",
        "use_static(True)\nQuiz.from_bank('10-kuis-akhir')",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
        store_widget_state=False,
    ).execute()
    live, static = (cell.outputs for cell in nb.cells)
    quiz = Quiz.from_bank("10-kuis-akhir")
    assert [o.output_type for o in live] == ["execute_result"]
    assert set(live[0].data) == {"text/plain", "text/html", WIDGET_MIME}
    assert live[0].data["text/plain"] == quiz.to_text()
    assert live[0].data["text/html"] == quiz.to_html()
    assert [o.output_type for o in static] == ["execute_result"]
    assert set(static[0].data) == {"text/plain", "text/html"}
