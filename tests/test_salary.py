"""careerkit.salary: parse_salary and parse_salaries on every kind of salary text.

The cases file holds one sample per kind; the tables below spell each kind in
other ways, because a reader that knows only the samples knows nothing.
"""

from __future__ import annotations

import csv
import math
import pickle
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import careerkit as ck
from careerkit._salary_fast import read_many
from careerkit._salary_problem import NOTE, code_of
from careerkit.i18n import MESSAGES
from careerkit.salary import SalaryWarning

CASES = Path(__file__).resolve().parent / "cases"
J = 1_000_000  # juta
RB = 1_000  # ribu


def _case_rows() -> list[dict[str, str]]:
    with open(CASES / "salary-strings.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


CASE_ROWS = _case_rows()


def _expected(row: dict[str, str]) -> tuple:
    def number(text: str) -> float | None:
        return float(text) if text else None

    return number(row["low"]), number(row["high"]), row["currency"], row["period"]


def _quiet_parse(text: str, **kwargs) -> ck.SalaryRange:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SalaryWarning)
        return ck.parse_salary(text, **kwargs)


def _as_tuple(result: ck.SalaryRange) -> tuple:
    return result.low, result.high, result.currency, result.period


def _row(frame: pd.DataFrame, label) -> tuple:
    """One row of parse_salaries as (low, high, currency, period), None if missing."""
    cells = (frame.at[label, name] for name in ("low", "high", "currency", "period"))
    return tuple(None if pd.isna(cell) else cell for cell in cells)


# --- the shared cases file ---------------------------------------------------


@pytest.mark.parametrize(
    "row", [r for r in CASE_ROWS if r["low"] != "error"], ids=lambda r: r["text"]
)
def test_case_file_row_parses_to_its_expected_value(row):
    assert _as_tuple(ck.parse_salary(row["text"])) == _expected(row)


@pytest.mark.parametrize(
    "row", [r for r in CASE_ROWS if r["low"] == "error"], ids=lambda r: r["text"]
)
def test_case_file_error_row_raises(row):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(row["text"])
    assert caught.value.text == row["text"]
    assert caught.value.reason


def test_case_file_vectorised_matches_every_row():
    labels = range(100, 100 + len(CASE_ROWS))
    texts = pd.Series([r["text"] for r in CASE_ROWS], index=labels)
    result = ck.parse_salaries(texts)
    assert list(result.index) == list(labels)
    for label, row in zip(labels, CASE_ROWS, strict=True):
        problem = result.at[label, "problem"]
        if row["low"] == "error":
            assert _row(result, label) == (None, None, None, None), row["text"]
            assert isinstance(problem, str) and problem, row["text"]
        else:
            assert _row(result, label) == _expected(row), row["text"]
            assert problem is pd.NA, row["text"]


# --- other spellings of each kind --------------------------------------------

