"""The salary cross-check chart of :mod:`careerkit.charts` (private)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from careerkit._chartranges import draw_ranges
from careerkit._chartsalary import (
    check_rate,
    level_axis,
    levels_table,
    load_table,
    plot_end,
    value_labels,
)
from careerkit._chartstyle import (
    COLORS,
    INK,
    finish,
    get_axes,
    money_column,
    note,
    require_columns,
    rupiah_formatter,
    style,
)
from careerkit.i18n import t
from careerkit.money import DEFAULT_RATE, format_rupiah

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
) -> Axes:
    """Draw the guide's rupiah bands beside published salary figures per level.

    Caption: for each level, the solid bar is the guide's monthly band, a line
    with a diamond shows a survey's 10th to 90th percentile with its median,
    and a hatched bar shows a published low-high range (dollars converted at
    the printed rate); every source is named in the legend.

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
        Rupiah per US dollar for dollar figures (printed on the chart).

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    DataError
        A column is missing or not numeric, or ``rate`` is not a positive
        number.

    Notes
    -----
    Only monthly figures in IDR or USD are drawn; other rows are left out with
    a warning.  The guide's levels without any published figure are left out
    and named under the chart; figures for a level the guide does not have
    are not drawn.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.salary_benchmark()
    """
    func = "salary_benchmark"
    rate = check_rate(rate, func)
    data = levels_table(data, ["idr_low", "idr_high"], func)
    series, used_usd = _benchmark_series(benchmarks, rate, func)
    guide_levels = [str(v) for v in data["level"]]
    covered = {lv for _, values in series for lv in values} & set(guide_levels)
    uncovered = [lv for lv in guide_levels if lv not in covered]
    if covered:
        data = data[data["level"].astype(str).isin(covered)]

    with style():
        ax = get_axes(ax, "salary_benchmark")
        levels = [str(v) for v in data["level"]]
        slot = 0.8 / (1 + len(series))
        y = np.arange(len(levels), dtype=float)
        top = y - 0.4 + slot / 2
        lows, highs = (money_column(data, c, func) for c in ("idr_low", "idr_high"))
        values = [lows, highs] + [v for _, per in series for v in _flat(per, levels)]
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
        value_labels(ax, top, lows, highs, lambda v: format_rupiah(v, short=True))
        for k, (name, per_level) in enumerate(series):
            style_ = _SERIES_STYLES[k % len(_SERIES_STYLES)]
            handles.append(
                _draw_series(
                    ax, top + (k + 1) * slot, slot, name, per_level, levels, style_, end
                )
            )
        level_axis(ax, data, y, end)
        ax.xaxis.set_major_formatter(rupiah_formatter)
        ax.set_xlabel(t("charts.xlabel_month_idr"))
        # The legend names every source, so it sits above the plot, under the title.
        ax.legend(
            handles=handles,
            loc="lower left",
            bbox_to_anchor=(0, 1.0),
            borderaxespad=0.3,
            handlelength=2.2,
        )
        ax.set_title(t("charts.benchmark.title"), pad=14 * len(handles) + 12)
        notes = []
        if used_usd:
            notes.append(t("charts.rate_note", rate=format_rupiah(rate)))
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
        benchmarks = load_table("salary_benchmarks")
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
    used_usd = False
    series: dict[tuple[str, str, str], dict[str, dict[str, float]]] = {}
    for i, row in enumerate(benchmarks.itertuples(index=False)):
        if not usable[i] or math.isnan(amount[i]):
            continue
        value = amount[i] * rate if currency[i] == "USD" else amount[i]
        used_usd |= currency[i] == "USD"
        key = (str(row.source), str(row.year), str(row.role))
        per_level = series.setdefault(key, {}).setdefault(str(row.level), {})
        per_level[str(row.statistic).lower()] = value
    named = [
        (t("charts.benchmark.series", source=s, year=y, role=r), v)
        for (s, y, r), v in series.items()
    ]
    return named, used_usd


def _flat(per_level: dict, levels: list[str]) -> list[np.ndarray]:
    return [np.array([v for lv in levels for v in per_level.get(lv, {}).values()])]


def _draw_series(ax, y, slot, name, per_level, levels, style_, end):
    """One published source: a p10-p90 whisker with a median, or a low-high bar.

    Returns the legend handle.
    """
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
            label=name + t("charts.benchmark.range"),
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
    return Line2D(
        [],
        [],
        lw=2,
        marker=style_["marker"],
        markersize=7,
        label=name + t("charts.benchmark.percentiles"),
        **look,
    )
