"""Benchmark: validating the course with nbval against trivial notebooks.

Two timed runs of strict nbval, each a fresh ``pytest`` process with the
project's own settings (``pyproject.toml``: ``--nbval``, the current
environment's kernel, the sanitize file):

* the course: ``pytest notebooks/ -p no:cacheprovider -q``, exactly as a
  maintainer would type it;
* a baseline: as many trivial notebooks as the course has, written to a
  temporary folder and executed once beforehand (not timed) so that nbval has
  outputs to compare.  Each only imports pandas, matplotlib and careerkit and
  draws one chart.

Both runs get a fresh, empty ``CAREERKIT_HOME``.  With ``--runs N`` the two
alternate N times and the medians are compared, so that noise from other jobs
on the machine hits both alike.  The script prints the times and their ratio
(target: at most 1.5); it asserts nothing.

Usage::

    python benchmarks/bench_notebooks.py [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
TARGET = 1.5

TRIVIAL_CELLS = (
    "import matplotlib.pyplot as plt\nimport pandas as pd\n\nimport careerkit as ck",
    "fig, ax = plt.subplots(figsize=(4, 3))\n"
    'bars = ax.bar(["a", "b", "c"], [1, 3, 2]);',
)


def write_trivial(folder: Path, count: int) -> None:
    """Write and execute ``count`` trivial notebooks into ``folder``."""
    import nbformat
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell, new_notebook

    for index in range(count):
        nb = new_notebook(cells=[new_code_cell(src) for src in TRIVIAL_CELLS])
        for number, cell in enumerate(nb.cells):
            cell["id"] = f"trivial-{index}-{number}"
        nb.metadata["kernelspec"] = {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        }
        NotebookClient(
            nb,
            kernel_name="python3",
            resources={"metadata": {"path": str(folder)}},
            store_widget_state=False,
            record_timing=False,
        ).execute()
        nbformat.write(nb, folder / f"trivial-{index:02d}.ipynb")


def pytest_seconds(target: Path, env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds of one strict-nbval pytest process over ``target``, and its code."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(target),
        "-c",
        str(REPO / "pyproject.toml"),
        "--rootdir",
        str(REPO),
        "-p",
        "no:cacheprovider",
        "-q",
    ]
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    return time.perf_counter() - start, result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs of each (default 1)")
    runs = parser.parse_args().runs
    count = len(sorted(NOTEBOOKS.glob("*.ipynb")))
    if count == 0:
        print(f"no notebooks in {NOTEBOOKS}")
        return

    with tempfile.TemporaryDirectory(prefix="bench-notebooks-") as tmp:
        trivial = Path(tmp) / "trivial"
        trivial.mkdir()
        home = Path(tmp) / "home"
        home.mkdir()
        env = dict(os.environ)
        env["CAREERKIT_HOME"] = str(home)
        env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
        env.pop("CAREERKIT_LANG", None)
        saved = os.environ.get("CAREERKIT_HOME")
        os.environ["CAREERKIT_HOME"] = str(home)
        try:
            write_trivial(trivial, count)
        finally:
            if saved is None:
                os.environ.pop("CAREERKIT_HOME", None)
            else:
                os.environ["CAREERKIT_HOME"] = saved

        course: list[float] = []
        baseline: list[float] = []
        codes = {"course": set(), "baseline": set()}
        for _ in range(runs):
            seconds, code = pytest_seconds(trivial, env)
            baseline.append(seconds)
            codes["baseline"].add(code)
            seconds, code = pytest_seconds(NOTEBOOKS, env)
            course.append(seconds)
            codes["course"].add(code)

    course_s, baseline_s = statistics.median(course), statistics.median(baseline)
    ratio = course_s / baseline_s
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"strict nbval, {count} notebooks each, median of {runs} run(s)")
    print(
        f"  course   (notebooks/)  {course_s:7.1f} s"
        f"  ({course_s / count:5.2f} s per notebook)"
        f"  pytest exit {sorted(codes['course'])}"
    )
    print(
        f"  baseline (trivial)     {baseline_s:7.1f} s"
        f"  ({baseline_s / count:5.2f} s per notebook)"
        f"  pytest exit {sorted(codes['baseline'])}"
    )
    print(f"  ratio course/baseline  {ratio:7.2f}   ({verdict} target {TARGET})")
    if codes["course"] != {0} or codes["baseline"] != {0}:
        print("  note: a run did not pass (exit code != 0); its time still counts")


if __name__ == "__main__":
    main()