SPELLINGS = {
    # decimal vs thousands separators
    "dots-thousands": ("Rp 7.250.000", 7_250_000, 7_250_000, "IDR", "month"),
    "comma-thousands-usd": ("$2,750", 2750, 2750, "USD", "month"),
    "comma-thousands-millions": ("USD 1,250,000 per year", 1_250_000, 1_250_000,
                                 "USD", "year"),
    "both-marks-indonesian": ("Rp 9.750.000,50", 9_750_000.5, 9_750_000.5, "IDR",
                              "month"),
    "both-marks-english": ("$4,250.75", 4250.75, 4250.75, "USD", "month"),
    "decimal-comma-jt": ("Rp 7,5 jt", 7.5 * J, 7.5 * J, "IDR", "month"),
    "decimal-dot-juta": ("IDR 4.25 juta", 4_250_000, 4_250_000, "IDR", "month"),
    "decimal-two-digits": ("$12.50/hr", 12.5, 12.5, "USD", "hour"),
    "decimal-four-digits": ("1,2345 juta", 1_234_500, 1_234_500, "IDR", "month"),
    "no-cents-dash": ("Rp 5.000.000,-", 5 * J, 5 * J, "IDR", "month"),
    "no-cents-dash-range": ("Rp. 4.500.000,- s/d Rp. 6.000.000,-", 4.5 * J, 6 * J,
                            "IDR", "month"),
    "space-thousands": ("Rp 9 500 000", 9.5 * J, 9.5 * J, "IDR", "month"),
    "thin-space-thousands": ("Rp\u20099\u2009500\u2009000", 9.5 * J, 9.5 * J, "IDR",
                             "month"),
    "narrow-nbsp-thousands": ("IDR\u202f7\u202f000\u202f000", 7 * J, 7 * J, "IDR",
                              "month"),
    "nbsp-between-amount-and-unit": ("8\u00a0juta", 8 * J, 8 * J, "IDR", "month"),
    "full-width-digits": ("Ｒｐ ８．５００．０００", 8.5 * J, 8.5 * J, "IDR", "month"),
    "full-width-range": ("７～９ juta", 7 * J, 9 * J, "IDR", "month"),
    "zero-width-space": ("Rp 6\u200b-\u200b8 jt", 6 * J, 8 * J, "IDR", "month"),
    # units
    "juta": ("9 juta", 9 * J, 9 * J, "IDR", "month"),
    "jt-attached": ("Rp9jt", 9 * J, 9 * J, "IDR", "month"),
    "jt-dot": ("Rp 9 jt.", 9 * J, 9 * J, "IDR", "month"),
    "ribu": ("850 ribu per hari", 850 * RB, 850 * RB, "IDR", "day"),
    "rb-range": ("300rb-450rb/hari", 300 * RB, 450 * RB, "IDR", "day"),
    "k-lower": ("Rp 750k", 750 * RB, 750 * RB, "IDR", "month"),
    "k-upper-usd": ("$4K", 4000, 4000, "USD", "month"),
    "k-range-usd": ("USD 3k - 4.5k", 3000, 4500, "USD", "month"),
    "miliar": ("Rp 1,2 miliar per tahun", 1.2e9, 1.2e9, "IDR", "year"),
    "milyar": ("IDR 2 milyar/thn", 2e9, 2e9, "IDR", "year"),
    "M-after-rp-is-miliar": ("Rp 1,5 M/tahun", 1.5e9, 1.5e9, "IDR", "year"),
    "M-after-idr-is-miliar": ("IDR 2M per year", 2e9, 2e9, "IDR", "year"),
    "M-after-dollar-is-million": ("$1.2M per year", 1.2e6, 1.2e6, "USD", "year"),
    "M-after-usd-is-million": ("USD 2M annual", 2e6, 2e6, "USD", "year"),
    "million-word": ("1.5 million USD per year", 1.5e6, 1.5e6, "USD", "year"),
    "unit-on-high-only": ("7-9 jt", 7 * J, 9 * J, "IDR", "month"),
    "unit-on-low-only": ("7 jt - 9", 7 * J, 9 * J, "IDR", "month"),
    "decimal-low-inherits": ("6,5-8 juta", 6.5 * J, 8 * J, "IDR", "month"),
    "each-own-unit": ("900rb - 1,5jt", 900 * RB, 1.5 * J, "IDR", "month"),
    "full-figure-keeps-its-scale": ("Rp 800.000 - 1,2 jt", 800 * RB, 1.2 * J, "IDR",
                                    "month"),
    "k-inherits": ("$5-7k", 5000, 7000, "USD", "month"),
    # dashes and range words
    "hyphen-spaced": ("Rp 7 - 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "en-dash": ("7–9 juta", 7 * J, 9 * J, "IDR", "month"),
    "em-dash": ("7—9 juta", 7 * J, 9 * J, "IDR", "month"),
    "minus-sign": ("7 − 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "full-width-dash": ("7－9 juta", 7 * J, 9 * J, "IDR", "month"),
    "small-hyphen": ("7﹣9 juta", 7 * J, 9 * J, "IDR", "month"),
    "tilde": ("7~9 juta", 7 * J, 9 * J, "IDR", "month"),
    "double-dash": ("7jt -- 9jt", 7 * J, 9 * J, "IDR", "month"),
    "s/d-spaced": ("7 jt s / d 9 jt", 7 * J, 9 * J, "IDR", "month"),
    "s.d.": ("7 jt s.d. 9 jt", 7 * J, 9 * J, "IDR", "month"),
    "sd": ("7 sd 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "sampai": ("Rp 7 juta sampai Rp 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "sampai-dengan": ("7 sampai dengan 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "hingga": ("Rp 7 hingga 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "to": ("$3,000 to $4,000", 3000, 4000, "USD", "month"),
    "between-and": ("Between USD 3000 and USD 4000", 3000, 4000, "USD", "month"),
    "antara-sampai": ("antara Rp 7 jt sampai Rp 9 jt", 7 * J, 9 * J, "IDR", "month"),
    "antara-dan": ("Antara 7 dan 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "antara-dash": ("antara 7-9 juta", 7 * J, 9 * J, "IDR", "month"),
    "from-to": ("from $3000 to $4000", 3000, 4000, "USD", "month"),
    "from-up-to": ("from USD 2,000 up to USD 3,000", 2000, 3000, "USD", "month"),
    "dari-hingga": ("dari 7 hingga 9 juta", 7 * J, 9 * J, "IDR", "month"),
    "mulai-dari-sampai": ("mulai dari 7 jt sampai 9 jt", 7 * J, 9 * J, "IDR",
                          "month"),
    # currency markers on one or both bounds
    "rp-dot-both": ("Rp. 7.000.000 - Rp. 9.000.000", 7 * J, 9 * J, "IDR", "month"),
    "rp-upper": ("RP 7.000.000", 7 * J, 7 * J, "IDR", "month"),
    "idr-after": ("7.000.000 IDR", 7 * J, 7 * J, "IDR", "month"),
    "idr-on-high-only": ("7.000.000 - IDR 9.000.000", 7 * J, 9 * J, "IDR", "month"),
    "rupiah-word": ("7 juta rupiah", 7 * J, 7 * J, "IDR", "month"),
    "rupiah-plain-number": ("7000000 rupiah", 7 * J, 7 * J, "IDR", "month"),
    "us-dollar-sign": ("US$ 3,000", 3000, 3000, "USD", "month"),
    "us-dollar-attached": ("US$3000-US$4000", 3000, 4000, "USD", "month"),
    "usd-after": ("3000-4000 USD", 3000, 4000, "USD", "month"),
    "dollar-on-high-only": ("3000 - $4000", 3000, 4000, "USD", "month"),
    "usd-lower": ("usd 3500", 3500, 3500, "USD", "month"),
    "dollars-word": ("3500 dollars a month", 3500, 3500, "USD", "month"),
    # open ranges
    "plus-idr": ("Rp 30.000.000+", 30 * J, None, "IDR", "month"),
    "plus-before-unit": ("30+ juta", 30 * J, None, "IDR", "month"),
    "plus-after-unit": ("30 juta+", 30 * J, None, "IDR", "month"),
    "up-to-upper": ("Up To $5,000", None, 5000, "USD", "month"),
    "upto": ("upto 25jt", None, 25 * J, "IDR", "month"),
    "di-atas-no-space": ("diatas 20 juta", 20 * J, None, "IDR", "month"),
    "greater-than": ("> Rp 20 juta", 20 * J, None, "IDR", "month"),
    "greater-equal": (">= $3000", 3000, None, "USD", "month"),
    "less-than": ("< 10 juta", None, 10 * J, "IDR", "month"),
    "maks": ("maks 15 jt", None, 15 * J, "IDR", "month"),
    "maks-dot": ("Maks. Rp 15.000.000", None, 15 * J, "IDR", "month"),
    "maksimal": ("maksimal 15 juta", None, 15 * J, "IDR", "month"),
    "max-after": ("15 juta max", None, 15 * J, "IDR", "month"),
    "minimal": ("minimal 8 juta", 8 * J, None, "IDR", "month"),
    "min-dot": ("min. 8 jt", 8 * J, None, "IDR", "month"),
    "mulai": ("mulai 8 juta", 8 * J, None, "IDR", "month"),
    "from-open": ("from $4,000", 4000, None, "USD", "month"),
    "lebih-dari": ("lebih dari 8 juta", 8 * J, None, "IDR", "month"),
    "ke-atas": ("8 juta ke atas", 8 * J, None, "IDR", "month"),
    "at-least": ("at least $4000/month", 4000, None, "USD", "month"),
    "hingga-leading": ("hingga 12 juta", None, 12 * J, "IDR", "month"),
    "sampai-leading": ("sampai Rp 12 jt", None, 12 * J, "IDR", "month"),
    "or-more": ("$4000 or more", 4000, None, "USD", "month"),
    "paling-tinggi": ("Paling tinggi 10 juta", None, 10 * J, "IDR", "month"),
    # periods, Indonesian and English
    "per-bulan": ("Rp 8 juta per bulan", 8 * J, 8 * J, "IDR", "month"),
    "slash-bulan": ("Rp 8 juta/bulan", 8 * J, 8 * J, "IDR", "month"),
    "slash-spaced": ("Rp 8 juta / bln", 8 * J, 8 * J, "IDR", "month"),
    "sebulan": ("8 juta sebulan", 8 * J, 8 * J, "IDR", "month"),
    "perbulan": ("8jt perbulan", 8 * J, 8 * J, "IDR", "month"),
    "per-hyphen-bulan": ("8 jt per-bulan", 8 * J, 8 * J, "IDR", "month"),
    "per-month": ("$3,000 per month", 3000, 3000, "USD", "month"),
    "slash-mo": ("$3k/mo", 3000, 3000, "USD", "month"),
    "monthly": ("$3000 monthly", 3000, 3000, "USD", "month"),
    "a-month": ("$3000 a month", 3000, 3000, "USD", "month"),
    "per-tahun": ("Rp 120 juta per tahun", 120 * J, 120 * J, "IDR", "year"),
    "slash-thn": ("120jt/thn", 120 * J, 120 * J, "IDR", "year"),
    "setahun": ("120 juta setahun", 120 * J, 120 * J, "IDR", "year"),
    "per-year": ("$60,000 per year", 60000, 60000, "USD", "year"),
    "slash-yr": ("$60k/yr", 60000, 60000, "USD", "year"),
    "annual": ("$60k annual", 60000, 60000, "USD", "year"),
    "annually": ("USD 60,000 annually", 60000, 60000, "USD", "year"),
    "p.a.": ("$60k p.a.", 60000, 60000, "USD", "year"),
    "per-hari": ("Rp 350.000 per hari", 350 * RB, 350 * RB, "IDR", "day"),
    "sehari": ("350rb sehari", 350 * RB, 350 * RB, "IDR", "day"),
    "harian": ("350 ribu harian", 350 * RB, 350 * RB, "IDR", "day"),
    "daily": ("$120 daily", 120, 120, "USD", "day"),
    "per-day": ("$120 per day", 120, 120, "USD", "day"),
    "slash-jam": ("Rp 75rb/jam", 75 * RB, 75 * RB, "IDR", "hour"),
    "per-jam": ("Rp 75.000 per jam", 75 * RB, 75 * RB, "IDR", "hour"),
    "hourly": ("$40 hourly", 40, 40, "USD", "hour"),
    "per-hour": ("$40 per hour", 40, 40, "USD", "hour"),
    "slash-hr": ("$40/hr", 40, 40, "USD", "hour"),
    "an-hour": ("$40 an hour", 40, 40, "USD", "hour"),
    "period-first": ("Per bulan: Rp 8 juta", 8 * J, 8 * J, "IDR", "month"),
    "period-on-both-bounds": ("8 jt/bln - 10 jt/bln", 8 * J, 10 * J, "IDR", "month"),
    # salary words that change no number
    "gaji-colon-gross": ("Gaji: Rp 8 juta / bulan (gross)", 8 * J, 8 * J, "IDR",
                         "month"),
    "nett-in-brackets": ("Rp 8 - 10 juta (nett)", 8 * J, 10 * J, "IDR", "month"),
    "kisaran": ("kisaran 8-10 juta", 8 * J, 10 * J, "IDR", "month"),
    "take-home-pay": ("Take home pay 8 juta", 8 * J, 8 * J, "IDR", "month"),
    "upah": ("Upah Rp 150rb/hari", 150 * RB, 150 * RB, "IDR", "day"),
    "nego-after-amount": ("Rp 8 juta, nego", 8 * J, 8 * J, "IDR", "month"),
    "upper-case": ("RP 8 JUTA PER BULAN", 8 * J, 8 * J, "IDR", "month"),
    "surrounding-space": ("  \t8 juta\n", 8 * J, 8 * J, "IDR", "month"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    list(SPELLINGS.values()),
    ids=list(SPELLINGS),
)
def test_other_spellings_of_each_kind(text, low, high, currency, period):
    assert _as_tuple(_quiet_parse(text)) == (low, high, currency, period)


def test_other_spellings_vectorised_equal_scalar():
    texts = pd.Series([spelling[0] for spelling in SPELLINGS.values()])
    result = ck.parse_salaries(texts)
    for label, (text, *expected) in enumerate(SPELLINGS.values()):
        assert _row(result, label) == tuple(expected), text


# --- what is not a salary ----------------------------------------------------

# id: (text, code, words of the English reason)
NOT_SALARIES = {
    "nego": ("Nego", "no_amount", "no amount"),
    "negotiable": ("Negotiable", "no_amount", "no amount"),
    "kompetitif": ("Kompetitif", "no_amount", "no amount"),
    "competitive": ("Competitive salary", "no_amount", "no amount"),
    "dirahasiakan": ("dirahasiakan", "no_amount", "no amount"),
    "empty": ("", "empty_text", "empty"),
    "blank": ("   ", "empty_text", "empty"),
    "dash-only": ("-", "no_amount", "no amount"),
    "n/a": ("N/A", "no_amount", "no amount"),
    "extra-words": ("Rp 12.500.000,00 per bulan plus bonus", "unexpected_word",
                    "'plus'"),
    "plus-bonus": ("Rp 10 juta + bonus", "unexpected_word", "'bonus'"),
    "two-amounts-no-separator": ("Rp 5 8 juta", "too_many_amounts",
                                 "no range word"),
    "three-amounts": ("5 - 8 - 10 juta", "unexpected", "unexpected '-'"),
    "or-between-amounts": ("5 juta atau 8 juta", "unexpected_word", "'atau'"),
    "mixed-separators": ("Rp 1.234,567", "mixed_separators", "mixes separators"),
    "mark-twice": ("Rp 1.2.3", "mark_twice", "twice"),
    "bad-groups": ("Rp 12345.678", "unusual_groups", "unusual digit groups"),
    "leading-zero-group": ("0.500 juta", "unusual_groups", "unusual digit groups"),
    "too-many-digits": ("Rp 1234567890123456789", "too_many_digits",
                        "too many digits"),
    "superscript": ("Rp 5²", "unexpected_character", "unexpected character"),
    "other-script-digits": ("Rp ٥ juta", "unexpected_character",
                            "unexpected character"),
    "euro": ("€3000", "unsupported_currency", "unsupported currency"),
    "sgd": ("SGD 5,000", "unsupported_currency", "unsupported currency"),
    "singapore-dollar-sign": ("S$ 5,000", "unsupported_currency",
                              "unsupported currency"),
    "week": ("Rp 2 juta per minggu", "unsupported_period", "unsupported period"),
    "weekly": ("$900 weekly", "unsupported_period", "unsupported period"),
    "two-currencies": ("Rp 5 juta - $800", "two_currencies", "two currencies"),
    "two-periods": ("5 jt/bln - 60 jt/thn", "two_periods",
                    "two periods in one text: monthly and yearly"),
    "M-without-currency": ("5M", "m_without_currency", "'M'"),
    "between-one-amount": ("between $3000", "between_needs_two", "two amounts"),
    "leading-dash": ("- 5 juta", "amount_expected_start", "expected an amount"),
    "negative": ("−5 juta", "amount_expected_start", "expected an amount"),
    "dangling-separator": ("5 juta -", "amount_expected_end", "expected an amount"),
    "range-word-then-bound": ("5 juta sampai di atas 8", "amount_expected",
                              "after 'sampai', got 'di atas'"),
    "unit-on-one-side-reversed": ("800 - 1,2jt", "unit_on_one_amount", "unit 'jt'"),
    "plus-in-range": ("5+ juta - 8 juta", "plus_misplaced", "'+'"),
    "currency-alone": ("Rp", "no_amount", "no amount"),
    "phone-number-like": ("0812-3456-7890", "unexpected", "unexpected"),
    "leading-mark": ("Rp .5 jt", "leading_mark", "digit before"),
    "word-runs-into-amount": ("USD.5k", "word_runs_into_amount",
                              "runs into an amount"),
}  # fmt: skip


@pytest.fixture
def english() -> None:
    """English messages for this test (conftest goes back to the default after)."""
    ck.set_language("en")


@pytest.mark.parametrize(
    ("text", "code", "_words"), list(NOT_SALARIES.values()), ids=list(NOT_SALARIES)
)
def test_text_that_is_not_a_salary_raises_with_its_code(text, code, _words):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert caught.value.text == text
    assert caught.value.code == code
    assert caught.value.reason
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "_code", "words"), list(NOT_SALARIES.values()), ids=list(NOT_SALARIES)
)
def test_the_english_reason_says_why(english, text, _code, words):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert words in caught.value.reason
    assert str(caught.value).startswith(f"cannot read {text!r} as a salary: ")


@pytest.mark.parametrize("language", ["id", "en"])
def test_not_a_salary_vectorised_gives_missing_values_and_the_reason(language):
    ck.set_language(language)
    texts = pd.Series([text for text, _, _ in NOT_SALARIES.values()])
    result = ck.parse_salaries(texts)
    assert result["low"].isna().all() and result["high"].isna().all()
    assert result["currency"].isna().all() and result["period"].isna().all()
    for got, (text, _, _) in zip(result["problem"], NOT_SALARIES.values(), strict=True):
        with pytest.raises(ck.SalaryParseError) as caught:
            ck.parse_salary(text)
        assert got == caught.value.reason


def test_salary_parse_error_is_a_value_error_and_a_careerkit_error():
    with pytest.raises(ValueError) as caught:
        ck.parse_salary("Dirahasiakan")
    assert isinstance(caught.value, ck.CareerkitError)
    assert caught.value.code == "no_amount"


def test_a_salary_parse_error_survives_pickling_with_its_code():
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary("Nego")
    again = pickle.loads(pickle.dumps(caught.value))
    assert (again.text, again.reason, again.code) == (
        "Nego",
        "tidak ada angka gaji di teks ini",
        "no_amount",
    )
    assert str(again) == str(caught.value)


def test_a_salary_parse_error_raised_by_other_code_needs_no_code():
    error = ck.SalaryParseError("gaji menarik", "bukan angka")
    assert (error.text, error.reason, error.code) == (
        "gaji menarik",
        "bukan angka",
        None,
    )
    assert "'gaji menarik'" in str(error) and "bukan angka" in str(error)


def test_parse_salary_rejects_a_non_text_with_type_error():
    with pytest.raises(TypeError, match="needs a text"):
        ck.parse_salary(12_000_000)


# --- currency= ----------------------------------------------------------------


def test_unknown_currency_is_none_without_currency_argument():
    assert ck.parse_salary("6000-9000").currency is None
    assert ck.parse_salary("15k").currency is None


def test_currency_argument_fills_in_a_text_without_marker():
    assert _as_tuple(ck.parse_salary("6000-9000", currency="usd")) == (
        6000,
        9000,
        "USD",
        "month",
    )


def test_currency_marker_in_text_wins_over_currency_argument():
    assert ck.parse_salary("$800", currency="IDR").currency == "USD"
    assert ck.parse_salary("8 juta", currency="USD").currency == "IDR"


def test_currency_argument_settles_M():
    assert _quiet_parse("2M", currency="USD").low == 2e6
    assert _quiet_parse("2M", currency="IDR").low == 2e9


@pytest.mark.parametrize("bad", ["EUR", "Rp", "", 1])
def test_currency_argument_must_be_idr_or_usd(bad):
    with pytest.raises(ValueError, match="currency must be"):
        ck.parse_salary("5000", currency=bad)
    with pytest.raises(ValueError, match="currency must be"):
        ck.parse_salaries(pd.Series(["5000"]), currency=bad)


# --- swapped and implausible values ------------------------------------------


def test_high_to_low_range_is_swapped_and_warned_for_a_scalar(english):
    with pytest.warns(SalaryWarning, match="high-to-low") as caught:
        result = ck.parse_salary("12-6 juta")
    assert (result.low, result.high) == (6 * J, 12 * J)
    assert str(caught[0].message) == (
        "salary '12-6 juta': range written high-to-low; swapped. The amounts are "
        "kept as read; check the text at its source."
    )


def test_the_warning_is_indonesian_by_default():
    with pytest.warns(SalaryWarning) as caught:
        ck.parse_salary("12-6 juta")
    assert str(caught[0].message) == (
        "gaji '12-6 juta': rentang ditulis terbalik (tinggi ke rendah), sudah "
        "ditukar. Angkanya disimpan seperti terbaca; periksa teks itu di sumbernya."
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "range written high-to-low; swapped"),
     ("id", "rentang ditulis terbalik (tinggi ke rendah), sudah ditukar")],
)  # fmt: skip
def test_high_to_low_range_is_swapped_and_flagged_vectorised(language, words):
    ck.set_language(language)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the vectorised reader never warns per row
        result = ck.parse_salaries(pd.Series(["$3000 - $2000"]))
    assert (result.at[0, "low"], result.at[0, "high"]) == (2000, 3000)
    assert result.at[0, "problem"] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rp 2 miliar", "above 1 miliar"),
        ("Rp 50.000", "below 100 ribu"),
        ("Rp 500.000 per tahun", "below 1,2 juta"),
        ("1.500 juta", "above 1 miliar"),
    ],
)
def test_implausible_rupiah_amounts_are_kept_and_flagged(english, text, words):
    result = ck.parse_salaries(pd.Series([text]))
    assert result.at[0, "low"] is not pd.NA
    assert words in result.at[0, "problem"]
    with pytest.warns(SalaryWarning, match=words):
        ck.parse_salary(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rp 2 miliar",
         "angka tidak wajar untuk gaji per bulan dalam rupiah (di atas 1 miliar)"),
        ("Rp 500.000 per tahun",
         "angka tidak wajar untuk gaji per tahun dalam rupiah (di bawah 1,2 juta)"),
        ("$20,000 an hour",
         "angka tidak wajar untuk gaji per jam dalam dolar AS (di atas $10,000)"),
        ("20", "angka tidak wajar untuk gaji per bulan dalam mata uang mana pun "
         "(di bawah $50)"),
        ("30 - 20 miliar", "rentang ditulis terbalik (tinggi ke rendah), sudah "
         "ditukar; angka tidak wajar untuk gaji per bulan dalam rupiah (di atas "
         "1 miliar)"),
    ],
)  # fmt: skip
def test_implausible_amounts_are_flagged_in_indonesian_by_default(text, words):
    assert ck.parse_salaries(pd.Series([text])).at[0, "problem"] == words


