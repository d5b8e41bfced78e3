"""A salary number cut in two cells by an unquoted thousands comma.

"$100,000/yr" written without quotes in a comma file is two cells, "$100" and
"000/yr".  When another field of the row is missing, the row still has as many
fields as the header, so the width check of :mod:`careerkit._salary_csvtext`
passes and the salary column holds one piece of the number.  This module tells
such rows (:func:`split_number`), and :func:`mark_splits` empties their parsed
salary and says why, so that the piece is never read as the whole number.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "Split",
    "mark_splits",
    "quoted_fields",
    "reads_as_amount",
    "split_number",
    "splits_of",
]

_PARSED = ("salary_low", "salary_high", "salary_currency", "salary_period")
_DIGITS = frozenset("0123456789")
_TAIL = re.compile(r"[0-9]{3}(?![0-9])")  # a thousands group at a cell's start


class Split(NamedTuple):
    """A data row whose salary looks cut in two cells by an unquoted comma."""

    row: int  # 0-based among the data rows
    left: str  # the two columns, in file order
    right: str
    left_text: str  # their cells, as written
    right_text: str


def split_number(
    cells: Sequence[str], at: int, reads: Callable[[str], bool]
) -> int | None:
    """The index of the cell holding the rest of a number cut at ``cells[at]``.

    An unquoted thousands comma ("$100,000/yr" in a comma file) puts the
    number's head and tail in two adjacent cells.  Cut, when:

    * the salary cell ends with a digit and the next cell starts with exactly
      three digits ("$100" | "000/yr", "Rp 12" | "500 - Rp 15"), or
    * the salary cell starts with exactly three digits, and the previous cell
      ends with a digit and reads as an amount on its own (``reads``): "$1" |
      "500", "3" | "500 USD" (years, or a cut "3,500 USD": it cannot tell, so
      it says cut), but not "kode 2" | "500 USD".

    Returns None when the salary cell does not look cut.
    """
    salary = cells[at]
    if at + 1 < len(cells) and salary[-1:] in _DIGITS and _TAIL.match(cells[at + 1]):
        return at + 1
    if at > 0 and _TAIL.match(salary):
        before = cells[at - 1]
        if before[-1:] in _DIGITS and reads(before):
            return at - 1
    return None


def quoted_fields(record: str, sep: str, quotechar: str, width: int) -> list[bool]:
    """Which fields of ``record`` (a row as written) start with ``quotechar``.

    All False when the count disagrees with ``width`` (an escape character,
    say): then no field is taken as quoted, so a cut number is never missed.
    """
    flags: list[bool] = []
    starting, inside, opened = True, False, False
    for char in record:
        if starting:
            starting, opened = False, char == quotechar
            flags.append(opened)
            inside = opened
        elif char == quotechar and opened:
            inside = not inside  # "" inside quotes closes and opens again
        elif char == sep and not inside:
            starting = True
    if starting:
        flags.append(False)  # an empty last field
    return flags if len(flags) == width else [False] * width


# read_csv options after which the field check's rows are not the frame's rows
_ROW_OPTIONS = ("header", "skip_blank_lines", "lineterminator")
# read_csv options dropped when the cells are read again as text (_split_rows)
_TYPE_OPTIONS = (
    "dtype",
    "converters",
    "usecols",
    "index_col",
    "na_values",
    "keep_default_na",
    "na_filter",
    "parse_dates",
    "date_format",
    "true_values",
    "false_values",
    "thousands",
    "decimal",
    "dtype_backend",
)


def reads_as_amount(text: str) -> bool:
    """Whether ``text`` alone reads as a salary amount (even a flagged one)."""
    from careerkit._salary_fast import read_many

    low, high = read_many([text], None)[0][:2]
    return low is not None or high is not None


def _split_rows(
    text: str, sep: str, column: str, options: dict[str, Any], rows: int
) -> list[Split]:
    """Find cut salaries in the cells read again as text, row for row as pandas.

    For files where the field check could not follow the rows (a regular
    expression separator, ``header=``, a list of ``skiprows`` ...).  Quotes
    are gone by then, so a quoted cell is not told from an unquoted one.
    """
    if sep != "," and not (len(sep) > 1 and "," in sep):
        return []
    kept = {k: v for k, v in options.items() if k not in _TYPE_OPTIONS}
    cells = pd.read_csv(
        io.StringIO(text),
        sep=sep,
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        index_col=False,
        **kept,
    )
    names = [str(name) for name in cells.columns]
    if column not in names or len(cells) != rows:
        return []
    at = names.index(column)
    splits = []
    for row, values in enumerate(cells.itertuples(index=False, name=None)):
        other = split_number(values, at, reads_as_amount)
        if other is not None:
            left, right = sorted((at, other))
            splits.append(Split(row, names[left], names[right],
                                values[left], values[right]))  # fmt: skip
    return splits


def _shown(text: str) -> str:
    return text if text.isprintable() else repr(text)


def mark_splits(frame: pd.DataFrame, splits: list[Split]) -> None:
    """Empty the parsed cells of the rows in ``splits`` and say why."""
    from careerkit.i18n import t

    if not splits:
        return
    positions = [split.row for split in splits]
    for name in _PARSED:
        values = frame[name].array.copy()
        values[positions] = None
        frame[name] = values
    found = [
        t(
            "salary.csv.split_cells",
            left=_shown(s.left),
            right=_shown(s.right),
            left_text=repr(s.left_text),
            right_text=repr(s.right_text),
            joined=f'"{_shown(s.left_text + "," + s.right_text)}"',
        )
        for s in splits
    ]
    problems = frame["salary_problem"].to_numpy(dtype=object, na_value=None)
    problems[positions] = found
    frame["salary_problem"] = pd.array(problems, dtype="string")


def splits_of(
    walked: tuple[int, list[Split]] | None,
    text: str,
    sep: object,
    column: str,
    options: dict[str, Any],
    rows: int,
) -> list[Split]:
    """The cut rows of the frame: from the field check when its rows are the frame's.

    ``walked`` is what :func:`careerkit._salary_csvtext.check_fields` found;
    ``options`` the read_csv options as given; ``rows`` the frame's length.
    ``nrows`` and ``skipfooter`` only drop rows at the end, so the field
    check's first rows are still the frame's.
    """
    skiprows = options.get("skiprows")
    aligned = walked is not None and not any(k in options for k in _ROW_OPTIONS)
    aligned = aligned and (skiprows is None or isinstance(skiprows, int))
    if walked is not None and aligned and walked[0] >= rows:
        return [split for split in walked[1] if split.row < rows]
    if isinstance(sep, str):
        return _split_rows(text, sep, column, options, rows)
    return []
