"""Exception classes shared by every careerkit module.

Each class also subclasses the builtin it resembles, so ``except ValueError``
in a learner's code keeps working.
"""

from __future__ import annotations

__all__ = ["CareerkitError", "DataError", "UnknownTableError"]


class CareerkitError(Exception):
    """Base class of every error careerkit raises on purpose."""


class DataError(CareerkitError, ValueError):
    """A bundled or user-supplied file does not have the shape it should.

    The message names the file and, where known, the row, the column and the
    offending text.
    """


class UnknownTableError(CareerkitError, KeyError):
    """A table name that is not bundled with careerkit."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep it readable
        return str(self.args[0]) if self.args else ""