def test_exact_decimal_amounts_are_not_float_noise():
    assert ck.parse_salary("1,2jt").low == 1_200_000
    assert ck.parse_salary("Rp 12.345.678,90").low == 12_345_678.9
    assert ck.parse_salary("0,1 juta").low == 100_000


# --- parse_salaries ----------------------------------------------------------


def test_parse_salaries_keeps_the_index_and_the_dtypes():
    texts = pd.Series(
        ["6-12 juta", None, "Nego", "$10000+"], index=["a", "b", "c", "d"], name="gaji"
    )
    result = ck.parse_salaries(texts)
    assert list(result.index) == ["a", "b", "c", "d"]
    assert list(result.columns) == ["low", "high", "currency", "period", "problem"]
    assert str(result["low"].dtype) == "Float64"
    assert str(result["high"].dtype) == "Float64"
    assert list(result["currency"].cat.categories) == ["IDR", "USD"]
    assert list(result["period"].cat.categories) == ["hour", "day", "month", "year"]
    assert result["problem"].dtype == pd.StringDtype()
    assert result.at["b", "problem"] == "tidak ada teks gaji"
    assert result.at["d", "high"] is pd.NA and result.at["d", "low"] == 10000


def test_parse_salaries_reads_repeated_texts_consistently():
    texts = pd.Series(["Rp 8 jt/bln", "Nego", "Rp 9 jt/bln"] * 50)
    result = ck.parse_salaries(texts)
    assert result["low"].tolist() == [8 * J, pd.NA, 9 * J] * 50


