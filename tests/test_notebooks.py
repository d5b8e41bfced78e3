"""Hygiene of the committed course notebooks.

Strict nbval re-executes every notebook and compares its outputs; these tests
check what nbval does not: that the committed files are clean, small, follow
the course skeleton and render correctly on GitHub and in JupyterLab.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from _course import COURSE
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from careerkit._nbprep import strip_solutions

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

EXPECTED = COURSE
# Sections whose notebook ends with a quiz from the bank of the same name.
WITH_QUIZ = EXPECTED[1:]

MAX_NOTEBOOK_BYTES = 300 * 1024
MAX_COURSE_BYTES = 3 * 1024 * 1024
MAX_CODE_LINE = 79

PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
QUIZ_PATHS = [path for path in PATHS if path.stem in WITH_QUIZ]

WARNING_TEXT = re.compile(r"\b\w*warning\b|\bwarn(?:ings?)?\b", re.IGNORECASE)
MEMORY_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,16}\b")
FIGURE_REPR = re.compile(r"<(?:Figure size|Axes[:>])|^Text\(", re.MULTILINE)
FENCED_CODE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
HTML_CODE = re.compile(r"<(code|pre)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
UNESCAPED_DOLLAR = re.compile(r"(?<!\\)\$")
MINUTES = re.compile(r"Perkiraan waktu:\s*(\d+)\s*menit")
# A check cell gives feedback: "Belum dijawab: ..." until answered, "Benar! ..." after.
FEEDBACK = re.compile(r"\bBenar\b|\bBelum dijawab\b")
ANSWER_ASSIGNMENT = re.compile(r"^\s*jawaban\s*=", re.MULTILINE)
MATH_OFF = re.compile(r"\b(?:tex2jax_ignore|mathjax_ignore)\b")
NO_MATHJAX = 'pd.set_option("display.html.use_mathjax", False)'


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _code_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _markdown(nb: nbformat.NotebookNode) -> list[str]:
    return [cell.source for cell in nb.cells if cell.cell_type == "markdown"]


def _output_texts(output: nbformat.NotebookNode) -> list[str]:
    """Every piece of text an output shows (streams, plain text, HTML, tracebacks)."""
    texts = []
    if "text" in output:
        texts.append(output.text)
    for mime, value in output.get("data", {}).items():
        if mime.startswith("text/") and isinstance(value, str):
            texts.append(value)
    texts.extend(output.get("traceback", []))
    return texts


def _headings(nb: nbformat.NotebookNode, level: int) -> list[str]:
    marker = "#" * level + " "
    return [
        line[len(marker) :].strip()
        for source in _markdown(nb)
        for line in source.splitlines()
        if line.startswith(marker)
    ]


def _tags(cell: nbformat.NotebookNode) -> set[str]:
    return set(cell.metadata.get("tags", []))


def _section_cells(
    nb: nbformat.NotebookNode, heading: str
) -> list[nbformat.NotebookNode]:
    """Code cells under the ``## heading`` (up to the next ``##`` heading)."""
    section, found = None, []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("## "):
                    section = line[3:].strip()
        elif section == heading:
            found.append(cell)
    return found


