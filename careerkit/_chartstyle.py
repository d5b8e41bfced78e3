"""Shared look and plumbing of :mod:`careerkit.charts` (private).

One palette (Okabe-Ito, safe for colour-blind readers), the style context, the
money formats and tick formatters, the axes lookup and the column checks.
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
from matplotlib.ticker import FuncFormatter, MaxNLocator

from careerkit.errors import DataError
from careerkit.i18n import get_language, t

__all__ = [
    "COLORS",
    "FIGSIZE",
    "INK",
    "MUTED",
    "MoneyLocator",
    "dollar_formatter",
    "finish",
    "format_usd",
    "get_axes",
    "literal",
    "money_column",
    "note",
    "require_columns",
    "rupiah",
    "rupiah_formatter",
    "rupiah_ticks",
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


def get_axes(ax: Axes | None, chart: str, *, clear: bool = False) -> Axes:
    """Return ``ax``, or the current Axes; a new figure gets the chart's size.

    ``clear=True`` clears the Axes first, so a redraw (a widget callback, a
    slider) replaces the chart instead of stacking another copy on it.  Call
    inside :func:`style`: a figure created here then gets the style, including
    constrained layout, which makes room for the notes under the chart.
    """
    if ax is None:
        import matplotlib.pyplot as plt

        with _settings({"figure.figsize": FIGSIZE[chart]}):
            ax = plt.gca()
    if clear:
        ax.clear()
    return ax


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
    """Write a small grey note (source, rate, assumption) under the x label.

    The note lies outside the Axes: a figure with constrained layout (every
    figure a chart creates) or saved with ``bbox_inches="tight"`` makes room
    for it; a plain figure of the user's may cut it off, so nothing a reader
    needs lives only in a note.
    """
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


_ENGLISH_UNITS = {"rb": "k", "jt": "mn", "M": "bn"}
_SWAP_MARKS = str.maketrans({".": ",", ",": "."})


def rupiah(value: float, *, short: bool = False, language: str | None = None) -> str:
    """Write rupiah for chart text in the current language.

    Indonesian is :func:`careerkit.format_rupiah` as it is ("Rp16.500",
    "Rp12,5 jt", "Rp1,5 M").  English swaps the marks and spells the short
    units the way English financial writing does ("Rp16,500", "Rp12.5 mn",
    "Rp1.5 bn", "Rp750 k"): an English reader takes "Rp16.500" for sixteen
    and a half, and "M", which means miliar (billion) in Indonesian, for
    million.
    """
    from careerkit.money import format_rupiah

    text = format_rupiah(value, short=short)
    if (language or get_language()) == "id":
        return text
    number, space, unit = text.translate(_SWAP_MARKS).partition(" ")
    return f"{number}{space}{_ENGLISH_UNITS.get(unit, unit)}"


def _rupiah_tick(value: float, pos: int | None = None) -> str:
    return rupiah(value, short=True)


def rupiah_ticks() -> FuncFormatter:
    """A Rupiah tick formatter fixed to the current language.

    Charts use it, so that a chart drawn in English keeps English ticks when
    the language changes before the figure is drawn again.
    """
    language = get_language()
    return FuncFormatter(
        lambda value, pos=None: rupiah(value, short=True, language=language)
    )


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

Puts short Rupiah on an axis: 25 000 000 -> ``"Rp25 jt"``; in English
(``careerkit.set_language("en")``) ``"Rp25 mn"``, and 1.5e9 -> ``"Rp1.5 bn"``
(not "M", which is miliar in Indonesian).  Use it on any axes::

    ax.xaxis.set_major_formatter(charts.rupiah_formatter)
"""

dollar_formatter = FuncFormatter(_dollar_tick)
"""Tick formatter (a ready :class:`~matplotlib.ticker.FuncFormatter` instance).

Puts dollars on an axis: 1500 -> ``"$1,500"`` (one ``$``, drawn literally).
"""


class MoneyLocator(MaxNLocator):
    """Round tick values, as many as fit the axis with labels like "Rp125 jt".

    Matplotlib's default locator spaces ticks by the font size, which suits
    short numbers; money labels are wider, and a small figure would print
    them over each other.  This one asks for at most one tick per
    ``label_chars`` characters of axis length.
    """

    def __init__(self, label_chars: float = 10.5, fontsize: float = 9.0) -> None:
        super().__init__(nbins=8, steps=[1, 2, 2.5, 5, 10])
        self.label_chars = label_chars
        self.fontsize = fontsize  # points, as the chart style sets tick labels

    def __call__(self) -> list[float]:
        axis = self.axis
        if axis is not None and axis.axes is not None:
            box = axis.axes.bbox
            length = box.width if axis.axis_name == "x" else box.height
            char = self.fontsize * axis.axes.figure.dpi / 72 * 0.6  # pixels
            self.set_params(nbins=max(3, int(length / (char * self.label_chars))))
        return super().__call__()
