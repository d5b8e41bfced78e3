"""Shared look and plumbing of :mod:`careerkit.charts` (private).

One palette (Okabe-Ito, safe for colour-blind readers), the style context, the
money tick formatters, the axes lookup and the column checks.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from careerkit.errors import DataError
from careerkit.i18n import t

__all__ = [
    "COLORS",
    "FIGSIZE",
    "INK",
    "MUTED",
    "dollar_formatter",
    "finish",
    "format_usd",
    "get_axes",
    "literal",
    "money_column",
    "note",
    "require_columns",
    "rupiah_formatter",
    "style",
]

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
COLORS = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
}
INK = "#222222"
MUTED = "#666666"

_RC = {
    "text.usetex": False,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.labelcolor": INK,
    "axes.edgecolor": MUTED,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": INK,
    "ytick.labelcolor": INK,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9.5,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "hatch.linewidth": 0.8,
    "figure.constrained_layout.use": True,
}


def style() -> AbstractContextManager[None]:
    """Return the context every chart draws in (no global rcParams change)."""
    return _settings(_RC)


@contextmanager
def _settings(values: dict[str, object]) -> Iterator[None]:
    """Set some rcParams for the duration; put back only those.

    Unlike :func:`matplotlib.rc_context`, which restores every setting, this
    keeps what happens meanwhile to other settings: when the first chart of a
    Jupyter session imports pyplot, IPython switches ``interactive`` on, and
    restoring it would stop every later figure from showing in the notebook.
    """
    saved = {key: mpl.rcParams[key] for key in values}
    try:
        mpl.rcParams.update(values)
        yield
    finally:
        mpl.rcParams.update(saved)


# Size (inches) of the figure a chart opens when there is none yet.
FIGSIZE = {
    "salary_ranges": (8.0, 4.2),
    "local_vs_remote": (8.5, 5.4),
    "salary_benchmark": (9.0, 5.8),
    "skills_by_priority": (7.5, 6.2),
    "roadmap_timeline": (10.0, 6.8),
    "skill_gaps": (8.0, 6.6),
}


def get_axes(ax: Axes | None, chart: str) -> Axes:
    """Return ``ax``, or the current Axes; a new figure gets the chart's size.

    Call inside :func:`style` so that a figure created here gets the style.
    """
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    with _settings({"figure.figsize": FIGSIZE[chart]}):
        return plt.gca()


def finish(ax: Axes) -> None:
    """Last step of every chart: the common frame, and every text drawn literally."""
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_axisbelow(True)
    literal(ax)


def literal(ax: Axes) -> None:
    """Draw every text of ``ax`` as written: a ``$`` is a dollar, never math.

    Covers titles, axis labels, tick labels present now, annotations and the
    legend.  Numeric tick labels made later come from our formatters, which
    write at most one ``$`` (never math on its own).
    """
    for text in ax.findobj(Text):
        text.set_parse_math(False)


def note(ax: Axes, text: str) -> None:
    """Write a small grey note (source, rate, assumption) under the x label."""
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords=("axes fraction", ax.xaxis.label),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=8,
        color=MUTED,
        gid="note",
        annotation_clip=False,
    )


def require_columns(data: object, columns: Sequence[str], func: str) -> pd.DataFrame:
    """Check that ``data`` is a DataFrame holding ``columns``; name what is missing."""
    if not isinstance(data, pd.DataFrame):
        raise DataError(
            t("charts.error.not_frame", func=func, kind=type(data).__name__)
        )
    missing = [name for name in columns if name not in data.columns]
    if missing:
        raise DataError(
            t(
                "charts.error.columns",
                func=func,
                missing=", ".join(missing),
                expected=", ".join(columns),
                found=", ".join(map(str, data.columns)) or "-",
            )
        )
    return data


def money_column(data: pd.DataFrame, column: str, func: str) -> np.ndarray:
    """Return ``data[column]`` as floats, missing values as NaN."""
    try:
        values = pd.to_numeric(data[column], errors="raise")
    except (TypeError, ValueError):
        message = t("charts.error.not_numeric", func=func, column=column)
        raise DataError(message) from None
    return values.astype("Float64").to_numpy(dtype=float, na_value=np.nan)


def _rupiah_tick(value: float, pos: int | None = None) -> str:
    from careerkit.money import format_rupiah

    return format_rupiah(value, short=True)


def format_usd(value: float) -> str:
    """Format dollars as written in job ads: ``1500`` -> ``"$1,500"``."""
    sign = "-" if value < 0 else ""
    amount = abs(value)
    if math.isclose(amount, round(amount)):
        return f"{sign}${amount:,.0f}"
    return f"{sign}${amount:,.2f}"


def _dollar_tick(value: float, pos: int | None = None) -> str:
    return format_usd(value)


rupiah_formatter = FuncFormatter(_rupiah_tick)
"""Tick formatter (a ready :class:`~matplotlib.ticker.FuncFormatter` instance).

Puts short Rupiah on an axis: 25 000 000 -> ``"Rp25 jt"``.  Use it on any axes::

    ax.xaxis.set_major_formatter(charts.rupiah_formatter)
"""

dollar_formatter = FuncFormatter(_dollar_tick)
"""Tick formatter (a ready :class:`~matplotlib.ticker.FuncFormatter` instance).

Puts dollars on an axis: 1500 -> ``"$1,500"`` (one ``$``, drawn literally).
"""
