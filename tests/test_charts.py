"""careerkit.charts: assertions on the drawn artists, under Agg, warnings as errors."""

from __future__ import annotations

import itertools

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.container import BarContainer
from matplotlib.text import Text

import careerkit as ck
from careerkit import charts
from careerkit.errors import CareerkitError, DataError

pytestmark = pytest.mark.filterwarnings("error")

SALARIES = ck.load("salaries")
SKILLS = ck.load("skills")
ROADMAP = ck.load("roadmap")

ALL_CHARTS = {
    "salary_ranges": lambda ax: charts.salary_ranges(ax=ax),
    "salary_ranges_usd": lambda ax: charts.salary_ranges(ax=ax, currency="USD"),
    "local_vs_remote": lambda ax: charts.local_vs_remote(ax=ax),
    "salary_benchmark": lambda ax: charts.salary_benchmark(ax=ax),
    "skills_by_priority": lambda ax: charts.skills_by_priority(ax=ax),
    "roadmap_timeline": lambda ax: charts.roadmap_timeline(ax=ax),
    "skill_gaps": lambda ax: charts.skill_gaps({"Caching": 2}, ax=ax),
}


CLEARED = {
    "salary_ranges": lambda: charts.salary_ranges(clear=True),
    "salary_ranges_usd": lambda: charts.salary_ranges(currency="USD", clear=True),
    "local_vs_remote": lambda: charts.local_vs_remote(clear=True),
    "salary_benchmark": lambda: charts.salary_benchmark(clear=True),
    "skills_by_priority": lambda: charts.skills_by_priority(clear=True),
    "roadmap_timeline": lambda: charts.roadmap_timeline(clear=True),
    "skill_gaps": lambda: charts.skill_gaps({"Caching": 2}, clear=True),
}


# --- helpers -----------------------------------------------------------------


def drawn(ax):
    """Render the figure (as a notebook would) and return the Axes."""
    ax.figure.canvas.draw()
    return ax


def texts(ax) -> list[str]:
    return [text.get_text() for text in ax.findobj(Text)]


def bars(ax, index: int = 0) -> BarContainer:
    return [c for c in ax.containers if isinstance(c, BarContainer)][index]


def extents(container: BarContainer) -> list[tuple[float, float]]:
    return [(p.get_x(), p.get_x() + p.get_width()) for p in container.patches]


def same(actual, expected) -> bool:
    """Numbers (or pairs of numbers) equal up to float rounding."""
    return np.allclose(np.asarray(actual, float), np.asarray(expected, float))


def ticklabels(ax, axis: str = "x") -> list[str]:
    labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    return [label.get_text() for label in labels]


def as_floats(column: pd.Series) -> list[float]:
    return column.astype("Float64").to_numpy(dtype=float, na_value=np.nan).tolist()


