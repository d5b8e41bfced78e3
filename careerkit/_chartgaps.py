"""The self-assessment chart of :mod:`careerkit.charts` (private).

A widget redraws it on every change, so it clears and reuses its Axes.
"""

from __future__ import annotations

import difflib
import numbers
from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from careerkit._chartlearn import (
    PRIORITIES,
    grouped_positions,
    priority_name,
    skill_rows,
)
from careerkit._chartstyle import COLORS, INK, finish, get_axes, note, style
from careerkit.errors import DataError
from careerkit.i18n import t

__all__ = ["DEFAULT_TARGETS", "skill_gaps"]

DEFAULT_TARGETS: Mapping[str, int] = {"Wajib": 3, "Penting": 2, "Nice to have": 1}
"""Target self-rating per priority in :func:`skill_gaps` (the course's assumption)."""


def skill_gaps(
    ratings: Mapping[str, int],
    data: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    targets: Mapping[str, int] | None = None,
    clear: bool = True,
) -> Axes:
    """Draw a learner's self-rating per skill against the target of its priority.

    Caption: each skill's bar is the learner's self-rating from 0 to 3, the
    black tick its target (our assumption: Wajib 3, Penting 2, Nice to have 1),
    and hatched red bars are still below target.

    Parameters
    ----------
    ratings : mapping of str to int
        Skill name -> self-rating 0..3 (as ``careerkit.progress.skill_ratings()``
        returns).  Skills left out count as 0; an unknown name is an error.
    data : DataFrame, optional
        Columns ``skill`` and ``priority``.  Default: ``careerkit.load("skills")``.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes.
    targets : mapping of str to int, optional
        Target per priority, overriding :data:`DEFAULT_TARGETS` key by key.
    clear : bool
        Clear ``ax`` first (default), so a widget callback can redraw into
        the same Axes as often as it likes without stacking drawings or
        opening figures.  The other charts take ``clear`` too, but default
        to ``False``; this one defaults to ``True`` because redrawing in
        place is what it is for.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    DataError
        ``ratings`` names a skill the table does not have (the message
        suggests the nearest name), or a rating is not a whole number 0..3.

    Notes
    -----
    The targets are also written in each group's header, so they survive any
    figure layout.  Drawn into a figure of your own, the grey note under the
    x-axis label (the assumption) and the legend above the plot need room:
    create the figure with ``plt.subplots(layout="constrained")`` or save it
    with ``fig.savefig(..., bbox_inches="tight")``.  A figure the chart
    creates itself has constrained layout already.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.skill_gaps({"API Design": 2, "Testing": 1})
    >>> ax = charts.skill_gaps({"API Design": 3}, ax=ax)  # redraw in place
    """
    rows = skill_rows(data, "skill_gaps")
    goal = _targets(targets)
    given = _ratings(ratings, list(rows["skill"]))
    score = np.array([given.get(skill, 0) for skill in rows["skill"]])
    target = np.array([goal[p] for p in rows["priority"]])
    met = score >= target

    with style():
        ax = get_axes(ax, "skill_gaps", clear=clear)
        y = grouped_positions(
            ax,
            rows,
            lambda p, n: t(
                "charts.gaps.header", priority=priority_name(p), target=goal[p]
            ),
        )
        ax.barh(
            y[met],
            score[met],
            height=0.62,
            color=COLORS["green"],
            edgecolor="white",
            zorder=2,
            label=t("charts.gaps.met"),
            gid="met",
        )
        ax.barh(
            y[~met],
            score[~met],
            height=0.62,
            color=COLORS["vermillion"],
            hatch="//",
            edgecolor="white",
            zorder=2,
            label=t("charts.gaps.below"),
            gid="below",
        )
        ax.plot(
            target,
            y,
            linestyle="none",
            marker="|",
            markersize=17,
            markeredgewidth=2.5,
            color=INK,
            zorder=3,
            label=t("charts.gaps.target"),
            gid="target",
        )
        for y0, s, g in zip(y, score, target, strict=True):
            status = (
                t("charts.gaps.status_met", rating=s, target=g)
                if s >= g
                else t("charts.gaps.status_below", rating=s, target=g, gap=g - s)
            )
            ax.text(
                3.25,
                y0,
                status,
                va="center",
                ha="left",
                fontsize=8.5,
                color=INK if s >= g else COLORS["vermillion"],
                gid="status",
            )
        ax.set_xticks(range(4), [t(f"charts.gaps.scale.{i}") for i in range(4)])
        ax.set_xlim(0, 4.35)
        ax.spines["bottom"].set_bounds(0, 3)
        ax.grid(axis="x", color="#dddddd", linewidth=0.7)
        ax.legend(
            handles=_gap_legend(),
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            ncols=3,
            handlelength=1.6,
            borderaxespad=0.2,
        )
        ax.set_xlabel(t("charts.gaps.xlabel"))
        ax.set_title(t("charts.gaps.title"), pad=26)
        shown = ", ".join(f"{p} {goal[p]}" for p in PRIORITIES)
        note(ax, t("charts.gaps.assumption", targets=shown))
        finish(ax)
    return ax


# --- helpers ---------------------------------------------------------------


def _gap_legend() -> list:
    """Legend proxies: shown whether or not any bar of a kind is drawn."""
    return [
        Patch(facecolor=COLORS["green"], edgecolor="white", label=t("charts.gaps.met")),
        Patch(
            facecolor=COLORS["vermillion"],
            edgecolor="white",
            hatch="//",
            label=t("charts.gaps.below"),
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="|",
            markersize=12,
            markeredgewidth=2.5,
            color=INK,
            label=t("charts.gaps.target"),
        ),
    ]


def _targets(targets: Mapping[str, int] | None) -> dict[str, int]:
    goal = dict(DEFAULT_TARGETS)
    if targets is None:
        return goal
    if not isinstance(targets, Mapping):
        raise DataError(
            t("charts.error.targets", known=", ".join(PRIORITIES), value=repr(targets))
        )
    for key, value in targets.items():
        if key not in goal or not _is_rating(value):
            raise DataError(
                t(
                    "charts.error.targets",
                    known=", ".join(PRIORITIES),
                    value=repr({key: value}),
                )
            )
        goal[key] = int(value)
    return goal


def _ratings(ratings: Mapping[str, int], skills: list[str]) -> dict[str, int]:
    if not isinstance(ratings, Mapping):
        raise DataError(t("charts.error.ratings_type", kind=type(ratings).__name__))
    unknown = [name for name in ratings if name not in skills]
    if unknown:
        close = difflib.get_close_matches(str(unknown[0]), skills, n=1, cutoff=0.5)
        hint = t("charts.error.did_you_mean", name=repr(close[0])) if close else ""
        raise DataError(
            t(
                "charts.error.unknown_skill",
                names=", ".join(map(repr, unknown)),
                hint=hint,
                known=", ".join(skills),
            )
        )
    for skill, value in ratings.items():
        if not _is_rating(value):
            raise DataError(
                t("charts.error.rating", skill=repr(skill), value=repr(value))
            )
    return {skill: int(value) for skill, value in ratings.items()}


def _is_rating(value: object) -> bool:
    return (
        isinstance(value, numbers.Integral)
        and not isinstance(value, bool)
        and 0 <= int(value) <= 3
    )
