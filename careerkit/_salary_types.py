"""The values and errors of the salary reader, re-exported by :mod:`careerkit.salary`.

Kept apart so that :mod:`careerkit.salary` stays about reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerkit.errors import CareerkitError
from careerkit.i18n import t

__all__ = [
    "CURRENCIES",
    "PERIODS",
    "SalaryArgumentError",
    "SalaryParseError",
    "SalaryRange",
    "SalaryTypeError",
    "SalaryWarning",
    "check_currency",
]

CURRENCIES = ("IDR", "USD")
PERIODS = ("hour", "day", "month", "year")


@dataclass(frozen=True, slots=True)
class SalaryRange:
    """A salary read from text.

    Attributes
    ----------
    low, high : float or None
        Amounts in ``currency``; an exact figure has ``low == high``; an open
        end ("$10000+", "up to 25 juta") is None, never an invented number.
    currency : {"IDR", "USD"} or None
        None when the text names no currency and the caller passed none.
    period : {"hour", "day", "month", "year"}
        How often the amount is paid; "month" when the text does not say.
    """

    low: float | None
    high: float | None
    currency: str | None
    period: str


class SalaryParseError(CareerkitError, ValueError):
    """A text that is not a salary careerkit can read in full.

    Attributes
    ----------
    text : str
        The text as given.
    reason : str
        Why it could not be read, in the language in force when it was raised,
        e.g. "tidak ada angka gaji di teks ini" ("no amount in the text").
    code : str or None
        The same reason as a stable code, for programs: the wording may change
        and follows the language, the code does not.  None only when the
        error was raised by other code without one.

    Notes
    -----
    The codes: ``no_amount``, ``empty_text``, ``unexpected_word``,
    ``unexpected``, ``unexpected_character``, ``too_many_amounts``,
    ``amount_expected``, ``amount_expected_start``, ``amount_expected_end``,
    ``between_needs_two``, ``plus_misplaced``, ``unusual_groups``,
    ``mark_twice``, ``mixed_separators``, ``too_many_digits``,
    ``leading_mark``, ``word_runs_into_amount``, ``unsupported_currency``,
    ``unsupported_period``, ``two_currencies``, ``two_periods``,
    ``m_without_currency`` and ``unit_on_one_amount``.  The words of each are
    ``careerkit.i18n.MESSAGES["salary.problem.<code>"]``.
    """

    def __init__(self, text: str, reason: str, code: str | None = None) -> None:
        super().__init__(t("salary.error.unreadable", text=repr(text), reason=reason))
        self.text = text
        self.reason = reason
        self.code = code

    def __reduce__(self) -> tuple:
        # pickle (multiprocessing) rebuilds the error from these, not the message
        return type(self), (self.text, self.reason, self.code)


class SalaryWarning(UserWarning):
    """A salary was read but looks wrong (swapped or implausible), or rows failed."""


class SalaryArgumentError(CareerkitError, ValueError):
    """An option of a salary function has a value it cannot use (``currency=`` ...)."""


class SalaryTypeError(CareerkitError, TypeError):
    """A salary function got the wrong kind of input (a number for a text ...)."""


def check_currency(currency: object, name: str = "currency") -> str | None:
    """Return ``currency`` as "IDR", "USD" or None; refuse anything else.

    Parameters
    ----------
    currency : object
        "IDR" or "USD" in any case and with surrounding spaces, or None.
    name : str, default "currency"
        The parameter's name, for the error message.

    Raises
    ------
    SalaryArgumentError
        (a ValueError) for any other value.
    """
    if currency is None:
        return None
    if isinstance(currency, str) and currency.strip().upper() in CURRENCIES:
        return currency.strip().upper()
    raise SalaryArgumentError(f"{name} must be 'IDR', 'USD' or None; got {currency!r}")


# Shown (in reprs, tracebacks and pickles) where users import them from.
for _public in (
    SalaryRange,
    SalaryParseError,
    SalaryWarning,
    SalaryArgumentError,
    SalaryTypeError,
    check_currency,
):
    _public.__module__ = "careerkit.salary"
