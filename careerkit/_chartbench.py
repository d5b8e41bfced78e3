"""The salary cross-check chart of :mod:`careerkit.charts` (private)."""

from __future__ import annotations

import math
import textwrap
import warnings

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from careerkit._chartlevels import level_axis, levels_table, plot_end, value_labels
from careerkit._chartranges import draw_ranges
from careerkit._chartstyle import (
    COLORS,
    INK,
    MoneyLocator,
    finish,
    get_axes,
    money_column,
    note,
    require_columns,
    rupiah,
    rupiah_ticks,
    style,
)
from careerkit.i18n import t
from careerkit.money import DEFAULT_RATE, check_rate
from careerkit.tables import load

__all__ = ["salary_benchmark"]

_BENCH_COLUMNS = [
    "source",
    "year",
    "role",
    "level",
    "statistic",
    "amount",
    "currency",
    "period",
]
_LEGEND_WIDTH = 46  # characters per legend line
_SERIES_STYLES = [
    {"color": COLORS["vermillion"], "marker": "D", "hatch": "xx"},
    {"color": COLORS["orange"], "marker": "o", "hatch": "//"},
    {"color": COLORS["green"], "marker": "s", "hatch": ".."},
    {"color": COLORS["purple"], "marker": "^", "hatch": "\\\\"},
]


def salary_benchmark(
    data: pd.DataFrame | None = None,
    benchmarks: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    rate: float = DEFAULT_RATE,
    clear: bool = False,
) -> Axes:
    """Draw the guide's rupiah bands beside published salary figures per level.

    Caption: for each level, the solid bar is the guide's monthly band, a line
    with a diamond shows a survey's 10th to 90th percentile with its median
    written beside it, and a hatched bar shows a published low-high range
    (dollars converted at the rate in the legend); every source is named in
    the legend.

    Parameters
    ----------
    data : DataFrame, optional
        The guide's bands: ``level``, ``idr_low``, ``idr_high``.
        Default: ``careerkit.load("salaries")``.
    benchmarks : DataFrame, optional
        Long table with ``source``, ``year``, ``role``, ``level``,
        ``statistic`` (p10, median, p90, low or high), ``amount``,
        ``currency`` (IDR or USD) and ``period``.
        Default: ``careerkit.load("salary_benchmarks")``.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes.
    rate : float
        Rupiah per US dollar for dollar figures (printed in the legend entry
        of every source given in dollars).
    clear : bool
        Clear ``ax`` first, so that drawing again replaces the chart instead
        of stacking another copy on it.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    DataError
        A column is missing or not numeric.
    ValueError
        ``rate`` is not a positive, finite number (the error of
        :func:`careerkit.money.check_rate`).

    Notes
    -----
    Only monthly figures in IDR or USD are drawn; other rows are left out with
    a warning.  The guide's levels without any published figure are left out
    and named under the chart; figures for a level the guide does not have
    are not drawn.

    The legend, with every source and the rate, sits inside the Axes (top
    right, where the junior levels leave room), so it survives any figure
    layout.  Drawn into a figure of your own, the grey notes under the x-axis
    label need room: create the figure with
    ``plt.subplots(layout="constrained")`` or save it with
    ``fig.savefig(..., bbox_inches="tight")``; a plain figure cuts them off.
    A figure the chart creates itself has constrained layout already.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.salary_benchmark()
    """
    func = "salary_benchmark"
    rate = check_rate(rate, name=f"{func}(): rate")
    data = levels_table(data, ["idr_low", "idr_high"], func)
    series, used_usd = _benchmark_series(benchmarks, rate, func)
    guide_levels = [str(v) for v in data["level"]]
    covered = {lv for _, values, _ in series for lv in values} & set(guide_levels)
    uncovered = [lv for lv in guide_levels if lv not in covered]
    if covered:
        data = data[data["level"].astype(str).isin(covered)]

    with style():
        ax = get_axes(ax, "salary_benchmark", clear=clear)
        levels = [str(v) for v in data["level"]]
        slot = 0.8 / (1 + len(series))
        y = np.arange(len(levels), dtype=float)
        top = y - 0.4 + slot / 2
        lows, highs = (money_column(data, c, func) for c in ("idr_low", "idr_high"))
        values = [lows, highs] + [v for _, p, _ in series for v in _flat(p, levels)]
        end = plot_end(*values)
        handles = [
            draw_ranges(
                ax,
                top,
                lows,
                highs,
                end=end,
                height=slot * 0.9,
                color=COLORS["blue"],
                hatch=None,
                label=t("charts.benchmark.guide"),
            )
        ]
        value_labels(ax, top, lows, highs, lambda v: rupiah(v, short=True))
        for k, source in enumerate(series):
            style_ = _SERIES_STYLES[k % len(_SERIES_STYLES)]
            y_k = top + (k + 1) * slot
            handles.append(_draw_series(ax, y_k, slot, source, levels, style_, end))
        level_axis(ax, data, y, end)
        ax.xaxis.set_major_locator(MoneyLocator())
        ax.xaxis.set_major_formatter(rupiah_ticks())
        ax.set_xlabel(t("charts.xlabel_month_idr"))
        # Inside the Axes, so that the sources survive a plain figure's margins.
        ax.legend(
            handles=handles,
            loc="upper right",
            borderaxespad=0.2,
            handlelength=2.2,
            fontsize=8,
            facecolor="white",
            framealpha=0.9,
            frameon=True,
            edgecolor="none",
        )
        ax.set_title(t("charts.benchmark.title"))
        notes = []
        if used_usd:
            notes.append(t("charts.rate_note", rate=rupiah(rate)))
        if uncovered and covered:
            notes.append(t("charts.benchmark.uncovered", levels=", ".join(uncovered)))
        notes.append(t("charts.benchmark.caveat"))
        note(ax, "\n".join(notes))
        finish(ax)
    return ax


