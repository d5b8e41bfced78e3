"""Learner widgets: a skills self-assessment and a roadmap checklist.

Both save every change to the learner's progress file
(:mod:`careerkit.progress`) and restore it when created again, so a reopened
notebook shows where the learner left off.  Each object displays itself: the
live ipywidgets view in a kernel with a widget front end, a static HTML summary
in an exported notebook, and a short, stable text summary in a terminal or
nbval.  ipywidgets and matplotlib are imported when a widget is created, never
by ``import careerkit``.

Examples
--------
>>> from careerkit.widgets import RoadmapChecklist, SkillAssessment
>>> SkillAssessment()   # doctest: +SKIP
>>> RoadmapChecklist()  # doctest: +SKIP
"""

from __future__ import annotations

import html
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careerkit import progress
from careerkit.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets
    import pandas as pd

__all__ = ["RoadmapChecklist", "SkillAssessment"]

RATINGS = range(progress.MAX_RATING + 1)
CHART_SIZE = (8.0, 6.6)  # inches, as charts.skill_gaps draws on its own
CHART_DPI = 80


def _order(column: pd.Series) -> list[Any]:
    """The categories of an ordered column, else its values in first-seen order."""
    categories = getattr(column.dtype, "categories", None)
    return list(categories) if categories is not None else list(dict.fromkeys(column))