# --- the shape every chart shares ----------------------------------------------


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_every_chart_draws_into_the_given_axes_and_returns_it(name: str) -> None:
    fig, (left, right) = plt.subplots(1, 2)

    result = ALL_CHARTS[name](right)

    assert result is right
    assert not left.has_data() and not left.texts
    assert plt.get_fignums() == [fig.number]
    drawn(right)


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_without_ax_every_chart_uses_the_current_axes(name: str) -> None:
    current = plt.figure().gca()

    assert ALL_CHARTS[name](None) is current
    assert len(plt.get_fignums()) == 1


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_no_chart_changes_global_rcparams_or_calls_show(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show called"))
    before = dict(mpl.rcParams)

    drawn(ALL_CHARTS[name](None))

    assert dict(mpl.rcParams) == before


def test_the_chart_style_puts_back_only_its_own_settings() -> None:
    from careerkit._chartstyle import style

    was = mpl.rcParams["interactive"]
    try:
        with style():
            assert mpl.rcParams["axes.spines.top"] is False
            # IPython switches this on when a chart is the first to import pyplot;
            # undoing it would keep every later figure out of the notebook.
            mpl.rcParams["interactive"] = not was
        assert mpl.rcParams["interactive"] is (not was)
        assert mpl.rcParams["axes.spines.top"] is True
    finally:
        mpl.rcParams["interactive"] = was


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_every_text_is_drawn_literally(name: str) -> None:
    ax = drawn(ALL_CHARTS[name](None))

    # Matplotlib reads math only between two unescaped dollars: a tick label
    # "$2,000" made at draw time is literal already; anything else must be marked.
    for text in ax.findobj(Text):
        if "$" in text.get_text():
            literal = text.get_parse_math() is False or text.get_text().count("$") == 1
            assert literal, text.get_text()


def test_a_label_with_two_dollar_signs_keeps_them_and_draws() -> None:
    mine = pd.DataFrame({"level": ["$$"], "usd_low": [800], "usd_high": [1500]})

    ax = drawn(charts.salary_ranges(mine, currency="USD"))

    assert ticklabels(ax, "y") == ["$$"]
    assert "$800 – $1,500" in texts(ax)


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_every_chart_has_english_labels_with_set_language(name: str) -> None:
    indonesian = set(texts(drawn(ALL_CHARTS[name](plt.figure().gca()))))
    ck.set_language("en")
    english = set(texts(drawn(ALL_CHARTS[name](plt.figure().gca()))))

    assert indonesian != english
    assert not {"Bulan ke-", "Prioritas", "Gaji per bulan (rupiah)"} & english


def test_the_language_can_come_from_careerkit_lang(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAREERKIT_LANG", "en")

    ax = drawn(charts.roadmap_timeline())

    assert ax.get_xlabel() == "Month"
    assert "Fundamental\n4 topics" in texts(ax)


def test_the_public_face_exports_every_chart_and_both_formatters() -> None:
    for name in [
        *ALL_CHARTS.keys() - {"salary_ranges_usd"},
        "rupiah_formatter",
        "dollar_formatter",
    ]:
        assert name in charts.__all__
        assert callable(getattr(charts, name))


@pytest.mark.parametrize("name", sorted(ALL_CHARTS.keys() - {"salary_ranges_usd"}))
def test_every_chart_states_its_caption_in_the_docstring_and_the_catalogue(
    name: str,
) -> None:
    from careerkit.i18n import t

    doc = getattr(charts, name).__doc__
    caption = doc.split("Caption:", 1)[1].split("\n\n", 1)[0]
    assert caption.strip().endswith(".") and caption.count(". ") == 0
    for language in ("id", "en"):
        ck.set_language(language)
        assert t(f"charts.caption.{name}").endswith(".")


# --- formatters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [(25_000_000, "Rp25 jt"), (12_500_000, "Rp12,5 jt"), (0, "Rp0")],
)
def test_rupiah_formatter_writes_short_rupiah(value: float, text: str) -> None:
    assert charts.rupiah_formatter(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (25_000_000, "Rp25 mn"),
        (12_500_000, "Rp12.5 mn"),
        (1_500_000_000, "Rp1.5 bn"),
        (750_000, "Rp750 k"),
        (-750_000, "-Rp750 k"),
        (1_234_500_000_000, "Rp1,234.5 bn"),
        (0, "Rp0"),
    ],
)
def test_rupiah_formatter_in_english_never_writes_jt_or_a_miliar_m(
    value: float, text: str
) -> None:
    ck.set_language("en")

    assert charts.rupiah_formatter(value) == text


def test_english_charts_write_rupiah_the_english_way_indonesian_unchanged() -> None:
    ck.set_language("en")
    english = drawn(charts.local_vs_remote(ax=plt.figure().gca()))
    ck.set_language("id")
    indonesian = drawn(charts.local_vs_remote(ax=plt.figure().gca()))

    assert "Rp50 mn" in ticklabels(english) and "Rp50 jt" in ticklabels(indonesian)
    assert "Rp6 mn – Rp12 mn" in texts(english)
    assert "Rp6 jt – Rp12 jt" in texts(indonesian)
    legend_en = [t.get_text() for t in english.get_legend().get_texts()]
    legend_id = [t.get_text() for t in indonesian.get_legend().get_texts()]
    assert legend_en[1] == "Remote (USD × Rp16,500)"
    assert legend_id[1] == "Remote (USD × Rp16.500)"
    assert not any(" jt" in text or " M" in text for text in texts(english))


