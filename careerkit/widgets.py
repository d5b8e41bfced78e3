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
from careerkit._widgetbase import LearnerWidget, learner_warnings, ordered_values
from careerkit.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets
    import pandas as pd

__all__ = ["RoadmapChecklist", "SkillAssessment"]

RATINGS = range(progress.MAX_RATING + 1)
CHART_SIZE = (8.0, 6.6)  # inches, as charts.skill_gaps draws on its own
CHART_DPI = 80


class SkillAssessment(LearnerWidget):
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
    last_warning : Warning or None
        The last warning met while reading or saving progress (a broken
        progress file moved aside, say), also shown in the widget's status
        line instead of the kernel's log.

    Notes
    -----
    The chart is a :class:`matplotlib.figure.Figure` that pyplot never sees,
    so no figure piles up however often a rating changes.
    """

    css_class = "careerkit-skills"

    def __init__(self, data: pd.DataFrame | None = None, *, path: Path | None = None):
        import ipywidgets as w
        from matplotlib.figure import Figure

        from careerkit.tables import load

        self._data = load("skills") if data is None else data
        self._path = path
        with learner_warnings() as found:  # a broken file is reported in the widget
            saved = progress.skill_ratings(path)
        column = self._data["priority"]
        groups = [(str(p), self._data[column == p]) for p in ordered_values(column)]
        self._groups = [  # most important first: Wajib, Penting, Nice to have
            (p, t("widgets.skills.group", priority=p), list(map(str, rows["skill"])))
            for p, rows in reversed(groups)
            if len(rows)
        ]
        self.ratings = {
            s: saved.get(s, 0) for *_, skills in self._groups for s in skills
        }
        names, descriptions = map(str, self._data["skill"]), self._data["description"]
        tips = dict(zip(names, descriptions, strict=True))
        options = [(t(f"widgets.skills.level{value}"), value) for value in RATINGS]
        self.buttons: dict[str, ipywidgets.ToggleButtons] = {}
        boxes = []
        for _, title, skills in self._groups:
            rows = [w.HTML(f"<h4>{html.escape(title)}</h4>")]
            for skill in skills:
                buttons = w.ToggleButtons(
                    options=options,
                    value=self.ratings[skill],
                    tooltips=[str(tips[skill])] * len(options),
                    style={"button_width": "6.5em"},
                )
                buttons.observe(
                    lambda change, skill=skill: self._guard(
                        self._rate, skill, change["new"]
                    ),
                    names="value",
                )
                self.buttons[skill] = buttons
                name = w.Label(skill, layout=w.Layout(width="14em"))
                rows.append(w.HBox([name, buttons]))
            boxes.append(w.VBox(rows))
        self.figure = Figure(figsize=CHART_SIZE, layout="constrained")
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%"))
        self._draw()
        intro = w.HTML(f"<p>{html.escape(t('widgets.skills.intro'))}</p>")
        parts = [intro, *boxes, self.image]
        self.widget = self._root(t("widgets.skills.title"), parts, found)

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
        charts.skill_gaps(self.ratings, data=self._data, ax=self.figure.add_subplot())
        buffer = BytesIO()
        self.figure.savefig(buffer, format="png", dpi=CHART_DPI)
        self.image.value = buffer.getvalue()

    def to_text(self) -> str:
        """A short, stable summary: the scale, then one line per priority."""
        lines = [t("widgets.skills.summary")]
        for priority, _, skills in self._groups:
            rated = ", ".join(f"{skill} {self.ratings[skill]}" for skill in skills)
            lines.append(f"{priority}: {rated}")
        return "\n".join(lines)

    def to_html(self) -> str:
        """A static, escaped table of the ratings for exported notebooks."""
        esc = html.escape
        keys = ("widgets.skills.col_skill", "widgets.skills.col_rating")
        head = "".join(f"<th>{esc(t(key))}</th>" for key in keys)
        parts = [
            f'<div class="{self.css_class}">',
            f"<p><strong>{esc(t('widgets.skills.summary'))}</strong></p>",
        ]
        for _, title, skills in self._groups:
            parts.append(f"<h4>{esc(title)}</h4>")
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
            for skill in skills:
                label = t(f"widgets.skills.level{self.ratings[skill]}")
                parts.append(f"<tr><td>{esc(skill)}</td><td>{esc(label)}</td></tr>")
            parts.append("</tbody></table>")
        parts.append("</div>")
        return "\n".join(parts)


class RoadmapChecklist(LearnerWidget):
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
    last_warning : Warning or None
        The last warning met while reading or saving progress (a broken
        progress file moved aside, say), also shown in the widget's status
        line instead of the kernel's log.
    """

    css_class = "careerkit-roadmap"

    def __init__(self, data: pd.DataFrame | None = None, *, path: Path | None = None):
        import ipywidgets as w

        from careerkit.tables import load

        self._data = load("roadmap") if data is None else data
        self._path = path
        with learner_warnings() as found:  # a broken file is reported in the widget
            saved = progress.roadmap_done(path)
        column = self._data["phase"]
        self._groups: list[tuple[str, str, list[str]]] = []  # phase, title, topics
        for phase in ordered_values(column):
            rows = self._data[column == phase]
            if len(rows):
                start, end = rows["month_start"].min(), rows["month_end"].max()
                title = t("widgets.roadmap.phase", phase=phase, start=start, end=end)
                self._groups.append((str(phase), title, list(map(str, rows["topic"]))))
        self.checkboxes: dict[str, ipywidgets.Checkbox] = {}
        self.bars: dict[str, ipywidgets.IntProgress] = {}
        self.counts: dict[str, ipywidgets.Label] = {}
        boxes = []
        for phase, title, topics in self._groups:
            for topic in topics:
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
            self.bars[phase] = w.IntProgress(min=0, max=len(topics))
            self.counts[phase] = w.Label()
            header = w.HTML(f"<h4>{html.escape(title)}</h4>")
            meter = w.HBox([self.bars[phase], self.counts[phase]])
            boxes.append(w.VBox([header, meter, *map(self.checkboxes.get, topics)]))
        self._refresh()
        self.widget = self._root(t("widgets.roadmap.title"), boxes, found)

    @property
    def done(self) -> set[str]:
        """The ticked topics."""
        return {topic for topic, box in self.checkboxes.items() if box.value}

    def _tick(self, topic: str, ticked: bool) -> None:
        self._refresh()

        def change(doc: dict[str, Any]) -> None:  # only this topic: no lost ticks
            done = set(doc["roadmap"]["done"])
            (done.add if ticked else done.discard)(topic)
            doc["roadmap"]["done"] = sorted(done)

        progress.update_progress(change, self._path)

    def _tally(self) -> list[tuple[str, str, list[str], int]]:
        """(phase, title, topics, ticked) per phase."""
        done = self.done
        return [
            (p, title, topics, len(done.intersection(topics)))
            for p, title, topics in self._groups
        ]

    def _refresh(self) -> None:
        for phase, _, topics, ticked in self._tally():
            self.bars[phase].value = ticked
            count = t("widgets.roadmap.count", done=ticked, total=len(topics))
            self.counts[phase].value = count

    def _overall(self) -> str:
        tally = self._tally()
        done, total = sum(row[3] for row in tally), sum(len(row[2]) for row in tally)
        return t("widgets.roadmap.summary", done=done, total=total)

    def to_text(self) -> str:
        """A short, stable summary: overall, then one line per phase."""
        lines = [self._overall()]
        lines += [
            f"{title}: {n}/{len(topics)}" for _, title, topics, n in self._tally()
        ]
        return "\n".join(lines)

    def to_html(self) -> str:
        """A static, escaped checklist for exported notebooks."""
        esc = html.escape
        done = self.done
        parts = [
            f'<div class="{self.css_class}">',
            f"<p><strong>{esc(self._overall())}</strong></p>",
        ]
        for _, title, topics, ticked in self._tally():
            count = t("widgets.roadmap.count", done=ticked, total=len(topics))
            parts.append(f"<h4>{esc(title)} ({esc(count)})</h4>")
            parts.append(f'<progress value="{ticked}" max="{len(topics)}"></progress>')
            parts.append("<ul>")
            for topic in topics:
                mark, key = ("☑", "done") if topic in done else ("☐", "todo")
                state = esc(t(f"widgets.roadmap.{key}"))
                parts.append(f"<li>{mark} {esc(topic)} <em>({state})</em></li>")
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)
