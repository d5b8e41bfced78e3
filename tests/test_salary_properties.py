"""Properties of the salary toolkit, checked on generated input (hypothesis).

* format_rupiah's full form parses back to the exact amount, the short form to
  within its rounding;
* no text makes parse_salary raise anything but SalaryParseError;
* low <= high whenever both exist;
* the vectorised reader, its cache of text shapes and the full grammar agree
  (on the reason's code and values too, not only on its words);
* an amount is accepted only in one of the two shapes the rules allow, and
  then has the value those rules give.
"""

from __future__ import annotations

import math
import random
import re
import warnings
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import careerkit as ck
from careerkit import _salary_vocab as vocab
from careerkit._salary_eval import Unreadable, read_number
from careerkit._salary_fast import _AMOUNT, read_many
from careerkit._salary_grammar import _TOKEN, normalize, read
from careerkit.salary import SalaryWarning

SETTINGS = settings(
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow],
)
UNIT_SIZE = {"rb": 10**3, "jt": 10**6, "M": 10**9}


def _quiet_parse(text: str) -> ck.SalaryRange:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SalaryWarning)
        return ck.parse_salary(text)


# --- generated salary-like texts ---------------------------------------------


def _grouped(mark: str):
    return st.integers(0, 10**12).map(lambda n: f"{n:,}".replace(",", mark))


AMOUNTS = st.one_of(
    st.integers(0, 10**9).map(str),
    _grouped(","),
    _grouped("."),
    _grouped(" "),
    _grouped("\u00a0"),
    st.tuples(st.integers(0, 999), st.integers(0, 999), st.sampled_from(",.")).map(
        lambda t: f"{t[0]}{t[2]}{t[1]}"
    ),
    st.from_regex(r"[0-9]{1,4}([.,][0-9]{1,4}){0,3}(,-)?", fullmatch=True),
)
STRANGERS = ["bonus", "plus", "atau", "x", "#", "*", "Rp", "IDR", "US$", "JT", "Juta"]
WORDS = [*sorted(" ".join(key) for key in vocab.VOCABULARY), *STRANGERS]
GAPS = st.sampled_from(["", " ", " ", "  ", "\u00a0", "\u2009", "\t"])
PIECES = st.one_of(AMOUNTS, st.sampled_from(WORDS), st.sampled_from("-–—−－~+/():,."))
SOUP = st.lists(st.tuples(PIECES, GAPS), max_size=9).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)


@st.composite
def _well_formed(draw) -> str:
    """[cur] amount [unit] [sep [cur] amount [unit]] [period]: often readable."""

    def one_of(*choices: str) -> str:
        return draw(st.sampled_from(choices))

    def bound() -> str:
        currency = one_of("", "Rp ", "Rp. ", "IDR ", "$", "US$ ", "USD ")
        unit = one_of("", " juta", "jt", " rb", "k", " M", " ribu")
        return currency + draw(AMOUNTS) + unit

    text = bound()
    if draw(st.booleans()):
        text += one_of("-", " - ", "–", " s/d ", " sampai ", " to ") + bound()
    return text + one_of("", "/bln", " per tahun", "/hari", "+", " max")


TEXTS = st.one_of(SOUP, _well_formed(), st.text(max_size=40))


# --- format_rupiah round trips ------------------------------------------------


@SETTINGS
@given(st.integers(min_value=0, max_value=10**14 - 1))
def test_full_rupiah_form_parses_back_exactly(amount):
    text = ck.format_rupiah(amount)
    result = _quiet_parse(text)
    assert (result.low, result.high, result.currency) == (amount, amount, "IDR")


@SETTINGS
@given(st.integers(min_value=0, max_value=10**14 - 1))
def test_short_rupiah_form_parses_back_within_its_rounding(amount):
    text = ck.format_rupiah(amount, short=True)
    result = _quiet_parse(text)
    unit = text.rsplit(" ", 1)[-1] if " " in text else ""
    tolerance = Decimal(UNIT_SIZE.get(unit, 1)) / 20  # half of the last digit shown
    assert result.currency == "IDR" and result.low == result.high
    assert abs(Decimal(result.low) - amount) <= tolerance


@SETTINGS
@given(st.floats(min_value=0, max_value=1e13, allow_nan=False))
def test_full_rupiah_form_of_a_float_is_the_rounded_amount(amount):
    result = _quiet_parse(ck.format_rupiah(amount))
    assert abs(result.low - amount) <= 0.5


# --- any text -----------------------------------------------------------------


@SETTINGS
@given(TEXTS)
def test_any_text_raises_nothing_but_salary_parse_error(text):
    try:
        result = _quiet_parse(text)
    except ck.SalaryParseError as error:
        assert error.text == text and error.reason
        return
    assert result.currency in (None, "IDR", "USD")
    assert result.period in ("hour", "day", "month", "year")
    assert result.low is not None or result.high is not None


@SETTINGS
@given(TEXTS)
def test_low_is_never_above_high(text):
    try:
        result = _quiet_parse(text)
    except ck.SalaryParseError:
        return
    if result.low is not None and result.high is not None:
        assert result.low <= result.high


