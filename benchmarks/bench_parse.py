"""How fast is parse_salaries?  Prints ratios against a baseline of the same run.

(a) ``--n`` mixed salary texts of every kind the parser knows, with random
    numbers so that most texts are distinct: ``careerkit.parse_salaries`` against
    ``Series.str.extract(r"(\\d+)")`` on the very same Series.
    Target: at most 5x the baseline (stretch: 3x).
(b) A realistic export of the same size where each distinct text repeats about
    ten times (job ads are reposted): target faster than the baseline (< 1).

Usage::

    python benchmarks/bench_parse.py            # 1,000,000 texts
    python benchmarks/bench_parse.py --n 100000 --repeat 3
    python benchmarks/bench_parse.py --profile  # cProfile of (a), top functions
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time

import numpy as np
import pandas as pd

import careerkit as ck

SEED = 20260101
_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _templates(rng: np.random.Generator):
    """One text maker per kind; each draws its own random numbers."""

    def r(lo: int, hi: int) -> int:
        return int(rng.integers(lo, hi))

    def jt(sep: str = ",") -> str:  # juta: 12, 12,5 or 12,75
        whole, digits = r(1, 1000), r(0, 3)
        return f"{whole}{sep}{r(1, 10**digits)}" if digits else str(whole)

    def rupiah() -> int:  # a full rupiah amount in thousands: 1.000.000 .. 99.999.000
        return r(1_000, 99_999) * 1_000

    return [
        lambda: f"{r(1, 500)}-{r(500, 999)} juta",
        lambda: f"Rp {_dots(rupiah())} - Rp {_dots(rupiah() + 99_999_000)}",
        lambda: f"Rp {r(1, 500)} – {r(500, 999)} jt",
        lambda: f"IDR {jt()} juta",
        lambda: f"Rp {jt('.')} juta",
        lambda: f"Rp {_dots(rupiah())},00",
        lambda: f"${r(100, 5000)}-{r(5000, 99999)}",
        lambda: f"${r(1000, 50000):,} - ${r(50000, 999999):,}",
        lambda: f"${r(1000, 999999)}+",
        lambda: f"USD {r(1000, 999999):,}",
        lambda: f"up to {jt()} juta",
        lambda: f"di atas {jt()} juta",
        lambda: f"Rp {r(1, 500)} jt s/d {r(500, 999)} jt",
        lambda: f"{r(100, 999)}rb - {r(1, 99)},{r(1, 10)}jt",
        lambda: f"Rp {jt()} jt/tahun",
        lambda: f"Rp {jt()} jt/bln",
        lambda: f"{jt('.')}k USD",
        lambda: f"{r(1, 500)}-{r(500, 999)} juta".translate(_FULL_WIDTH),
        lambda: "Rp " + f"{rupiah():,}".replace(",", "\u00a0"),
        lambda: f"Rp {r(100, 999)}rb/hari",
        lambda: f"between ${r(500, 5000):,} and ${r(5000, 99999):,}",
        lambda: f"antara {r(1, 500)} sampai {r(500, 999)} juta",
        lambda: f"${r(10, 999)}.{r(0, 100):02d}/hr",
        lambda: f"Gaji: Rp {jt()} juta / bulan (gross)",
        lambda: f"Rp. {_dots(rupiah())},- s/d Rp. {_dots(rupiah() + 99_999_000)},-",
        lambda: f"maks {jt()} juta",
        lambda: f"{jt()} juta per bulan",
        lambda: f"Rp\u202f{r(1, 999)}\u2009{r(100, 999)}\u2009000",
        lambda: ["Nego", "Dirahasiakan", "Kompetitif", ""][r(0, 4)],
    ]


def mixed_texts(n: int, seed: int = SEED) -> list[str]:
    """``n`` salary texts of every kind, chosen uniformly, with random numbers."""
    rng = np.random.default_rng(seed)
    makers = _templates(rng)
    picks = rng.integers(0, len(makers), size=n)
    return [makers[i]() for i in picks]


def repeated_texts(n: int, repeat: int = 10, seed: int = SEED) -> list[str]:
    """``n`` texts, shuffled, where each distinct text appears ``repeat`` times."""
    rng = np.random.default_rng(seed + 1)
    distinct = pd.unique(np.array(mixed_texts(2 * n // repeat, seed + 2), object))
    texts = np.repeat(distinct[: max(1, n // repeat)], repeat)
    return list(rng.permutation(texts))


def compare(name: str, series: pd.Series, repeat: int, target: str) -> float:
    """Time both on ``series``, alternating, and keep the best of ``repeat`` each.

    Alternating keeps a noisy, shared machine from favouring either side.
    """
    baseline, ours = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        series.str.extract(r"(\d+)")
        baseline.append(time.perf_counter() - start)
        start = time.perf_counter()
        ck.parse_salaries(series)
        ours.append(time.perf_counter() - start)
    base, mine = min(baseline), min(ours)
    n, distinct = len(series), series.nunique()
    print(f"\n({name}) {n:,} texts, {distinct:,} distinct, dtype {series.dtype}")
    print(f"  str.extract(r'(\\d+)')  {base:7.3f} s  {n / base:12,.0f} texts/s")
    print(f"  parse_salaries         {mine:7.3f} s  {n / mine:12,.0f} texts/s")
    print(f"  ratio parse/extract    {mine / base:7.2f}   (target {target})")
    return mine / base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="texts per case")
    parser.add_argument("--repeat", type=int, default=3, help="timings per figure")
    parser.add_argument("--profile", action="store_true", help="profile case (a)")
    args = parser.parse_args()

    mixed = pd.Series(mixed_texts(args.n))
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(ck.parse_salaries, mixed)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
        return
    share = ck.parse_salaries(mixed.head(20_000))["problem"].isna().mean()
    print(
        f"careerkit {ck.__version__}, pandas {pd.__version__}, seed {SEED}, "
        f"problems worded in {ck.get_language()!r}"
    )
    print(f"texts read cleanly in a sample of the mix: {share:.0%}")
    ratios = [
        compare("a: mostly distinct", mixed, args.repeat, "<= 5, stretch 3"),
        compare("b: each text ~10x", pd.Series(repeated_texts(args.n)), args.repeat,
                "< 1"),
    ]  # fmt: skip
    print(f"\nmedian ratio {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
