"""Benchmark (c): ``import careerkit`` against ``import pandas``, fresh processes.

Each run starts a new interpreter (``python -c "import X"``) and takes its wall
time; the two commands alternate so that machine noise hits both alike.  The
script prints the medians, their ratio (target: at most 1.1) and, from
``python -X importtime``, the modules careerkit loads beyond pandas, slowest
first, to show where any excess comes from.

Usage::

    python benchmarks/bench_import.py [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET = 1.1


def wall_time(statement: str) -> float:
    """Seconds taken by a fresh interpreter that runs ``statement``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return time.perf_counter() - start


def self_times(module: str) -> dict[str, int]:
    """Microseconds each module spends importing itself, from ``-X importtime``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, int] = {}
    for line in result.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            times[parts[2].strip()] = int(parts[0])
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (default 9)")
    runs = parser.parse_args().runs

    wall_time("import careerkit")  # warm the file cache and the bytecode
    wall_time("import pandas")
    samples: dict[str, list[float]] = {"pandas": [], "careerkit": []}
    for _ in range(runs):
        for module, times in samples.items():
            times.append(wall_time(f"import {module}"))
    bare = statistics.median(wall_time("pass") for _ in range(runs))

    pandas = statistics.median(samples["pandas"])
    careerkit = statistics.median(samples["careerkit"])
    ratio = careerkit / pandas
    print(f"fresh interpreter, median of {runs} runs each")
    print(f"  python -c pass              {bare * 1000:7.1f} ms")
    print(f"  python -c 'import pandas'   {pandas * 1000:7.1f} ms")
    print(f"  python -c 'import careerkit'{careerkit * 1000:7.1f} ms")
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"  ratio careerkit / pandas    {ratio:7.3f}  ({verdict} target {TARGET})")
    print(f"  careerkit's own cost        {(careerkit - pandas) * 1000:7.1f} ms")

    extra = self_times("careerkit")
    for name in self_times("pandas"):
        extra.pop(name, None)
    print("modules careerkit imports beyond pandas (self time, one -X importtime run):")
    for name, micros in sorted(extra.items(), key=lambda item: -item[1])[:10]:
        print(f"  {micros / 1000:7.2f} ms  {name}")


if __name__ == "__main__":
    main()
