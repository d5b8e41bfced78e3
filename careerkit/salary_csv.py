"""Read a spreadsheet export of job ads and parse its salary column.

Exports arrive as UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"),
or as Windows-1252 (Excel's plain "CSV" on Windows); separated by commas,
semicolons (Excel with a comma as decimal mark, common in Indonesia) or tabs;
sometimes with Excel's ``sep=;`` hint as the first line.
"""

from __future__ import annotations

import difflib
import io
import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from careerkit._salary_csvsplit import mark_splits, reads_as_amount, splits_of
from careerkit._salary_csvtext import EXCEL_SEP_LINE, check_fields, decode, sniff
from careerkit.errors import DataError
from careerkit.i18n import t

__all__ = ["read_salary_csv"]

PARSED_COLUMNS = (
    "salary_low",
    "salary_high",
    "salary_currency",
    "salary_period",
    "salary_problem",
)
_EXAMPLES = 5
# read_csv options that change where a field or a row ends (see check_fields)
_SHAPE_OPTIONS = (
    "quotechar",
    "doublequote",
    "escapechar",
    "comment",
    "skiprows",
    "names",
)


def _missing_column(path: Path, column: str, columns: list[str]) -> DataError:
    names = ", ".join(repr(str(name)) for name in columns)
    wanted = column.casefold()
    folded = {str(name).casefold(): str(name) for name in columns}
    close = [name for name in folded if wanted in name or name in wanted]
    close = close or difflib.get_close_matches(wanted, list(folded), n=1, cutoff=0.5)
    hint = f" Did you mean salary_column={folded[close[0]]!r}?" if close else ""
    return DataError(f"{path}: no column {column!r}; the columns are {names}.{hint}")


def _summary(path: Path, frame: pd.DataFrame, column: str) -> dict[str, Any]:
    """Count and show the rows that were not read or look wrong, by position."""
    problems = frame["salary_problem"].to_numpy(dtype=object, na_value=None)
    unread = (frame["salary_low"].isna() & frame["salary_high"].isna()).to_numpy()
    flagged = np.not_equal(problems, None) & ~unread
    texts = frame[column].to_numpy(dtype=object, na_value=None)
    positions = [
        *np.flatnonzero(unread)[:_EXAMPLES],
        *np.flatnonzero(flagged)[:_EXAMPLES],
    ]
    examples = [
        {"row": int(at), "text": texts[at], "problem": problems[at]} for at in positions
    ]
    message = ""
    if examples:
        unread_words = t("salary.csv.unread", unread=int(unread.sum()), rows=len(frame))
        flagged_words = t("salary.csv.flagged", flagged=int(flagged.sum()))
        if unread.any() and flagged.any():
            counts = t(
                "salary.csv.unread_and_flagged",
                unread=unread_words,
                flagged=flagged_words,
            )
        else:
            counts = unread_words if unread.any() else flagged_words
        shown = "; ".join(
            t(
                "salary.csv.example",
                row=e["row"],
                text=repr(e["text"]),
                problem=e["problem"],
            )
            for e in examples[:_EXAMPLES]
        )
        message = t("salary.csv.summary", file=path, counts=counts, examples=shown)
    return {
        "file": str(path),
        "rows": len(frame),
        "unread": int(unread.sum()),
        "flagged": int(flagged.sum()),
        "examples": examples,
        "message": message,
    }


