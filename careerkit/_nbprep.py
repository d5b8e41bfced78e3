"""Notebook changes made before export (used by :mod:`careerkit._html`).

Reads a notebook's title, minutes and key points, leaves solutions out of the
student edition (also of the learner's workspace: :func:`student_copy`), and
swaps widget views for static output: nbconvert prefers
a widget view over HTML, and a widget cannot run without a kernel, so the
static rendering beside it (or what its ``Output`` widgets captured) must win.
A widget with neither (a slider) would show ipywidgets' default text,
``VBox(children=(IntSlider(...), ...))``; a short note replaces it.
"""

from __future__ import annotations

import copy
import functools
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerkit.i18n import t

__all__ = [
    "Outline",
    "key_points",
    "outline",
    "prepare",
    "strip_solutions",
    "student_copy",
]

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
_MODEL_PREFIX = "IPY_MODEL_"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MINUTES = re.compile(r"(\d+)\s*(?:menit|minutes?)\b", re.IGNORECASE)
_KEY_POINTS = re.compile(r"^(poin kunci|key points)\b", re.IGNORECASE)
_DETAILS = re.compile(r"<details\b[^>]*>.*?</details\s*>", re.IGNORECASE | re.DOTALL)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_SOLUTION_WORDS = re.compile(r"solusi|solution|jawaban|answer", re.IGNORECASE)
_SOLUTION_TAGS = {"solution", "solusi", "answer", "jawaban"}
_HIDE_INPUT_TAGS = {"remove-input", "hide-input"}
_REPR_START = re.compile(r"\s*([A-Za-z_]\w*)\(")
#: The class of a careerkit quiz's static HTML (``careerkit.quiz.render.to_html``).
_QUIZ_STATIC = "careerkit-quiz-static"


@dataclass(frozen=True)
class Outline:
    """One notebook in the course outline."""

    name: str
    title: str
    minutes: int | None
    built: bool

    @property
    def page(self) -> str:
        """File name of the notebook's HTML page."""
        return Path(self.name).with_suffix(".html").name


def outline(name: str, nb: Any, *, built: bool) -> Outline:
    """Read a notebook's title and minutes.

    The notebook's metadata ``careerkit: {"title": ..., "minutes": N}`` wins;
    without it the first ``#`` heading and the first "N menit" in the
    Markdown are used.
    """
    meta = nb.metadata.get("careerkit", {}) or {}
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    minutes = meta.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        minutes = None
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        if title is None:
            for level, text in _HEADING.findall(cell.source):
                if len(level) == 1:
                    title = text
                    break
        if minutes is None and (found := _MINUTES.search(cell.source)):
            minutes = int(found.group(1))
        if title is not None and minutes is not None:
            break
    return Outline(name, title or Path(name).stem, minutes, built)


def strip_solutions(nb: Any) -> Any:
    """Return a copy of ``nb`` without solutions: folded ones and tagged cells.

    A ``<details>`` block whose summary names a solution or an answer is
    replaced by a short note; cells tagged ``solution`` (or ``answer``) go.
    """
    nb = copy.deepcopy(nb)
    removed = html.escape(t("cli.build.solution_removed"))
    note = f'<p class="careerkit-removed">{removed}</p>'

    def replace(match: re.Match[str]) -> str:
        summary = _SUMMARY.search(match.group(0))
        if summary and _SOLUTION_WORDS.search(summary.group(1)):
            return note
        return match.group(0)

    kept = []
    for cell in nb.cells:
        if _SOLUTION_TAGS & set(cell.metadata.get("tags", [])):
            continue
        if cell.cell_type == "markdown":
            cell.source = _DETAILS.sub(replace, cell.source)
        kept.append(cell)
    nb.cells = kept
    return nb


def student_copy(content: bytes) -> bytes:
    """Return a course notebook as the student edition's workspace holds it.

    Folded solutions and cells tagged ``solution`` go (:func:`strip_solutions`);
    a ``checker`` cell keeps its output, and its code (which holds the expected
    answer) becomes a one-line note; a careerkit quiz's static HTML loses its
    folded answers, which is what the quiz renders in the student edition; and
    saved widget state goes.  Anything that is not an nbformat 4 notebook is
    returned as it is.

    Notes
    -----
    The checker's code is gone, not folded: a folded cell is one click from
    the answer.  So in the student workspace running a checker cell checks
    nothing; the note says the instructor checks the answer.
    """
    try:
        doc = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return content
    if not (
        isinstance(doc, dict)
        and doc.get("nbformat") == 4
        and isinstance(doc.get("cells"), list)
        and all(isinstance(cell, dict) for cell in doc["cells"])
    ):
        return content
    import nbformat

    for cell in doc["cells"]:
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(map(str, cell["source"]))
    nb = strip_solutions(nbformat.from_dict(doc))
    note = f"# {t('cli.ws.checker_hidden')}\n"
    for cell in nb.cells:
        if cell.cell_type == "code" and "checker" in cell.metadata.get("tags", []):
            cell.source = note
        for output in cell.get("outputs", []):
            data = output.get("data") or {}
            page = data.get("text/html")
            page = "".join(page) if isinstance(page, list) else page
            if isinstance(page, str) and _QUIZ_STATIC in page:
                data["text/html"] = _DETAILS.sub("", page)
    nb.metadata.pop("widgets", None)
    text = json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True)
    return f"{text}\n".encode()


