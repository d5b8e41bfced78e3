"""Render every chart to PNG: ``python -m careerkit.charts --gallery DIR``.

The chart pictures in docs/img are made with::

    python -m careerkit.charts --gallery docs/img --dpi 80 \\
        --only local_vs_remote salary_ranges
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

# A learner part-way through the course, for the skill_gaps example.
SAMPLE_RATINGS = {
    "Bahasa Pemrograman": 3,
    "Database (SQL & NoSQL)": 2,
    "API Design": 2,
    "Version Control (Git)": 3,
    "Authentication": 1,
    "Caching": 1,
    "Testing": 2,
    "Docker & Containers": 2,
    "Linux & CLI": 3,
    "CI/CD": 1,
}


def render(directory: Path, *, dpi: int = 100, only: Sequence[str] = ()) -> list[Path]:
    """Draw each chart (or the ``only`` ones) and save it as ``directory/NAME.png``.

    The figures are the size a notebook shows; pyplot never sees them.
    """
    from matplotlib.figure import Figure

    from careerkit import charts
    from careerkit._chartstyle import FIGSIZE

    jobs = {
        "salary_ranges": lambda ax: charts.salary_ranges(ax=ax),
        "salary_ranges_usd": lambda ax: charts.salary_ranges(ax=ax, currency="USD"),
        "local_vs_remote": lambda ax: charts.local_vs_remote(ax=ax),
        "salary_benchmark": lambda ax: charts.salary_benchmark(ax=ax),
        "skills_by_priority": lambda ax: charts.skills_by_priority(ax=ax),
        "roadmap_timeline": lambda ax: charts.roadmap_timeline(ax=ax),
        "skill_gaps": lambda ax: charts.skill_gaps(SAMPLE_RATINGS, ax=ax),
    }
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, draw in jobs.items():
        if only and name not in only:
            continue
        size = FIGSIZE[name.removesuffix("_usd")]
        figure = Figure(figsize=size, layout="constrained")
        draw(figure.add_subplot())
        path = directory / f"{name}.png"
        figure.savefig(
            path,
            dpi=dpi,
            bbox_inches="tight",
            pad_inches=0.1,
            pil_kwargs={"optimize": True},
        )
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``--gallery DIR [--lang id|en] [--dpi N]``."""
    parser = argparse.ArgumentParser(prog="python -m careerkit.charts")
    parser.add_argument("--gallery", type=Path, required=True, metavar="DIR")
    parser.add_argument("--lang", choices=["id", "en"])
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--only", nargs="+", default=(), metavar="NAME")
    args = parser.parse_args(argv)
    if args.lang:
        from careerkit.i18n import set_language

        set_language(args.lang)
    for path in render(args.gallery, dpi=args.dpi, only=args.only):
        print(path)  # the command line is the one place that prints
    return 0
