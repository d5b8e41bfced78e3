"""Argument parser of the ``careerkit`` command; help text in the language setting."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from careerkit.errors import CareerkitError
from careerkit.i18n import LANGUAGES, set_language, t

__all__ = [
    "DEFAULT_SITE",
    "DEFAULT_WORKSPACE",
    "UsageError",
    "build_parser",
    "choose_language",
    "split_passthrough",
]

DEFAULT_WORKSPACE = "careerkit-kursus"
DEFAULT_SITE = "_site"

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
        type=Path,
        metavar="DIR",
        help=t("cli.help.lab_dir", default=DEFAULT_WORKSPACE),
    )
    lab.add_argument("--allow-root", action="store_true", help=t("cli.help.allow_root"))
    lab.add_argument("--no-browser", action="store_true", help=t("cli.help.no_browser"))
    lab.set_defaults(command="lab", run=runners["lab"])

    build = commands.add_parser(
        "build", help=t("cli.help.build"), description=t("cli.help.build_long")
    )
    build.add_argument(
        "--out",
        type=Path,
        default=Path(DEFAULT_SITE),
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
        type=_positive(float, default_word=True),
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


def _positive(kind: type, *, default_word: bool = False) -> Any:
    """An argparse type: a number above 0 (or the word ``default``, if allowed)."""

    def convert(text: str) -> float | str:
        if default_word and text == "default":  # ``--rate`` without a number
            return text
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(t("cli.not_a_number", text=text)) from None
        if value <= 0:
            raise argparse.ArgumentTypeError(t("cli.not_positive", text=text))
        return value

    return convert


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