def key_points(nb: Any) -> list[str]:
    """Return the Markdown under a "Poin kunci" heading.

    The section runs to the next heading of the same or a higher level, or to
    the next code cell.
    """
    found: list[str] = []
    level = None
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            if level is not None:
                break
            continue
        text, start = cell.source, 0
        if level is None:
            match = next(
                (m for m in _HEADING.finditer(text) if _KEY_POINTS.match(m.group(2))),
                None,
            )
            if match is None:
                continue
            level, start = len(match.group(1)), match.end()
        end = next(
            (
                m.start()
                for m in _HEADING.finditer(text, start)
                if len(m.group(1)) <= level
            ),
            None,
        )
        if text[start:end].strip():
            found.append(text[start:end])
        if end is not None:
            break
    return found


def prepare(nb: Any, *, student: bool) -> Any:
    """Replace widget views by static output (and, for students, drop solutions).

    A widget view goes; the static HTML or text beside it stays.  A widget
    with nothing static beside it (``interact``) is replaced by what its
    ``Output`` widgets captured while the notebook ran (a chart, say); one
    that captured nothing and whose only text is ipywidgets' default repr
    becomes a short note saying the control works in JupyterLab.

    Cell tags: ``remove-cell`` drops a cell, ``remove-input`` (or
    ``hide-input``) shows only its output; in the student edition a cell
    tagged ``checker`` (an exercise check that holds the expected answer)
    shows only its output too.
    """
    nb = strip_solutions(nb) if student else copy.deepcopy(nb)
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    hidden = _HIDE_INPUT_TAGS | ({"checker"} if student else set())
    kept_cells = []
    for cell in nb.cells:
        tags = set(cell.metadata.get("tags", []))
        if "remove-cell" in tags:
            continue
        if tags & hidden:
            cell.metadata["transient"] = {"remove_source": True}
        if cell.cell_type == "code":
            outputs = []
            for output in cell.get("outputs", []):
                data = output.get("data")
                if data is None or WIDGET_VIEW not in data:
                    outputs.append(output)
                    continue
                view = data.pop(WIDGET_VIEW)
                captured = _captured(view.get("model_id"), state)
                if "text/html" not in data and captured:
                    outputs.extend(captured)
                elif set(data) == {"text/plain"} and _is_widget_repr(data):
                    outputs.append(_widget_note())
                elif data:
                    outputs.append(output)
            cell.outputs = outputs
        kept_cells.append(cell)
    nb.cells = kept_cells
    nb.metadata.pop("widgets", None)
    return nb


def _is_widget_repr(data: dict[str, Any]) -> bool:
    """Whether ``text/plain`` is ipywidgets' default repr: ``VBox(children=...``."""
    text = data.get("text/plain", "")
    text = "".join(text) if isinstance(text, list) else str(text)
    found = _REPR_START.match(text)
    return found is not None and found.group(1) in _widget_class_names()


@functools.cache
def _widget_class_names() -> frozenset[str]:
    """Names of the widget classes ipywidgets exports (``VBox``, ``interactive``)."""
    import ipywidgets

    return frozenset(
        name
        for name, value in vars(ipywidgets).items()
        if isinstance(value, type) and issubclass(value, ipywidgets.Widget)
    )


def _widget_note() -> Any:
    """A display output saying the control works in JupyterLab."""
    import nbformat

    note = t("cli.build.widget_note")
    return nbformat.v4.new_output(
        "display_data",
        data={
            "text/plain": note,
            "text/html": f'<p class="careerkit-removed">{html.escape(note)}</p>',
        },
    )


def _captured(model_id: object, state: dict[str, Any]) -> list[Any]:
    """Outputs held by the ``Output`` widgets inside widget ``model_id``."""
    import nbformat

    found: list[Any] = []
    seen: set[str] = set()
    pending = [model_id]
    while pending:
        current = pending.pop(0)
        if not isinstance(current, str) or current in seen or current not in state:
            continue
        seen.add(current)
        model = state[current]
        values = model.get("state", {})
        if model.get("model_name") == "OutputModel":
            found.extend(nbformat.from_dict(out) for out in values.get("outputs", []))
        for child in values.get("children", []) or []:
            if isinstance(child, str) and child.startswith(_MODEL_PREFIX):
                pending.append(child.removeprefix(_MODEL_PREFIX))
    return found