def _exercise_checks(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    """Code cells of the Latihan section that give feedback on the answer."""
    return [
        cell for cell in _section_cells(nb, "Latihan") if FEEDBACK.search(cell.source)
    ]


def _math_html(nb: nbformat.NotebookNode) -> list[int]:
    """Code cells (1-based) whose HTML output shows a '$' that MathJax would read."""
    found = []
    for index, cell in enumerate(_code_cells(nb), start=1):
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if isinstance(html, str) and "$" in html and not MATH_OFF.search(html):
                found.append(index)
    return found


def _prose(markdown: str) -> str:
    """Markdown with code blocks, code spans and HTML code elements removed."""
    for pattern in (FENCED_CODE, HTML_CODE, INLINE_CODE):
        markdown = pattern.sub("", markdown)
    return markdown


@pytest.fixture(params=PATHS, ids=[path.stem for path in PATHS])
def notebook(request: pytest.FixtureRequest) -> tuple[Path, nbformat.NotebookNode]:
    return request.param, _read(request.param)


def test_every_course_notebook_is_present() -> None:
    found = {path.stem for path in PATHS}
    missing = [name for name in EXPECTED if name not in found]
    unexpected = sorted(found - set(EXPECTED))
    assert not missing, f"notebooks missing from {NOTEBOOKS}: {missing}"
    assert not unexpected, f"notebooks not in the course outline: {unexpected}"


def test_course_is_small_enough() -> None:
    total = sum(path.stat().st_size for path in PATHS)
    assert total < MAX_COURSE_BYTES, f"course is {total / 1024:.0f} KB"


def test_is_valid_nbformat(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    nbformat.validate(nb)
    assert nb.nbformat == 4


def test_file_is_small_enough(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    path, _ = notebook
    size = path.stat().st_size
    assert size < MAX_NOTEBOOK_BYTES, f"{path.name} is {size / 1024:.0f} KB"


def test_kernel_is_python3(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def test_stores_no_widget_state(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    assert "widgets" not in nb.metadata


def test_stores_no_timing(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    timed = [i for i, cell in enumerate(nb.cells) if "execution" in cell.metadata]
    assert not timed, f"cells with timing metadata: {timed}"


def test_has_title_and_minutes(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    meta = nb.metadata.get("careerkit", {})
    assert isinstance(meta.get("title"), str)
    assert meta["title"].strip()
    minutes = meta.get("minutes")
    assert isinstance(minutes, int)
    assert minutes > 0
    stated = MINUTES.findall("\n".join(_markdown(nb)))
    assert stated == [str(minutes)], (
        f"'Perkiraan waktu: N menit' should appear once and say {minutes}; "
        f"found {stated}"
    )


def test_was_executed_top_to_bottom_once(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    _, nb = notebook
    counts = [cell.execution_count for cell in _code_cells(nb)]
    assert counts == list(range(1, len(counts) + 1))


def test_outputs_are_clean(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    problems = []
    for index, cell in enumerate(_code_cells(nb), start=1):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                problems.append(f"cell [{index}]: error {output.ename}")
            if output.output_type == "stream" and output.name == "stderr":
                problems.append(f"cell [{index}]: stderr stream")
            # A figure's own display carries "<Figure size ...>" as its plain text;
            # only a cell's *result* must not be a repr (the trailing ';' hides it).
            patterns = [WARNING_TEXT, MEMORY_ADDRESS]
            if output.output_type == "execute_result":
                patterns.append(FIGURE_REPR)
            for text in _output_texts(output):
                for pattern in patterns:
                    found = pattern.search(text)
                    if found:
                        problems.append(f"cell [{index}]: {found.group()!r}")
    assert not problems


def test_figures_end_with_semicolon_and_have_a_caption(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    _, nb = notebook
    problems = []
    for position, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        has_png = any("image/png" in out.get("data", {}) for out in cell.outputs)
        if not has_png:
            continue
        last_line = cell.source.rstrip().splitlines()[-1]
        if not last_line.rstrip().endswith(";"):
            problems.append(f"cell {position}: chart line without ';'")
        following = nb.cells[position + 1] if position + 1 < len(nb.cells) else None
        is_caption = (
            following is not None
            and following.cell_type == "markdown"
            and not following.source.lstrip().startswith("#")
        )
        if not is_caption:
            problems.append(f"cell {position}: chart without a caption after it")
    assert not problems


def test_code_lines_fit_79_columns(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    _, nb = notebook
    long_lines = [
        line
        for cell in _code_cells(nb)
        for line in cell.source.splitlines()
        if len(line) > MAX_CODE_LINE
    ]
    assert not long_lines


def test_follows_the_skeleton(notebook: tuple[Path, nbformat.NotebookNode]) -> None:
    _, nb = notebook
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    title_lines = first.source.strip().splitlines()
    assert len(title_lines) == 1, "the first cell holds the H1 title alone"
    assert title_lines[0].startswith("# ")

    sections = _headings(nb, 2)
    for heading in ("Tujuan belajar", "Latihan", "Poin kunci"):
        assert heading in sections, f"no '## {heading}' heading"
    assert sections.index("Tujuan belajar") < sections.index("Latihan")
    assert sections.index("Latihan") < sections.index("Poin kunci")
    assert "<summary>Lihat solusi</summary>" in "\n".join(_markdown(nb))


@pytest.mark.parametrize("path", QUIZ_PATHS, ids=[path.stem for path in QUIZ_PATHS])
def test_section_ends_with_its_quiz(path: Path) -> None:
    nb = _read(path)
    call = f'Quiz.from_bank("{path.stem}")'
    quiz_cells = [cell for cell in _code_cells(nb) if call in cell.source]
    assert quiz_cells, f"no cell calls {call}"
    last_line = quiz_cells[-1].source.rstrip().splitlines()[-1]
    assert last_line.strip() == call, "the quiz is the last expression of its cell"
    assert quiz_cells[-1].outputs, "the quiz cell shows the quiz"


def test_markdown_dollars_are_escaped(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    _, nb = notebook
    offenders = [
        line
        for source in _markdown(nb)
        for line in _prose(source).splitlines()
        if UNESCAPED_DOLLAR.search(line)
    ]
    assert not offenders, "write \\$ in Markdown, or JupyterLab typesets math"


@pytest.mark.parametrize(
    ("markdown", "offends"),
    [
        pytest.param("Remote: \\$800-\\$1500", False, id="escaped"),
        pytest.param("Remote: $800-$1500", True, id="bare"),
        pytest.param("Pakai `df['$x']` saja", False, id="code-span"),
        pytest.param("```bash\necho $HOME\n```", False, id="fenced"),
        pytest.param("<code>$PATH</code>", False, id="html-code"),
        pytest.param("`a` lalu $5 lalu `b`", True, id="between-spans"),
    ],
)
def test_dollar_check_tells_prose_from_code(markdown: str, offends: bool) -> None:
    found = any(UNESCAPED_DOLLAR.search(line) for line in _prose(markdown).splitlines())
    assert found is offends


def test_exercise_checks_are_tagged_checker(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    # The student build hides the code of 'checker' cells: it holds the answer.
    _, nb = notebook
    checks = _exercise_checks(nb)
    assert checks, "the Latihan section has no check saying 'Belum dijawab'/'Benar'"
    untagged = [
        cell.source.splitlines()[0] for cell in checks if "checker" not in _tags(cell)
    ]
    assert not untagged, f"exercise checks not tagged 'checker': {untagged}"


def test_exercises_are_committed_unanswered(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    # A committed answer would show the solution to every reader of the file.
    _, nb = notebook
    for cell in _exercise_checks(nb):
        shown = "".join(
            out.get("text", "") for out in cell.outputs if out.output_type == "stream"
        )
        assert shown.startswith("Belum dijawab"), f"check output: {shown[:60]!r}"
    answer_cells = [
        cell
        for cell in _section_cells(nb, "Latihan")
        if ANSWER_ASSIGNMENT.search(cell.source)
        and not _tags(cell) & {"checker", "solution"}
    ]
    assert answer_cells, "no cell where the learner writes 'jawaban = ...'"
    for cell in answer_cells:
        assert "..." in cell.source or re.search(r"jawaban\s*=\s*None\b", cell.source)


def test_solutions_are_left_out_of_the_student_edition(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    _, nb = notebook
    student = strip_solutions(nb)
    markdown = "\n".join(_markdown(student))
    assert "Lihat solusi" not in markdown
    assert not ANSWER_ASSIGNMENT.search(markdown), "a solution outside <details>"


def test_html_dollars_are_not_typeset_as_math(
    notebook: tuple[Path, nbformat.NotebookNode],
) -> None:
    _, nb = notebook
    offenders = _math_html(nb)
    assert not offenders, f"cells {offenders}: add {NO_MATHJAX} to the setup cell"
    shows_dollars = any(
        "$" in out.get("data", {}).get("text/html", "")
        for cell in _code_cells(nb)
        for out in cell.get("outputs", [])
    )
    if shows_dollars:
        assert NO_MATHJAX in _code_cells(nb)[0].source, "set it in the setup cell"


def _exercise_notebook(check_tags: list[str], output: str) -> nbformat.NotebookNode:
    nb = new_notebook()
    check = new_code_cell('print("Belum dijawab: ganti ...")')
    check.metadata["tags"] = check_tags
    check.outputs = [nbformat.v4.new_output("stream", name="stdout", text=output)]
    nb.cells = [
        new_markdown_cell("## Contoh"),
        new_code_cell('print("Benar sekali, ini contoh")'),
        new_markdown_cell("## Latihan\n\nKerjakan."),
        new_code_cell("jawaban = ..."),
        check,
        new_markdown_cell("## Poin kunci"),
        new_code_cell('print("Benar")'),
    ]
    return nb


@pytest.mark.parametrize(
    ("tags", "untagged"),
    [
        pytest.param(["checker"], 0, id="tagged"),
        pytest.param([], 1, id="untagged"),
        pytest.param(["nbval-ignore-output"], 1, id="other-tag"),
    ],
)
def test_checker_rule_looks_only_at_the_latihan_section(
    tags: list[str], untagged: int
) -> None:
    nb = _exercise_notebook(tags, "Belum dijawab: ganti ...\n")
    checks = _exercise_checks(nb)
    assert len(checks) == 1
    assert sum("checker" not in _tags(cell) for cell in checks) == untagged


@pytest.mark.parametrize(
    ("html", "offends"),
    [
        pytest.param('<table class="dataframe">$800</table>', True, id="math"),
        pytest.param(
            '<table class="dataframe tex2jax_ignore">$800</table>', False, id="ignored"
        ),
        pytest.param('<div class="mathjax_ignore">$1</div>', False, id="mathjax"),
        pytest.param("<p>&#36;800</p>", False, id="escaped"),
    ],
)
def test_math_html_rule(html: str, offends: bool) -> None:
    nb = new_notebook()
    cell = new_code_cell("tabel")
    cell.outputs = [
        nbformat.v4.new_output(
            "execute_result", data={"text/html": html}, execution_count=1
        )
    ]
    nb.cells = [cell]
    assert bool(_math_html(nb)) is offends
