"""Find careerkit's bundled data and read its tables with the declared types.

The tables live in one directory with a Frictionless descriptor,
``datapackage.json``, that gives every column its type, description and unit.
In an installed wheel that directory is ``careerkit/_data`` (the build copies
the repository's top-level ``data/`` there); in a checkout it is ``data/``
next to the package.  :func:`data_dir` finds it, so other modules (charts, the
quiz bank loader, the course build) reach ``data/quiz/`` the same way.

``careerkit.tables`` is the function :func:`tables` once the package is
imported; reach this module with ``from careerkit.tables import data_dir`` or
``importlib.import_module("careerkit.tables")``.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pandas as pd

from careerkit.errors import CareerkitError, DataError, UnknownTableError

__all__ = ["DESCRIPTOR", "TableNameError", "data_dir", "load", "resource", "tables"]

DESCRIPTOR = "datapackage.json"

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_RESOURCES: dict[str, dict[str, dict[str, Any]]] = {}
_FRAMES: dict[tuple[str, str], pd.DataFrame] = {}


class TableNameError(CareerkitError, TypeError):
    """Something other than a table name was passed where a name is expected."""


def data_dir() -> Traversable:
    """Return the directory that holds ``datapackage.json``, the CSVs and ``quiz/``.

    Returns
    -------
    importlib.resources.abc.Traversable
        ``careerkit/_data`` inside an installed wheel, else the checkout's
        ``data/`` directory (a :class:`pathlib.Path` in both cases unless the
        package is imported from a zip file).

    Raises
    ------
    DataError
        Neither location holds the data.

    Examples
    --------
    >>> from careerkit.tables import data_dir
    >>> bank = data_dir() / "quiz" / "02-skill.json"  # doctest: +SKIP
    """
    packaged = files("careerkit") / "_data"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "data"
    if (checkout / DESCRIPTOR).is_file():
        return checkout
    raise DataError(
        f"careerkit's data is missing: neither {packaged} (installed package) nor "
        f"{checkout} (source checkout) exists. Reinstall careerkit."
    )


def tables() -> list[str]:
    """Return the names of the bundled tables, sorted.

    Examples
    --------
    >>> import careerkit as ck
    >>> "salaries" in ck.tables()
    True
    """
    return sorted(_resources(data_dir()))


def resource(name: str) -> dict[str, Any]:
    """Return a copy of the descriptor entry of table ``name`` (sources, fields, units).

    Raises
    ------
    UnknownTableError, TableNameError
        As :func:`load`.
    """
    return copy.deepcopy(_lookup(name, _resources(data_dir())))


def load(name: str) -> pd.DataFrame:
    """Return the bundled table ``name`` typed as its descriptor declares.

    Parameters
    ----------
    name : str
        One of :func:`tables`, for example ``"salaries"``.

    Returns
    -------
    pandas.DataFrame
        A new frame on every call (changing it changes nothing else):
        ordered ``Categorical`` for levels, priorities and roadmap phases,
        ``Int64`` for money, years and months (``<NA>`` where the guide gives
        an open end such as "10+ tahun"), ``string`` for text and Python
        lists for list columns.

    Raises
    ------
    UnknownTableError
        No table has that name; the message lists the names and the closest one.
    TableNameError
        ``name`` is not a string (for example a DataFrame already loaded).
    DataError
        A CSV does not match the descriptor; the message names the file, the
        row, the column and the text.

    Examples
    --------
    >>> import careerkit as ck
    >>> int(ck.load("salaries").loc[0, "idr_low"])
    6000000
    """
    root = data_dir()
    entry = _lookup(name, _resources(root))
    key = (str(root), name)
    if key not in _FRAMES:
        _FRAMES[key] = _read(root, entry)
    frame = _FRAMES[key].copy(deep=True)
    for field in entry["schema"]["fields"]:
        if field["type"] == "list":  # a deep copy still shares the list objects
            column = frame[field["name"]]
            frame[field["name"]] = column.map(lambda v: v if v is None else list(v))
    return frame


def _lookup(name: object, resources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if not isinstance(name, str):
        what = f"an object of type {type(name).__name__!r}"
        hint = "ck.tables() lists the names."
        if isinstance(name, pd.DataFrame | pd.Series):
            what = f"a {type(name).__name__}"
            hint = "You already have the data: use it directly. " + hint
        raise TableNameError(
            f"expected a table name such as 'salaries', got {what}. {hint}"
        )
    if name in resources:
        return resources[name]
    import difflib

    names = sorted(resources)
    guess = name.strip().lower().removesuffix(".csv")
    close = difflib.get_close_matches(guess, names, n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise UnknownTableError(
        f"no table named {name!r}.{hint} Tables: {', '.join(names)}."
    )


def _resources(root: Traversable) -> dict[str, dict[str, Any]]:
    key = str(root)
    if key not in _RESOURCES:
        path = root / DESCRIPTOR
        try:
            text = path.read_text(encoding="utf-8")
            package = json.loads(text)
        except FileNotFoundError:
            raise DataError(f"{path}: file not found. Reinstall careerkit.") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise DataError(f"{path}: not a valid UTF-8 JSON file ({error}).") from None
        _RESOURCES[key] = {entry["name"]: entry for entry in package["resources"]}
    return _RESOURCES[key]


def _read(root: Traversable, entry: dict[str, Any]) -> pd.DataFrame:
    path = root / entry["path"]
    schema = entry["schema"]
    names = [field["name"] for field in schema["fields"]]
    header, *body = _records(path) or [(1, [])]

    if header[1] != names:
        found, at = header[1], 0
        while at < min(len(found), len(names)) and found[at] == names[at]:
            at += 1
        raise DataError(
            f"{path}, header (line 1), column {at + 1}: expected "
            f"{names[at] if at < len(names) else '(nothing)'!r}, found "
            f"{found[at] if at < len(found) else '(nothing)'!r}. "
            f"The header must be: {','.join(names)}"
        )
    for row, (line, record) in enumerate(body, 1):
        if len(record) != len(names):
            raise DataError(
                f"{path}, row {row} (line {line}): expected {len(names)} values, "
                f"found {len(record)}: {','.join(record)!r}"
            )

    missing = set(schema.get("missingValues", [""]))
    frame = pd.DataFrame(index=pd.RangeIndex(len(body)))
    for col, field in enumerate(schema["fields"]):
        cells = [(row, line, rec[col]) for row, (line, rec) in enumerate(body, 1)]
        frame[field["name"]] = _column(path, field, cells, missing)
    _check_unique(path, frame, schema.get("primaryKey"), [line for line, _ in body])
    return frame


def _records(path: Traversable) -> list[tuple[int, list[str]]]:
    """Return the non-blank CSV records of ``path`` with the line each ends on."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise DataError(
            f"{path}: starts with a byte-order mark; save it as UTF-8 without BOM."
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataError(f"{path}, line {line}: not UTF-8 ({error.reason}).") from None

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        return [(reader.line_num, record) for record in reader if record]
    except csv.Error as error:
        raise DataError(f"{path}, line {reader.line_num}: {error}.") from None


