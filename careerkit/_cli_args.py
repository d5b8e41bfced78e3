"""Argument parser of the ``careerkit`` command; help text in the language setting."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerkit.errors import CareerkitError
from careerkit.i18n import LANGUAGES, set_language, t
from careerkit.money import PLAUSIBLE_RATES

__all__ = [
    "DEFAULT_SITE",
    "DEFAULT_WORKSPACE",
    "PLAUSIBLE_RATES",
    "RateOption",
    "UsageError",
    "build_parser",
    "checked_rate",
    "choose_language",
    "read_number",
    "split_passthrough",
]

DEFAULT_WORKSPACE = "careerkit-kursus"
DEFAULT_SITE = "_site"

# "16.500", "16,500", "16 500" (thousands), optionally with decimals after the
# other mark ("16.500,25", "16,500.25").  A group after the first has exactly
# three digits; anything else is a plain number with at most one decimal mark.
_GROUPED = re.compile(
    r"(?P<whole>[1-9]\d{0,2}(?P<sep>[., ])\d{3}(?:(?P=sep)\d{3})*)"
    r"(?:(?P<mark>[.,])(?P<fraction>\d+))?"
)
_PLAIN = re.compile(r"(?P<whole>\d+)(?:[.,](?P<fraction>\d+))?")

Runner = Callable[[argparse.Namespace, list[str]], int]


class UsageError(CareerkitError, ValueError):
    """A mistake in how the command was called; ``usage`` is the usage line."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage


def build_parser(runners: dict[str, Runner]) -> argparse.ArgumentParser:
    """Return the parser; ``runners`` maps each command to the function running it."""
    from careerkit import __version__

    parser = _Parser(
        prog="careerkit",
        description=t("cli.help.description"),
        epilog=t("cli.help.epilog"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"careerkit {__version__}"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.help.lang"))
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title=t("cli.help.commands"), metavar="COMMAND")

    lab = commands.add_parser(
        "lab", help=t("cli.help.lab"), description=t("cli.help.lab_long")
    )
    lab.add_argument(
        "dir",
        nargs="?",
        default=DEFAULT_WORKSPACE,
        type=_folder,
        metavar="DIR",
        help=t("cli.help.lab_dir", default=DEFAULT_WORKSPACE),
    )
    lab.add_argument("--allow-root", action="store_true", help=t("cli.help.allow_root"))
    lab.add_argument("--no-browser", action="store_true", help=t("cli.help.no_browser"))
    lab.add_argument("--student", action="store_true", help=t("cli.help.lab_student"))
    lab.set_defaults(command="lab", run=runners["lab"])

    build = commands.add_parser(
        "build", help=t("cli.help.build"), description=t("cli.help.build_long")
    )
    build.add_argument(
        "--out",
        type=_folder,
        default=DEFAULT_SITE,
        metavar="DIR",
        help=t("cli.help.out", default=DEFAULT_SITE),
    )
    build.add_argument("--student", action="store_true", help=t("cli.help.student"))
    build.add_argument(
        "--timeout",
        type=_positive(int),
        default=600,
        metavar="S",
        help=t("cli.help.timeout"),
    )
    build.set_defaults(command="build", run=runners["build"])

    salary = commands.add_parser(
        "salary", help=t("cli.help.salary"), description=t("cli.help.salary_long")
    )
    salary.add_argument("level", nargs="?", metavar="LEVEL", help=t("cli.help.level"))
    salary.add_argument(
        "--currency",
        type=str.upper,
        choices=("IDR", "USD"),
        help=t("cli.help.currency"),
    )
    salary.add_argument("--annual", action="store_true", help=t("cli.help.annual"))
    salary.add_argument("--thr", action="store_true", help=t("cli.help.thr"))
    salary.add_argument(
        "--rate",
        type=_rate,
        nargs="?",
        const="default",
        metavar="R",
        help=t("cli.help.rate"),
    )
    salary.add_argument("--parse", metavar="TEXT", help=t("cli.help.parse"))
    salary.set_defaults(command="salary", run=runners["salary"])

    progress = commands.add_parser("progress", help=t("cli.help.progress"))
    progress.set_defaults(command="progress", run=runners["progress"])
    return parser


class _Parser(argparse.ArgumentParser):
    """argparse that raises :class:`UsageError` (in the language setting)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(t("cli.usage_error", detail=message), self.format_usage())


def _positive(kind: type) -> Any:
    """An argparse type: a number above 0."""

    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(t("cli.not_a_number", text=text)) from None
        if value <= 0:
            raise argparse.ArgumentTypeError(t("cli.not_positive", text=text))
        return value

    return convert


def _folder(text: str) -> Path:
    """An argparse type: a folder name; an empty one is a mistake, not ``.``."""
    if not text.strip():
        raise argparse.ArgumentTypeError(t("cli.empty_dir"))
    return Path(text)


@dataclass(frozen=True)
class RateOption:
    """``--rate`` as typed (``text``) and as read (``value``, IDR per USD)."""

    value: float
    text: str


def _rate(text: str) -> RateOption | str:
    """An argparse type: a rate above 0, or the word ``default`` (no number)."""
    if text == "default":  # ``--rate`` without a number
        return text
    value = read_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(t("cli.not_a_number", text=text))
    if value <= 0:
        raise argparse.ArgumentTypeError(t("cli.not_positive", text=text))
    return RateOption(value, text)


def read_number(text: str) -> float | None:
    """Read a number written the Indonesian or the English way.

    A ``.``, ``,`` or space followed by groups of exactly three digits
    separates thousands: ``"16.500"``, ``"16,500"`` and ``"16 500"`` are
    16500.  Otherwise one ``.`` or ``,`` is the decimal mark: ``"16.5"`` and
    ``"16,5"`` are 16.5.  Both kinds together: ``"16.500,25"`` and
    ``"16,500.25"`` are 16500.25.

    Returns
    -------
    float or None
        ``None`` when ``text`` is not a number in one of these forms.
    """
    body = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.removeprefix("-").removeprefix("+")
    grouped = _GROUPED.fullmatch(body)
    if grouped and grouped["mark"] != grouped["sep"]:
        whole = grouped["whole"].replace(grouped["sep"], "")
        return sign * float(f"{whole}.{grouped['fraction'] or 0}")
    plain = _PLAIN.fullmatch(body)
    if plain:
        return sign * float(f"{plain['whole']}.{plain['fraction'] or 0}")
    return None


def checked_rate(option: RateOption) -> float:
    """Return the rate of ``option`` if it is a plausible IDR-per-USD rate.

    Raises
    ------
    UsageError
        Outside :data:`PLAUSIBLE_RATES`, saying how the text was read and,
        when a factor of 1000 makes sense of it, what was probably meant.
    """
    from careerkit._cli_report import number

    low, high = PLAUSIBLE_RATES
    value = option.value
    if low <= value <= high:
        return value
    guess = value * 1000 if value < low else value / 1000
    shown = {"text": option.text, "read": number(value)}
    if low <= guess <= high:
        raise UsageError(
            t("cli.salary.rate_implausible_guess", guess=number(guess), **shown)
        )
    raise UsageError(
        t("cli.salary.rate_implausible", low=number(low), high=number(high), **shown)
    )


def choose_language(argv: list[str]) -> list[str]:
    """Apply ``--lang`` (anywhere in ``argv``) before the translated parser is built.

    Returns ``argv`` without the ``--lang`` option.
    """
    pre = _Parser(prog="careerkit", add_help=False, allow_abbrev=False)
    pre.add_argument("--lang", choices=LANGUAGES)
    known, rest = pre.parse_known_args(argv)
    set_language(known.lang)
    return rest


def split_passthrough(argv: list[str]) -> tuple[list[str], list[str]]:
    """Split ``argv`` at the first ``--``: (ours, JupyterLab's)."""
    if "--" in argv:
        cut = argv.index("--")
        return argv[:cut], argv[cut + 1 :]
    return argv, []