def read_salary_csv(
    path: str | os.PathLike[str],
    salary_column: str = "gaji",
    *,
    warn: bool = True,
    currency: str | None = None,
    **read_csv_kwargs: Any,
) -> pd.DataFrame:
    """Read a CSV export of job ads and parse its salary column.

    Parameters
    ----------
    path : str or path-like
        The CSV file.
    salary_column : str, default "gaji"
        The column with the salary texts.
    warn : bool, default True
        Warn once (a :class:`careerkit.salary.SalaryWarning`) when some rows
        could not be read or look implausible.
    currency : {"IDR", "USD"}, optional
        The currency of salary texts that name none.
    **read_csv_kwargs
        Passed to :func:`pandas.read_csv`.  ``encoding=`` and ``sep=`` switch
        off the detection described in Notes.

    Returns
    -------
    pandas.DataFrame
        Every column of the file, plus ``salary_low``, ``salary_high``,
        ``salary_currency``, ``salary_period`` and ``salary_problem`` as
        returned by :func:`careerkit.parse_salaries`.  ``df.attrs
        ["salary_problems"]`` holds the summary: ``file``, ``rows``, ``unread``
        (rows whose salary could not be read), ``flagged`` (read but swapped or
        implausible), ``examples`` (up to five of each: row, text, problem) and
        the warning's ``message`` ("" when every row was read cleanly).  The
        problems and the message are worded in the language in force when the
        file is read (see :func:`careerkit.parse_salaries`).
        Example rows are 0-based positions (``df.iloc``), whatever the index.

    Raises
    ------
    DataError
        When the file is empty, cannot be decoded, has a row with more or
        fewer fields than its header (the message names the line, as
        numbered in the file, and shows it), or has no ``salary_column`` (the
        message lists the columns and the closest name).
    TypeError
        When ``salary_column`` is not a column name (a str).

    Notes
    -----
    Encoding: a UTF-16 or UTF-32 byte-order mark is honoured; otherwise UTF-8
    with or without a byte-order mark, else Windows-1252 with a
    ``UnicodeWarning``.  A file with NUL bytes and no byte-order mark is
    refused (pass ``encoding=``).  Separator: Excel's ``sep=`` first line when
    present, else whichever of comma, semicolon and tab gives a header
    containing ``salary_column`` and rows of equal width (ties go to the
    comma).

    Every row must have as many fields as the header: an unquoted separator
    inside a value ("$800 - $1,500" in a comma file) is an error, never a
    shifted or padded row, and pandas never takes the first column as the
    index (``index_col=False`` unless you pass ``index_col``).  The check
    follows ``quotechar``, ``doublequote``, ``escapechar``, ``comment``,
    ``skiprows`` (a number) and ``names``; with a separator longer than one
    character (a regular expression) it is left to pandas.  ``comment`` is
    honoured outside double quotes only.

    A row can still have the right width when an unquoted thousands comma
    cuts the salary in two cells *and* a field is missing elsewhere
    (``Dev,$100,000/yr`` under ``posisi,gaji,kota`` gives gaji "$100" and
    kota "000/yr").  In a comma file such a row gets missing ``salary_*``
    values and a ``salary_problem`` naming both columns and cells, and it
    counts among the unread rows of the summary; the file's own columns keep
    the text as written.  The salary looks cut when it ends with a digit and
    the next cell starts with exactly three digits ("000", "000/yr",
    "500 - Rp 3"), or when it starts with exactly three digits and the
    previous cell ends with a digit and reads as an amount on its own ("$1",
    "Rp 12", "3"; not "kode 2").  Both cells must be unquoted as written.
    Ambiguous rows are flagged rather than guessed: ``3,500 USD`` under
    ``tahun,gaji`` may be 3 years and 500 USD or a cut "3,500 USD", and an
    unquoted 3-digit code right after a salary ending in a digit ("$800,021")
    looks like "$800,021"; quote those cells to keep them.  A cut decimal
    comma ("Rp 7,5 juta" as "Rp 7" | "5 juta") is not taken for a cut; its
    first piece is usually flagged as implausible instead.  When
    read_csv options change which lines become rows (``header=``,
    ``skip_blank_lines=``, a list of ``skiprows``) or the separator is a
    regular expression, the cells are read again as text to look for cuts,
    and quoting can no longer be seen.

    The salary column is always read as text, so "1.500" stays "1.500".
    Existing ``salary_*`` columns with the names above are replaced, with a
    warning.
    """
    from careerkit.salary import (
        SalaryTypeError,
        SalaryWarning,
        check_currency,
        parse_salaries,
    )

    if not isinstance(salary_column, str):
        raise SalaryTypeError(
            "salary_column must be the name of the column with the salary texts, "
            f"for example 'gaji'; got {salary_column!r}"
        )
    currency = check_currency(currency)
    path = Path(path)
    text = decode(path.read_bytes(), path, read_csv_kwargs.pop("encoding", None))
    excel = EXCEL_SEP_LINE.match(text)
    if excel:
        text = text[excel.end() :]
    if not text.strip():
        raise DataError(f"{path}: the file is empty (no header and no rows)")
    sep = read_csv_kwargs.pop("sep", read_csv_kwargs.pop("delimiter", None))
    if sep is None:
        sep = excel.group(1) if excel else sniff(text, salary_column)
    walked = None
    if isinstance(sep, str) and len(sep) == 1:
        shape = {k: v for k, v in read_csv_kwargs.items() if k in _SHAPE_OPTIONS}
        first_line = 1 + (excel.group().count("\n") if excel else 0)
        walked = check_fields(
            text,
            sep,
            path,
            first_line=first_line,
            options=shape,
            salary_column=salary_column,
            reads=reads_as_amount,
        )
    options = dict(read_csv_kwargs)  # as given, for splits_of
    if read_csv_kwargs.get("index_col") is None:
        read_csv_kwargs["index_col"] = False  # never guess an index column
    dtype = read_csv_kwargs.pop("dtype", None)
    dtype = {**dtype, salary_column: "string"} if isinstance(dtype, dict) else dtype
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=dtype if dtype is not None else {salary_column: "string"},
            **read_csv_kwargs,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise DataError(f"{path}: {error}") from None
    if salary_column not in frame.columns:
        raise _missing_column(path, salary_column, list(frame.columns))

    clashes = [name for name in PARSED_COLUMNS if name in frame.columns]
    if clashes:
        warnings.warn(
            t(
                "salary.csv.replaced_columns",
                file=path,
                columns=", ".join(clashes),
                column=repr(salary_column),
            ),
            SalaryWarning,
            stacklevel=2,
        )
    parsed = parse_salaries(frame[salary_column], currency=currency)
    for name in PARSED_COLUMNS:  # by position: a user's index may repeat labels
        frame[name] = parsed[name.removeprefix("salary_")].array
    mark_splits(frame, splits_of(walked, text, sep, salary_column, options, len(frame)))

    summary = _summary(path, frame, salary_column)
    frame.attrs["salary_problems"] = summary
    if warn and summary["message"]:
        warnings.warn(summary["message"], SalaryWarning, stacklevel=2)
    return frame
