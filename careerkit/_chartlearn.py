"""Learning charts of :mod:`careerkit.charts`: skills, roadmap, skill gaps (private)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from careerkit._chartstyle import (
    COLORS,
    INK,
    MUTED,
    finish,
    get_axes,
    note,
    require_columns,
    style,
)
from careerkit.errors import DataError
from careerkit.i18n import t
from careerkit.tables import load

__all__ = ["PRIORITIES", "roadmap_timeline", "skills_by_priority"]

PRIORITIES = ("Wajib", "Penting", "Nice to have")  # most important first
_PRIORITY_STYLE = {
    "Wajib": {"color": COLORS["vermillion"], "hatch": None},
    "Penting": {"color": COLORS["orange"], "hatch": "//"},
    "Nice to have": {"color": COLORS["sky"], "hatch": ".."},
}
_PHASE_COLORS = ["sky", "orange", "green", "yellow", "purple"]


def skills_by_priority(
    data: pd.DataFrame | None = None, *, ax: Axes | None = None, clear: bool = False
) -> Axes:
    """Draw the hard skills grouped by priority, Wajib first.

    Caption: every hard skill is one bar, grouped under Wajib, Penting and
    Nice to have; the bar's length, colour and hatching all give its priority.

    Parameters
    ----------
    data : DataFrame, optional
        Columns ``skill`` and ``priority`` (Wajib, Penting, Nice to have).
        Default: ``careerkit.load("skills")``.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes (``plt.gca()``).
    clear : bool
        Clear ``ax`` first, so that drawing again replaces the chart instead
        of stacking another copy on it.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    DataError
        A column is missing, or a priority is not Wajib, Penting or Nice to have.

    Notes
    -----
    Drawn into a figure of your own, the grey source note under the x-axis
    label and the longer skill names need room: create the figure with
    ``plt.subplots(layout="constrained")`` or save it with
    ``fig.savefig(..., bbox_inches="tight")``; a plain figure cuts them off.
    A figure the chart creates itself has constrained layout already.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.skills_by_priority()
    """
    func = "skills_by_priority"
    rows = skill_rows(data, func)
    rank = {name: len(PRIORITIES) - i for i, name in enumerate(PRIORITIES)}

    with style():
        ax = get_axes(ax, "skills_by_priority", clear=clear)
        y = grouped_positions(
            ax,
            rows,
            lambda p, n: t("charts.skills.header", priority=priority_name(p), count=n),
        )
        for priority in PRIORITIES:
            mine = rows["priority"] == priority
            ax.barh(
                y[mine],
                rank[priority],
                height=0.7,
                edgecolor="white",
                label=priority_name(priority),
                **_PRIORITY_STYLE[priority],
                zorder=2,
            )
        lowest_first = PRIORITIES[::-1]
        ax.set_xticks(
            [rank[p] for p in lowest_first],
            [priority_name(p) for p in lowest_first],
            parse_math=False,
        )
        ax.set_xlim(0, len(PRIORITIES) + 0.15)
        ax.grid(axis="x", color="#dddddd", linewidth=0.7)
        ax.set_xlabel(t("charts.skills.xlabel"))
        ax.set_title(t("charts.skills.title", count=len(rows)))
        note(ax, t("charts.source_guide"))
        finish(ax)
    return ax


def roadmap_timeline(
    data: pd.DataFrame | None = None, *, ax: Axes | None = None, clear: bool = False
) -> Axes:
    """Draw the learning roadmap as phases spanning months, topics beside them.

    Caption: each phase of the roadmap is a bar over the months it takes, with
    its number of topics inside and the topics listed beside it.

    Parameters
    ----------
    data : DataFrame, optional
        One row per topic: ``phase``, ``month_start``, ``month_end``,
        ``topic`` (and ``step`` to order the topics, when present).
        Default: ``careerkit.load("roadmap")``.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes.
    clear : bool
        Clear ``ax`` first, so that drawing again replaces the chart instead
        of stacking another copy on it.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    DataError
        A column is missing, or a month is not a number.

    Notes
    -----
    Drawn into a figure of your own, the grey source note under the x-axis
    label needs room: create the figure with
    ``plt.subplots(layout="constrained")`` or save it with
    ``fig.savefig(..., bbox_inches="tight")``; a plain figure cuts it off.
    A figure the chart creates itself has constrained layout already.

    The topic lists need the chart's own size (10 x 6.8 inches); in a
    smaller Axes they run into each other.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.roadmap_timeline()
    """
    func = "roadmap_timeline"
    columns = ["phase", "month_start", "month_end", "topic"]
    data = require_columns(load("roadmap") if data is None else data, columns, func)
    phases = _phases(data, func)
    last = max(end for _, _, end, _ in phases)

    with style():
        ax = get_axes(ax, "roadmap_timeline", clear=clear)
        for i, (phase, start, end, topics) in enumerate(phases):
            color = COLORS[_PHASE_COLORS[i % len(_PHASE_COLORS)]]
            ax.barh(
                i,
                end - start + 1,
                left=start - 1,
                height=0.5,
                color=color,
                edgecolor=INK,
                linewidth=0.6,
                zorder=2,
                label=phase,
            )
            ax.text(
                start - 0.5 + (end - start) / 2,
                i,
                f"{phase}\n" + t("charts.roadmap.topics", count=len(topics)),
                ha="center",
                va="center",
                fontsize=8.5,
                fontweight="bold",
                color=INK,
                zorder=3,
                gid="phase-label",
            )
            right = end <= last / 2 + 1
            ax.text(
                end + 0.15 if right else start - 1.15,
                i,
                "\n".join(f"• {topic}" for topic in topics),
                ha="left" if right else "right",
                multialignment="left",
                va="center",
                fontsize=8.5,
                color=INK,
                linespacing=1.35,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5},
                gid="topics",
            )
        ax.set_xticks(np.arange(last) + 0.5, [str(m) for m in range(1, last + 1)])
        ax.set_xticks(np.arange(last + 1), minor=True)
        ax.tick_params(axis="x", which="major", length=0)
        ax.grid(axis="x", which="minor", color="#dddddd", linewidth=0.7)
        ax.set_xlim(0, last)
        ax.set_yticks([])
        ax.set_ylim(len(phases) - 0.4, -0.6)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(t("charts.roadmap.xlabel"))
        ax.set_title(t("charts.roadmap.title", months=last, phases=len(phases)))
        note(ax, t("charts.source_guide"))
        finish(ax)
    return ax


# --- helpers ---------------------------------------------------------------


def priority_name(priority: str) -> str:
    return t(f"charts.priority.{priority}")


def skill_rows(data: pd.DataFrame | None, func: str) -> pd.DataFrame:
    """Skills with plain-string priorities, Wajib first, table order within."""
    data = load("skills") if data is None else data
    data = require_columns(data, ["skill", "priority"], func)
    priority = data["priority"].astype("string").str.strip()
    unknown = sorted(set(priority.dropna()) - set(PRIORITIES))
    if unknown or priority.isna().any():
        raise DataError(
            t(
                "charts.error.priority",
                func=func,
                value=repr(unknown[0] if unknown else None),
                known=", ".join(PRIORITIES),
            )
        )
    rows = pd.DataFrame(
        {
            "skill": data["skill"].astype(str).to_numpy(),
            "priority": priority.to_numpy(dtype=object),
        }
    )
    order = rows["priority"].map({p: i for i, p in enumerate(PRIORITIES)})
    return rows.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def grouped_positions(ax: Axes, rows: pd.DataFrame, header) -> np.ndarray:
    """Lay the skills out top-down with a header row per priority; return their y."""
    y = np.zeros(len(rows))
    line = 0.0
    for priority in PRIORITIES:
        mine = np.flatnonzero(rows["priority"].to_numpy() == priority)
        if not len(mine):
            continue
        if line:
            line += 0.35
            ax.axhline(line - 0.55, color=MUTED, linewidth=0.6, zorder=1)
        ax.text(
            0,
            line,
            header(priority, len(mine)),
            ha="left",
            va="center",
            fontsize=9.5,
            fontweight="bold",
            color=INK,
            gid="group-header",
            transform=ax.get_yaxis_transform(),
        )
        y[mine] = line + 1 + np.arange(len(mine))
        line = y[mine][-1] + 1
    ax.set_yticks(y, list(rows["skill"]), parse_math=False)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(line - 0.4, -0.6)
    return y


def _phases(data: pd.DataFrame, func: str) -> list[tuple[str, int, int, list[str]]]:
    """One (phase, first month, last month, topics) per phase, in phase order."""
    for column in ("month_start", "month_end"):
        if pd.to_numeric(data[column], errors="coerce").isna().any():
            raise DataError(t("charts.error.not_numeric", func=func, column=column))
    if "step" in data.columns:
        data = data.sort_values("step", kind="stable")
    phase = data["phase"]
    if isinstance(phase.dtype, pd.CategoricalDtype) and phase.dtype.ordered:
        names = [str(p) for p in phase.cat.categories if (phase == p).any()]
    else:
        names = list(dict.fromkeys(str(p) for p in phase))
    out = []
    for name in names:
        part = data[phase.astype(str) == name]
        out.append(
            (
                name,
                int(part["month_start"].min()),
                int(part["month_end"].max()),
                [str(topic) for topic in part["topic"]],
            )
        )
    return out