class _LearnerWidget:
    """What both widgets share: root box, status line, guarded callbacks, display."""

    css_class = ""

    widget: ipywidgets.VBox
    status: ipywidgets.HTML
    error: Exception | None = None

    def _root(self, title: str, children: list[Any]) -> ipywidgets.VBox:
        import ipywidgets as w

        self.status = w.HTML(value="")
        self.status.add_class("careerkit-status")
        heading = w.HTML(value=f"<h3>{html.escape(title)}</h3>")
        root = w.VBox([heading, *children, self.status])
        root.add_class(self.css_class)
        return root

    def _guard(self, action: Any, *args: Any) -> None:
        """Run a callback; show an error inside the widget, keep it in ``.error``."""
        try:
            action(*args)
        except Exception as exc:  # shown to the learner, kept for tests
            self.error = exc
            message = t("widgets.error", error=f"{type(exc).__name__}: {exc}")
            self.status.value = (
                '<span class="careerkit-error" role="alert">⚠ '
                f"{html.escape(message)}</span>"
            )
        else:
            self.error = None
            self.status.value = f"<span>✓ {html.escape(t('widgets.saved'))}</span>"

    def to_text(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def to_html(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.to_text()

    def _repr_mimebundle_(
        self, include: object = None, exclude: object = None
    ) -> dict[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_())
        bundle["text/plain"] = self.to_text()
        bundle["text/html"] = self.to_html()
        return bundle


class SkillAssessment(_LearnerWidget):
    """Rate each hard skill 0-3 and see the gap to the target, redrawn in place.

    Parameters
    ----------
    data : pandas.DataFrame, optional
        The ``skills`` table (default ``careerkit.load("skills")``).
    path : Path, optional
        The progress file (default :func:`careerkit.progress.progress_file`).

    Attributes
    ----------
    ratings : dict
        Skill -> rating 0-3, as shown and saved.
    buttons : dict
        Skill -> its ``ToggleButtons`` (set ``.value`` to rate from code).
    image : ipywidgets.Image
        The gap chart as PNG, redrawn from one reused Figure.
    error : Exception or None
        The error of the last change, also shown in the widget.

    Notes
    -----
    The chart is a :class:`matplotlib.figure.Figure` that pyplot never sees,
    so no figure piles up however often a rating changes.
    """

    css_class = "careerkit-skills"

    def __init__(self, data: pd.DataFrame | None = None, *, path: Path | None = None):
        import ipywidgets as w
        from matplotlib.figure import Figure

        from careerkit import tables

        self._data = tables.load("skills") if data is None else data
        self._path = path
        saved = progress.skill_ratings(path)
        self.ratings = {
            str(skill): saved.get(str(skill), 0) for skill in self._data["skill"]
        }
        self.buttons: dict[str, ipywidgets.ToggleButtons] = {}
        options = [(t(f"widgets.skills.level{value}"), value) for value in RATINGS]
        groups = []
        for priority, rows in self._by_priority():
            items = [w.HTML(f"<h4>{html.escape(self._group_title(priority))}</h4>")]
            for skill, description in zip(
                rows["skill"], rows["description"], strict=True
            ):
                buttons = w.ToggleButtons(
                    options=options,
                    value=self.ratings[str(skill)],
                    tooltips=[str(description)] * len(options),
                    style={"button_width": "6.5em"},
                )
                buttons.observe(
                    lambda change, skill=str(skill): self._guard(
                        self._rate, skill, change["new"]
                    ),
                    names="value",
                )
                self.buttons[str(skill)] = buttons
                name = w.Label(str(skill), layout=w.Layout(width="14em"))
                items.append(w.HBox([name, buttons]))
            groups.append(w.VBox(items))
        self.figure = Figure(figsize=CHART_SIZE, layout="constrained")
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%"))
        self._draw()
        intro = w.HTML(f"<p>{html.escape(t('widgets.skills.intro'))}</p>")
        chart = w.VBox([self.image])
        self.widget = self._root(t("widgets.skills.title"), [intro, *groups, chart])

    def _by_priority(self) -> list[tuple[str, pd.DataFrame]]:
        """Groups of skills, the most important priority first."""
        column = self._data["priority"]
        groups = [(str(p), self._data[column == p]) for p in _order(column)]
        return [(priority, rows) for priority, rows in reversed(groups) if len(rows)]

    @staticmethod
    def _group_title(priority: str) -> str:
        return t("widgets.skills.group", priority=priority)

    def _rate(self, skill: str, value: int) -> None:
        self.ratings[skill] = int(value)

        def change(doc: dict[str, Any]) -> None:
            doc["skills"][skill] = int(value)

        progress.update_progress(change, self._path)
        self._draw()

    def _draw(self) -> None:
        """Redraw the gap chart into the same Figure and refresh the image."""
        from careerkit import charts

        self.figure.clear()
        ax = self.figure.add_subplot()
        charts.skill_gaps(self.ratings, data=self._data, ax=ax)
        buffer = BytesIO()
        self.figure.savefig(buffer, format="png", dpi=CHART_DPI)
        self.image.value = buffer.getvalue()

    def to_text(self) -> str:
        """A short, stable summary: the scale, then one line per priority."""
        lines = [t("widgets.skills.summary")]
        for priority, rows in self._by_priority():
            rated = ", ".join(f"{s} {self.ratings[str(s)]}" for s in rows["skill"])
            lines.append(f"{priority}: {rated}")
        return "\n".join(lines)

    def to_html(self) -> str:
        """A static, escaped table of the ratings for exported notebooks."""
        esc = html.escape
        head = "".join(
            f"<th>{esc(t(key))}</th>"
            for key in ("widgets.skills.col_skill", "widgets.skills.col_rating")
        )
        parts = [f'<div class="{self.css_class}">']
        parts.append(f"<p><strong>{esc(t('widgets.skills.summary'))}</strong></p>")
        for priority, rows in self._by_priority():
            parts.append(f"<h4>{esc(self._group_title(priority))}</h4>")
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
            for skill in rows["skill"]:
                value = self.ratings[str(skill)]
                label = t(f"widgets.skills.level{value}")
                parts.append(
                    f"<tr><td>{esc(str(skill))}</td><td>{esc(label)}</td></tr>"
                )
            parts.append("</tbody></table>")
        parts.append("</div>")
        return "\n".join(parts)


class RoadmapChecklist(_LearnerWidget):
    """Tick roadmap topics, grouped by phase, with a progress bar per phase.

    Parameters
    ----------
    data : pandas.DataFrame, optional
        The ``roadmap`` table (default ``careerkit.load("roadmap")``).
    path : Path, optional
        The progress file (default :func:`careerkit.progress.progress_file`).

    Attributes
    ----------
    checkboxes : dict
        Topic -> its ``Checkbox`` (set ``.value`` to tick from code).
    bars, counts : dict
        Phase -> its ``IntProgress`` bar and its "x/y" ``Label``.
    error : Exception or None
        The error of the last change, also shown in the widget.
    """

    css_class = "careerkit-roadmap"

    def __init__(self, data: pd.DataFrame | None = None, *, path: Path | None = None):
        import ipywidgets as w

        from careerkit import tables

        self._data = tables.load("roadmap") if data is None else data
        self._path = path
        saved = progress.roadmap_done(path)
        self.checkboxes: dict[str, ipywidgets.Checkbox] = {}
        self.bars: dict[str, ipywidgets.IntProgress] = {}
        self.counts: dict[str, ipywidgets.Label] = {}
        groups = []
        for phase, title, rows in self._phases():
            boxes = []
            for topic in map(str, rows["topic"]):
                box = w.Checkbox(
                    value=topic in saved,
                    description=topic,
                    indent=False,
                    layout=w.Layout(width="auto"),
                )
                box.observe(
                    lambda change, topic=topic: self._guard(
                        self._tick, topic, change["new"]
                    ),
                    names="value",
                )
                self.checkboxes[topic] = box
                boxes.append(box)
            self.bars[phase] = w.IntProgress(min=0, max=len(boxes))
            self.counts[phase] = w.Label()
            header = w.HTML(f"<h4>{html.escape(title)}</h4>")
            meter = w.HBox([self.bars[phase], self.counts[phase]])
            groups.append(w.VBox([header, meter, *boxes]))
        self._refresh()
        self.widget = self._root(t("widgets.roadmap.title"), groups)

    @property
    def done(self) -> set[str]:
        """The ticked topics."""
        return {topic for topic, box in self.checkboxes.items() if box.value}

    def _phases(self) -> list[tuple[str, str, pd.DataFrame]]:
        """(phase, group title with month range, rows), in roadmap order."""
        column = self._data["phase"]
        groups = []
        for phase in _order(column):
            rows = self._data[column == phase]
            if rows.empty:
                continue
            title = t(
                "widgets.roadmap.phase",
                phase=str(phase),
                start=int(rows["month_start"].min()),
                end=int(rows["month_end"].max()),
            )
            groups.append((str(phase), title, rows))
        return groups

    def _tick(self, topic: str, ticked: bool) -> None:
        self._refresh()

        def change(doc: dict[str, Any]) -> None:
            done = set(doc["roadmap"]["done"])
            if ticked:
                done.add(topic)
            else:
                done.discard(topic)
            doc["roadmap"]["done"] = sorted(done)

        progress.update_progress(change, self._path)

    def _counts(self) -> list[tuple[str, str, int, int]]:
        done = self.done
        return [
            (
                phase,
                title,
                sum(topic in done for topic in map(str, rows["topic"])),
                len(rows),
            )
            for phase, title, rows in self._phases()
        ]

    def _refresh(self) -> None:
        for phase, _, ticked, total in self._counts():
            self.bars[phase].value = ticked
            self.counts[phase].value = t(
                "widgets.roadmap.count", done=ticked, total=total
            )

    def to_text(self) -> str:
        """A short, stable summary: overall, then one line per phase."""
        counts = self._counts()
        done, total = sum(c[2] for c in counts), sum(c[3] for c in counts)
        lines = [t("widgets.roadmap.summary", done=done, total=total)]
        lines += [f"{title}: {ticked}/{size}" for _, title, ticked, size in counts]
        return "\n".join(lines)

    def to_html(self) -> str:
        """A static, escaped checklist for exported notebooks."""
        esc = html.escape
        done = self.done
        counts = self._counts()
        ticked_all = sum(c[2] for c in counts)
        total_all = sum(c[3] for c in counts)
        summary = t("widgets.roadmap.summary", done=ticked_all, total=total_all)
        parts = [
            f'<div class="{self.css_class}">',
            f"<p><strong>{esc(summary)}</strong></p>",
        ]
        for (_, title, rows), (_, _, ticked, total) in zip(
            self._phases(), counts, strict=True
        ):
            count = t("widgets.roadmap.count", done=ticked, total=total)
            parts.append(f"<h4>{esc(title)} ({esc(count)})</h4>")
            parts.append(f'<progress value="{ticked}" max="{total}"></progress>')
            parts.append("<ul>")
            for topic in map(str, rows["topic"]):
                mark = "☑" if topic in done else "☐"
                state = t(
                    "widgets.roadmap.done" if topic in done else "widgets.roadmap.todo"
                )
                parts.append(f"<li>{mark} {esc(topic)} <em>({esc(state)})</em></li>")
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)
