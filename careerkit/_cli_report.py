"""Text tables for ``careerkit salary`` and ``careerkit progress``.

Functions here return strings; :mod:`careerkit.cli` prints them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from careerkit.errors import CareerkitError
from careerkit.i18n import get_language, t

__all__ = [
    "LEVEL_ALIASES",
    "number",
    "parsed_salary",
    "progress_report",
    "resolve_level",
    "salary_band",
    "valid_levels",
]

LEVEL_ALIASES = {
    "junior": "Junior",
    "mid": "Mid-level",
    "mid-level": "Mid-level",
    "midlevel": "Mid-level",
    "senior": "Senior",
    "staff": "Staff/Lead",
    "lead": "Staff/Lead",
    "staff/lead": "Staff/Lead",
    "principal": "Principal/Architect",
    "architect": "Principal/Architect",
    "principal/architect": "Principal/Architect",
}


SHORT_NAMES = ("junior", "mid", "senior", "staff", "lead", "principal", "architect")


class SalaryTextError(CareerkitError, ValueError):
    """``careerkit salary --parse`` got a text the parser cannot read."""


def resolve_level(text: str) -> str | None:
    """Return the level named by ``text`` (any case, short aliases), else ``None``."""
    key = "-".join(text.strip().lower().replace("_", " ").split())
    key = key.replace("-/-", "/")
    return LEVEL_ALIASES.get(key)


def valid_levels() -> str:
    """The accepted level names, for an error message."""
    import careerkit as ck

    levels = ", ".join(str(level) for level in ck.load("salaries")["level"])
    return f"{levels} ({', '.join(SHORT_NAMES)})"


def salary_band(
    level: str, *, currency: str, annual: bool, thr: bool, rate: float | str | None
) -> str:
    """The band of one level as a small table.

    IDR shows the local band, USD the remote band; ``rate`` (IDR per USD, or
    ``"default"`` for :data:`careerkit.DEFAULT_RATE`) adds the band converted to
    the other currency, in whole units, with the rate as given.
    """
    import careerkit as ck

    table = ck.load("salaries")
    row = table[table["level"] == level].iloc[0]
    column = currency.lower()
    band = [_amount(row[f"{column}_low"]), _amount(row[f"{column}_high"])]
    if annual:
        band = [_apply(lambda x: ck.annualize(x, thr=thr), x) for x in band]
    rows = [(t(f"cli.salary.row_{column}"), *(_money(x, currency) for x in band))]

    notes = []
    if rate is not None:
        value = float(ck.DEFAULT_RATE) if rate == "default" else float(rate)
        other = "USD" if currency == "IDR" else "IDR"
        convert = ck.to_usd if currency == "IDR" else ck.to_idr
        converted = [_apply(lambda x: convert(x, rate=value), x) for x in band]
        label = t("cli.salary.row_converted", currency=other)
        rows.append((label, *(_money(x, other) for x in converted)))
        notes.append(t("core.rate_note", rate=number(value)))

    low_years, high_years = _amount(row["years_min"]), _amount(row["years_max"])
    if high_years is None:
        span = t("cli.salary.years_open", low=number(low_years))
    else:
        span = t("cli.salary.years", low=number(low_years), high=number(high_years))
    if thr:
        period = t("cli.salary.per_year_thr")
    else:
        period = t("cli.salary.per_year" if annual else "cli.salary.per_month")
    header = f"{level} · {span} · {period}"
    lines = [header, _table([("", t("cli.salary.low"), t("cli.salary.high")), *rows])]
    lines.extend(f"({note})" for note in notes)
    return "\n".join(lines)


def parsed_salary(text: str, *, currency: str | None) -> str:
    """What :func:`careerkit.parse_salary` reads in ``text``, one field a line.

    Amounts keep the decimals they were read with; without a currency they are
    plain numbers, and the currency line says how to give one.
    """
    import careerkit as ck

    try:
        found = ck.parse_salary(text, currency=currency)
    except ck.SalaryParseError as exc:
        reason = getattr(exc, "reason", str(exc))
        raise SalaryTextError(
            t("cli.salary.parse_failed", text=text, reason=reason)
        ) from None
    unit = None if found.currency is None else str(found.currency)
    pairs = [
        (t("cli.salary.field_text"), text),
        (t("cli.salary.field_low"), _money(found.low, unit, exact=True)),
        (t("cli.salary.field_high"), _money(found.high, unit, exact=True)),
        (t("cli.salary.field_currency"), unit or t("cli.salary.currency_unknown")),
        (t("cli.salary.field_period"), t(f"cli.period.{found.period}")),
    ]
    return _table(pairs, align_right=False)


def progress_report() -> str:
    """The learner's quiz scores, roadmap checklist and self-assessment."""
    import careerkit as ck
    from careerkit import progress

    lines = [t("cli.progress.file", path=progress.progress_file()), ""]
    scores = progress.summary()
    lines.append(t("cli.progress.quiz_title"))
    if scores.empty:
        lines.append("  " + t("cli.progress.quiz_none"))
    else:
        rows = [
            (
                t("cli.progress.col_section"),
                t("cli.progress.col_answered"),
                t("cli.progress.col_correct"),
                t("cli.progress.col_score"),
            )
        ]
        for item in scores.itertuples(index=False):
            rows.append(
                (
                    str(item.section),
                    str(item.answered),
                    str(item.correct),
                    f"{float(item.score) * 100:.0f}%",
                )
            )
        lines.append(_table(rows, indent="  "))

    roadmap = ck.load("roadmap")
    done = progress.roadmap_done()
    topics = [str(topic) for topic in roadmap["topic"]]
    finished = sum(topic in done for topic in topics)
    lines += ["", t("cli.progress.roadmap_title", done=finished, total=len(topics))]
    for phase, group in roadmap.groupby("phase", observed=True, sort=True):
        months = f"{group['month_start'].min()}–{group['month_end'].max()}"
        count = sum(str(topic) in done for topic in group["topic"])
        lines.append(
            "  "
            + t(
                "cli.progress.phase",
                phase=phase,
                months=months,
                done=count,
                total=len(group),
            )
        )
        for topic in group["topic"]:
            mark = "[x]" if str(topic) in done else "[ ]"
            lines.append(f"    {mark} {topic}")

    ratings = progress.skill_ratings()
    skills = ck.load("skills")
    lines += ["", t("cli.progress.skills_title", max=progress.MAX_RATING)]
    rows = []
    for item in skills.itertuples(index=False):
        rating = ratings.get(str(item.skill))
        shown = (
            t("cli.progress.not_rated")
            if rating is None
            else (f"{rating}/{progress.MAX_RATING}")
        )
        rows.append((str(item.skill), str(item.priority), shown))
    lines.append(_table(rows, indent="  ", align_right=False))
    return "\n".join(lines)