def test_parse_salaries_accepts_lists_numbers_and_categoricals():
    listed = ck.parse_salaries(["8 juta", "Nego"])
    assert listed["low"].tolist() == [8 * J, pd.NA]
    numbers = ck.parse_salaries(pd.Series([7_500_000, np.nan], dtype=object))
    assert numbers.at[0, "low"] == 7_500_000 and numbers.at[0, "currency"] is np.nan
    assert numbers.at[1, "problem"] == ck.parse_salaries([None]).at[0, "problem"]
    category = ck.parse_salaries(pd.Series(["5 juta", "5 juta"], dtype="category"))
    assert category["low"].tolist() == [5 * J, 5 * J]


def test_parse_salaries_of_an_empty_series():
    result = ck.parse_salaries(pd.Series([], dtype="string"))
    assert result.empty
    assert list(result.columns) == ["low", "high", "currency", "period", "problem"]
    assert str(result["low"].dtype) == "Float64"


def test_parse_salaries_rejects_a_dataframe_with_a_hint():
    with pytest.raises(TypeError, match=r"df\['gaji'\]"):
        ck.parse_salaries(pd.DataFrame({"gaji": ["5 juta"]}))


def test_parse_salaries_amounts_are_never_int32():
    result = ck.parse_salaries(pd.Series(["Rp 999.999.999.999", "$12,000"]))
    assert result["low"].dtype == "Float64"
    assert result.at[0, "low"] == 999_999_999_999
    assert not math.isnan(result.at[1, "low"])


