"""Charts of the guide's data, drawn the way matplotlib and seaborn users expect.

Every chart function takes its data first (default: the bundled table from
:func:`careerkit.load`), everything else by keyword, draws into ``ax`` (default
the current Axes, as in seaborn) and returns that Axes.  None of them calls
``plt.show()`` or changes matplotlib's global settings, and every text is drawn
literally, so ``"$800–$1,500"`` shows its dollar signs.  Labels follow
:func:`careerkit.set_language` (Indonesian by default).

Each chart's one-sentence caption (what to see; also its alt text) is in its
docstring and, for learners, in the catalogue: ``careerkit.i18n.t(
"charts.caption.salary_ranges")`` and so on for every chart name.

Examples
--------
>>> import matplotlib.pyplot as plt
>>> from careerkit import charts
>>> ax = charts.salary_ranges(currency="USD")
>>> fig, mine = plt.subplots()
>>> mine.yaxis.set_major_formatter(charts.rupiah_formatter)  # on your own axes

Render every chart to PNG files::

    python -m careerkit.charts --gallery DIR
"""

from __future__ import annotations

from careerkit._chartbench import salary_benchmark
from careerkit._chartgaps import DEFAULT_TARGETS, skill_gaps
from careerkit._chartlearn import skills_by_priority
from careerkit._chartroadmap import roadmap_timeline
from careerkit._chartsalary import local_vs_remote, salary_ranges
from careerkit._chartstyle import COLORS, dollar_formatter, rupiah_formatter

__all__ = [
    "COLORS",
    "DEFAULT_TARGETS",
    "dollar_formatter",
    "local_vs_remote",
    "roadmap_timeline",
    "rupiah_formatter",
    "salary_benchmark",
    "salary_ranges",
    "skill_gaps",
    "skills_by_priority",
]

if __name__ == "__main__":  # python -m careerkit.charts --gallery DIR
    from careerkit._gallery import main

    raise SystemExit(main())
