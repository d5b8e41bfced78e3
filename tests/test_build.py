"""``careerkit build``: run tiny notebooks, export an offline HTML course.

The course here is three small notebooks written by the tests (one fails on
purpose), so the build's rules are checked without the real course's runtime.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from careerkit import cli
from careerkit.quiz import load_bank

pytestmark = pytest.mark.slow

SOLUTION = "SOLUSI-RAHASIA-42"
TAGGED_SOLUTION = "JAWABAN-DI-SEL-BERTAG"
KEY_POINT = "Poin yang harus diingat dari bab satu"
CHECKER_ANSWER = "JAWABAN-DI-PEMERIKSA"


def notebook(title: str, minutes: int | None, *cells: object) -> object:
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    if minutes is not None:
        nb.metadata["careerkit"] = {"title": title, "minutes": minutes}
    return nb


def write_tiny_course(root: Path) -> Path:
    root.mkdir(parents=True)
    start = notebook(
        "Mulai di sini",
        15,
        new_markdown_cell("# Mulai di sini\n\nSatu kalimat pembuka."),
        new_code_cell("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3]);"),
        new_markdown_cell(
            "## Latihan\n\nHitung 6 x 7.\n\n"
            "<details><summary>Lihat solusi</summary>\n\n"
            f"```python\n{SOLUTION!r}\n```\n\n</details>"
        ),
        new_code_cell(f"print({TAGGED_SOLUTION!r})", metadata={"tags": ["solution"]}),
        new_code_cell(
            f"HARAPAN = {CHECKER_ANSWER!r}\nprint('Pemeriksa siap.')",
            metadata={"tags": ["checker"]},
        ),
        new_markdown_cell(f"## Poin kunci\n\n- {KEY_POINT}.\n\n## Kuis"),
    )
    broken = notebook(
        "Bab yang rusak",
        None,
        new_markdown_cell("# Bab yang rusak\n\nPerkiraan waktu: 20 menit."),
        new_code_cell("x = 1"),
        new_code_cell("1 / 0"),
        new_code_cell("x = 2"),
    )
    quiz = notebook(
        "Kuis akhir",
        10,
        new_markdown_cell("# Kuis akhir"),
        new_code_cell(
            "from careerkit.quiz import Quiz\nQuiz.from_bank('10-kuis-akhir')"
        ),
        new_code_cell(
            "import ipywidgets as w\nw.VBox([w.IntSlider(value=16500), w.Image()])"
        ),
        new_markdown_cell("## Poin kunci\n\n- Kuis menyimpan jawaban."),
    )
    for name, nb in (("00-mulai.ipynb", start), ("01-rusak.ipynb", broken)):
        nbformat.write(nb, root / name)
    nbformat.write(quiz, root / "02-kuis.ipynb")
    return root


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_course(tmp_path_factory.mktemp("course") / "notebooks")


@pytest.fixture(scope="module")
def builds(course: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run ``careerkit build`` once per edition; tests read the results."""
    from careerkit import build

    results = {}
    patcher = pytest.MonkeyPatch()
    patcher.setattr(build, "notebooks_dir", lambda: course)
    try:
        for edition, extra in (("self-study", []), ("student", ["--student"])):
            out = tmp_path_factory.mktemp(edition) / "site"
            out.mkdir()
            (out / "01-rusak.html").write_text("a stale page of an older build")
            (out / "mine.txt").write_text("not the build's")
            results[edition] = _run(["build", "--out", str(out), *extra], out)
    finally:
        patcher.undo()
    return results


def _run(argv: list[str], out: Path) -> tuple[int, str, str, Path]:
    import contextlib
    import io

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(argv)
    return code, stdout.getvalue(), stderr.getvalue(), out


def page(builds: dict, edition: str, name: str) -> str:
    return (builds[edition][3] / name).read_text(encoding="utf-8")


def test_a_failing_cell_fails_the_build_and_names_notebook_cell_and_error(
    builds: dict,
) -> None:
    code, _, stderr, _ = builds["self-study"]

    assert code == 1
    assert "01-rusak.ipynb" in stderr
    assert "sel ke-3 (indeks 2)" in stderr
    assert "ZeroDivisionError" in stderr
    assert "Traceback" not in stderr


