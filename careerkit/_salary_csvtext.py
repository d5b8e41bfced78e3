"""The text of a spreadsheet export before pandas reads it: encoding, separator, shape.

:func:`careerkit.read_salary_csv` reads exports of unknown origin.  This module
decides how to decode the bytes, which separator the file uses, and checks that
every row has as many fields as the header, so that pandas never pads a short
row or shifts a long one into other columns (``Rp 1,500,000`` in a comma file
is three fields, not one salary).  When a missing field elsewhere in the row
makes up for the extra one, the width is right and the salary is cut: the same
walk finds the salary cells that look like one piece of a number whose
unquoted thousands comma split it (:mod:`careerkit._salary_csvsplit`).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from careerkit._salary_csvsplit import Split, quoted_fields, split_number
from careerkit.errors import DataError

__all__ = ["EXCEL_SEP_LINE", "check_fields", "decode", "sniff"]

EXCEL_SEP_LINE = re.compile(r"\A\s*\"?sep=(.)\"?[ \t]*\r?\n", re.IGNORECASE)
_SEPARATORS = (",", ";", "\t")
_SNIFF_ROWS = 50
# Byte-order marks, longest first: UTF-32-LE starts like UTF-16-LE.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(raw: bytes, path: Path, encoding: str | None) -> str:
    """Decode an export: ``encoding`` if given, else by BOM, UTF-8, then cp1252."""
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
        if encoding is None and b"\x00" in raw:
            raise DataError(
                f"{path}: the file holds NUL bytes, so it is not UTF-8 or "
                "Windows-1252 text (perhaps UTF-16 without a byte-order mark). "
                "Pass encoding= (for example encoding='utf-16-le') or save it as "
                "'CSV UTF-8'."
            )
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
        stacklevel=3,  # decode <- read_salary_csv <- the caller
    )
    return text


def _rows(text: str, sep: str, **dialect: Any) -> Any:
    """A csv reader over ``text`` (its ``line_num`` counts lines as the file does)."""
    return csv.reader(io.StringIO(text, newline=""), delimiter=sep, **dialect)


def _blank(row: list[str]) -> bool:
    """A line pandas skips: empty, or (one field of) nothing but spaces."""
    return not row or (len(row) == 1 and not row[0].strip())


def sniff(text: str, column: str) -> str:
    """Pick the separator whose header names ``column`` and whose rows agree in width.

    Among comma, semicolon and tab, over the first rows: a header with
    ``column`` first, then the same number of fields in every row, then the
    widest header; ties go to the comma.  A file where no separator gives
    rows of one width still gets the best guess: :func:`check_fields` then
    names the first row that does not fit.
    """
    best, best_score = ",", (False, False, 0)
    for sep in _SEPARATORS:
        try:
            rows = [row for row in islice(_rows(text, sep), _SNIFF_ROWS) if row]
        except csv.Error:
            continue
        rows = [row for row in rows if not _blank(row)]
        if not rows:
            continue
        header = [name.strip() for name in rows[0]]
        even = len({len(row) for row in rows}) == 1
        score = (column in header, even, len(header))
        if score > best_score:
            best, best_score = sep, score
    return best


def _strip_comments(text: str, comment: str, quotechar: str) -> str:
    """Drop ``comment`` to the end of its line, outside quotes (as pandas does)."""
    quote, mark = re.escape(quotechar), re.escape(comment)
    pattern = re.compile(f"({quote}[^{quote}]*{quote})|{mark}[^\\r\\n]*")
    return pattern.sub(lambda match: match.group(1) or "", text)


def check_fields(
    text: str,
    sep: str,
    path: Path,
    *,
    first_line: int = 1,
    options: dict[str, object] | None = None,
    salary_column: str | None = None,
    reads: Callable[[str], bool] | None = None,
) -> tuple[int, list[Split]] | None:
    """Raise DataError at the first row whose field count differs from the header's.

    With ``salary_column`` and ``reads``, also find the rows whose salary cell
    looks cut by an unquoted comma (a comma file only; see
    :func:`careerkit._salary_csvsplit.split_number`).

    Parameters
    ----------
    text : str
        The decoded file, without Excel's ``sep=`` line.
    sep : str
        A one-character separator.
    path : pathlib.Path
        For the message.
    first_line : int, default 1
        The line number, in the file, of the first line of ``text``.
    options : dict, optional
        The ``pandas.read_csv`` options that change where fields and rows
        end: ``quotechar``, ``doublequote``, ``escapechar``, ``comment``,
        ``skiprows`` (a number of lines) and ``names``.
    salary_column : str, optional
        The header name (or ``names`` entry) of the salary column.
    reads : callable, optional
        Whether a text reads as a salary amount (see ``split_number``).

    Returns
    -------
    tuple of (int, list of Split) or None
        The number of data rows and the rows that look cut, numbered from 0
        among the data rows; None when the split check did not run (no
        ``salary_column`` or ``reads``, not a comma file, or no header cell
        equal to ``salary_column``).
    """
    options = options or {}
    quotechar = str(options.get("quotechar") or '"')
    comment = options.get("comment")
    if isinstance(comment, str) and comment:
        text = _strip_comments(text, comment, quotechar)
    skip = options.get("skiprows")
    skip = skip if isinstance(skip, int) and not isinstance(skip, bool) else 0
    names = options.get("names")
    expected = len(names) if isinstance(names, (list, tuple)) else None
    header = [str(name) for name in names] if expected is not None else None
    look = sep == "," and salary_column is not None and reads is not None

    reader = _rows(
        text,
        sep,
        quotechar=quotechar,
        doublequote=bool(options.get("doublequote", True)),
        escapechar=options.get("escapechar"),
    )
    start, count = 1, 0
    at = _index(header, salary_column) if look else None
    splits: list[Split] = []
    lines: list[str] = []  # the file's lines, split once a row needs them
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if line <= skip or _blank(row):
                continue
            if expected is None:
                expected, header = len(row), row
                at = _index(header, salary_column) if look else None
                continue
            if len(row) != expected:
                where = (line, reader.line_num, first_line)
                _ragged(text, path, sep, where, len(row), expected)
            if at is not None:
                other = split_number(row, at, reads)  # type: ignore[arg-type]
                if other is not None:
                    lines = lines or io.StringIO(text, newline="").readlines()
                    record = "".join(lines[line - 1 : reader.line_num])
                    quoted = quoted_fields(record, sep, quotechar, len(row))
                    if not (quoted[at] or quoted[other]):
                        pair = sorted((at, other))
                        splits.append(Split(count, *(header[i] for i in pair),
                                            *(row[i] for i in pair)))  # fmt: skip
            count += 1
    except csv.Error as error:
        where = reader.line_num + first_line - 1
        raise DataError(f"{path}: line {where}: {error}") from None
    return None if at is None else (count, splits)


def _index(header: Sequence[str] | None, name: str | None) -> int | None:
    if header is None or name is None or name not in header:
        return None
    return list(header).index(name)


def _ragged(
    text: str,
    path: Path,
    sep: str,
    where: tuple[int, int, int],
    got: int,
    expected: int,
) -> None:
    """Raise the DataError for a row at lines ``where[0]..where[1]`` of ``text``."""
    line, last, first_line = where
    lines = io.StringIO(text, newline="").readlines()[line - 1 : last]
    written = "\n".join(one.rstrip("\r\n") for one in lines)
    name = {",": "comma", ";": "semicolon", "\t": "tab"}.get(sep, repr(sep))
    raise DataError(
        f"{path}: line {line + first_line - 1} has {got} fields where the header "
        f"has {expected} (separated by {name}): {written!r}. A value that holds "
        f'the separator must be in double quotes ("$800 - $1,500"); fix that '
        "line, or export the file again with quoting. Nothing was read, so no "
        "value lands in the wrong column."
    )