# --- digit groups: only groups of three, or one decimal mark -------------------

MALFORMED_GROUPS = {
    "short-group-after-first": "Rp 2.5.000.000",
    "short-group-before-two-full": "Rp 1.2.345.678",
    "short-group-then-full": "Rp 1.2.500",
    "comma-short-group": "Rp 1,5,000",
    "dollar-short-group": "$1.5.000",
    "two-digit-group": "Rp 1.50.000",
    "lakh-grouping": "$12,34,567",
    "long-first-group": "Rp 1234.567.890",
    "space-short-group-after-dot": "Rp 1.5 000",
    "range-high-malformed": "Rp 1.000.000 - 2.5.000.000",
    "unit-after-malformed": "1.2.500 jt",
}


@pytest.mark.parametrize(
    "text", list(MALFORMED_GROUPS.values()), ids=list(MALFORMED_GROUPS)
)
def test_malformed_digit_groups_are_refused(text):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert caught.value.code == "unusual_groups"
    result = ck.parse_salaries(pd.Series([text, text]))
    assert result["low"].isna().all() and result["high"].isna().all()
    assert (result["problem"] == caught.value.reason).all()


MARK_USED_TWICE = {
    "dots-as-decimals": "Rp 1.2.3",
    "thousands-then-same-mark-decimal": "Rp 1.000.00",
    "commas": "$1,2,3",
    "thousands-comma-then-short": "$1,500,00",
}


