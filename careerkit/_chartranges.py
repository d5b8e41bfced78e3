"""Range bars for :mod:`careerkit.charts` (private).

A salary band is a horizontal bar from its low to its high value.  A band with
a missing bound is drawn as a fade towards the open side with an arrow, never
with a made-up end.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.container import BarContainer
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

from careerkit._chartstyle import INK

__all__ = ["draw_ranges", "range_label"]

_FADE_STEPS = 64


def range_label(low: float, high: float, fmt) -> str:
    """``"Rp6 jt – Rp12 jt"``, ``"$10,000+"`` (open top) or ``"≤ $800"``."""
    if math.isnan(high):
        return f"{fmt(low)}+"
    if math.isnan(low):
        return f"≤ {fmt(high)}"
    return f"{fmt(low)} – {fmt(high)}"


def draw_ranges(
    ax: Axes,
    y: Iterable[float],
    lows: np.ndarray,
    highs: np.ndarray,
    *,
    end: float,
    height: float,
    color: str,
    hatch: str | None,
    label: str,
) -> BarContainer:
    """Draw one horizontal range bar per row; an open bound fades out.

    The returned container holds exactly one patch per row.  A closed range
    spans ``low`` to ``high``.  A missing ``high`` is an open top: the patch
    (gid ``"open-upper"``) reaches ``end``, the edge of the plot, and is
    painted as a fade, so no end value is suggested.  A missing ``low`` fades
    towards zero (gid ``"open-lower"``).  Rows missing both get an empty patch
    (gid ``"missing"``).
    """
    y = np.asarray(list(y), dtype=float)
    lefts = np.where(np.isnan(lows), 0.0, lows)
    rights = np.where(np.isnan(highs), end, highs)
    widths = np.where(np.isnan(lows) & np.isnan(highs), 0.0, rights - lefts)
    bars = ax.barh(
        y,
        widths,
        left=lefts,
        height=height,
        color=color,
        edgecolor="white",
        linewidth=0.8,
        hatch=hatch,
        label=label,
        zorder=2,
    )
    for patch, y0, low, high in zip(bars.patches, y, lows, highs, strict=True):
        if not (math.isnan(low) or math.isnan(high)):
            continue
        if math.isnan(low) and math.isnan(high):
            patch.set_gid("missing")
            continue
        patch.set_gid("open-upper" if math.isnan(high) else "open-lower")
        patch.set_facecolor("none")
        patch.set_hatch(None)
        patch.set_linewidth(0)
        _fade(
            ax,
            patch.get_x(),
            patch.get_width(),
            y0,
            height,
            color,
            hatch,
            towards_right=math.isnan(high),
        )
    return bars


def _fade(
    ax: Axes,
    x: float,
    width: float,
    y: float,
    height: float,
    color: str,
    hatch: str | None,
    *,
    towards_right: bool,
) -> None:
    """Paint ``[x, x + width]`` with ``color`` fading out (open side last)."""
    ramp = np.linspace(0.95, 0.0, _FADE_STEPS) ** 1.4
    if not towards_right:
        ramp = ramp[::-1]
    rgba = np.tile(to_rgba(color), (1, _FADE_STEPS, 1))
    rgba[0, :, 3] = ramp
    image = AxesImage(
        ax,
        data=rgba,
        extent=(x, x + width, y - height / 2, y + height / 2),
        origin="lower",
        interpolation="bilinear",
        zorder=1.9,
        gid="open-fade",
    )
    image.sticky_edges.x.clear()
    image.sticky_edges.y.clear()
    ax.add_image(image)
    if hatch:  # white hatching over a fade to white vanishes along with it
        ax.add_patch(
            Rectangle(
                (x, y - height / 2),
                width,
                height,
                facecolor="none",
                hatch=hatch,
                edgecolor="white",
                linewidth=0,
                zorder=1.95,
                gid="open-fade",
            )
        )
    if towards_right:
        tip, tail = x + width, x + width * 0.72
    else:
        tip, tail = x, x + width * 0.28
    ax.annotate(
        "",
        xy=(tip, y),
        xytext=(tail, y),
        zorder=3,
        gid="open-arrow",
        arrowprops={
            "arrowstyle": "-|>",
            "color": INK,
            "lw": 1.2,
            "mutation_scale": 12,
            "shrinkA": 0,
            "shrinkB": 0,
        },
    )
