"""Read a spreadsheet export of job ads and parse its salary column.

Exports arrive as UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"),
or as Windows-1252 (Excel's plain "CSV" on Windows); separated by commas,
semicolons (Excel with a comma as decimal mark, common in Indonesia) or tabs;
sometimes with Excel's ``sep=;`` hint as the first line.
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import re
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from careerkit.errors import DataError

__all__ = ["read_salary_csv"]

PARSED_COLUMNS = (
    "salary_low",
    "salary_high",
    "salary_currency",
    "salary_period",
    "salary_problem",
)
_EXCEL_SEP_LINE = re.compile(r"\A\s*\"?sep=(.)\"?[ \t]*\r?\n", re.IGNORECASE)
_SEPARATORS = (",", ";", "\t")
_SNIFF_LINES = 50
_EXAMPLES = 5


def _decode(raw: bytes, path: Path, encoding: str | None) -> str:
    if encoding is not None:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as error:
            raise DataError(f"{path}: cannot decode as {encoding}: {error}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise DataError(
            f"{path}: neither UTF-8 nor Windows-1252 (cp1252): {error}. Save it "
            "as 'CSV UTF-8' or pass encoding=."
        ) from None
    warnings.warn(
        f"{path} is not UTF-8; read it as Windows-1252 (cp1252). Check accented "
        "letters, or save the file as 'CSV UTF-8' (or pass encoding=) to be sure.",
        UnicodeWarning,
        stacklevel=3,
    )
    return text


def _sniff(text: str, column: str) -> str:
    """Pick the separator whose header has ``column`` and whose rows agree in width."""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (False, False, 0)
    for sep in _SEPARATORS:
        rows = [row for row in csv.reader(io.StringIO(sample), delimiter=sep) if row]
        if not rows:
            continue
        header = [name.strip() for name in rows[0]]
        even = len({len(row) for row in rows}) == 1
        score = (column in header, even, len(header) if even else 0)
        if score > best_score:
            best, best_score = sep, score
    return best


def _missing_column(path: Path, column: str, columns: list[str]) -> DataError:
    names = ", ".join(repr(str(name)) for name in columns)
    wanted = column.casefold()
    folded = {str(name).casefold(): str(name) for name in columns}
    close = [name for name in folded if wanted in name or name in wanted]
    close = close or difflib.get_close_matches(wanted, list(folded), n=1, cutoff=0.5)
    hint = f" Did you mean salary_column={folded[close[0]]!r}?" if close else ""
    return DataError(f"{path}: no column {column!r}; the columns are {names}.{hint}")


def _summary(path: Path, frame: pd.DataFrame, column: str) -> dict[str, Any]:
    problem = frame["salary_problem"]
    unread = frame["salary_low"].isna() & frame["salary_high"].isna()
    flagged = problem.notna() & ~unread
    examples = [
        {"row": row, "text": frame.at[row, column], "problem": problem.at[row]}
        for row in list(frame.index[unread])[:_EXAMPLES]
        + list(frame.index[flagged])[:_EXAMPLES]
    ]
    message = ""
    if examples:
        counts = []
        if unread.any():
            counts.append(
                f"could not read the salary in {int(unread.sum())} of {len(frame)} "
                "rows (their salary_low and salary_high are empty)"
            )
        if flagged.any():
            counts.append(f"{int(flagged.sum())} rows look implausible or were swapped")
        shown = "; ".join(
            f"row {e['row']} {e['text']!r} ({e['problem']})"
            for e in examples[:_EXAMPLES]
        )
        message = (
            f"{path}: {' and '.join(counts)}. First rows (0-based, as in the "
            f"DataFrame): {shown}. See the salary_problem column or "
            "df.attrs['salary_problems']; fix the texts at their source, or pass "
            "warn=False to silence this."
        )
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
        the warning's ``message`` ("" when every row was read cleanly).

    Raises
    ------
    DataError
        When the file has no ``salary_column`` (the message lists the columns
        and the closest name) or cannot be decoded.

    Notes
    -----
    Encoding: UTF-8 with or without a byte-order mark, else Windows-1252 with
    a ``UnicodeWarning``.  Separator: Excel's ``sep=`` first line when present,
    else whichever of comma, semicolon and tab gives a header containing
    ``salary_column`` and rows of equal width (ties go to the comma).  The
    salary column is always read as text, so "1.500" stays "1.500".  Existing
    ``salary_*`` columns with the names above are replaced, with a warning.
    """
    from careerkit.salary import SalaryWarning, parse_salaries

    path = Path(path)
    text = _decode(path.read_bytes(), path, read_csv_kwargs.pop("encoding", None))
    excel = _EXCEL_SEP_LINE.match(text)
    if excel:
        text = text[excel.end() :]
    sep = read_csv_kwargs.pop("sep", read_csv_kwargs.pop("delimiter", None))
    if sep is None:
        sep = excel.group(1) if excel else _sniff(text, salary_column)
    dtype = read_csv_kwargs.pop("dtype", None)
    dtype = {**dtype, salary_column: "string"} if isinstance(dtype, dict) else dtype
    frame = pd.read_csv(
        io.StringIO(text),
        sep=sep,
        dtype=dtype if dtype is not None else {salary_column: "string"},
        **read_csv_kwargs,
    )
    if salary_column not in frame.columns:
        raise _missing_column(path, salary_column, list(frame.columns))

    clashes = [name for name in PARSED_COLUMNS if name in frame.columns]
    if clashes:
        warnings.warn(
            f"{path} already has {', '.join(clashes)}; replaced them with the "
            f"values parsed from {salary_column!r}. Rename those columns first "
            "to keep them.",
            SalaryWarning,
            stacklevel=2,
        )
    parsed = parse_salaries(frame[salary_column], currency=currency)
    for name in PARSED_COLUMNS:
        frame[name] = parsed[name.removeprefix("salary_")]

    summary = _summary(path, frame, salary_column)
    frame.attrs["salary_problems"] = summary
    if warn and summary["message"]:
        warnings.warn(summary["message"], SalaryWarning, stacklevel=2)
    return frame
