"""HTML pages of the offline course (used by :mod:`careerkit.build`).

Pages come from nbconvert's ``lab`` template with every block that asks a CDN
for a script (require.js, MathJax, Mermaid, the widget manager) emptied, so a
page works with the network off.  Notebooks are prepared first by
:mod:`careerkit._nbprep` (widget views out, solutions out for students).

Notes
-----
Without MathJax, LaTeX in Markdown stays as typed; the course writes money as
``\\$800`` and uses no formulas.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from careerkit._nbprep import Outline, key_points, prepare
from careerkit.i18n import t

__all__ = ["INDEX_PAGE", "KEY_POINTS_PAGE", "Exporter"]

INDEX_PAGE = "index.html"
KEY_POINTS_PAGE = "poin-kunci.html"
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
table.careerkit-outline { margin-left: 0; }
</style>
{%- endblock extra_css -%}
"""


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

    def pages(
        self, outlines: list[Outline], executed: dict[str, Any], course: Path
    ) -> dict[str, str]:
        """Return every page of the course as ``{file name: HTML}``.

        ``executed`` maps the notebooks that ran to the end to their executed
        copy; ``course`` is the folder they ran in (for relative links).
        """
        pages = {
            INDEX_PAGE: self.index_page(outlines),
            KEY_POINTS_PAGE: self.key_points_page(outlines, executed),
        }
        built = [item for item in outlines if item.name in executed]
        for here, item in enumerate(built):
            neighbours = (
                built[here - 1] if here > 0 else None,
                built[here + 1] if here + 1 < len(built) else None,
            )
            pages[item.page] = self.notebook_page(
                executed[item.name], item, neighbours, course
            )
        return pages

    def notebook_page(
        self,
        nb: Any,
        item: Outline,
        neighbours: tuple[Outline | None, Outline | None],
        course: Path,
    ) -> str:
        """Return the page of one executed notebook, with links to its neighbours."""
        import nbformat

        nb = prepare(nb, student=self.student)
        before, after = neighbours
        links = [_link(INDEX_PAGE, t("cli.build.nav_index"))]
        if before is not None:
            links.append(_link(before.page, f"← {before.title}"))
        if after is not None:
            links.append(_link(after.page, f"{after.title} →"))
        top, bottom = (nbformat.v4.new_markdown_cell(_nav(links)) for _ in range(2))
        nb.cells = [top, *nb.cells, bottom]
        nb.metadata["title"] = item.title
        return self._export(nb, name=Path(item.name).stem, path=course)

    def index_page(self, outlines: list[Outline]) -> str:
        """Return the index page: the outline with minutes and the total."""
        import nbformat

        rows = []
        for position, item in enumerate(outlines):
            number = item.name.split("-", 1)[0]
            number = number if number.isdigit() else f"{position:02d}"
            title = _link(item.page, item.title) if item.built else _e(item.title)
            if not item.built:
                title += f" <em>({_e(t('cli.build.not_built'))})</em>"
            minutes = str(item.minutes) if item.minutes is not None else "–"
            rows.append(f"<tr><td>{number}</td><td>{title}</td><td>{minutes}</td></tr>")
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
            f'<table class="careerkit-outline"><thead>{head}</thead>'
            f"<tbody>{''.join(rows)}</tbody></table>\n"
            f"<p>{_e(t('cli.build.total_minutes', minutes=total))}</p>\n"
            f"<p>{_link(KEY_POINTS_PAGE, t('cli.build.key_points_title'))}</p>"
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
                _nav([_link(INDEX_PAGE, t("cli.build.nav_index"))])
                + f"\n\n# {t('cli.build.key_points_title')}"
            )
        ]
        for item in outlines:
            if item.name not in executed:
                continue
            nb = prepare(executed[item.name], student=self.student)
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


def _nav(links: list[str]) -> str:
    return f'<nav class="careerkit-nav">{" ".join(links)}</nav>'


def _link(href: str, text: str) -> str:
    return f'<a href="{_e(href)}">{_e(text)}</a>'


def _e(text: str) -> str:
    return html.escape(text, quote=True)
