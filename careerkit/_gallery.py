"""Render every chart to PNG: ``python -m careerkit.charts --gallery DIR``."""

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


def render(
    directory: Path, *, language: str | None = None, dpi: int = 100
) -> list[Path]:
    """Draw each chart on its own figure and save it as ``directory/NAME.png``."""
    from matplotlib.figure import Figure

    from careerkit import charts
    from careerkit.i18n import set_language

    jobs = {
        "salary_ranges": lambda ax: charts.salary_ranges(ax=ax),
        "salary_ranges_usd": lambda ax: charts.salary_ranges(ax=ax, currency="USD"),
        "local_vs_remote": lambda ax: charts.local_vs_remote(ax=ax),
        "salary_benchmark": lambda ax: charts.salary_benchmark(ax=ax),
        "skills_by_priority": lambda ax: charts.skills_by_priority(ax=ax),
        "roadmap_timeline": lambda ax: charts.roadmap_timeline(ax=ax),
        "skill_gaps": lambda ax: charts.skill_gaps(SAMPLE_RATINGS, ax=ax),
    }
    sizes = {
        "local_vs_remote": (8.5, 5.4),
        "salary_benchmark": (9.0, 6.0),
        "skills_by_priority": (7.5, 6.2),
        "roadmap_timeline": (10.0, 6.8),
        "skill_gaps": (8.0, 6.8),
    }
    directory.mkdir(parents=True, exist_ok=True)
    if language is not None:
        set_language(language)
    written = []
    try:
        for name, draw in jobs.items():
            figure = Figure(figsize=sizes.get(name, (8.0, 4.4)), layout="constrained")
            draw(figure.add_subplot())
            path = directory / f"{name}.png"
            figure.savefig(path, dpi=dpi)
            written.append(path)
    finally:
        if language is not None:
            set_language(None)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``--gallery DIR [--lang id|en] [--dpi N]``."""
    parser = argparse.ArgumentParser(prog="python -m careerkit.charts")
    parser.add_argument("--gallery", type=Path, required=True, metavar="DIR")
    parser.add_argument("--lang", choices=["id", "en"])
    parser.add_argument("--dpi", type=int, default=100)
    args = parser.parse_args(argv)
    for path in render(args.gallery, language=args.lang, dpi=args.dpi):
        print(path)  # the command line is the one place that prints
    return 0