@pytest.mark.parametrize(
    ("value", "text"), [(1500, "$1,500"), (10_000, "$10,000"), (0, "$0")]
)
def test_dollar_formatter_writes_dollars(value: float, text: str) -> None:
    assert charts.dollar_formatter(value) == text


def test_the_formatters_work_on_a_users_own_axes() -> None:
    fig, (a, b) = plt.subplots(1, 2)
    a.plot([0, 50_000_000], [0, 1])
    b.plot([0, 3000], [0, 1])
    a.xaxis.set_major_formatter(charts.rupiah_formatter)
    b.xaxis.set_major_formatter(charts.dollar_formatter)
    fig.canvas.draw()

    assert "Rp20 jt" in ticklabels(a)
    assert "$3,000" in ticklabels(b)


# --- salary_ranges -------------------------------------------------------------


def test_salary_ranges_draws_one_bar_per_level_spanning_the_idr_band() -> None:
    ax = drawn(charts.salary_ranges())
    container = bars(ax)

    assert len(container.patches) == 5
    expected = list(
        zip(
            as_floats(SALARIES["idr_low"]), as_floats(SALARIES["idr_high"]), strict=True
        )
    )
    assert same(extents(container), expected)
    assert ticklabels(ax, "y") == [
        "Junior\n0–2 tahun",
        "Mid-level\n2–5 tahun",
        "Senior\n5–8 tahun",
        "Staff/Lead\n8+ tahun",
        "Principal/\nArchitect\n10+ tahun",  # wrapped to fit a plain figure
    ]
    assert "Rp6 jt – Rp12 jt" in texts(ax)
    assert "Rp50 jt" in ticklabels(ax) and "Rp100 jt" in ticklabels(ax)
    assert ax.get_title() == "Gaji backend developer per bulan di Indonesia, per level"


def test_salary_ranges_adds_years_and_marks_open_ended_years() -> None:
    labels = ticklabels(drawn(charts.salary_ranges()), "y")

    assert labels[0] == "Junior\n0–2 tahun"
    assert labels[3] == "Staff/Lead\n8+ tahun"


def test_salary_ranges_in_usd_draws_the_open_top_as_a_fade_never_an_end() -> None:
    ax = drawn(charts.salary_ranges(currency="USD"))
    container = bars(ax)
    principal = container.patches[4]

    closed = extents(container)[:4]
    assert same(closed, [(800, 1500), (1500, 3500), (3500, 6000), (6000, 10_000)])
    assert principal.get_gid() == "open-upper"
    assert principal.get_x() == 10_000
    assert principal.get_x() + principal.get_width() == pytest.approx(ax.get_xlim()[1])
    assert [image.get_gid() for image in ax.images] == ["open-fade"]
    assert any(text.get_gid() == "open-arrow" for text in ax.texts)
    assert "$10,000+" in texts(ax)
    assert "$800 – $1,500" in texts(ax)
    assert "$4,000" in ticklabels(ax)


def test_salary_ranges_rejects_an_unknown_currency_as_the_salary_module_does() -> None:
    with pytest.raises(ValueError, match="EUR") as refused:
        charts.salary_ranges(currency="EUR")
    with pytest.raises(ValueError) as reference:
        ck.salary.check_currency("EUR")

    assert type(refused.value) is type(reference.value)
    assert isinstance(refused.value, CareerkitError)
    assert "salary_ranges(): currency" in str(refused.value)


