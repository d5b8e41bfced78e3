"""Question banks: find them, read them, check them, build questions.

A bank is one JSON file per course section in ``data/quiz/`` (next to
``schema.json``, the same rules as a JSON Schema).  Loading checks every rule
itself, so a broken bank fails with a :class:`~careerkit.errors.DataError`
that names the file, the question and the field, without needing a schema
library at run time.
"""

from __future__ import annotations

import difflib
import json
import os
from importlib.resources.abc import Traversable
from pathlib import Path

from careerkit.errors import CareerkitError, DataError
from careerkit.i18n import t
from careerkit.quiz.model import Bank
from careerkit.quiz.validate import check_bank

__all__ = ["Bank", "UnknownBankError", "bank_names", "load_bank", "quiz_dir"]


class UnknownBankError(CareerkitError, KeyError):
    """A bank name that is not bundled with careerkit."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep it readable
        return str(self.args[0]) if self.args else ""


def quiz_dir() -> Traversable:
    """Return the folder that holds the bundled banks (a Path unless zipped)."""
    from careerkit.tables import data_dir

    return data_dir() / "quiz"


def bank_names() -> list[str]:
    """Return the names of the bundled banks, sorted (``"00-mulai-di-sini"``, ...)."""
    return sorted(
        entry.name.removesuffix(".json")
        for entry in quiz_dir().iterdir()
        if entry.name.endswith(".json") and entry.name != "schema.json"
    )


def load_bank(source: str | os.PathLike[str]) -> Bank:
    """Read and check a bank.

    Parameters
    ----------
    source : str or path-like
        A bundled bank's name (``"10-kuis-akhir"``) or the path of a bank
        file of your own.

    Raises
    ------
    UnknownBankError
        ``source`` names no bundled bank; the message lists the names and
        the closest match.
    DataError
        The file is not valid JSON or breaks a rule of ``schema.json``, or an
        answer names an option that does not exist, or an id repeats.
    """
    path = _resolve(source)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise DataError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
    return check_bank(raw, path)


def _resolve(source: str | os.PathLike[str]) -> Traversable:
    if not isinstance(source, str | os.PathLike):
        raise TypeError(
            f"a quiz bank is a name such as '10-kuis-akhir' or a file path; "
            f"got {source!r}"
        )
    if isinstance(source, str):
        name = source.removesuffix(".json")
        names = bank_names()
        if name in names:
            return quiz_dir() / f"{name}.json"
        if not source.endswith(".json") and "/" not in source and "\\" not in source:
            close = difflib.get_close_matches(name, names, n=1, cutoff=0.3)
            raise UnknownBankError(
                t(
                    "quiz.unknown_bank",
                    name=source,
                    names=", ".join(names),
                    close=close[0] if close else names[0],
                )
            )
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"no quiz bank file at {path}")
    return path
