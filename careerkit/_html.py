"""HTML pages of the offline course (used by :mod:`careerkit.build`).

Pages come from nbconvert's ``lab`` template with every block that asks a CDN
for a script (require.js, MathJax, Mermaid, the widget manager) emptied, so a
page works with the network off.  Widget views are dropped from the outputs
before export: nbconvert prefers a widget view over HTML, and a widget cannot
run without a kernel, so the static rendering beside it must win.

Notes
-----
Without MathJax, LaTeX in Markdown stays as typed; the course writes money as
``\\$800`` and uses no formulas.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerkit.i18n import t

__all__ = ["Exporter", "Outline", "outline", "strip_solutions"]

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_TEMPLATE_NAME = "careerkit-offline.html.j2"
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
main { max-width: 60rem; margin: 0 auto; }
nav.careerkit-nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem;
  padding: 0.6rem 1rem; font-family: var(--jp-ui-font-family, sans-serif); }
.careerkit-removed { font-style: italic; opacity: 0.8; }
</style>
{%- endblock extra_css -%}
"""
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MINUTES = re.compile(r"(\d+)\s*(?:menit|minutes?)\b", re.IGNORECASE)
_KEY_POINTS = re.compile(r"^(poin kunci|key points)\b", re.IGNORECASE)
_DETAILS = re.compile(r"<details\b[^>]*>.*?</details\s*>", re.IGNORECASE | re.DOTALL)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_SOLUTION_WORDS = re.compile(r"solusi|solution|jawaban|answer", re.IGNORECASE)
_SOLUTION_TAGS = {"solution", "solusi", "answer", "jawaban"}


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


class Exporter:
    """Turn executed notebooks and the outline into self-contained pages."""

    def __init__(self, *, student: bool) -> None:
        import jinja2
        from nbconvert import HTMLExporter

        self.student = student
        self._exporter = HTMLExporter(
            template_name="lab",
            template_file=_TEMPLATE_NAME,
            extra_loaders=[jinja2.DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
            exclude_input_prompt=True,
            exclude_output_prompt=True,
        )

    def notebook_page(
        self,
        nb: Any,
        item: Outline,
        outlines: list[Outline],
        position: int,
        index_page: str,
        course: Path,
    ) -> str:
        """Return the page of one executed notebook, with links to its neighbours."""
        import nbformat

        nb = _prepare(nb, student=self.student)
        links = [f'<a href="{index_page}">{_e(t("cli.build.nav_index"))}</a>']
        built = [o for o in outlines if o.built]
        here = built.index(item) if item in built else position
        if here > 0:
            before = built[here - 1]
            links.append(_link(before.page, f"← {before.title}"))
        if here + 1 < len(built):
            after = built[here + 1]
            links.append(_link(after.page, f"{after.title} →"))
        top, bottom = (nbformat.v4.new_markdown_cell(_nav(links)) for _ in range(2))
        nb.cells = [top, *nb.cells, bottom]
        nb.metadata["title"] = item.title
        return self._export(nb, name=Path(item.name).stem, path=course)

    def index_page(self, outlines: list[Outline], key_points_page: str) -> str:
        """Return the index page: the outline with minutes and the total."""
        import nbformat

        rows = []
        for number, item in enumerate(outlines):
            title = _link(item.page, item.title) if item.built else _e(item.title)
            if not item.built:
                title += f" <em>({_e(t('cli.build.not_built'))})</em>"
            minutes = str(item.minutes) if item.minutes is not None else "–"
            rows.append(
                f"<tr><td>{number:02d}</td><td>{title}</td><td>{minutes}</td></tr>"
            )
        total = sum(item.minutes or 0 for item in outlines)
        head = (
            f"<tr><th>{_e(t('cli.build.col_number'))}</th>"
            f"<th>{_e(t('cli.build.col_title'))}</th>"
            f"<th>{_e(t('cli.build.col_minutes'))}</th></tr>"
        )
        edition = t(
            "cli.build.edition_student" if self.student else "cli.build.edition_self"
        )
        body = (
            f"<h1>{_e(t('cli.build.course_title'))}</h1>\n"
            f"<p>{_e(edition)}</p>\n"
            f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>\n"
            f"<p>{_e(t('cli.build.total_minutes', minutes=total))}</p>\n"
            f"<p>{_link(key_points_page, t('cli.build.key_points_title'))}</p>"
        )
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_markdown_cell(body)]
        nb.metadata["title"] = t("cli.build.course_title")
        return self._export(nb, name="index")

    def key_points_page(self, outlines: list[Outline], executed: dict[str, Any]) -> str:
        """Return one page with every notebook's "Poin kunci" section."""
        import nbformat

        cells = [
            nbformat.v4.new_markdown_cell(
                _nav([_link("index.html", t("cli.build.nav_index"))])
                + f"\n\n# {t('cli.build.key_points_title')}"
            )
        ]
        for item in outlines:
            if item.name not in executed:
                continue
            nb = _prepare(executed[item.name], student=self.student)
            sections = key_points(nb)
            if not sections:
                continue
            heading = f"<h2>{_link(item.page, item.title)}</h2>"
            cells.append(nbformat.v4.new_markdown_cell(heading))
            cells.extend(nbformat.v4.new_markdown_cell(text) for text in sections)
        nb = nbformat.v4.new_notebook()
        nb.cells = cells
        nb.metadata["title"] = t("cli.build.key_points_title")
        return self._export(nb, name="poin-kunci")

    def _export(self, nb: Any, *, name: str, path: Path | None = None) -> str:
        resources = {"metadata": {"name": name, "path": str(path or "")}}
        body, _ = self._exporter.from_notebook_node(nb, resources=resources)
        return body


def key_points(nb: Any) -> list[str]:
    """Return the Markdown under a "Poin kunci" heading (up to the next heading)."""
    found: list[str] = []
    level = None
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            if level is not None:
                break
            continue
        text = cell.source
        if level is not None:
            stop = next(
                (m for m in _HEADING.finditer(text) if len(m.group(1)) <= level), None
            )
            if stop is None:
                found.append(text)
                continue
            if text[: stop.start()].strip():
                found.append(text[: stop.start()])
            break
        for match in _HEADING.finditer(text):
            if _KEY_POINTS.match(match.group(2)):
                level = len(match.group(1))
                rest = text[match.end() :]
                end = next(
                    (m for m in _HEADING.finditer(rest) if len(m.group(1)) <= level),
                    None,
                )
                if rest[: end.start() if end else None].strip():
                    found.append(rest[: end.start() if end else None])
                if end is not None:
                    return found
                break
    return found


def _prepare(nb: Any, *, student: bool) -> Any:
    """Drop widget views (and, for students, solutions) before export."""
    nb = strip_solutions(nb) if student else copy.deepcopy(nb)
    kept_cells = []
    for cell in nb.cells:
        if "remove-cell" in cell.metadata.get("tags", []):
            continue
        if cell.cell_type == "code":
            outputs = []
            for output in cell.get("outputs", []):
                data = output.get("data")
                if data is not None and WIDGET_VIEW in data:
                    del data[WIDGET_VIEW]
                    if not data:
                        continue
                outputs.append(output)
            cell.outputs = outputs
        kept_cells.append(cell)
    nb.cells = kept_cells
    nb.metadata.pop("widgets", None)
    return nb


def _nav(links: list[str]) -> str:
    return f'<nav class="careerkit-nav">{" ".join(links)}</nav>'


def _link(href: str, text: str) -> str:
    return f'<a href="{_e(href)}">{_e(text)}</a>'


def _e(text: str) -> str:
    return html.escape(text, quote=True)
