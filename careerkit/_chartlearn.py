"""The skills chart of :mod:`careerkit.charts` and its layout by priority (private).

:mod:`careerkit._chartgaps` draws the learner's ratings on the same layout.
"""

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

__all__ = [
    "PRIORITIES",
    "grouped_positions",
    "priority_name",
    "skill_rows",
    "skills_by_priority",
]

PRIORITIES = ("Wajib", "Penting", "Nice to have")  # most important first
_PRIORITY_STYLE = {
    "Wajib": {"color": COLORS["vermillion"], "hatch": None},
    "Penting": {"color": COLORS["orange"], "hatch": "//"},
    "Nice to have": {"color": COLORS["sky"], "hatch": ".."},
}


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
