"""The roadmap chart of :mod:`careerkit.charts` (private)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from careerkit._chartstyle import (
    COLORS,
    INK,
    finish,
    get_axes,
    note,
    require_columns,
    style,
)
from careerkit.errors import DataError
from careerkit.i18n import t
from careerkit.tables import load

__all__ = ["roadmap_timeline"]

_PHASE_COLORS = ["sky", "orange", "green", "yellow", "purple"]


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