@pytest.mark.parametrize("currency", [" usd ", "USD"])
def test_salary_ranges_reads_the_currency_in_any_case(currency: str) -> None:
    ax = charts.salary_ranges(currency=currency)

    assert extents(bars(ax))[0] == (800, 1500)


def test_salary_ranges_without_a_currency_draws_rupiah() -> None:
    ax = charts.salary_ranges(currency=None)

    assert extents(bars(ax))[0] == (6_000_000, 12_000_000)


def test_salary_ranges_takes_a_users_dataframe_with_dollar_signs_in_labels() -> None:
    mine = pd.DataFrame(
        {
            "level": ["Intern $$", "Remote: $800–$1500"],
            "idr_low": [3e6, 8e6],
            "idr_high": [5e6, None],
        }
    )

    ax = drawn(charts.salary_ranges(mine))

    assert extents(bars(ax))[0] == pytest.approx((3e6, 5e6))
    assert bars(ax).patches[1].get_gid() == "open-upper"
    assert ticklabels(ax, "y") == ["Intern $$", "Remote:\n$800–$1500"]  # wrapped
    assert "Rp8 jt+" in texts(ax)


def test_a_missing_lower_bound_fades_towards_zero() -> None:
    mine = pd.DataFrame({"level": ["X"], "usd_low": [None], "usd_high": [900]})

    ax = drawn(charts.salary_ranges(mine, currency="USD"))

    assert bars(ax).patches[0].get_gid() == "open-lower"
    assert "≤ $900" in texts(ax)


def test_a_missing_column_is_named_with_what_was_expected_and_found() -> None:
    mine = SALARIES.drop(columns=["idr_high"])

    with pytest.raises(DataError) as caught:
        charts.salary_ranges(mine)

    message = str(caught.value)
    assert "idr_high" in message and "salary_ranges" in message
    assert "years_min" in message  # what was found
    assert isinstance(caught.value, ValueError | CareerkitError)


def test_data_that_is_not_a_dataframe_is_refused() -> None:
    with pytest.raises(DataError, match="DataFrame"):
        charts.salary_ranges([1, 2, 3])


def test_a_money_column_of_text_is_named() -> None:
    mine = SALARIES.assign(idr_low=["enam juta"] * 5)

    with pytest.raises(DataError, match="idr_low"):
        charts.salary_ranges(mine)


# --- local_vs_remote -----------------------------------------------------------


@pytest.mark.parametrize("rate", [16_500, 15_000])
def test_local_vs_remote_converts_the_remote_band_at_the_given_rate(rate: int) -> None:
    ax = drawn(charts.local_vs_remote(rate=rate))
    local, remote = bars(ax, 0), bars(ax, 1)

    assert len(local.patches) == len(remote.patches) == 5
    assert [p.get_x() for p in remote.patches] == pytest.approx(
        [v * rate for v in as_floats(SALARIES["usd_low"])]
    )
    assert remote.patches[4].get_gid() == "open-upper"
    assert local.patches[0].get_hatch() != remote.patches[0].get_hatch()
    shown = f"{rate:,}".replace(",", ".")
    assert any(f"1 USD = Rp{shown}" in text for text in texts(ax))
    assert "$800 – $1,500" in texts(ax) and "$10,000+" in texts(ax)


def test_local_vs_remote_takes_a_numpy_rate() -> None:
    ax = charts.local_vs_remote(rate=np.int64(15_500))

    assert bars(ax, 1).patches[0].get_x() == 800 * 15_500


@pytest.mark.parametrize("rate", [0, -1, float("nan"), "16500", True])
@pytest.mark.parametrize("chart", [charts.local_vs_remote, charts.salary_benchmark])
def test_a_rate_that_is_not_a_positive_number_is_refused_as_money_refuses_it(
    chart, rate
) -> None:
    with pytest.raises(ValueError, match="rate") as refused:
        chart(rate=rate)
    with pytest.raises(ValueError) as reference:
        ck.money.check_rate(rate)

    assert type(refused.value) is type(reference.value)
    assert isinstance(refused.value, CareerkitError)
    assert f"{chart.__name__}(): rate" in str(refused.value)
    assert repr(rate) in str(refused.value)


