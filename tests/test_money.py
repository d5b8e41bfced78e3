"""careerkit.money: exchange rate, annualise with THR, Rupiah formatting, no int32."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import careerkit as ck

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
