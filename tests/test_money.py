"""careerkit.money: exchange rate, annualise with THR, Rupiah formatting, no int32."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import careerkit as ck
import careerkit.money

# --- the rate ---------------------------------------------------------------


def test_default_rate_is_the_documented_2026_assumption():
    assert ck.DEFAULT_RATE == 16_500
    assert ck.DEFAULT_RATE_DATE.startswith("2026")
    assert "assumption" in ck.money.__doc__ and "never fetched" in ck.money.__doc__


def test_to_idr_uses_the_default_rate_and_keeps_whole_numbers_whole():
    result = ck.to_idr(800)
    assert result == 13_200_000 and isinstance(result, int)


def test_to_idr_and_to_usd_take_a_rate_override():
    assert ck.to_idr(800, rate=16_000) == 12_800_000
    assert ck.to_usd(32_000_000, rate=16_000) == 2000.0
    assert ck.to_usd(33_000_000) == 2000.0


def test_to_idr_and_back_round_trips():
    assert ck.to_usd(ck.to_idr(1234.5, rate=15_873.2), rate=15_873.2) == pytest.approx(
        1234.5
    )


@pytest.mark.parametrize(
    "rate", [0, -16_500, math.nan, math.inf, "16500", True, None], ids=repr
)
def test_rate_must_be_positive_and_finite(rate):
    with pytest.raises(ValueError, match="rate must be a positive, finite number"):
        ck.to_idr(1, rate=rate)
    with pytest.raises(ValueError, match="rate"):
        ck.to_usd(1, rate=rate)


def test_conversion_accepts_series_and_arrays_and_keeps_the_index():
    series = pd.Series([800, 1500], index=["junior", "mid"])
    converted = ck.to_idr(series, rate=16_000)
    assert converted.tolist() == [12_800_000, 24_000_000]
    assert list(converted.index) == ["junior", "mid"]
    assert ck.to_usd(np.array([16_500, 33_000])).tolist() == [1.0, 2.0]
    nullable = ck.to_idr(pd.Series([800, None], dtype="Int64"), rate=16_000)
    assert nullable.dtype == "Int64" and nullable.isna().tolist() == [False, True]


def test_conversion_rejects_text_with_a_hint():
    with pytest.raises(TypeError, match="parse_salaries"):
        ck.to_idr(pd.Series(["$800"]))
    with pytest.raises(TypeError, match="must be a number"):
        ck.to_idr("800")


# --- never int32 --------------------------------------------------------------

REMOTE_MONTHLY_USD = 12_000
REMOTE_YEARLY_IDR = 2_304_000_000  # 12,000 x 16,000 x 12: above int32's 2.1e9


@pytest.mark.parametrize(
    "amount",
    [
        REMOTE_MONTHLY_USD,
        np.int32(REMOTE_MONTHLY_USD),
        np.array([REMOTE_MONTHLY_USD], dtype=np.int32),
        pd.Series([REMOTE_MONTHLY_USD], dtype="int32"),
        pd.Series([REMOTE_MONTHLY_USD], dtype="Int32"),
        [REMOTE_MONTHLY_USD],
    ],
    ids=["int", "np.int32", "int32-array", "int32-series", "Int32-series", "list"],
)
def test_remote_salary_a_year_in_rupiah_never_overflows(amount):
    yearly = ck.annualize(ck.to_idr(amount, rate=16_000))
    values = np.atleast_1d(np.asarray(yearly, dtype=object))
    assert [int(v) for v in values] == [REMOTE_YEARLY_IDR]
    assert all(int(v) > 0 for v in values)
    dtype = getattr(yearly, "dtype", None)
    assert dtype is None or str(dtype) in {"int64", "Int64"}


def test_thr_on_int32_rupiah_stays_exact():
    monthly = pd.Series([200_000_000], dtype="int32")
    assert ck.annualize(monthly, thr=True).tolist() == [2_600_000_000]


# --- annualize ----------------------------------------------------------------


def test_annualize_monthly_is_twelve_times():
    assert ck.annualize(12_000_000) == 144_000_000


def test_annualize_with_thr_is_thirteen_times():
    assert ck.annualize(12_000_000, thr=True) == 156_000_000


@pytest.mark.parametrize("thr", [False, True])
def test_annualize_a_yearly_figure_stays_as_it_is_even_with_thr(thr):
    assert ck.annualize(150_000_000, period="year", thr=thr) == 150_000_000


def test_annualize_daily_needs_days_per_year():
    with pytest.raises(ValueError, match="days_per_year="):
        ck.annualize(400_000, period="day")
    assert ck.annualize(400_000, period="day", days_per_year=260) == 104_000_000


def test_annualize_hourly_needs_hours_per_year():
    with pytest.raises(ValueError, match="hours_per_year="):
        ck.annualize(40, period="hour")
    assert ck.annualize(40, period="hour", hours_per_year=2080) == 83_200


def test_annualize_daily_with_thr_adds_one_month():
    assert ck.annualize(400_000, period="day", days_per_year=240, thr=True) == (
        pytest.approx(400_000 * 240 * 13 / 12)
    )


@pytest.mark.parametrize("period", ["week", "bulan", "monthly", None])
def test_annualize_rejects_an_unknown_period(period):
    with pytest.raises(ValueError, match="period must be one of"):
        ck.annualize(1, period=period)


@pytest.mark.parametrize("days", [0, -5, math.nan])
def test_annualize_rejects_a_nonsense_days_per_year(days):
    with pytest.raises(ValueError, match="days_per_year"):
        ck.annualize(1, period="day", days_per_year=days)


def test_annualize_a_parsed_column_row_by_row():
    parsed = ck.parse_salaries(
        pd.Series(["Rp 8 jt/bln", "Rp 150 jt/tahun", "Rp 400rb/hari", "Nego"])
    )
    yearly = ck.annualize(parsed["low"], period=parsed["period"], days_per_year=250)
    assert yearly.tolist()[:3] == [96_000_000, 150_000_000, 100_000_000]
    assert yearly.isna().tolist() == [False, False, False, True]
    with pytest.raises(ValueError, match="hours_per_year="):
        ck.annualize(pd.Series([1.0]), period=pd.Series(["hour"]))


def test_annualize_aligns_a_period_series_on_the_index():
    amount = pd.Series([1_000, 2_000], index=[10, 11])
    period = pd.Series(["year", "month"], index=[11, 10])
    assert ck.annualize(amount, period=period).tolist() == [12_000, 2_000]
    listed = ck.annualize(amount, period=["year", "month"])
    assert listed.tolist() == [1_000, 24_000] and list(listed.index) == [10, 11]


def test_annualize_an_array():
    assert ck.annualize(np.array([1, 2]), thr=True).tolist() == [13, 26]


# --- format_rupiah ------------------------------------------------------------

FULL = {
    "design-example": (12_500_000, "Rp12.500.000"),
    "zero": (0, "Rp0"),
    "small": (950, "Rp950"),
    "thousand": (1_000, "Rp1.000"),
    "miliar": (2_304_000_000, "Rp2.304.000.000"),
    "negative": (-750_000, "-Rp750.000"),
    "float-rounds-half-up": (1_234.5, "Rp1.235"),
    "numpy-int32": (np.int32(7_000_000), "Rp7.000.000"),
    "numpy-float": (np.float64(6e6), "Rp6.000.000"),
}


@pytest.mark.parametrize(("amount", "text"), list(FULL.values()), ids=list(FULL))
def test_format_rupiah_full(amount, text):
    assert ck.format_rupiah(amount) == text


SHORT = {
    "design-example": (12_500_000, "Rp12,5 jt"),
    "no-comma-zero": (12_000_000, "Rp12 jt"),
    "one-decimal-at-most": (12_345_678, "Rp12,3 jt"),
    "rounds-half-up": (12_350_000, "Rp12,4 jt"),
    "ribu": (750_000, "Rp750 rb"),
    "ribu-not-rounded-into-juta": (950_000, "Rp950 rb"),
    "ribu-that-rounds-to-a-juta": (999_960, "Rp1 jt"),
    "miliar": (1_500_000_000, "Rp1,5 M"),
    "juta-that-rounds-to-a-miliar": (999_960_000, "Rp1 M"),
    "thousands-of-miliar": (2_500_000_000_000, "Rp2.500 M"),
    "below-a-thousand": (500, "Rp500"),
    "negative": (-12_500_000, "-Rp12,5 jt"),
}


@pytest.mark.parametrize(("amount", "text"), list(SHORT.values()), ids=list(SHORT))
def test_format_rupiah_short(amount, text):
    assert ck.format_rupiah(amount, short=True) == text


@pytest.mark.parametrize("missing", [None, math.nan, pd.NA, np.float64("nan")])
def test_format_rupiah_writes_a_dash_for_missing(missing):
    assert ck.format_rupiah(missing) == "–"
    assert ck.format_rupiah(missing, short=True) == "–"


def test_format_rupiah_formats_a_series():
    series = pd.Series([6_000_000, None, 45_000_000], dtype="Int64", index=[3, 4, 5])
    result = ck.format_rupiah(series, short=True)
    assert result.tolist() == ["Rp6 jt", "–", "Rp45 jt"]
    assert list(result.index) == [3, 4, 5]


def test_format_rupiah_rejects_what_is_not_an_amount():
    with pytest.raises(TypeError, match="needs a number"):
        ck.format_rupiah("12500000")
    with pytest.raises(ValueError, match="finite"):
        ck.format_rupiah(math.inf)


# --- integer overflow is an error, never a wrapped number ----------------------

OVERFLOWS = {
    "uint64-above-int64": (lambda: ck.to_idr(np.array([2**63], dtype=np.uint64))),
    "int64-times-rate": (lambda: ck.to_idr(np.array([10**15]), rate=10**5)),
    "int64-series-times-rate": (lambda: ck.to_idr(pd.Series([1, 10**15]), rate=10**5)),
    "Int64-series-with-na": (
        lambda: ck.to_idr(pd.Series([10**15, None], dtype="Int64"), rate=10**5)
    ),
    "UInt64-series": (lambda: ck.to_idr(pd.Series([2**63], dtype="UInt64"), rate=1)),
    "annualize-int64-thr": (lambda: ck.annualize(np.array([8 * 10**17]), thr=True)),
    "annualize-negative-int64": (lambda: ck.annualize(pd.Series([-8 * 10**17]))),
    "list-of-uint64": (lambda: ck.to_idr([2**63 + 5])),
}


@pytest.mark.filterwarnings("ignore::careerkit.money.RateWarning")  # rate=1 on purpose
@pytest.mark.parametrize("call", list(OVERFLOWS.values()), ids=list(OVERFLOWS))
def test_integer_overflow_raises_instead_of_wrapping(call):
    with pytest.raises(OverflowError, match="64-bit"):
        call()


@pytest.mark.filterwarnings("ignore::careerkit.money.RateWarning")  # rate=1 on purpose
def test_the_largest_exact_results_still_compute():
    limit = (2**63 - 1) // 16_500
    assert ck.to_idr(np.array([limit])).tolist() == [limit * 16_500]
    assert ck.to_idr(np.array([2**62], dtype=np.uint64), rate=1).tolist() == [2**62]
    assert ck.to_idr(10**20) == 10**20 * 16_500  # a Python int never wraps
    assert ck.to_idr(np.array([10**15]), rate=1e5).tolist() == [1e20]  # float


# --- missing scalars ------------------------------------------------------------


@pytest.mark.parametrize("missing", [pd.NA, None], ids=repr)
@pytest.mark.parametrize("func", [ck.to_idr, ck.to_usd, ck.annualize])
def test_a_missing_scalar_gives_na(func, missing):
    assert func(missing) is pd.NA


def test_nan_stays_nan():
    assert math.isnan(ck.to_idr(math.nan)) and math.isnan(ck.annualize(np.nan))


# --- format_rupiah: numpy scalars, Decimal ---------------------------------------

NUMPY_SCALARS = {
    "float32": (np.float32(1.1e6), "Rp1.100.000"),
    "float16": (np.float16(512), "Rp512"),
    "int8": (np.int8(-7), "-Rp7"),
    "uint64": (np.uint64(2**63), f"Rp{2**63:,}".replace(",", ".")),
    "longdouble": (np.longdouble(2_500_000), "Rp2.500.000"),
}


@pytest.mark.parametrize(
    ("amount", "text"), list(NUMPY_SCALARS.values()), ids=list(NUMPY_SCALARS)
)
def test_format_rupiah_accepts_numpy_scalars(amount, text):
    assert ck.format_rupiah(amount) == text


@pytest.mark.parametrize("nan", ["NaN", "-NaN", "sNaN"])
def test_format_rupiah_writes_a_dash_for_a_decimal_nan(nan):
    from decimal import Decimal

    assert ck.format_rupiah(Decimal(nan)) == "–"
    assert ck.format_rupiah(Decimal(nan), short=True) == "–"


@pytest.mark.parametrize("inf", ["Infinity", "-Infinity"])
def test_format_rupiah_refuses_a_decimal_infinity(inf):
    from decimal import Decimal

    with pytest.raises(ValueError, match="finite"):
        ck.format_rupiah(Decimal(inf))


def test_format_rupiah_of_a_decimal():
    from decimal import Decimal

    assert ck.format_rupiah(Decimal("12500000.4")) == "Rp12.500.000"


# --- annualize: arguments are checked ---------------------------------------------


@pytest.mark.parametrize("thr", ["no", "yes", 1, 0, None, "True"], ids=repr)
def test_thr_must_be_a_real_bool(thr):
    with pytest.raises(TypeError, match="thr must be True or False"):
        ck.annualize(1, thr=thr)


def test_thr_accepts_a_numpy_bool():
    assert ck.annualize(1, thr=np.bool_(True)) == 13
    assert ck.annualize(1, thr=np.bool_(False)) == 12


@pytest.mark.parametrize(
    "period", [math.nan, np.nan, pd.NA, 5, np.float64("nan")], ids=repr
)
def test_a_scalar_period_that_is_not_a_period_is_refused(period):
    with pytest.raises(ValueError, match="period must be one of hour, day, month"):
        ck.annualize(1, period=period)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("days_per_year", 400),
        ("days_per_year", 366.5),
        ("days_per_year", 0),
        ("days_per_year", -1),
        ("days_per_year", math.inf),
        ("days_per_year", True),
        ("hours_per_year", 8785),
        ("hours_per_year", 0),
        ("hours_per_year", "2080"),
    ],
    ids=repr,
)
def test_days_and_hours_per_year_must_fit_in_a_year(name, value):
    period = "day" if name == "days_per_year" else "hour"
    with pytest.raises(ValueError) as caught:
        ck.annualize(1, period=period, **{name: value})
    message = str(caught.value)
    assert message.startswith(f"{name} must be")
    assert "IDR per USD" not in message
    assert ("366" if period == "day" else "8784") in message


def test_days_and_hours_per_year_at_their_limits():
    assert ck.annualize(1, period="day", days_per_year=366) == 366
    assert ck.annualize(1, period="hour", hours_per_year=8784) == 8784


@pytest.mark.parametrize(
    ("period", "words"), [("day", "a daily figure"), ("hour", "an hourly figure")]
)
def test_missing_days_or_hours_message_reads_well(period, words):
    with pytest.raises(ValueError, match=words):
        ck.annualize(1, period=period)


# --- annualize aligns a period Series by label -------------------------------------

ALIGNMENTS = {
    "reversed-labels": (
        pd.Series([1.0, 2.0], index=[5, 6]),
        pd.Series(["month", "year"], index=[6, 5]),
        [1.0, 24.0],
    ),
    "string-labels": (
        pd.Series([10, 20, 30], index=["a", "b", "c"]),
        pd.Series(["year", "month", "year"], index=["c", "a", "b"]),
        [120, 20, 30],
    ),
    "period-has-more-labels": (
        pd.Series([1.0], index=[7]),
        pd.Series(["year", "month"], index=[6, 7]),
        [12.0],
    ),
    "categorical-period": (
        pd.Series([1.0, 2.0], index=[1, 0]),
        pd.Series(["year", "month"], dtype="category"),
        [12.0, 2.0],
    ),
}


@pytest.mark.parametrize(
    ("amount", "period", "expected"), list(ALIGNMENTS.values()), ids=list(ALIGNMENTS)
)
def test_annualize_matches_a_period_series_by_label(amount, period, expected):
    result = ck.annualize(amount, period=period)
    assert result.tolist() == expected
    assert list(result.index) == list(amount.index)


def test_annualize_a_label_without_period_gives_na():
    amount = pd.Series([1.0, 2.0], index=[5, 6])
    result = ck.annualize(amount, period=pd.Series(["year"], index=[5]))
    assert result.iloc[0] == 1.0 and pd.isna(result.iloc[1])
    assert list(result.index) == [5, 6]


def test_annualize_refuses_duplicate_period_labels_that_cannot_align():
    amount = pd.Series([1.0, 2.0], index=[0, 1])
    period = pd.Series(["year", "month"], index=[0, 0])
    with pytest.raises(ValueError, match="duplicate"):
        ck.annualize(amount, period=period)


def test_annualize_same_duplicate_labels_go_row_by_row():
    amount = pd.Series([1.0, 2.0], index=[0, 0])
    period = pd.Series(["year", "month"], index=[0, 0])
    assert ck.annualize(amount, period=period).tolist() == [1.0, 24.0]


def test_annualize_a_list_of_periods_of_the_wrong_length():
    with pytest.raises(ValueError, match="3 periods for 2 amounts"):
        ck.annualize(pd.Series([1, 2]), period=["month", "year", "month"])


# --- the shared rate checker -----------------------------------------------------


def test_check_rate_is_public_and_returns_a_float():
    from careerkit.money import check_rate

    assert check_rate(16_500) == 16_500.0 and isinstance(check_rate(16_500), float)
    assert check_rate(np.int64(15_000)) == 15_000.0
    with pytest.raises(ValueError, match="rate_idr_per_usd must be a positive"):
        check_rate(0, name="rate_idr_per_usd")
    with pytest.raises(ValueError, match="IDR per USD"):
        check_rate(-1)


# --- implausible exchange rates -------------------------------------------------


@pytest.mark.parametrize(
    "convert", [ck.to_idr, ck.to_usd], ids=["to_idr", "to_usd"]
)
@pytest.mark.parametrize("rate", [16.5, 999, 100_001, 16_500_000], ids=str)
def test_an_implausible_rate_warns_and_still_converts(convert, rate) -> None:
    from careerkit.money import RateWarning

    with pytest.warns(RateWarning, match=r"16500 untuk 16\.500") as caught:
        value = convert(800, rate=rate)

    assert value == (800 * rate if convert is ck.to_idr else 800 / rate)
    assert caught[0].filename == __file__  # points at the caller's line


@pytest.mark.parametrize("rate", [1_000, 16_500, 15_873.5, 100_000], ids=str)
def test_a_plausible_rate_converts_silently(rate, recwarn) -> None:
    ck.to_idr(800, rate=rate)
    ck.to_usd(800, rate=rate)
    careerkit.money.check_rate(rate)

    assert not [w for w in recwarn if issubclass(w.category, UserWarning)]


def test_check_rate_names_the_parameter_in_its_warning() -> None:
    from careerkit.money import RateWarning, check_rate

    with pytest.warns(RateWarning, match=r"^salary_ranges\(\): rate=16\.5 IDR"):
        assert check_rate(16.5, name="salary_ranges(): rate") == 16.5
