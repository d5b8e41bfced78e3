"""Benchmark (c): ``import careerkit`` against ``import pandas``, fresh processes.

Each run starts a new interpreter (``python -c "import X"``) and takes its wall
time; the two commands alternate so that machine noise hits both alike.  The
script prints the medians and their ratio (target: at most 1.1) in two
settings:

* bytecode cached, as after ``pip install`` (which compiles ``.pyc`` files):
  the children write and read their bytecode under a temporary
  ``PYTHONPYCACHEPREFIX``, so the checkout gets no ``__pycache__``;
* the environment as inherited: with ``PYTHONDONTWRITEBYTECODE=1`` an editable
  checkout has no bytecode, and every careerkit module is compiled on every
  import while pandas reads its installed ``.pyc`` files.

Then, from ``python -X importtime`` (bytecode cached), the modules careerkit
loads beyond pandas, slowest first, to show where any excess comes from.

Usage::

    python benchmarks/bench_import.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET = 1.1


def wall_time(statement: str, env: dict[str, str]) -> float:
    """Seconds taken by a fresh interpreter that runs ``statement``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=env)
    return time.perf_counter() - start


def compare(runs: int, env: dict[str, str], label: str) -> None:
    """Print the median wall times of both imports and their ratio."""
    for module in ("careerkit", "pandas"):  # warm the file cache (and bytecode)
        wall_time(f"import {module}", env)
    samples: dict[str, list[float]] = {"pandas": [], "careerkit": []}
    for _ in range(runs):
        for module, times in samples.items():
            times.append(wall_time(f"import {module}", env))
    bare = statistics.median(wall_time("pass", env) for _ in range(runs))

    pandas = statistics.median(samples["pandas"])
    careerkit = statistics.median(samples["careerkit"])
    ratio = careerkit / pandas
    best = min(samples["careerkit"]) / min(samples["pandas"])
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"{label}: fresh interpreter, {runs} runs each, median (fastest)")
    for name, times in (
        ("pandas", samples["pandas"]),
        ("careerkit", samples["careerkit"]),
    ):
        statement = f"'import {name}'"
        print(
            f"  python -c {statement:18}"
            f"{statistics.median(times) * 1000:7.1f} ms ({min(times) * 1000:.1f} ms)"
        )
    print(f"  python -c pass              {bare * 1000:9.1f} ms")
    print(
        f"  ratio careerkit / pandas    {ratio:9.3f}    ({best:.3f})  "
        f"{verdict} target {TARGET}"
    )
    print(f"  careerkit beyond pandas     {(careerkit - pandas) * 1000:9.1f} ms")


def self_times(module: str, env: dict[str, str]) -> dict[str, int]:
    """Microseconds each module spends importing itself, from ``-X importtime``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
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

    with tempfile.TemporaryDirectory(prefix="bench-import-pyc-") as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        compare(runs, cached, "bytecode cached (as installed)")
        print()
        inherited = os.environ.get("PYTHONDONTWRITEBYTECODE", "unset")
        compare(
            runs,
            dict(os.environ),
            f"as inherited (PYTHONDONTWRITEBYTECODE={inherited})",
        )
        print()

        extra = self_times("careerkit", cached)
        for name in self_times("pandas", cached):
            extra.pop(name, None)
    total = sum(extra.values()) / 1000
    print(f"modules careerkit imports beyond pandas: {len(extra)}, {total:.1f} ms self")
    print("slowest (one -X importtime run, bytecode cached):")
    for name, micros in sorted(extra.items(), key=lambda item: -item[1])[:10]:
        print(f"  {micros / 1000:7.2f} ms  {name}")


if __name__ == "__main__":
    main()