@pytest.mark.parametrize(
    "text", list(MARK_USED_TWICE.values()), ids=list(MARK_USED_TWICE)
)
def test_one_mark_as_both_thousands_and_decimal_is_refused(text):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert caught.value.code == "mark_twice"


WELL_GROUPED = {
    "dot-thousands": ("Rp 1.500", 1_500),
    "dot-thousands-many": ("Rp 12.500.000", 12_500_000),
    "dot-thousands-comma-decimal": ("Rp 12.500.000,00", 12_500_000),
    "comma-thousands-dot-decimal": ("$1,234.56", 1234.56),
    "space-thousands-comma-decimal": ("Rp 12 000 000,50", 12_000_000.5),
    "single-decimal-comma": ("0,5 juta", 500_000),
    "single-decimal-dot-4-digits": ("1.2345 juta", 1_234_500),
    "single-decimal-long-whole": ("$12345.5", 12345.5),
}


@pytest.mark.parametrize(
    ("text", "low"), list(WELL_GROUPED.values()), ids=list(WELL_GROUPED)
)
def test_well_formed_groups_still_read(text, low):
    assert _quiet_parse(text).low == low


# --- a decimal mark needs a digit before it ------------------------------------

LEADING_MARK = {
    "dot-jt": "Rp .5 jt",
    "dot-k-dollar": "$.5k",
    "comma-jt": "Rp ,5 jt",
    "two-dots": "Rp ..5 jt",
    "bare-dot-juta": ".5 juta",
    "dollar-space-dot": "$ .75/hr",
    "range-low": ".5-1 juta",
    "range-high": "1 - ,5 juta",
    "after-dash-dot": "5 juta - .5",
    "attached-to-rp-dot": "Rp..5 jt",
}


@pytest.mark.parametrize("text", list(LEADING_MARK.values()), ids=list(LEADING_MARK))
def test_a_leading_decimal_mark_is_refused_never_dropped(text):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert caught.value.code == "leading_mark"
    result = ck.parse_salaries(pd.Series([text]))
    assert result.at[0, "low"] is pd.NA and result.at[0, "high"] is pd.NA


DOTTED_ABBREVIATIONS = {
    "rp-dot-thousands": ("Rp.5.000.000", 5 * J, 5 * J),
    "rp-dot-jt": ("Rp.5 jt", 5 * J, 5 * J),
    "zero-before-comma": ("Rp. 0,5 jt", 500 * RB, 500 * RB),
    "s.d.": ("7 jt s.d.9 jt", 7 * J, 9 * J),
    "maks.": ("maks.5 jt", None, 5 * J),
    "min.": ("min.5jt", 5 * J, None),
}