def _amount(value: Any) -> float | None:
    """A table cell as a float, ``None`` when missing (an open end)."""
    import pandas as pd

    return None if value is None or pd.isna(value) else float(value)


def _apply(function: Any, value: float | None) -> float | None:
    """``function(value)`` as a float, keeping a missing value missing."""
    return None if value is None else float(function(value))


def _money(value: float | None, currency: str | None, *, exact: bool = False) -> str:
    """An amount with its currency sign; whole units unless ``exact``.

    Without a currency the amount is a plain number.
    """
    import careerkit as ck

    if value is None:
        return t("cli.salary.open")
    if currency == "IDR" and (not exact or float(value).is_integer()):
        return ck.format_rupiah(value)
    shown = number(value) if exact else number(value, decimals=0)
    if currency == "IDR":
        return f"Rp{shown}"
    return shown if currency is None else f"${shown}"


def number(value: float, *, decimals: int = 2) -> str:
    """Write ``value`` in the language setting, keeping what it says.

    Thousands are grouped (``16.500`` in Indonesian, ``16,500`` in English);
    up to ``decimals`` decimals are shown, without trailing zeros, and more
    when fewer would round a non-zero value to zero (``0,0001``, never ``0``).
    """
    places = decimals
    while places < 12 and value != 0 and round(value, places) == 0:
        places += 1
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.translate(_TO_INDONESIAN) if get_language() == "id" else text


_TO_INDONESIAN = str.maketrans(",.", ".,")


def _table(
    rows: Sequence[Sequence[str]], *, indent: str = "", align_right: bool = True
) -> str:
    """Columns padded to the widest cell; numbers right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        for cell, width in zip(row[1:], widths[1:], strict=True):
            cells.append(cell.rjust(width) if align_right else cell.ljust(width))
        lines.append(indent + "  ".join(cells).rstrip())
    return "\n".join(lines)
