"""The ``careerkit`` command: ``lab``, ``build``, ``salary`` and ``progress``.

This is the only module that writes to the terminal.  Messages come from
:mod:`careerkit.i18n` in the language setting (``--lang`` or
``CAREERKIT_LANG``); errors go to stderr with a non-zero exit code and, for a
user's mistake, without a traceback.  A warning the library gives the user
(a :class:`UserWarning`, such as a progress file moved aside or a salary text
that looks wrong) is printed on stderr as a plain line when it happens; other
warnings (deprecations inside libraries) are not shown.

Exit codes: 0 success, 1 the work failed (a notebook cell, an unreadable
salary text, JupyterLab), 2 a usage mistake (unknown level, bad option).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

from careerkit._cli_args import (
    RateOption,
    UsageError,
    build_parser,
    checked_rate,
    choose_language,
    split_passthrough,
)
from careerkit.errors import CareerkitError
from careerkit.i18n import get_language, t

if TYPE_CHECKING:  # pragma: no cover
    from careerkit.workspace import WorkspaceReport

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``careerkit`` command with ``argv`` (default ``sys.argv[1:]``).

    Returns
    -------
    int
        The exit code.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    with warnings.catch_warnings():  # restores the filters and showwarning
        warnings.simplefilter("always")
        warnings.showwarning = _show_warning
        return _main(argv)


def _main(argv: list[str]) -> int:
    ours, extra = split_passthrough(argv)
    try:
        ours = choose_language(ours)
        get_language()  # an unknown CAREERKIT_LANG falls back with a warning
        parser = build_parser(_RUNNERS)
        args = parser.parse_args(ours)
        if extra and args.command != "lab":
            raise UsageError(t("cli.passthrough_only_lab"))
    except SystemExit as exc:  # --help or --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except UsageError as exc:
        _error(str(exc), usage=exc.usage)
        return EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return args.run(args, extra)
    except UsageError as exc:
        _error(str(exc), usage=exc.usage)
        return EXIT_USAGE
    except CareerkitError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error(t("cli.interrupted"))
        return 130


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """Print a warning meant for the user as a plain line; drop the others."""
    if issubclass(category, UserWarning):
        print(message, file=sys.stderr, flush=True)


def _run_lab(args: argparse.Namespace, extra: list[str]) -> int:
    from careerkit import _lab
    from careerkit.workspace import START_NOTEBOOK, prepare_workspace

    if _lab.is_root() and not args.allow_root:
        raise UsageError(t("cli.lab.root"))
    edition = "student" if args.student else None
    report = prepare_workspace(args.dir, student=True if args.student else None)
    _print_workspace(report)
    start = START_NOTEBOOK if (report.root / START_NOTEBOOK).is_file() else None
    command = _lab.lab_command(
        report.root.resolve(),
        start=start,
        allow_root=args.allow_root,
        open_browser=not args.no_browser,
        extra=extra,
    )
    print(t("cli.lab.starting"), flush=True)
    env = _lab.lab_environment(edition=edition)
    with _lab.running(command, cwd=report.root, env=env) as process:
        url = _lab.server_url(process, start=start)
        print(t("cli.lab.url", url=url), flush=True)
        print(t("cli.lab.stop_hint"), flush=True)
        code = _lab.wait(process)
    return EXIT_OK if code == 0 else EXIT_FAILED


def _print_workspace(report: WorkspaceReport) -> None:
    root = report.root
    if report.manifest_reset:
        print(t("cli.ws.manifest_reset", root=root), file=sys.stderr)
    if report.added:
        print(t("cli.ws.added", count=len(report.added), root=root))
    for key, paths in (
        ("cli.ws.updated", report.updated),
        ("cli.ws.restored", report.restored),
    ):
        if paths:
            print(t(key, count=len(paths)))
            for path in paths:
                print(f"  {path.as_posix()}")
    if report.kept:
        print(t("cli.ws.kept", count=len(report.kept)))
        for mine, beside in report.kept:
            print(f"  {mine.as_posix()}  →  {beside.as_posix()}")
    if not report.changed_anything:
        print(t("cli.ws.up_to_date", root=root))


def _run_build(args: argparse.Namespace, extra: list[str]) -> int:
    from tqdm import tqdm

    from careerkit.build import build_course

    bar_options = {"unit": t("cli.build.unit"), "file": sys.stderr, "delay": 0.1}
    with tqdm(total=0, **bar_options) as bar:
        report = build_course(
            args.out, student=args.student, timeout=args.timeout, progress=bar
        )
    for failure in report.failures:
        if failure.cell_index is None:
            _error(
                t(
                    "cli.build.failed_kernel",
                    notebook=failure.notebook,
                    error=failure.error,
                )
            )
        else:
            _error(
                t(
                    "cli.build.failed_cell",
                    notebook=failure.notebook,
                    cell=failure.cell_index + 1,
                    index=failure.cell_index,
                    error=failure.error,
                )
            )
    index = report.out_dir / "index.html"
    print(t("cli.build.done", index=index, pages=len(report.pages)))
    if report.student:
        print(t("cli.build.student_note"))
    if report.failures:
        _error(t("cli.build.some_failed", count=len(report.failures)))
        return EXIT_FAILED
    return EXIT_OK


def _run_salary(args: argparse.Namespace, extra: list[str]) -> int:
    from careerkit import _cli_report

    if args.parse is not None:
        if args.level is not None:
            raise UsageError(t("cli.salary.level_and_parse"))
        ignored = [
            option
            for option, given in (
                ("--annual", args.annual),
                ("--thr", args.thr),
                ("--rate", args.rate is not None),
            )
            if given
        ]
        if ignored:
            raise UsageError(t("cli.salary.parse_ignores", options=", ".join(ignored)))
        print(_cli_report.parsed_salary(args.parse, currency=args.currency))
        return EXIT_OK
    if args.level is None:
        raise UsageError(t("cli.salary.need_level"))
    level = _cli_report.resolve_level(args.level)
    if level is None:
        raise UsageError(
            t(
                "cli.salary.unknown_level",
                level=args.level,
                valid=_cli_report.valid_levels(),
            )
        )
    rate = checked_rate(args.rate) if isinstance(args.rate, RateOption) else args.rate
    print(
        _cli_report.salary_band(
            level,
            currency=args.currency or "IDR",
            annual=args.annual or args.thr,
            thr=args.thr,
            rate=rate,
        ),
        flush=True,
    )
    if args.thr and args.currency == "USD":
        print(t("cli.salary.thr_remote"), file=sys.stderr)
    return EXIT_OK


def _run_progress(args: argparse.Namespace, extra: list[str]) -> int:
    from careerkit import _cli_report

    print(_cli_report.progress_report())
    return EXIT_OK


def _error(message: str, *, usage: str = "") -> None:
    if usage:
        print(usage.rstrip(), file=sys.stderr)
    print(f"careerkit: {message}", file=sys.stderr)


_RUNNERS = {
    "lab": _run_lab,
    "build": _run_build,
    "salary": _run_salary,
    "progress": _run_progress,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