@pytest.mark.parametrize(
    ("text", "low", "high"),
    list(DOTTED_ABBREVIATIONS.values()),
    ids=list(DOTTED_ABBREVIATIONS),
)
def test_the_dot_of_a_dotted_abbreviation_is_not_a_decimal_mark(text, low, high):
    result = _quiet_parse(text)
    assert (result.low, result.high) == (low, high)


WORD_DOT_DIGIT = {
    "usd-dot": "USD.5k",
    "idr-dot": "IDR.5 juta",
    "dollar-word-dot": "dollars.5",
    "gaji-dot": "gaji.5 juta",
    "range-word-dot": "5 juta sampai.8 juta",
}


@pytest.mark.parametrize(
    "text", list(WORD_DOT_DIGIT.values()), ids=list(WORD_DOT_DIGIT)
)
def test_a_dot_between_a_word_and_an_amount_is_refused(text):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert caught.value.code == "word_runs_into_amount"


# --- an IDR word with a USD marker is two currencies ---------------------------

IDR_WORD_WITH_USD = {
    "dollar-juta": "$5 juta",
    "juta-usd-after": "5 juta USD",
    "dollar-rb": "$500 rb",
    "us-dollar-decimal-juta": "US$ 1,5 juta per tahun",
    "usd-miliar": "USD 2 miliar",
    "dollar-jt-range": "$5-7 jt",
    "ribu-dollars-word": "5 ribu dollars",
    "unit-on-high-only": "$800 - 1,2 juta",
    "dollar-rupiah-word": "$500 rupiah",
}


@pytest.mark.parametrize(
    "text", list(IDR_WORD_WITH_USD.values()), ids=list(IDR_WORD_WITH_USD)
)
def test_an_idr_word_with_a_usd_marker_is_refused(text):
    with pytest.raises(ck.SalaryParseError) as caught:
        ck.parse_salary(text)
    assert caught.value.code == "two_currencies"
    result = ck.parse_salaries(pd.Series([text]))
    assert result.at[0, "low"] is pd.NA
    assert result.at[0, "problem"] == caught.value.reason


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "two currencies in one text: IDR ('juta') and USD"),
     ("id", "dua mata uang berbeda dalam satu teks: IDR ('juta') dan USD")],
)  # fmt: skip
def test_two_currencies_name_the_rupiah_word(language, words):
    ck.set_language(language)
    assert ck.parse_salaries(["$5 juta"]).at[0, "problem"] == words


def test_an_idr_word_still_wins_over_the_currency_argument():
    assert _as_tuple(ck.parse_salary("5 juta", currency="USD")) == (
        5 * J,
        5 * J,
        "IDR",
        "month",
    )


# --- numbers are amounts, never re-read as text --------------------------------

NUMERIC_COLUMNS = {
    "float64": (pd.Series([12.5, 1.234, 12.125, 7_500_000.0]), None),
    "float64-with-nan": (pd.Series([1.234, np.nan, 2.5]), None),
    "Float64-with-na": (pd.Series([1.234, None, 1.5], dtype="Float64"), None),
    "int64": (pd.Series([1_500, 12_000_000]), None),
    "Int64-with-na": (pd.Series([1_500, None], dtype="Int64"), None),
    "int32": (pd.Series([1_500, 2_000], dtype="int32"), None),
    "object-mixed-with-text": (pd.Series([1.234, "Rp 5 juta", None, 12.125]), None),
    "list-of-floats": ([12.5, 1.234], None),
    "numpy-array": (np.array([1.234, 12.125]), None),
}


@pytest.mark.parametrize(
    ("values", "_unused"), list(NUMERIC_COLUMNS.values()), ids=list(NUMERIC_COLUMNS)
)
def test_numbers_are_taken_as_amounts_as_they_are(values, _unused):
    result = ck.parse_salaries(values, currency="USD")
    for position, value in enumerate(list(values)):
        low, high = result["low"].iloc[position], result["high"].iloc[position]
        problem = result["problem"].iloc[position]
        if isinstance(value, str):
            assert low == 5 * J and result["currency"].iloc[position] == "IDR"
        elif pd.isna(value):
            assert low is pd.NA and high is pd.NA
            assert problem == "tidak ada teks gaji"
        else:
            assert low == high == float(value)
            assert result["currency"].iloc[position] == "USD"
            assert result["period"].iloc[position] == "month"


def test_numbers_without_currency_argument_have_no_currency():
    result = ck.parse_salaries(pd.Series([1.234, 12.125]))
    assert result["low"].tolist() == [1.234, 12.125]
    assert result["currency"].isna().all()


