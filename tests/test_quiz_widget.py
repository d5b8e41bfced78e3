"""The quiz widget driven from Python: choose, click, read the feedback and the file."""

from __future__ import annotations

import json
import re
import warnings
from html import unescape
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pytest

from careerkit import i18n
from careerkit.progress import ProgressWarning
from careerkit.quiz import Quiz, labelled_options
from careerkit.quiz import question as quiz_question
from careerkit.quiz.render import escape
from careerkit.quiz.widget import QuestionView, QuizWidget


def _progress(home: Path) -> dict[str, Any]:
    return json.loads((home / "progress.json").read_text(encoding="utf-8"))


def _record(home: Path, section: str, question_id: str) -> dict[str, Any]:
    return _progress(home)["quiz"][section][question_id]


def _text(html: str) -> str:
    """What a learner reads in ``html``: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def _walk(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


@pytest.fixture
def final(careerkit_home: Path) -> QuizWidget:
    return Quiz.from_bank("10-kuis-akhir").widget()


@pytest.fixture
def salary(careerkit_home: Path) -> QuizWidget:
    return Quiz.from_bank("08-gaji-dan-pasar-kerja").widget()


def _view(view: QuizWidget, question_id: str) -> QuestionView:
    return next(v for v in view.questions if v.question.id == question_id)


def test_structure_and_css_classes(final: QuizWidget) -> None:
    assert "careerkit-quiz" in final._dom_classes
    assert len(final.questions) == 5
    feedback = [w for w in _walk(final) if "careerkit-feedback" in w._dom_classes]
    assert feedback == [v.feedback for v in final.questions]
    assert all(isinstance(w, widgets.HTML) for w in feedback)
    assert "careerkit-score" in final.score._dom_classes
    assert not any(isinstance(w, widgets.Output) for w in _walk(final))
    first = final.questions[0]
    assert isinstance(first.choice, widgets.RadioButtons)
    assert first.choice.value is None
    assert first.check_button.description == "Periksa"
    assert first.retry_button.description == "Coba lagi"
    assert first.retry_button.layout.display == "none"
    assert final.score.value.endswith(
        "Skor: 0 dari 5 benar (0 sudah diperiksa).</strong></p></div>"
    )


def test_widget_is_built_once_and_reused() -> None:
    quiz = Quiz.from_bank("02-skill")
    assert quiz.widget() is quiz.widget()
    assert quiz.static().widget() is not quiz.widget()


def test_right_answer(final: QuizWidget, careerkit_home: Path, capsys) -> None:
    view = final.questions[1]
    view.choice.value = "c"
    view.check_button.click()

    html = view.feedback.value
    assert "✔" in html and "Benar!" in html
    assert "MongoDB adalah document database" in html  # the explanation
    assert "Skor: 1 dari 5 benar (1 sudah diperiksa)." in final.score.value
    assert view.choice.disabled and view.check_button.disabled
    assert view.retry_button.layout.display is None
    assert _record(careerkit_home, "10-kuis-akhir", "nosql-database") == {
        "attempts": 1,
        "first_try_correct": True,
        "correct": True,
        "last_answer": "c",
        "time": _record(careerkit_home, "10-kuis-akhir", "nosql-database")["time"],
    }
    assert final.last_error is None
    assert capsys.readouterr() == ("", "")  # nothing printed


def test_wrong_answer_then_retry(final: QuizWidget, careerkit_home: Path) -> None:
    view = final.questions[1]
    view.choice.value = "a"
    view.check_button.click()

    html = view.feedback.value
    assert "✘" in html and "Belum tepat." in html
    assert "Jawabanmu: a)" in html
    assert "PostgreSQL adalah database relasional (SQL)." in html  # option feedback
    assert "Skor: 0 dari 5 benar (1 sudah diperiksa)." in final.score.value
    record = _record(careerkit_home, "10-kuis-akhir", "nosql-database")
    assert (record["attempts"], record["correct"], record["last_answer"]) == (
        1,
        False,
        "a",
    )

    view.retry_button.click()
    assert view.feedback.value == ""
    assert view.choice.value is None and not view.choice.disabled
    assert not view.check_button.disabled
    assert view.retry_button.layout.display == "none"
    assert "Skor: 0 dari 5 benar (0 sudah diperiksa)." in final.score.value

    view.choice.value = "c"
    view.check_button.click()
    assert "Benar!" in view.feedback.value
    record = _record(careerkit_home, "10-kuis-akhir", "nosql-database")
    assert record["attempts"] == 2
    assert record["first_try_correct"] is False
    assert record["correct"] is True


def test_score_counts_the_whole_quiz(final: QuizWidget, careerkit_home: Path) -> None:
    for view, answer in zip(final.questions, "bcbaa", strict=True):
        view.choice.value = answer
        view.check_button.click()
    assert "Skor: 3 dari 5 benar (5 sudah diperiksa)." in final.score.value
    assert set(_progress(careerkit_home)["quiz"]["10-kuis-akhir"]) == {
        q.id for q in final.quiz.questions
    }


def test_no_answer_is_not_graded(final: QuizWidget, careerkit_home: Path) -> None:
    view = final.questions[0]
    view.check_button.click()
    assert "Pilih jawaban dulu" in view.feedback.value
    assert not view.check_button.disabled
    assert not (careerkit_home / "progress.json").exists()


def test_multiple_choice(careerkit_home: Path) -> None:
    quiz = Quiz.from_bank("02-skill")
    view = _view(quiz.widget(), "wajib-skills")
    assert all(isinstance(box, widgets.Checkbox) for box in view.boxes.values())
    view.boxes["a"].value = True
    view.boxes["b"].value = True
    view.check_button.click()
    html = view.feedback.value
    assert "Belum tepat." in html and "Jawabanmu: a), b)" in html
    assert "Caching berprioritas Penting" in html
    assert "1 jawaban benar belum kamu pilih." in html
    assert all(box.disabled for box in view.boxes.values())

    view.retry_button.click()
    assert not any(box.value for box in view.boxes.values())
    view.boxes["c"].value = True
    view.boxes["a"].value = True
    view.check_button.click()
    assert "Benar!" in view.feedback.value
    record = _record(careerkit_home, "02-skill", "wajib-skills")
    assert record["last_answer"] == ["a", "c"]
    assert record["attempts"] == 2


def test_numeric(salary: QuizWidget, careerkit_home: Path) -> None:
    view = _view(salary, "junior-annual-thr")
    assert isinstance(view.number, widgets.Text)
    assert view.number.value == ""
    assert view.number.description == "Jawaban (juta rupiah)"
    view.number.value = "144"
    view.check_button.click()
    assert "Jawabanmu: 144" in view.feedback.value
    assert "THR menambah satu bulan gaji lagi" in view.feedback.value
    view.retry_button.click()
    assert view.number.value == ""
    view.number.value = "156"
    view.check_button.click()
    assert "Benar!" in view.feedback.value
    record = _record(careerkit_home, "08-gaji-dan-pasar-kerja", "junior-annual-thr")
    assert record["last_answer"] == 156.0 and record["correct"] is True


def test_an_untouched_number_box_is_not_graded(
    salary: QuizWidget, careerkit_home: Path
) -> None:
    view = _view(salary, "junior-annual-thr")
    view.check_button.click()

    html = view.feedback.value
    assert "Isi jawabanmu dulu" in html
    assert "Belum tepat" not in html and "Penjelasan" not in html
    assert "156" not in html  # neither the answer nor the explanation
    assert view.result is None and not view.check_button.disabled
    assert "Skor: 0 dari 5 benar (0 sudah diperiksa)." in salary.score.value
    assert not (careerkit_home / "progress.json").exists()

    view.number.value = "   "
    view.check_button.click()
    assert "Isi jawabanmu dulu" in view.feedback.value
    assert not (careerkit_home / "progress.json").exists()


@pytest.mark.parametrize(
    ("typed", "question_id"),
    [
        ("156", "junior-annual-thr"),
        ("156 juta", "junior-annual-thr"),
        ("Rp156 jt", "junior-annual-thr"),
        ("Rp156.000.000", "junior-annual-thr"),
        ("24750000", "remote-usd-to-idr"),
        ("24.750.000", "remote-usd-to-idr"),
        ("Rp 24.750.000", "remote-usd-to-idr"),
        ("24,75 juta", "remote-usd-to-idr"),
    ],
)
def test_numbers_typed_the_indonesian_way_are_right(
    salary: QuizWidget, careerkit_home: Path, typed: str, question_id: str
) -> None:
    view = _view(salary, question_id)
    view.number.value = typed
    view.check_button.click()
    assert "Benar!" in view.feedback.value
    record = _record(careerkit_home, "08-gaji-dan-pasar-kerja", question_id)
    assert record["last_answer"] == view.question.answer


@pytest.mark.parametrize(
    ("typed", "question_id", "feedback"),
    [
        ("156000000", "junior-annual-thr", "jawab dalam juta rupiah"),
        ("156.000.000", "junior-annual-thr", "jawab dalam juta rupiah"),
        ("24,75", "remote-usd-to-idr", "jawab dalam rupiah penuh"),
    ],
)
def test_a_number_in_the_wrong_unit_gets_the_banks_feedback(
    salary: QuizWidget, typed: str, question_id: str, feedback: str
) -> None:
    view = _view(salary, question_id)
    view.number.value = typed
    view.check_button.click()
    assert "Belum tepat." in view.feedback.value
    assert feedback in view.feedback.value


@pytest.mark.parametrize("typed", ["seratus lima puluh", "12 - 15", "1234.567", "<b>"])
def test_an_unreadable_number_is_named_and_not_graded(
    salary: QuizWidget, careerkit_home: Path, typed: str
) -> None:
    view = _view(salary, "junior-annual-thr")
    view.number.value = typed
    view.check_button.click()

    html = view.feedback.value
    assert f"Tidak bisa membaca angka '{typed}'" in unescape(html)  # named
    assert escape(typed) in html and "<b>" not in html  # as text
    assert "Belum tepat" not in html and "Penjelasan" not in html
    assert view.result is None and not view.number.disabled
    assert salary.last_error is None
    assert not (careerkit_home / "progress.json").exists()


def test_english_number_box(careerkit_home: Path) -> None:
    i18n.set_language("en")
    view = _view(
        Quiz.from_bank("08-gaji-dan-pasar-kerja").widget(), "remote-usd-to-idr"
    )
    view.check_button.click()
    assert "Type your answer first" in view.feedback.value
    view.number.value = "lots"
    view.check_button.click()
    assert "Cannot read the number 'lots'" in unescape(view.feedback.value)
    view.number.value = "24,750,000"
    view.check_button.click()
    assert "Correct!" in view.feedback.value


def test_remote_dollars_in_a_question_are_not_math(salary: QuizWidget) -> None:
    view = _view(salary, "remote-usd-to-idr")
    assert "&#36;1500" in view.text.value
    assert "$" not in view.text.value
    assert 'class="mathjax_ignore tex2jax_ignore"' in view.text.value


def test_shuffled_widget_grades_by_id(careerkit_home: Path) -> None:
    quiz = Quiz.from_bank("10-kuis-akhir", shuffle_seed="budi")
    view = quiz.widget().questions[0]
    shown = [label for label, _ in view.choice.options]
    expected = [
        f"{letter}) {o.text.id}"
        for letter, o in labelled_options(view.question, "budi")
    ]
    assert shown == expected
    assert shown != [f"{o.id}) {o.text.id}" for o in view.question.options]
    view.choice.value = "b"  # the option id, wherever it is displayed
    view.check_button.click()
    assert "Benar!" in view.feedback.value
    assert _record(careerkit_home, "10-kuis-akhir", "main-responsibility")["correct"]


def test_error_inside_a_callback_is_shown_and_kept(
    final: QuizWidget, monkeypatch
) -> None:
    def boom(question: object, answer: object) -> None:
        raise RuntimeError("grading broke")

    monkeypatch.setattr(quiz_question, "grade", boom)
    view = final.questions[0]
    view.choice.value = "b"
    view.check_button.click()
    assert "⚠" in view.feedback.value
    assert "Terjadi kesalahan saat memeriksa: RuntimeError: grading broke" in (
        view.feedback.value
    )
    assert isinstance(final.last_error, RuntimeError)
    assert final.quiz.last_error is final.last_error


def test_progress_that_cannot_be_saved_is_reported(
    careerkit_home: Path, monkeypatch
) -> None:
    careerkit_home.parent.mkdir(parents=True, exist_ok=True)
    careerkit_home.write_text("not a directory", encoding="utf-8")
    quiz = Quiz.from_bank("10-kuis-akhir")
    view = quiz.widget().questions[0]
    view.choice.value = "b"
    view.check_button.click()
    html = view.feedback.value
    assert "Benar!" in html  # the grade stands
    assert "Jawaban tidak tersimpan ke progres" in html
    assert quiz.last_error is not None
    assert "Skor: 1 dari 5 benar" in quiz.widget().score.value


def test_a_corrupt_progress_file_is_reported_inside_the_quiz_not_on_stderr(
    careerkit_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    quiz = Quiz.from_bank("10-kuis-akhir")
    view = quiz.widget().questions[1]
    careerkit_home.mkdir(parents=True)  # broken after the quiz was shown
    (careerkit_home / "progress.json").write_text("{broken", encoding="utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning escaping the widget fails here
        view.choice.value = "c"
        view.check_button.click()

    aside = list(careerkit_home.glob("progress.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_text("utf-8") == "{broken"
    html = view.feedback.value
    assert "Benar!" in html  # the grade stands
    assert "⚠" in html and "Perhatian" in html  # icon and word, not colour alone
    assert "tidak bisa dibaca" in html and aside[0].name in html
    assert isinstance(quiz.last_warning, ProgressWarning)
    assert aside[0].name in str(quiz.last_warning)
    assert quiz.last_error is None
    assert _record(careerkit_home, "10-kuis-akhir", "nosql-database")["correct"]
    assert capfd.readouterr() == ("", "")  # nothing for JupyterLab's log console


def test_other_warnings_while_saving_are_left_to_the_usual_filters(
    final: QuizWidget, careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerkit import progress

    def deprecated(*args: object, **kwargs: object) -> dict:
        warnings.warn("old API", DeprecationWarning, stacklevel=2)
        return {}

    monkeypatch.setattr(progress, "record_answer", deprecated)
    view = final.questions[1]
    view.choice.value = "c"

    with pytest.warns(DeprecationWarning, match="old API"):
        view.check_button.click()

    assert "Perhatian" not in view.feedback.value
    assert final.last_warning is None


def test_bank_text_is_escaped_in_the_widget(tmp_path: Path) -> None:
    def text(value: str) -> dict[str, str]:
        return {"id": value, "en": value}

    doc = {
        "section": "99-jahil",
        "title": text("<script>x</script>"),
        "questions": [
            {
                "id": "many",
                "type": "multiple",
                "text": text('<img src=x onerror="alert(1)"> $5'),
                "options": [
                    {"id": "a", "text": text("$800–$1500")},
                    {"id": "b", "text": text("<b>bold</b>")},
                ],
                "answer": ["a"],
                "explanation": text("<script>y</script>"),
            }
        ],
    }
    path = tmp_path / "99-jahil.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    quiz = Quiz.from_bank(path)
    view = quiz.widget().questions[0]
    assert "<img" not in view.text.value and "&lt;img" in view.text.value
    dollars, bold = view.boxes["a"], view.boxes["b"]
    assert dollars.description_allow_html
    assert dollars.description == (
        '<span class="mathjax_ignore tex2jax_ignore">a) &#36;800–&#36;1500</span>'
    )
    assert not bold.description_allow_html  # shown as text by the front end
    assert bold.description == "b) <b>bold</b>"
    dollars.value = True
    view.check_button.click()
    assert "<script>" not in view.feedback.value
    assert "&lt;script&gt;y&lt;/script&gt;" in view.feedback.value
    title = quiz.widget().children[0].value
    assert "<script>" not in title


def test_widget_text_plain_is_the_quiz_text() -> None:
    quiz = Quiz.from_bank("10-kuis-akhir")
    bundle = quiz.widget()._repr_mimebundle_()
    assert bundle["text/plain"] == quiz.to_text()
    assert repr(quiz.widget()) == "QuizWidget('10-kuis-akhir')"


def test_english_widget(careerkit_home: Path) -> None:
    i18n.set_language("en")
    view = Quiz.from_bank("10-kuis-akhir").widget()
    first = view.questions[0]
    assert (first.check_button.description, first.retry_button.description) == (
        "Check",
        "Try again",
    )
    first.choice.value = "b"
    first.check_button.click()
    assert "Correct!" in first.feedback.value
    assert "Score: 1 of 5 right (1 checked)." in view.score.value


# --- student edition: a wrong answer never shows the key ----------------------


@pytest.fixture
def student(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", "student")


def test_student_wrong_answer_shows_only_the_verdict(
    student: None, final: QuizWidget, careerkit_home: Path
) -> None:
    view = _view(final, "nosql-database")
    view.choice.value = "a"
    view.check_button.click()

    html = _text(view.feedback.value)
    assert "✘" in html and "Belum tepat." in html and "Jawabanmu: a)" in html
    assert "Penjelasan muncul setelah jawabanmu benar" in html
    assert "Penjelasan:" not in html
    assert "PostgreSQL adalah database relasional" not in html  # option feedback
    assert "MongoDB" not in html  # the right option, in any words
    assert view.question.explanation.id not in html
    assert _record(careerkit_home, "10-kuis-akhir", "nosql-database")["attempts"] == 1

    view.retry_button.click()
    view.choice.value = "c"
    view.check_button.click()
    html = _text(view.feedback.value)
    assert "Benar!" in html
    assert f"Penjelasan: {view.question.explanation.id}" in html


def test_student_multiple_choice_does_not_count_the_missed_options(
    student: None, careerkit_home: Path
) -> None:
    view = _view(Quiz.from_bank("02-skill").widget(), "wajib-skills")
    view.boxes["a"].value = True
    view.check_button.click()

    html = _text(view.feedback.value)
    assert "Belum tepat." in html and "Jawabanmu: a)" in html
    assert "belum kamu pilih" not in html
    assert view.question.explanation.id not in html
    for option in view.question.options:
        if option.feedback is not None:
            assert option.feedback.id not in html


def test_student_numeric_mistake_feedback_is_held_back(
    student: None, salary: QuizWidget
) -> None:
    view = _view(salary, "junior-annual-thr")
    view.number.value = "156000000"
    view.check_button.click()

    html = _text(view.feedback.value)
    assert "Belum tepat." in html and "Jawabanmu: 156.000.000" in html
    assert "jawab dalam juta rupiah" not in html  # it names the answer
    assert view.question.explanation.id not in html

    view.retry_button.click()
    view.number.value = "156 juta"
    view.check_button.click()
    assert view.question.explanation.id in _text(view.feedback.value)


def test_student_edition_in_english(student: None, careerkit_home: Path) -> None:
    i18n.set_language("en")
    view = _view(Quiz.from_bank("10-kuis-akhir").widget(), "nosql-database")
    view.choice.value = "a"
    view.check_button.click()
    html = _text(view.feedback.value)
    assert "Not quite." in html
    assert "The explanation appears once your answer is right" in html
    assert view.question.explanation.en not in html


def test_self_study_wrong_answer_still_explains(
    final: QuizWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", "self-study")
    view = _view(final, "nosql-database")
    view.choice.value = "a"
    view.check_button.click()
    html = _text(view.feedback.value)
    assert f"Penjelasan: {view.question.explanation.id}" in html
    assert "Penjelasan muncul setelah" not in html


# --- reopening a notebook: earlier answers come back -------------------------


def _answer(widget: QuizWidget, question_id: str, *values: object) -> None:
    """Answer one question once per value (Coba lagi in between)."""
    view = _view(widget, question_id)
    for value in values:
        if view.result is not None:
            view.retry_button.click()
        if view.choice is not None:
            view.choice.value = value
        elif view.number is not None:
            view.number.value = value
        else:
            for option_id, box in view.boxes.items():
                box.value = option_id in value
        view.check_button.click()


def test_earlier_answers_are_restored_without_a_new_attempt(
    careerkit_home: Path,
) -> None:
    first = Quiz.from_bank("10-kuis-akhir").widget()
    _answer(first, "main-responsibility", "a")
    _answer(first, "nosql-database", "a", "c")
    saved = (careerkit_home / "progress.json").read_bytes()

    again = Quiz.from_bank("10-kuis-akhir").widget()

    wrong = _view(again, "main-responsibility")
    assert wrong.choice.value == "a"
    assert "Jawaban terakhirmu: belum tepat (1 percobaan)." in _text(
        wrong.feedback.value
    )
    assert "✘" in wrong.feedback.value  # an icon, not colour alone
    right = _view(again, "nosql-database")
    assert right.choice.value == "c"
    assert "Jawaban terakhirmu: benar (2 percobaan)." in _text(right.feedback.value)
    assert "✔" in right.feedback.value
    assert right.choice.disabled and not right.retry_button.layout.display
    untouched = _view(again, "graphql-advantage")
    assert untouched.choice.value is None and untouched.feedback.value == ""
    assert "Skor: 1 dari 5 benar (2 sudah diperiksa)." in again.score.value
    assert (careerkit_home / "progress.json").read_bytes() == saved  # no attempt
    assert again.last_error is None and again.last_warning is None
    assert again.notice.value == ""

    wrong.retry_button.click()  # a restored answer can be tried again
    assert wrong.choice.value is None and wrong.feedback.value == ""
    wrong.choice.value = "b"
    wrong.check_button.click()
    assert "Benar!" in wrong.feedback.value
    record = _record(careerkit_home, "10-kuis-akhir", "main-responsibility")
    assert (record["attempts"], record["correct"]) == (2, True)


def test_multiple_choice_and_numbers_are_restored(careerkit_home: Path) -> None:
    _answer(Quiz.from_bank("02-skill").widget(), "wajib-skills", ["a", "c"])
    salary = Quiz.from_bank("08-gaji-dan-pasar-kerja").widget()
    _answer(salary, "junior-annual-thr", "Rp156 jt")
    _answer(salary, "remote-usd-to-idr", "24,75")

    many = _view(Quiz.from_bank("02-skill").widget(), "wajib-skills")
    assert {oid for oid, box in many.boxes.items() if box.value} == {"a", "c"}
    assert "Jawaban terakhirmu: benar (1 percobaan)." in _text(many.feedback.value)
    again = Quiz.from_bank("08-gaji-dan-pasar-kerja").widget()
    assert _view(again, "junior-annual-thr").number.value == "156"
    remote = _view(again, "remote-usd-to-idr")
    assert remote.number.value == "24,75"  # written the learner's way
    assert "belum tepat" in _text(remote.feedback.value)


def test_a_restored_wrong_answer_reveals_nothing_in_the_student_edition(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    _answer(Quiz.from_bank("10-kuis-akhir").widget(), "nosql-database", "a")
    view = _view(Quiz.from_bank("10-kuis-akhir").widget(), "nosql-database")
    text = _text(view.feedback.value)
    assert text == "✘ Jawaban terakhirmu: belum tepat (1 percobaan)."


def test_restored_note_in_english(careerkit_home: Path) -> None:
    _answer(Quiz.from_bank("10-kuis-akhir").widget(), "nosql-database", "c")
    i18n.set_language("en")
    view = _view(Quiz.from_bank("10-kuis-akhir").widget(), "nosql-database")
    assert "Your last answer: right (attempts: 1)." in _text(view.feedback.value)


def test_a_record_that_no_longer_fits_the_bank_is_left_out(
    careerkit_home: Path,
) -> None:
    from careerkit import progress

    progress.record_answer("10-kuis-akhir", "nosql-database", "z", False)
    progress.record_answer("10-kuis-akhir", "graphql-advantage", ["b"], False)
    progress.record_answer("10-kuis-akhir", "gone-question", "a", True)
    widget = Quiz.from_bank("10-kuis-akhir").widget()
    for question_id in ("nosql-database", "graphql-advantage"):
        view = _view(widget, question_id)
        assert view.choice.value is None and view.feedback.value == ""
        assert view.result is None and not view.check_button.disabled
    assert widget.last_error is None
    assert "(0 sudah diperiksa)" in widget.score.value


def test_a_corrupt_progress_file_met_when_reopening_is_shown_in_the_quiz(
    careerkit_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    careerkit_home.mkdir(parents=True)
    (careerkit_home / "progress.json").write_text("{broken", encoding="utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning escaping the widget fails here
        quiz = Quiz.from_bank("10-kuis-akhir")
        widget = quiz.widget()

    aside = list(careerkit_home.glob("progress.json.corrupt-*"))
    assert len(aside) == 1
    assert "careerkit-notice" in widget.notice._dom_classes
    assert widget.notice in widget.children
    assert "Perhatian" in widget.notice.value and aside[0].name in widget.notice.value
    assert isinstance(quiz.last_warning, ProgressWarning)
    assert all(v.choice.value is None for v in widget.questions)
    assert capfd.readouterr() == ("", "")


def test_progress_that_cannot_be_read_never_breaks_the_quiz(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerkit import progress

    def locked(path: object = None) -> dict:
        raise PermissionError("progress.json is locked by another program")

    monkeypatch.setattr(progress, "load_progress", locked)
    quiz = Quiz.from_bank("10-kuis-akhir")
    widget = quiz.widget()

    text = _text(widget.notice.value)
    assert "⚠" in text
    assert "Jawaban lama tidak bisa dibaca" in text
    assert "PermissionError: progress.json is locked" in text
    assert isinstance(quiz.last_error, PermissionError)
    view = widget.questions[0]
    view.choice.value = "b"
    view.check_button.click()
    assert "Benar!" in view.feedback.value
