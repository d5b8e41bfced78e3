"""The level axis shared by the salary charts of :mod:`careerkit.charts` (private).

The salaries table (or a user's) in level order, the level names down the left
(wrapped to fit a plain figure), the plot's right end and the value labels.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from careerkit._chartranges import range_label
from careerkit._chartstyle import INK, require_columns
from careerkit.i18n import t
from careerkit.tables import load

__all__ = ["level_axis", "levels_table", "plot_end", "value_labels", "wrap_level"]

_HEADROOM = 1.38  # right margin for the value labels, as a share of the largest value
_LEVEL_WIDTH = 12  # characters; a longer level name is wrapped (after "/" first)


def levels_table(data: pd.DataFrame | None, columns: list[str], func: str):
    """The salaries table (or the user's), checked, in level order."""
    if data is None:
        data = load("salaries")
    require_columns(data, ["level", *columns], func)
    level = data["level"]
    if isinstance(level.dtype, pd.CategoricalDtype) and level.dtype.ordered:
        data = data.sort_values("level", kind="stable")
    return data.reset_index(drop=True)


def plot_end(*arrays: np.ndarray) -> float:
    """Where the plot ends: room past the largest value for its label."""
    finite = np.concatenate([a[np.isfinite(a)] for a in arrays] or [np.zeros(0)])
    largest = float(finite.max()) if finite.size else 1.0
    return max(largest, 1.0) * _HEADROOM


def value_labels(ax: Axes, y, lows, highs, fmt) -> None:
    """Write each band's values next to its bar (before an open bar's start)."""
    for y0, low, high in zip(y, lows, highs, strict=True):
        if math.isnan(low) and math.isnan(high):
            x, text, side = 0.0, t("charts.no_data"), 1
        elif math.isnan(high):  # open top: the label sits before the fade starts
            x, text, side = low, range_label(low, high, fmt), -1
        else:
            x, text, side = high, range_label(low, high, fmt), 1
        ax.annotate(
            text,
            xy=(x, y0),
            xytext=(5 * side, 0),
            textcoords="offset points",
            va="center",
            ha="left" if side > 0 else "right",
            fontsize=8.5,
            fontweight="bold" if side < 0 else "normal",
            color=INK,
            gid="value-label",
        )


def level_axis(ax: Axes, data: pd.DataFrame, y: np.ndarray, end: float) -> None:
    """Level names (with years when known) down the left, first level on top."""
    labels = [wrap_level(str(v)) for v in data["level"]]
    if {"years_min", "years_max"} <= set(data.columns):
        lo = pd.to_numeric(data["years_min"], errors="coerce")
        hi = pd.to_numeric(data["years_max"], errors="coerce")
        labels = [
            _with_years(name, a, b) for name, a, b in zip(labels, lo, hi, strict=True)
        ]
    ax.set_yticks(y, labels, parse_math=False)
    ax.set_ylim(len(y) - 0.5, -0.5)
    ax.set_xlim(0, end)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#dddddd", linewidth=0.7)


def wrap_level(name: str) -> str:
    """Break a long level name into lines ("Principal/\nArchitect").

    A plain figure leaves about 12 characters of margin for the tick labels;
    a longer name is wrapped after a "/" or at a space.
    """
    if len(name) <= _LEVEL_WIDTH:
        return name
    lines = textwrap.wrap(name.replace("/", "/ "), _LEVEL_WIDTH, break_long_words=False)
    return "\n".join(line.replace("/ ", "/") for line in lines)


def _with_years(name: str, low: object, high: object) -> str:
    if pd.isna(low):
        return name
    if pd.isna(high):
        return f"{name}\n" + t("charts.years_open", low=int(low))
    return f"{name}\n" + t("charts.years", low=int(low), high=int(high))
