"""Benchmark (c): ``import careerkit`` against ``import pandas``, fresh processes.

Each run starts a new interpreter (``python -c "import X"``) and takes its wall
time, and the child reports the CPU time of the import itself (steadier when
other jobs share the machine); the two imports alternate so that noise hits
both alike.  The script prints the medians and their ratios (target: at most
1.1) in two settings:

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


PROBE = (
    "import time; c = time.process_time(); import {0}; print(time.process_time() - c)"
)


def run(module: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds of a fresh ``import module`` process, and the import's CPU seconds.

    The CPU time is measured inside the child around the import alone; it
    suffers less than wall time when other jobs share the machine.
    """
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, float(result.stdout)


def compare(runs: int, env: dict[str, str], label: str) -> None:
    """Print the medians for both imports and their ratios."""
    modules = ("pandas", "careerkit")
    for module in modules:  # warm the file cache (and the bytecode)
        run(module, env)
    samples: dict[str, list[tuple[float, float]]] = {m: [] for m in modules}
    for _ in range(runs):
        for module in modules:
            samples[module].append(run(module, env))
    wall = {m: statistics.median(w for w, _ in samples[m]) for m in modules}
    cpu = {m: statistics.median(c for _, c in samples[m]) for m in modules}

    ratio = wall["careerkit"] / wall["pandas"]
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"{label}: fresh interpreter, median of {runs} runs each")
    print("                         process wall   import CPU (in the child)")
    for module in modules:
        print(
            f"  import {module:10} {wall[module] * 1000:12.1f} ms"
            f" {cpu[module] * 1000:12.1f} ms"
        )
    print(
        f"  ratio careerkit/pandas {ratio:10.3f}"
        f" {cpu['careerkit'] / cpu['pandas']:15.3f}   ({verdict} target {TARGET})"
    )


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
