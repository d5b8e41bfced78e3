"""Salary charts of :mod:`careerkit.charts` (private; import them from there)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from careerkit._chartlevels import level_axis, levels_table, plot_end, value_labels
from careerkit._chartranges import draw_ranges
from careerkit._chartstyle import (
    COLORS,
    MoneyLocator,
    dollar_formatter,
    finish,
    format_usd,
    get_axes,
    money_column,
    note,
    rupiah,
    rupiah_ticks,
    style,
)
from careerkit.i18n import t
from careerkit.money import DEFAULT_RATE, check_rate
from careerkit.salary import check_currency

__all__ = ["local_vs_remote", "salary_ranges"]


def salary_ranges(
    data: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    currency: str = "IDR",
    clear: bool = False,
) -> Axes:
    """Draw the monthly salary band of each level as a horizontal range bar.

    Caption: each bar spans the lowest to the highest monthly salary the guide
    gives for a level, in rupiah or in US dollars for remote work; a band with
    no upper bound fades out to the right and is labelled with a "+".

    Parameters
    ----------
    data : DataFrame, optional
        Columns ``level``, ``idr_low``, ``idr_high`` (or ``usd_low``,
        ``usd_high``); ``years_min``/``years_max``, when present, are added to
        the level names.  Default: ``careerkit.load("salaries")``.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes (``plt.gca()``).
    currency : {"IDR", "USD"}
        Which band to draw (any case; None means the default, IDR).
    clear : bool
        Clear ``ax`` first, so that drawing again (from a widget callback or
        a loop) replaces the chart instead of stacking another copy on it.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    DataError
        A column is missing or not numeric.
    ValueError
        ``currency`` is not IDR or USD (:class:`careerkit.SalaryArgumentError`,
        from :func:`careerkit.salary.check_currency`).

    Notes
    -----
    A missing upper bound is never replaced by a number: the bar fades out to
    the edge of the plot, ends in an arrow, and its label ends in "+".
    Level names longer than 12 characters are wrapped, so that they fit the
    margin of a plain figure.

    Drawn into a figure of your own, the grey notes under the x-axis label
    need room: create the figure with ``plt.subplots(layout="constrained")``
    or save it with ``fig.savefig(..., bbox_inches="tight")``; a plain figure
    cuts them off.  A figure the chart creates itself (``ax=None`` and no
    figure yet) has constrained layout already.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.salary_ranges()  # rupiah, the guide's table
    >>> ax = charts.salary_ranges(currency="USD")  # remote work, in dollars
    """
    func = "salary_ranges"
    code = check_currency(currency, name=f"{func}(): currency") or "IDR"
    data = levels_table(data, [f"{code.lower()}_low", f"{code.lower()}_high"], func)
    lows = money_column(data, f"{code.lower()}_low", func)
    highs = money_column(data, f"{code.lower()}_high", func)
    fmt, formatter = _money_format(code)
    color = COLORS["blue"] if code == "IDR" else COLORS["orange"]

    with style():
        ax = get_axes(ax, "salary_ranges", clear=clear)
        y = np.arange(len(data), dtype=float)
        end = plot_end(lows, highs)
        draw_ranges(
            ax,
            y,
            lows,
            highs,
            end=end,
            height=0.6,
            color=color,
            hatch=None if code == "IDR" else "//",
            label=code,
        )
        value_labels(ax, y, lows, highs, fmt)
        level_axis(ax, data, y, end)
        ax.xaxis.set_major_locator(MoneyLocator())
        ax.xaxis.set_major_formatter(formatter)
        ax.set_xlabel(t(f"charts.salary_ranges.xlabel_{code.lower()}"))
        ax.set_title(t(f"charts.salary_ranges.title_{code.lower()}"))
        notes = [t("charts.source_guide")]
        if np.isnan(highs).any() or np.isnan(lows).any():
            notes.append(t("charts.open_note"))
        note(ax, "\n".join(notes))
        finish(ax)
    return ax


def local_vs_remote(
    data: pd.DataFrame | None = None,
    *,
    ax: Axes | None = None,
    rate: float = DEFAULT_RATE,
    clear: bool = False,
) -> Axes:
    """Draw, per level, the local rupiah band beside the remote dollar band.

    Caption: for each level, the upper bar is the local salary in rupiah and
    the hatched lower bar the remote salary in US dollars converted to rupiah
    at the exchange rate printed in the legend.

    Parameters
    ----------
    data : DataFrame, optional
        Columns ``level``, ``idr_low``, ``idr_high``, ``usd_low``,
        ``usd_high``.  Default: ``careerkit.load("salaries")``.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes.
    rate : float
        Rupiah per US dollar (default ``careerkit.DEFAULT_RATE``), printed
        in the remote band's legend entry.
    clear : bool
        Clear ``ax`` first, so that redrawing with another rate (a slider)
        replaces the chart instead of stacking another copy on it.

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
    The rate is in the legend, inside the Axes, so it survives any figure
    layout; the note under the chart repeats it with its caveat.

    Drawn into a figure of your own, the grey notes under the x-axis label
    need room: create the figure with ``plt.subplots(layout="constrained")``
    or save it with ``fig.savefig(..., bbox_inches="tight")``; a plain figure
    cuts them off.  A figure the chart creates itself (``ax=None`` and no
    figure yet) has constrained layout already.

    Examples
    --------
    >>> from careerkit import charts
    >>> ax = charts.local_vs_remote(rate=16_000)
    """
    func = "local_vs_remote"
    rate = check_rate(rate, name=f"{func}(): rate")
    columns = ["idr_low", "idr_high", "usd_low", "usd_high"]
    data = levels_table(data, columns, func)
    idr = [money_column(data, name, func) for name in columns[:2]]
    usd = [money_column(data, name, func) for name in columns[2:]]
    converted = [values * rate for values in usd]

    with style():
        ax = get_axes(ax, "local_vs_remote", clear=clear)
        y = np.arange(len(data), dtype=float)
        end = plot_end(*idr, *converted)
        draw_ranges(
            ax,
            y - 0.2,
            *idr,
            end=end,
            height=0.38,
            color=COLORS["blue"],
            hatch=None,
            label=t("charts.local"),
        )
        draw_ranges(
            ax,
            y + 0.2,
            *converted,
            end=end,
            height=0.38,
            color=COLORS["orange"],
            hatch="//",
            label=t("charts.remote", rate=rupiah(rate)),
        )
        value_labels(ax, y - 0.2, *idr, lambda v: rupiah(v, short=True))
        value_labels(ax, y + 0.2, *converted, lambda v: format_usd(v / rate))
        level_axis(ax, data, y, end)
        ax.xaxis.set_major_locator(MoneyLocator())
        ax.xaxis.set_major_formatter(rupiah_ticks())
        ax.set_xlabel(t("charts.xlabel_month_idr"))
        ax.set_title(t("charts.local_vs_remote.title"))
        ax.legend(loc="upper right")
        note(
            ax,
            t("charts.rate_note", rate=rupiah(rate)) + "\n" + t("charts.source_guide"),
        )
        finish(ax)
    return ax


# --- helpers ---------------------------------------------------------------


def _money_format(code: str):
    if code == "IDR":
        return (lambda v: rupiah(v, short=True)), rupiah_ticks()
    return format_usd, dollar_formatter