# --- salary_benchmark ----------------------------------------------------------


def test_salary_benchmark_puts_the_public_figures_beside_the_guides_bands() -> None:
    ax = drawn(charts.salary_benchmark(rate=16_000))
    guide, glints = bars(ax, 0), bars(ax, 1)
    whiskers = [line for line in ax.lines if line.get_gid() == "whisker"]
    medians = [line for line in ax.lines if line.get_gid() == "median"]

    assert len(guide.patches) == 4  # Principal/Architect has no public figure
    assert extents(guide)[0] == pytest.approx((6e6, 12e6))
    assert tuple(whiskers[0].get_xdata()) == pytest.approx((4_750_000, 12_500_000))
    assert sorted(float(m.get_xdata()[0]) for m in medians) == pytest.approx(
        [7.5e6, 11.5e6, 15e6, 20e6]
    )
    assert extents(glints)[0] == pytest.approx((600 * 16_000, 800 * 16_000))
    legend = " ".join(t.get_text() for t in ax.get_legend().get_texts())
    assert "NodeFlair x Iterative 2023" in legend
    assert "Glints x Monk's Hill Ventures 2024" in legend
    notes = " ".join(texts(ax))
    assert "1 USD = Rp16.000" in notes and "Principal/Architect" in notes


def test_salary_benchmark_writes_each_median_beside_its_marker() -> None:
    ax = charts.salary_benchmark(ax=plt.figure(figsize=(9.0, 5.8)).gca())
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_gid() == "median-label"]
    medians = [line for line in ax.lines if line.get_gid() == "median"]

    assert [t.get_text() for t in labels] == [
        "median Rp7,5 jt",
        "median Rp11,5 jt",
        "median Rp15 jt",
        "median Rp20 jt",
    ]
    for label, marker in zip(labels, medians, strict=True):
        assert label.xy[1] == marker.get_ydata()[0]  # on the marker's line
        assert label.xy[0] >= marker.get_xdata()[0]  # right of it
    boxes = [t.get_window_extent(renderer) for t in labels]
    others = [
        t.get_window_extent(renderer)
        for t in ax.texts
        if t.get_gid() in {"value-label", "median-label"}
    ]
    others += [p.get_window_extent(renderer) for c in ax.containers for p in c]
    others.append(ax.get_legend().get_window_extent(renderer))
    for box in boxes:
        assert inside(box, ax.bbox)
        assert sum(box.overlaps(other) for other in others) == 1  # only itself
    whiskers = [line.get_window_extent(renderer) for line in ax.lines]
    for box, whisker in zip(boxes, whiskers, strict=False):
        assert box.x0 >= whisker.x1 - 0.5 or not box.overlaps(whisker)


def test_salary_benchmark_median_labels_follow_the_language() -> None:
    ck.set_language("en")

    ax = charts.salary_benchmark()

    labels = [t.get_text() for t in ax.texts if t.get_gid() == "median-label"]
    assert labels[0] == "median Rp7.5 mn"


def test_salary_benchmark_leaves_out_non_monthly_figures_with_a_warning() -> None:
    mine = pd.DataFrame(
        {
            "source": ["Survey $$"] * 2,
            "year": [2025] * 2,
            "role": ["backend"] * 2,
            "level": ["Junior", "Junior"],
            "statistic": ["median", "median"],
            "amount": [9e6, 108e6],
            "currency": ["IDR", "IDR"],
            "period": ["month", "year"],
        }
    )

    with pytest.warns(UserWarning, match="1 "):
        ax = drawn(charts.salary_benchmark(benchmarks=mine))

    medians = [line for line in ax.lines if line.get_gid() == "median"]
    assert [float(m.get_xdata()[0]) for m in medians] == [9e6]
    assert any("Survey $$" in t.get_text() for t in ax.get_legend().get_texts())