@SETTINGS
@given(st.lists(TEXTS, max_size=12))
def test_vectorised_reader_equals_the_scalar_one(texts):
    frame = ck.parse_salaries(pd.Series(texts, dtype=object))
    for label, text in enumerate(texts):
        try:
            expected = _quiet_parse(text)
        except ck.SalaryParseError as error:
            assert frame["low"].isna()[label] and frame["high"].isna()[label]
            assert frame.at[label, "problem"] == error.reason
            continue
        row = frame.loc[label]
        assert (None if pd.isna(row["low"]) else row["low"]) == expected.low
        assert (None if pd.isna(row["high"]) else row["high"]) == expected.high
        assert (None if pd.isna(row["currency"]) else row["currency"]) == (
            expected.currency
        )
        assert row["period"] == expected.period


# --- the fast path agrees with the full grammar ---------------------------------


def _full(text: str) -> tuple:
    try:
        return read(normalize(text), None)
    except Unreadable as error:
        return None, None, None, None, error.problem


def _other_digits(text: str, seed: int) -> str:
    """The same text with every digit replaced: the same shape, other amounts."""
    rng = random.Random(seed)
    return "".join(str(rng.randrange(10)) if c.isdigit() else c for c in text)


@SETTINGS
@given(st.one_of(SOUP, _well_formed()), st.integers(0, 2**32))
def test_shape_cache_agrees_with_the_full_grammar(text, seed):
    twin = _other_digits(text, seed)
    assert read_many([text], None) == [_full(text)]
    assert read_many([twin, text], None) == [_full(twin), _full(text)]


@SETTINGS
@given(TEXTS)
def test_amounts_cut_by_the_fast_path_are_the_tokenizer_amounts(text):
    try:
        normal = normalize(text)
    except Unreadable:
        return
    tokens = [m.group() for m in _TOKEN.finditer(normal) if m.lastgroup == "num"]
    assert _AMOUNT.split(normal)[1::2] == tokens


@pytest.mark.parametrize(
    "text", ["Rp 6-12 juta", "$800 - $1,500", "Rp 12.500.000,00", "di atas 80 juta"]
)
def test_twins_of_known_texts_agree(text):
    for seed in range(20):
        twin = _other_digits(text, seed)
        assert read_many([twin], None) == [_full(twin)]


# --- amounts: two shapes only ---------------------------------------------------

# One decimal mark (not followed by exactly three digits), or thousands groups
# of three after one mark with an optional decimal part after the other mark.
_VALID_AMOUNT = re.compile(
    r"""
      [0-9]+
    | [0-9]+[.,](?![0-9]{3}$)[0-9]+
    | [1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,(?![0-9]{3}$)[0-9]+)?
    | [1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.(?![0-9]{3}$)[0-9]+)?
    | [1-9][0-9]{0,2}(?:\ [0-9]{3})+(?:[.,](?![0-9]{3}$)[0-9]+)?
    """,
    re.VERBOSE,
)
_RUN = st.sampled_from([1, 2, 3, 3, 3, 4]).flatmap(
    lambda size: st.from_regex(f"[0-9]{{{size}}}", fullmatch=True)
)
AMOUNT_SOUP = st.tuples(
    st.from_regex(r"[0-9]{1,5}", fullmatch=True),
    st.lists(st.tuples(st.sampled_from([".", ",", ".", ",", " "]), _RUN), max_size=4),
    st.sampled_from(["", "", ",-", ".-"]),
).map(
    lambda t: (
        t[0]
        + "".join(mark + run for mark, run in t[1] if mark != " " or len(run) == 3)
        + t[2]
    )
)


def _value_by_the_rules(text: str) -> Decimal:
    body = text[:-2] if text.endswith("-") else text
    decimal = ""
    last = max(body.rfind("."), body.rfind(","))
    if last >= 0 and len(body) - last - 1 != 3:
        body, decimal = body[:last], body[last + 1 :]
    whole = re.sub(r"[., ]", "", body)
    return Decimal(f"{whole}.{decimal}" if decimal else whole)


@SETTINGS
@given(st.one_of(AMOUNT_SOUP, AMOUNTS.filter(lambda t: "\u00a0" not in t)))
def test_an_amount_is_read_only_in_an_allowed_shape_and_by_the_rules(text):
    try:
        mantissa, decimals, _ = read_number(text)
    except Unreadable:
        return
    body = text[:-2] if text.endswith("-") else text
    assert _VALID_AMOUNT.fullmatch(body), text
    assert Decimal(mantissa) / 10**decimals == _value_by_the_rules(text), text


@pytest.mark.parametrize(
    "text", ["2.5.000.000", "1,5,000", "1.2.345.678", "1.50.000", "12,34,567"]
)
def test_known_malformed_amounts_are_not_in_an_allowed_shape(text):
    assert not _VALID_AMOUNT.fullmatch(text)
    with pytest.raises(Unreadable):
        read_number(text)


# --- numbers are amounts ---------------------------------------------------------

NUMBERS = st.one_of(
    st.floats(min_value=0, max_value=10**15 - 1, allow_nan=False),
    st.integers(min_value=0, max_value=10**15 - 1),
    st.just(math.nan),
)


@SETTINGS
@given(st.lists(NUMBERS, max_size=12), st.sampled_from([None, "IDR", "USD"]))
def test_numbers_come_back_as_the_same_amounts(values, currency):
    frame = ck.parse_salaries(pd.Series(values, dtype=object), currency=currency)
    for label, value in enumerate(values):
        if value != value:
            assert frame.at[label, "problem"] == "tidak ada teks gaji"
            assert frame.at[label, "low"] is pd.NA
            continue
        assert frame.at[label, "low"] == frame.at[label, "high"] == float(value)
        assert frame.at[label, "period"] == "month"
        got = frame.at[label, "currency"]
        assert (None if pd.isna(got) else got) == currency
