"""Exception classes shared by every careerkit module, and where warnings point.

Each class also subclasses the builtin it resembles, so ``except ValueError``
in a learner's code keeps working.
"""

from __future__ import annotations

import os
import sys

__all__ = ["CareerkitError", "DataError", "UnknownTableError", "outside_stacklevel"]


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


def outside_stacklevel() -> int:
    """Stack level of the first caller outside careerkit, for ``warnings.warn``.

    Call it from the function that warns; the warning then points at the
    learner's line, however deep inside careerkit it was raised.
    """
    package = os.path.dirname(__file__) + os.sep
    frame = sys._getframe(2)  # the caller of the function that warns
    level = 2
    while frame is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back
        level += 1
    return level