def test_salary_benchmark_leaves_out_other_currencies_with_a_warning() -> None:
    mine = ck.load("salary_benchmarks").assign(currency="SGD")

    with pytest.warns(UserWarning, match="16 baris .* IDR atau USD"):
        ax = charts.salary_benchmark(benchmarks=mine)

    assert len(bars(ax).patches) == 5  # nothing to compare: every guide level shown
    assert not [line for line in ax.lines if line.get_gid() == "median"]


def test_salary_benchmark_names_a_missing_benchmark_column() -> None:
    with pytest.raises(DataError, match="statistic"):
        charts.salary_benchmark(
            benchmarks=ck.load("salary_benchmarks").drop(columns="statistic")
        )


# --- skills_by_priority --------------------------------------------------------


def test_skills_by_priority_groups_the_thirteen_skills_wajib_first() -> None:
    ax = drawn(charts.skills_by_priority())
    groups = [c for c in ax.containers if isinstance(c, BarContainer)]

    assert [len(c.patches) for c in groups] == [5, 5, 3]
    assert [c.patches[0].get_width() for c in groups] == [3, 2, 1]
    assert len({c.patches[0].get_hatch() for c in groups}) == 3  # not colour alone
    wajib = list(SKILLS.loc[SKILLS["priority"] == "Wajib", "skill"])
    assert ticklabels(ax, "y")[:5] == wajib
    headers = [t.get_text() for t in ax.texts if t.get_gid() == "group-header"]
    assert headers == ["Wajib (5 skill)", "Penting (5 skill)", "Nice to have (3 skill)"]
    assert ticklabels(ax) == ["Nice to have", "Penting", "Wajib"]


def test_skills_by_priority_refuses_an_unknown_priority() -> None:
    mine = pd.DataFrame({"skill": ["Go"], "priority": ["Urgent"]})

    with pytest.raises(DataError, match="Urgent"):
        charts.skills_by_priority(mine)


# --- roadmap_timeline ----------------------------------------------------------


def test_roadmap_timeline_spans_each_phase_over_its_months() -> None:
    ax = drawn(charts.roadmap_timeline())
    spans = [extents(c)[0] for c in ax.containers]

    assert spans == [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10)]
    assert ticklabels(ax) == [str(m) for m in range(1, 11)]
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "phase-label"]
    assert labels[0] == "Fundamental\n4 topik"
    listed = "\n".join(t.get_text() for t in ax.texts if t.get_gid() == "topics")
    assert all(topic in listed for topic in ROADMAP["topic"])


def test_roadmap_timeline_text_overlaps_no_bar_and_stays_in_the_figure() -> None:
    ax = charts.roadmap_timeline(ax=plt.figure(figsize=(10, 6.8)).gca())
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    figure_box = fig.bbox
    boxes = [p.get_window_extent(renderer) for c in ax.containers for p in c]

    for text in ax.texts:
        if text.get_gid() != "topics":
            continue
        box = text.get_window_extent(renderer)
        assert not any(box.overlaps(bar) for bar in boxes), text.get_text()
        assert figure_box.contains(box.x0, box.y0) and figure_box.contains(
            box.x1, box.y1
        )


# --- skill_gaps ----------------------------------------------------------------


def test_skill_gaps_draws_ratings_against_the_priority_targets() -> None:
    ratings = {"API Design": 3, "Caching": 1, "CI/CD": 2}

    ax = drawn(charts.skill_gaps(ratings))
    met, below = bars(ax, 0), bars(ax, 1)
    target = next(line for line in ax.lines if line.get_gid() == "target")
    skills = ticklabels(ax, "y")

    widths = {
        skills[
            int(np.argmin(abs(ax.get_yticks() - p.get_y() - p.get_height() / 2)))
        ]: p.get_width()
        for p in [*met.patches, *below.patches]
    }
    assert widths["API Design"] == 3 and widths["Caching"] == 1
    assert widths["CI/CD"] == 2 and widths["Testing"] == 0  # missing counts as 0
    assert sorted(set(target.get_xdata())) == [1, 2, 3]
    assert len(met.patches) == 2 and len(below.patches) == 11
    assert below.patches[0].get_hatch() == "//"
    assert "1/2  kurang 1" in texts(ax) and "2/1 tercapai" in texts(ax)
    assert any("Wajib 3, Penting 2, Nice to have 1" in t for t in texts(ax))