NOT_AMOUNTS = {
    "negative": (-5.0, "negative amount", "angkanya negatif"),
    "infinite": (math.inf, "not finite", "tak terhingga"),
    "bool": (True, "not a salary text: got bool", "bukan teks gaji"),
    "numpy-bool": (np.bool_(False), "not a salary text", "bukan teks gaji"),
    "timestamp": (pd.Timestamp("2026-01-01"), "got Timestamp",
                  "yang diberikan Timestamp"),
    "list": ([5, 6], "not a salary text", "bukan teks gaji"),
    "huge": (1e20, "amount 1e+20 has too many digits", "angka 1e+20 terlalu panjang"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("value", "english", "indonesian"),
    list(NOT_AMOUNTS.values()),
    ids=list(NOT_AMOUNTS),
)
def test_values_that_are_not_amounts_give_a_problem_not_str(value, english, indonesian):
    series = pd.Series([value, 5.0], dtype=object)
    result = ck.parse_salaries(series)
    assert result.at[0, "low"] is pd.NA and result.at[0, "high"] is pd.NA
    assert indonesian in result.at[0, "problem"]
    assert result.at[1, "low"] == 5.0
    ck.set_language("en")
    assert english in ck.parse_salaries(series).at[0, "problem"]


@pytest.mark.parametrize("value", [12.5, 12, np.float64(1.234), None], ids=repr)
def test_parse_salary_of_a_non_text_points_to_parse_salaries(value):
    with pytest.raises(TypeError, match="parse_salaries"):
        ck.parse_salary(value)


@pytest.mark.parametrize(
    "value",
    ["Rp 5 juta", b"Rp 5 juta", 12.5, None],
    ids=["str", "bytes", "float", "none"],
)
def test_parse_salaries_of_one_value_asks_for_a_column(value):
    with pytest.raises(TypeError, match="parse_salary"):
        ck.parse_salaries(value)


# --- plausibility for every period and currency --------------------------------

IMPLAUSIBLE = {
    "idr-day-low": ("Rp 5.000 per hari", "below 10 ribu"),
    "idr-day-high": ("Rp 80 juta/hari", "above 50 juta"),
    "idr-hour-low": ("Rp 500/jam", "below 1 ribu"),
    "idr-hour-high": ("Rp 20 juta per jam", "above 10 juta"),
    "usd-month-low": ("$20", "below $50"),
    "usd-month-high": ("$2,000,000", "above $1,000,000"),
    "usd-month-absurd": ("$999.999.999.999.999M", "above $1,000,000"),
    "usd-year-high": ("$20M per year", "above $12,000,000"),
    "usd-day-high": ("$90,000 per day", "above $50,000"),
    "usd-hour-low": ("$0.50/hr", "below $1"),
    "usd-hour-high": ("$20,000 an hour", "above $10,000"),
    "unknown-month-high": ("5.000.000.000", "above 1 miliar"),
    "unknown-month-low": ("20", "below $50"),
}


@pytest.mark.parametrize(
    ("text", "words"), list(IMPLAUSIBLE.values()), ids=list(IMPLAUSIBLE)
)
def test_implausible_amounts_of_every_period_and_currency_are_flagged(
    english, text, words
):
    result = ck.parse_salaries(pd.Series([text]))
    assert result.at[0, "low"] is not pd.NA or result.at[0, "high"] is not pd.NA
    assert words in result.at[0, "problem"]


PLAUSIBLE = {
    "idr-day": "Rp 350rb/hari",
    "idr-hour": "Rp 50rb/jam",
    "idr-month-edges": "Rp 100 ribu - Rp 1 miliar",
    "usd-month": "$800 - $1,500",
    "usd-year": "$60k per year",
    "usd-hour": "$40/hr",
    "usd-day": "$120 per day",
    "unknown": "6000-9000",
}


@pytest.mark.parametrize("text", list(PLAUSIBLE.values()), ids=list(PLAUSIBLE))
def test_plausible_amounts_are_not_flagged(text):
    assert ck.parse_salaries(pd.Series([text]))["problem"].isna().all()


def test_plausible_numbers_are_checked_too(english):
    result = ck.parse_salaries(pd.Series([7_500_000.0, 5e12]), currency="IDR")
    assert result.at[0, "problem"] is pd.NA
    assert "above 1 miliar" in result.at[1, "problem"]


def test_check_currency_is_importable_for_other_modules():
    from careerkit.salary import check_currency

    assert check_currency(" usd ") == "USD" and check_currency(None) is None
    with pytest.raises(ValueError, match="currency must be"):
        check_currency("EUR")


# --- words from the catalogue, in the language of the call ---------------------

SAME_SHAPES = (
    ["Nego", "Rp 5 jt plus bonus", "12-6 juta", "Rp 2 miliar"],
    ["Nego", "Rp 7 jt plus bonus", "13-7 juta", "Rp 3 miliar"],  # cached shapes
)
WORDS = {
    "id": [
        "tidak ada angka gaji di teks ini",
        "ada kata yang tidak dikenal: 'plus'",
        "rentang ditulis terbalik (tinggi ke rendah), sudah ditukar",
        "angka tidak wajar untuk gaji per bulan dalam rupiah (di atas 1 miliar)",
    ],
    "en": [
        "no amount in the text",
        "unexpected word 'plus'",
        "range written high-to-low; swapped",
        "implausible monthly amount in IDR (above 1 miliar)",
    ],
}


def test_switching_language_between_calls_never_gives_stale_words():
    first, twins = SAME_SHAPES
    assert ck.parse_salaries(first)["problem"].tolist() == WORDS["id"]
    for language in ("en", "id", "en"):
        ck.set_language(language)
        for texts in (first, twins, first):
            assert ck.parse_salaries(texts)["problem"].tolist() == WORDS[language]
        with pytest.raises(ck.SalaryParseError) as caught:
            ck.parse_salary("Nego")
        assert caught.value.reason == WORDS[language][0]
        assert caught.value.code == "no_amount"
        with pytest.warns(SalaryWarning) as warned:
            ck.parse_salary("13-7 juta")
        assert WORDS[language][2] in str(warned[0].message)


def test_every_problem_code_has_words_and_every_worded_code_happens():
    values = [
        *(text for text, _, _ in NOT_SALARIES.values()),
        *(value for value, _, _ in NOT_AMOUNTS.values()),
        math.nan,
        "12-6 juta",
        "Rp 2 miliar",
    ]
    found = {
        code_of(note)
        for *_, problem in read_many(values, None)
        for note in problem.split(NOTE)
    }
    worded = {
        key.removeprefix("salary.problem.")
        for key in MESSAGES
        if key.startswith("salary.problem.")
    }
    assert found == worded


def test_the_error_codes_are_documented_on_salary_parse_error():
    notes = ck.SalaryParseError.__doc__.split("Notes")[1]
    documented = set(re.findall(r"``(\w+)``", notes))
    assert documented == {code for _, code, _ in NOT_SALARIES.values()}