def test_the_notebooks_that_worked_are_still_written(builds: dict) -> None:
    out = builds["self-study"][3]

    assert (out / "00-mulai.html").is_file()
    assert (out / "02-kuis.html").is_file()
    assert not (out / "01-rusak.html").exists(), "a stale page must not survive"
    assert (out / "mine.txt").read_text() == "not the build's"


def test_the_index_lists_the_outline_with_minutes_and_marks_the_failure(
    builds: dict,
) -> None:
    index = page(builds, "self-study", "index.html")

    assert '<a href="00-mulai.html">Mulai di sini</a></td><td>15</td>' in index
    assert '<a href="02-kuis.html">Kuis akhir</a></td><td>10</td>' in index
    assert "Bab yang rusak <em>(gagal dijalankan" in index  # title from the H1
    assert "<td>20</td>" in index  # minutes read from "20 menit"
    assert "45 menit" in index
    assert 'href="poin-kunci.html"' in index


def test_charts_are_inline_and_the_quiz_is_in_static_form(builds: dict) -> None:
    start = page(builds, "self-study", "00-mulai.html")
    quiz = page(builds, "self-study", "02-kuis.html")
    first = load_bank("10-kuis-akhir").questions[0]

    assert 'src="data:image/png;base64,' in start
    assert "careerkit-quiz-static" in quiz
    assert first.text.get() in quiz
    assert "widget-view+json" not in quiz


@pytest.mark.parametrize("edition", ["self-study", "student"])
def test_every_page_is_offline(builds: dict, edition: str) -> None:
    out = builds[edition][3]
    pages = sorted(out.glob("*.html"))

    assert len(pages) == 4  # index, key points, two notebooks
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I), path.name
        assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?(https?:)?//", html, re.I)
        assert not re.search(r"<(img|iframe)[^>]*\bsrc\s*=\s*[\"']?(https?:)?//", html)
        assert not re.search(r"@import\s+(url\()?[\"']?(https?:)?//", html, re.I)
        assert (
            "cdnjs" not in html and "cdn.jsdelivr" not in html and "unpkg" not in html
        )


def test_the_key_points_page_gathers_every_notebooks_key_points(builds: dict) -> None:
    points = page(builds, "self-study", "poin-kunci.html")

    assert KEY_POINT in points
    assert "Kuis menyimpan jawaban" in points
    assert 'href="00-mulai.html"' in points
    assert 'id="Kuis"' not in points  # the section ends at the next heading


def test_self_study_pages_keep_solutions_and_answers_folded(builds: dict) -> None:
    start = page(builds, "self-study", "00-mulai.html")
    quiz = page(builds, "self-study", "02-kuis.html")
    explanation = load_bank("10-kuis-akhir").questions[0].explanation.get()

    assert SOLUTION in start
    assert TAGGED_SOLUTION in start
    assert CHECKER_ANSWER in start
    assert explanation in quiz
    assert re.search(r"<details>\s*<summary>", quiz)


def test_the_student_edition_has_no_answers_or_solutions_anywhere(
    builds: dict,
) -> None:
    bank = load_bank("10-kuis-akhir")
    out = builds["student"][3]
    html = "\n".join(p.read_text(encoding="utf-8") for p in out.glob("*.html"))

    assert builds["student"][0] == 1  # the broken notebook still fails
    assert SOLUTION not in html
    assert TAGGED_SOLUTION not in html
    assert CHECKER_ANSWER not in html  # the check's code holds the answer
    assert "Pemeriksa siap." in html  # its output stays
    for question in bank.questions:
        assert question.explanation.get() not in html
    assert "Solusi tidak disertakan dalam edisi mahasiswa" in html
    assert "careerkit-quiz-static" in html
    assert "Edisi mahasiswa" in builds["student"][1]


def test_a_missing_course_is_an_error_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from careerkit import build

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(build, "notebooks_dir", lambda: empty)

    code = cli.main(["build", "--out", str(tmp_path / "site")])

    captured = capsys.readouterr()
    assert code == 1
    assert f"tidak ada notebook di {empty}" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("kind", ["file", "empty"])