def test_skill_gaps_takes_other_targets() -> None:
    ax = drawn(charts.skill_gaps({}, targets={"Wajib": 2}))
    target = next(line for line in ax.lines if line.get_gid() == "target")

    assert sorted(set(target.get_xdata())) == [1, 2]
    assert any("Wajib 2, Penting 2" in t for t in texts(ax))


def test_skill_gaps_names_an_unknown_skill_and_suggests_the_nearest() -> None:
    with pytest.raises(DataError) as caught:
        charts.skill_gaps({"Dockr & Containers": 2})

    message = str(caught.value)
    assert "'Dockr & Containers'" in message
    assert "'Docker & Containers'" in message


@pytest.mark.parametrize("value", [4, -1, 2.5, True, "3", None])
def test_skill_gaps_refuses_a_rating_outside_0_to_3(value) -> None:
    with pytest.raises(DataError, match="Caching"):
        charts.skill_gaps({"Caching": value})


@pytest.mark.parametrize("targets", [{"Urgent": 3}, {"Wajib": 9}, [3, 2, 1]])
def test_skill_gaps_refuses_bad_targets(targets) -> None:
    with pytest.raises(DataError, match="targets"):
        charts.skill_gaps({}, targets=targets)


def test_skill_gaps_refuses_ratings_that_are_not_a_mapping() -> None:
    with pytest.raises(DataError, match="mapping"):
        charts.skill_gaps([("Caching", 2)])


def test_thirty_redraws_reuse_one_axes_and_one_figure() -> None:
    first = charts.skill_gaps({"Caching": 0})
    artists = len(first.get_children())

    for i in range(30):
        ax = charts.skill_gaps({"Caching": i % 4, "Testing": (i + 1) % 4})

    assert ax is first
    assert plt.get_fignums() == [ax.figure.number]
    assert len(ax.get_children()) == artists
    drawn(ax)


def test_redrawing_into_a_widgets_own_figure_keeps_one_figure() -> None:
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.add_subplot()
    counts = set()
    for i in range(30):
        charts.skill_gaps({"Caching": i % 4}, ax=ax)
        figure.canvas.draw()
        counts.add(len(ax.get_children()))

    assert figure.axes == [ax]
    assert len(counts) == 1  # nothing piles up
    assert plt.get_fignums() == []


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_thirty_redraws_with_clear_leave_one_figure_and_no_pile(name: str) -> None:
    redraw = CLEARED[name]
    first = drawn(redraw())
    artists = len(first.get_children())
    texts_drawn = len(first.findobj(Text))

    for _ in range(30):
        ax = redraw()
    drawn(ax)

    assert ax is first
    assert plt.get_fignums() == [ax.figure.number]
    assert len(ax.get_children()) == artists
    assert len(ax.findobj(Text)) == texts_drawn


