"""careerkit.quiz.numbers: reading the number a learner types into a quiz box."""

from __future__ import annotations

import warnings

import pytest

from careerkit.quiz import AnswerError, Text
from careerkit.quiz.numbers import NumberReadError, read_number, unit_scale

JUTA = Text("juta rupiah", "million rupiah")
RUPIAH = Text("rupiah", "rupiah")
PAGES = Text("halaman", "pages")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("156", 156.0),
        ("156000000", 156_000_000.0),
        ("156.000.000", 156_000_000.0),
        ("156,000,000", 156_000_000.0),
        ("24.750.000", 24_750_000.0),
        ("12,345", 12_345.0),
        ("1.000", 1_000.0),
        ("156,5", 156.5),
        ("156.5", 156.5),
        ("0,5", 0.5),
        ("0,500", 0.5),  # a leading 0 is never a thousands group
        ("1,50", 1.5),
        ("1.000.000,50", 1_000_000.5),
        ("1,000,000.50", 1_000_000.5),
        ("  156  ", 156.0),
        ("156.", 156.0),  # a full stop after the answer
        ("-5", -5.0),
        ("−5", -5.0),  # the minus sign
    ],
)
def test_plain_numbers_follow_the_thousands_rule(text: str, expected: float) -> None:
    assert read_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("156 juta", 156_000_000.0),
        ("156juta", 156_000_000.0),
        ("Rp156 jt", 156_000_000.0),
        ("Rp 156 jt.", 156_000_000.0),
        ("rp. 1,5 jt", 1_500_000.0),
        ("IDR 24.750.000", 24_750_000.0),
        ("24,75 juta", 24_750_000.0),
        ("15 rb", 15_000.0),
        ("15 ribu", 15_000.0),
        ("15k", 15_000.0),
        ("2 M", 2_000_000_000.0),
        ("2 miliar", 2_000_000_000.0),
        ("2 milyar", 2_000_000_000.0),
        ("1.5 million", 1_500_000.0),
        ("24.750.000 rupiah", 24_750_000.0),
    ],
)
def test_scale_words_and_currency(text: str, expected: float) -> None:
    assert read_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("156", 156.0),
        ("156 juta", 156.0),
        ("Rp156 jt", 156.0),
        ("156 juta rupiah", 156.0),
        ("156 million rupiah", 156.0),
        ("Rp156.000.000", 156.0),  # whole rupiah, said so
        ("156.000.000 rupiah", 156.0),
        ("156000000", 156_000_000.0),  # bare: in the box's unit (a bank mistake)
        ("0,156 M", 156.0),
        ("156.000 rb", 156.0),
    ],
)
def test_an_amount_is_converted_to_a_scaled_unit(text: str, expected: float) -> None:
    assert read_number(text, JUTA) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("24,75 juta", RUPIAH, 24_750_000.0),
        ("24,75", RUPIAH, 24.75),  # bare: a bank mistake, not a conversion
        ("8 halaman", PAGES, 8.0),
        ("8 pages", PAGES, 8.0),
        ("8 HALAMAN", PAGES, 8.0),
        ("10 bulan", Text("bulan", "months"), 10.0),
        ("5 skill", Text("skill", "skills"), 5.0),
    ],
)
def test_the_units_own_words_may_follow(text: str, unit: Text, expected: float) -> None:
    assert read_number(text, unit) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n", "."])
def test_blank_is_none(text: str) -> None:
    assert read_number(text, JUTA) is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("abc", None),
        ("seratus", None),
        ("1234.567", None),  # a thousands group of four
        ("12.34.567", None),
        ("1.234.56", None),
        ("1,5.000", None),
        ("1.000,000,5", None),
        ("1..000", None),
        ("5..", None),
        (".5", None),
        ("05.000", None),
        ("156 m", None),  # million or miliar? neither is guessed
        ("156 juta juta", None),
        ("12 - 15", None),  # a range is not one answer
        ("$1500", None),
        ("156 bulan", JUTA),
        ("Rp 8", PAGES),  # money for a question about pages
        ("8 rupiah", PAGES),
        ("8 halaman", JUTA),
    ],
)
def test_unreadable_text_is_an_answer_error_naming_it(
    text: str, unit: Text | None
) -> None:
    with pytest.raises(NumberReadError) as caught:
        read_number(text, unit)
    assert caught.value.text == text
    assert repr(text) in str(caught.value)
    assert isinstance(caught.value, AnswerError)
    assert isinstance(caught.value, ValueError)


def test_unit_scale() -> None:
    assert unit_scale(JUTA) == (1e6, frozenset({"rupiah"}))
    assert unit_scale(PAGES) == (1.0, frozenset({"halaman", "pages"}))
    assert unit_scale(None) == (1.0, frozenset())


@pytest.mark.parametrize(
    "text",
    [
        "156000000",
        "156.000.000",
        "156,000,000",
        "24.750.000",
        "12,345",
        "156,5",
        "156.5",
        "1.000.000,50",
        "1,000,000.50",
        "156 juta",
        "Rp156 jt",
        "15 rb",
        "1,5 jt",
    ],
)
def test_the_same_reading_as_parse_salary(text: str) -> None:
    import careerkit as ck

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # plausibility is a salary matter
        salary = ck.parse_salary(text)
    assert salary.low == salary.high == read_number(text)