def test_an_unusable_output_folder_fails_before_any_notebook_runs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    course: Path,
    kind: str,
) -> None:
    from careerkit import build

    monkeypatch.setattr(build, "notebooks_dir", lambda: course)
    monkeypatch.setattr(build, "_execute", lambda *a, **k: pytest.fail("ran"))
    out = tmp_path / "site.html"
    if kind == "file":
        out.write_text("a file, not a folder")
        expected = f"{out} adalah berkas, bukan folder"
    else:  # a file where a parent folder should be
        (tmp_path / "taken").write_text("x")
        out = tmp_path / "taken" / "site"
        expected = "tidak bisa membuat folder"

    code = cli.main(["build", "--out", str(out)])

    captured = capsys.readouterr()
    assert code == 1
    assert expected in captured.err
    assert "Traceback" not in captured.err


def test_a_widget_without_a_static_form_becomes_a_short_note(builds: dict) -> None:
    """The rate slider of notebook 08: a VBox of an IntSlider and an Image."""
    quiz = page(builds, "self-study", "02-kuis.html")

    assert "Kontrol interaktif: jalankan notebook ini di JupyterLab" in quiz
    assert "VBox(children" not in quiz
    assert "IntSlider(" not in quiz


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("VBox(children=(IntSlider(value=16500, max=19500), Image(value=b'')))", True),
        ("interactive(children=(IntSlider(value=3), Output()))", True),
        ("Button(description='Periksa', style=ButtonStyle())", True),
        ("Kuis: Gaji (5 pertanyaan)\n\n1. Berapa ...", False),
        ("VBoxes are boxes (a sentence, not a repr)", False),
    ],
    ids=["vbox", "interactive", "button", "static-text", "prose"],
)
def test_only_an_ipywidgets_default_repr_is_replaced(
    tmp_path: Path, text: str, replaced: bool
) -> None:
    from careerkit import i18n
    from careerkit._html import Exporter
    from careerkit._nbprep import Outline

    cell = new_code_cell("widget")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                "text/plain": text,
                "application/vnd.jupyter.widget-view+json": {
                    "version_major": 2,
                    "version_minor": 0,
                    "model_id": "m1",
                },
            },
        )
    ]
    nb = notebook("Widgets", 5, cell)
    item = Outline("05-widgets.ipynb", "Widgets", 5, built=True)
    i18n.set_language("en")

    html = Exporter(student=False).notebook_page(nb, item, (None, None), tmp_path)

    note = "(Interactive control: run this notebook in JupyterLab to use it.)"
    assert (note in html) is replaced
    assert (text.split("(")[0] + "(" in html) is not replaced


def test_widget_views_give_way_to_static_output_before_export(tmp_path: Path) -> None:
    """nbconvert prefers a widget view; the page must show the static form."""
    from careerkit._html import Exporter
    from careerkit._nbprep import Outline

    view = "application/vnd.jupyter.widget-view+json"
    quiz = new_code_cell("quiz")
    quiz.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                "text/plain": "Kuis (teks)",
                "text/html": '<div class="careerkit-quiz-static">STATIC-QUIZ</div>',
                view: {"version_major": 2, "version_minor": 0, "model_id": "q1"},
            },
        )
    ]
    chart = new_code_cell("interact(draw, rate=slider);")
    chart.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                "text/plain": "interactive(children=(IntSlider(...), Output()))",
                view: {"version_major": 2, "version_minor": 0, "model_id": "box"},
            },
        )
    ]
    figure = {
        "output_type": "display_data",
        "metadata": {},
        "data": {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"},
    }
    nb = notebook("Widgets", 5, quiz, chart)
    nb.metadata["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {
            "state": {
                "box": {
                    "model_name": "VBoxModel",
                    "state": {"children": ["IPY_MODEL_slider", "IPY_MODEL_out"]},
                },
                "slider": {"model_name": "IntSliderModel", "state": {}},
                "out": {"model_name": "OutputModel", "state": {"outputs": [figure]}},
            }
        }
    }
    item = Outline("05-widgets.ipynb", "Widgets", 5, built=True)

    html = Exporter(student=False).notebook_page(nb, item, (None, None), tmp_path)

    assert "STATIC-QUIZ" in html
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in html  # what interact drew
    assert "interactive(children" not in html
    assert "widget-view+json" not in html
    assert "widget-state+json" not in html