def test_every_chart_takes_clear_as_a_keyword() -> None:
    import inspect

    for name in ALL_CHARTS.keys() - {"salary_ranges_usd"}:
        parameter = inspect.signature(getattr(charts, name)).parameters["clear"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        # skill_gaps is the widget's redraw chart and always cleared by default.
        assert parameter.default is (name == "skill_gaps"), name


def test_without_clear_a_second_draw_adds_to_the_first() -> None:
    ax = charts.salary_ranges()
    charts.salary_ranges()

    assert len([c for c in ax.containers if isinstance(c, BarContainer)]) == 2


# --- a figure of the user's own ---------------------------------------------------


def saved_plain(chart, **kwargs):
    """Draw into a plain ``plt.subplots()`` figure and save it with default bbox."""
    from io import BytesIO

    fig, ax = plt.subplots()
    chart(ax=ax, **kwargs)
    fig.savefig(BytesIO(), format="png")
    return fig, ax, fig.canvas.get_renderer()


def inside(box, outer) -> bool:
    return (
        box.x0 >= outer.x0 - 0.5
        and box.y0 >= outer.y0 - 0.5
        and box.x1 <= outer.x1 + 0.5
        and box.y1 <= outer.y1 + 0.5
    )


@pytest.mark.parametrize(
    ("chart", "rate", "shown"),
    [
        (charts.local_vs_remote, 16_500, "Rp16.500"),
        (charts.local_vs_remote, 15_250, "Rp15.250"),
        (charts.salary_benchmark, 16_000, "Rp16.000"),
    ],
)
def test_the_rate_survives_a_plain_figure_saved_with_the_default_bbox(
    chart, rate: int, shown: str
) -> None:
    fig, ax, renderer = saved_plain(chart, rate=rate)

    visible = [
        text
        for text in ax.findobj(Text)
        if shown in text.get_text()
        and inside(text.get_window_extent(renderer), fig.bbox)
        and inside(text.get_window_extent(renderer), ax.bbox)
    ]
    assert visible, f"no {shown} inside the figure"
    assert any("USD ×" in text.get_text() for text in visible)


def test_every_benchmark_source_survives_a_plain_figure() -> None:
    _, ax, renderer = saved_plain(charts.salary_benchmark)
    legend = ax.get_legend()

    assert inside(legend.get_window_extent(renderer), ax.bbox)
    names = " ".join(t.get_text().replace("\n", " ") for t in legend.get_texts())
    for source in ck.load("salary_benchmarks")["source"].unique():
        assert source in names


@pytest.mark.parametrize(
    "chart", [charts.salary_ranges, charts.local_vs_remote, charts.salary_benchmark]
)
def test_level_labels_fit_a_plain_figure(chart) -> None:
    fig, ax, renderer = saved_plain(chart)

    for label in ax.get_yticklabels():
        assert inside(label.get_window_extent(renderer), fig.bbox), label.get_text()


@pytest.mark.parametrize("name", ALL_CHARTS)
def test_a_figure_the_chart_creates_makes_room_for_its_notes(name: str) -> None:
    from io import BytesIO

    ax = ALL_CHARTS[name](None)  # no figure open: the chart makes one
    fig = ax.figure
    fig.savefig(BytesIO(), format="png")  # default bbox: the figure as it is
    renderer = fig.canvas.get_renderer()

    notes = [text for text in ax.texts if text.get_gid() == "note"]
    assert notes
    for text in [*notes, ax.title, ax.xaxis.label]:
        assert inside(text.get_window_extent(renderer), fig.bbox), text.get_text()


def test_money_ticks_do_not_run_into_each_other_in_a_small_figure() -> None:
    _, ax, renderer = saved_plain(charts.salary_ranges)

    boxes = [label.get_window_extent(renderer) for label in ax.get_xticklabels()]
    boxes = [box for box in boxes if box.width > 0]
    assert len(boxes) >= 3
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(boxes)]
    assert min(gaps) >= 6  # pixels: about one character between two labels


# --- gallery -------------------------------------------------------------------


def test_the_gallery_renders_every_chart_to_png(tmp_path, capsys) -> None:
    from careerkit._gallery import main

    assert main(["--gallery", str(tmp_path), "--dpi", "40"]) == 0

    pngs = sorted(path.name for path in tmp_path.iterdir())
    assert pngs == sorted(f"{name}.png" for name in ALL_CHARTS)
    assert all(
        (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for name in pngs
    )
    assert capsys.readouterr().out.count(".png") == len(ALL_CHARTS)
    assert plt.get_fignums() == []