def _column(
    path: Traversable,
    field: dict[str, Any],
    cells: list[tuple[int, int, str]],
    missing: set[str],
) -> Any:
    kind = field["type"]
    categories = [
        c["value"] if isinstance(c, dict) else c for c in field.get("categories", [])
    ]
    values: list[Any] = []
    for row, line, text in cells:
        try:
            values.append(_cell(text, field, categories, missing))
        except ValueError as problem:
            raise DataError(
                f"{path}, row {row} (line {line}), column {field['name']!r}: "
                f"{problem}: {text!r}"
            ) from None

    if kind in ("integer", "year"):
        return pd.array(values, dtype="Int64")
    if kind == "number":
        return pd.array(values, dtype="Float64")
    if kind == "list":
        return pd.Series(values, dtype=object)
    if categories:
        ordered = bool(field.get("categoriesOrdered"))
        return pd.Categorical(values, categories=categories, ordered=ordered)
    return pd.array(values, dtype="string")


def _cell(text: str, field: dict, categories: list[str], missing: set[str]) -> Any:
    """Convert one CSV cell; a ValueError's message says what was expected."""
    kind, constraints = field["type"], field.get("constraints", {})
    if text in missing:
        if constraints.get("required"):
            raise ValueError("a value is required")
        return None
    if kind in ("integer", "year"):
        if not _INTEGER.fullmatch(text):
            raise ValueError("expected a whole number")
        value = int(text)
        if "minimum" in constraints and value < constraints["minimum"]:
            raise ValueError(f"expected at least {constraints['minimum']}")
        return value
    if kind == "number":
        if not _NUMBER.fullmatch(text):
            raise ValueError("expected a number such as 12.5")
        return float(text)
    if kind == "list":
        return text.split(field.get("delimiter", ","))
    if kind == "string":
        if categories and text not in categories:
            raise ValueError(f"expected one of {', '.join(categories)}")
        return text
    raise ValueError(f"the descriptor's type {kind!r} is not supported")


def _check_unique(
    path: Traversable, frame: pd.DataFrame, key: Any, lines: list[int]
) -> None:
    if not key:
        return
    columns = [key] if isinstance(key, str) else list(key)
    repeated = frame.duplicated(subset=columns, keep="first")
    if repeated.any():
        row = int(repeated.to_numpy().argmax())
        text = ",".join(str(frame.iloc[row][c]) for c in columns)
        raise DataError(
            f"{path}, row {row + 1} (line {lines[row]}), column "
            f"{'+'.join(columns)}: repeats an earlier row's key: {text!r}"
        )
