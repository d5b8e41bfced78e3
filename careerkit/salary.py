"""Read salary texts as people write them: "Rp 6-12 juta", "$800 - $1,500", "Nego".

:func:`parse_salary` reads one text into a :class:`SalaryRange` and raises
:class:`SalaryParseError` when it cannot read *all* of it: a salary is never
truncated, mis-scaled or guessed.  :func:`parse_salaries` reads a whole pandas
Series and never raises for a bad row: it leaves the amounts missing and says why
in a ``problem`` column.  :func:`read_salary_csv` reads a spreadsheet export and
adds the parsed columns.

What the reader understands (the grammar lives in ``careerkit._salary_grammar``
and its words in ``careerkit._salary_vocab``):

* amounts: ``.`` or ``,`` followed by exactly three digits (in repeated groups
  of three) separates thousands, otherwise it is the decimal mark
  (``12,5`` / ``3.5`` / ``1,2jt`` are decimals; ``1,500`` / ``3.500.000`` are
  thousands; ``Rp 12.500.000,00`` has both); spaces (also no-break and thin
  spaces) may group thousands; full-width digits are read as digits;
* units juta / jt, ribu / rb, k, miliar and M (miliar after Rp or IDR, million
  after $ or USD); a unit written once applies to both ends ("6-12 juta");
* ranges with any dash or range word (s/d, sampai, hingga, to, between ... and,
  antara ... dan) and open ranges ("$10000+", "up to 25 juta", "di atas 80 juta");
* currencies Rp, IDR, rupiah, $, US$, USD; juta, ribu and miliar imply IDR
  (and contradict a USD marker: "$5 juta" is refused);
* periods per hour, day, month or year in Indonesian and English; a text with
  no period word is a monthly figure.

Amounts outside :data:`careerkit._salary_eval.PLAUSIBLE` (one table per
currency and period) are kept but flagged.

Every reason, warning and error message is worded by the catalogue
(:mod:`careerkit.i18n`, keys ``salary.*``) in the language in force when the
function is called: Indonesian unless ``careerkit.set_language("en")``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from careerkit._salary_fast import MISSING, read_many
from careerkit._salary_problem import code_of, render, render_all
from careerkit._salary_types import (
    CURRENCIES,
    PERIODS,
    SalaryArgumentError,
    SalaryParseError,
    SalaryRange,
    SalaryTypeError,
    SalaryWarning,
    check_currency,
)
from careerkit.i18n import t
from careerkit.salary_csv import read_salary_csv

__all__ = [
    "SalaryArgumentError",
    "SalaryParseError",
    "SalaryRange",
    "SalaryTypeError",
    "SalaryWarning",
    "check_currency",
    "parse_salaries",
    "parse_salary",
    "read_salary_csv",
]


def parse_salary(text: str, *, currency: str | None = None) -> SalaryRange:
    """Read one salary text.

    Parameters
    ----------
    text : str
        For example "Rp 6-12 juta", "$800 - $1,500", "di atas 80 juta".
    currency : {"IDR", "USD"}, optional
        The currency of a text that names none ("6000-9000").  A currency
        marker (Rp, $ ...) or an IDR word (juta, rb ...) in the text wins.

    Returns
    -------
    SalaryRange

    Raises
    ------
    SalaryParseError
        When the text cannot be read in full (for example "Nego",
        "Dirahasiakan", "Rp 12.500.000 plus bonus").
    SalaryTypeError
        (a TypeError) when ``text`` is not a string.  A number is already an
        amount, not a text to read; :func:`parse_salaries` takes a column that
        holds numbers as amounts.

    Warns
    -----
    SalaryWarning
        When a range is written high-to-low (it is swapped) or an amount is
        implausible for its currency and period (see Notes).

    Notes
    -----
    Decisions a reader may not expect:

    * "1.500" is one thousand five hundred and "1.500 juta" is 1,5 miliar
      (flagged as implausible): a mark followed by exactly three digits always
      groups thousands.  Ambiguous amounts ("1.234,567", "0.500") are refused.
    * "M" and "m" are the same unit: miliar with rupiah, million with dollars,
      refused when the text names no currency and ``currency=`` is not given.
    * juta, ribu and miliar are rupiah words: with a dollar marker ("$5 juta",
      "US$ 1,5 juta", "5 rb USD") the text names two currencies and is refused.
      (Reading "juta" as "million" in any currency would turn a mislabelled
      rupiah figure into millions of dollars.)
    * Digit groups are all of three digits after a first group of one to
      three ("12.500.000"); "2.5.000.000" or "12,34,567" are refused.  A
      decimal mark needs a digit before it: ".5 jt" and "$.5k" are refused,
      because ".5" may also be a stray dot ("Rp .5 jt" for "Rp. 5 jt").  The
      dot of "Rp.5.000.000" belongs to "Rp." (likewise "s.d.", "min.",
      "maks."); after any other word a dot that runs into an amount
      ("USD.5k") is refused.
    * A unit written once is shared only with a bare amount below 1000 ("6-12
      juta", "500-800 rb"); "Rp 800.000 - 1,2 jt" keeps each scale.  When
      sharing it would turn a range high-to-low by more than ten times
      ("800 - 1,2jt") the text is refused rather than guessed.
    * Words that change no number (gaji, gross, nett, nego, kisaran ...) are
      skipped; any other word ("plus bonus", "tunjangan") makes the text
      unreadable, because the figure alone would not be the whole salary.
    * "/hr" is an hour; weeks, other currencies (EUR, SGD ...) and negative
      amounts are refused.
    * Plausibility is checked for every currency and period (see
      ``PLAUSIBLE`` in ``careerkit._salary_eval``), e.g. a monthly IDR amount
      outside 100 ribu to 1 miliar, a daily one outside 10 ribu to 50 juta, a
      monthly USD amount outside $50 to $1,000,000; with no currency, the
      widest of both.

    Examples
    --------
    >>> parse_salary("Rp 6-12 juta")
    SalaryRange(low=6000000.0, high=12000000.0, currency='IDR', period='month')
    >>> parse_salary("$10000+")
    SalaryRange(low=10000.0, high=None, currency='USD', period='month')
    """
    currency = check_currency(currency)
    if not isinstance(text, str):
        raise SalaryTypeError(
            f"parse_salary needs a text such as 'Rp 6-12 juta'; got "
            f"{type(text).__name__} {text!r}. A number is already an amount; "
            "parse_salaries() reads a column that holds numbers as amounts."
        )
    low, high, found, period, problem = read_many([text], currency)[0]
    if period is None:
        raise SalaryParseError(text, render(problem), code_of(problem))
    if problem:
        warnings.warn(
            t("salary.warning.flagged", text=repr(text), problem=render(problem)),
            SalaryWarning,
            stacklevel=2,
        )
    return SalaryRange(low, high, found, period)


def parse_salaries(
    series: pd.Series | Iterable[Any], *, currency: str | None = None
) -> pd.DataFrame:
    """Read a Series of salary texts; bad rows give missing values, never an error.

    Parameters
    ----------
    series : pandas.Series (or a list, array or other sequence)
        Salary texts; missing values are allowed.  Numbers (a float or integer
        column, or numbers among texts) are taken as amounts as they are,
        never re-read as text: paid monthly, in ``currency`` (unknown without
        it), and checked for plausibility like a parsed text.
    currency : {"IDR", "USD"}, optional
        The currency of texts that name none (see :func:`parse_salary`).

    Returns
    -------
    pandas.DataFrame
        Same index as ``series``, with columns ``low`` and ``high`` (Float64,
        in the row's own currency; <NA> for an open end), ``currency``
        (categorical IDR / USD), ``period`` (categorical hour / day / month /
        year) and ``problem`` (string): <NA> when the text was read cleanly,
        otherwise why the amounts are missing or, when they are kept, why they
        look wrong (a range written high-to-low and swapped, an amount
        implausible for its currency and period), in the language in force
        (several reasons are joined by "; ").

    Raises
    ------
    SalaryTypeError
        (a TypeError) for one text (use :func:`parse_salary`), a DataFrame
        (pick its column) or anything that is not a sequence.

    Notes
    -----
    A negative or infinite number, a bool or any other object that is neither
    a text nor a number gives missing amounts and its reason in ``problem``.

    ``problem`` is for people to read: its words follow the language
    (:func:`careerkit.set_language`) and may be improved.  A program should
    not match them.  Rows that could not be read are ``low.isna() &
    high.isna()``; rows kept but flagged are ``problem.notna()`` among the
    others; and for the kind of one unreadable text, :func:`parse_salary`
    raises a :class:`SalaryParseError` whose ``code`` never changes.

    Each distinct text is read once, so an export where job ads repeat is
    cheap.  Texts that differ only in their digits ("Rp 12 jt/bln", "Rp 35
    jt/bln") share one parse: the amounts are cut out with one regular
    expression and the rest is looked up in a cache of shapes already parsed.
    """
    currency = check_currency(currency)
    if isinstance(series, pd.DataFrame):
        raise SalaryTypeError(
            "parse_salaries needs one column (a Series), e.g. df['gaji']; got a "
            "DataFrame"
        )
    if isinstance(series, (str, bytes)) or not pd.api.types.is_list_like(series):
        raise SalaryTypeError(
            "parse_salaries needs a column of salary texts (a Series or a list), "
            f"e.g. df['gaji']; got {type(series).__name__} {series!r}. For one "
            "text use parse_salary('Rp 6-12 juta')."
        )
    if not isinstance(series, pd.Series):
        series = pd.Series(list(series), dtype=object)

    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists ...): read each one
        codes = np.where(series.isna().to_numpy(), -1, np.arange(len(series)))
        uniques = series.to_numpy(dtype=object)
    rows = read_many(np.asarray(uniques, dtype=object), currency)
    rows.append((None, None, None, None, MISSING))  # code -1: missing text
    lows, highs, currencies, periods, problems = zip(*rows, strict=True)
    problems = render_all(problems)  # words in the language in force now

    take = np.where(codes < 0, len(rows) - 1, codes)
    frame = pd.DataFrame(
        {
            "low": _floats(lows, take),
            "high": _floats(highs, take),
            "currency": _categories(currencies, CURRENCIES, take),
            "period": _categories(periods, PERIODS, take),
            "problem": pd.array(problems, dtype="string").take(take),
        },
        index=series.index,
    )
    return frame


def _floats(values: tuple, take: np.ndarray) -> pd.arrays.FloatingArray:
    data = np.asarray(values, dtype=np.float64)[take]  # None -> nan
    return pd.arrays.FloatingArray(data, np.isnan(data))


def _categories(values: tuple, categories: tuple, take: np.ndarray) -> pd.Categorical:
    codes = pd.Categorical(values, categories=categories).codes
    return pd.Categorical.from_codes(codes[take], categories=categories)