# --- helpers ---------------------------------------------------------------


def _benchmark_series(benchmarks, rate: float, func: str):
    """Group the long table into [(legend name, {level: {statistic: IDR}})]."""
    if benchmarks is None:
        benchmarks = load("salary_benchmarks")
    require_columns(benchmarks, _BENCH_COLUMNS, func)
    amount = money_column(benchmarks, "amount", func)
    currency = benchmarks["currency"].astype(str).str.upper().to_numpy()
    monthly = benchmarks["period"].astype(str).str.lower().to_numpy() == "month"
    usable = monthly & np.isin(currency, ["IDR", "USD"])
    if not usable.all():
        warnings.warn(
            t("charts.warn.period", count=int((~usable).sum())),
            UserWarning,
            stacklevel=3,
        )
    in_usd: set[tuple[str, str, str]] = set()
    series: dict[tuple[str, str, str], dict[str, dict[str, float]]] = {}
    for i, row in enumerate(benchmarks.itertuples(index=False)):
        if not usable[i] or math.isnan(amount[i]):
            continue
        key = (str(row.source), str(row.year), str(row.role))
        value = amount[i] * rate if currency[i] == "USD" else amount[i]
        if currency[i] == "USD":
            in_usd.add(key)
        per_level = series.setdefault(key, {}).setdefault(str(row.level), {})
        per_level[str(row.statistic).lower()] = value
    usd_note = t("charts.benchmark.usd_rate", rate=rupiah(rate))
    named = [
        (
            t("charts.benchmark.series", source=s, year=y, role=r),
            values,
            usd_note if (s, y, r) in in_usd else "",
        )
        for (s, y, r), values in series.items()
    ]
    return named, bool(in_usd)


def _legend_label(text: str) -> str:
    """Wrap a legend entry so the legend fits inside the Axes."""
    return "\n".join(textwrap.wrap(text, _LEGEND_WIDTH, break_long_words=False))


def _flat(per_level: dict, levels: list[str]) -> list[np.ndarray]:
    return [np.array([v for lv in levels for v in per_level.get(lv, {}).values()])]


def _draw_series(ax, y, slot, source, levels, style_, end):
    """One published source: a p10-p90 whisker with a labelled median, or a
    low-high bar.  ``source`` is (name, {level: {statistic: IDR}}, rate note).

    Returns the legend handle.
    """
    name, per_level, rate_note = source
    stats = [per_level.get(level, {}) for level in levels]
    if any({"low", "high"} & set(s) for s in stats):
        lows = np.array([s.get("low", np.nan) for s in stats])
        highs = np.array([s.get("high", np.nan) for s in stats])
        keep = ~(np.isnan(lows) & np.isnan(highs))
        return draw_ranges(
            ax,
            y[keep],
            lows[keep],
            highs[keep],
            end=end,
            height=slot * 0.9,
            color=style_["color"],
            hatch=style_["hatch"],
            label=_legend_label(name + t("charts.benchmark.range") + rate_note),
        )
    look = {"color": style_["color"], "markeredgecolor": INK, "zorder": 3}
    for y0, s in zip(y, stats, strict=True):
        if "p10" in s and "p90" in s:
            ax.plot(
                [s["p10"], s["p90"]],
                [y0, y0],
                lw=2,
                marker="|",
                markersize=9,
                gid="whisker",
                **look,
            )
        if "median" in s:
            ax.plot(
                [s["median"]],
                [y0],
                linestyle="none",
                marker=style_["marker"],
                markersize=7,
                gid="median",
                **look,
            )
            _median_label(ax, y0, s)
    return Line2D(
        [],
        [],
        lw=2,
        marker=style_["marker"],
        markersize=7,
        label=_legend_label(name + t("charts.benchmark.percentiles") + rate_note),
        **look,
    )


def _median_label(ax: Axes, y: float, stats: dict[str, float]) -> None:
    """Write the median's value just right of its whisker (or of its marker)."""
    right = max(stats["median"], stats.get("p90", stats["median"]))
    ax.annotate(
        t("charts.benchmark.median", value=rupiah(stats["median"], short=True)),
        xy=(right, y),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        ha="left",
        fontsize=7.5,
        color=INK,
        gid="median-label",
    )
