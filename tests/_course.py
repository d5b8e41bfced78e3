"""Constants the tests share.

A plain module: importing from ``conftest`` is ambiguous, because every test folder
has a module of that name and the last one imported wins.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: The course's notebooks (and quiz banks), in order; DESIGN.md names them.
COURSE = (
    "00-mulai-di-sini",
    "01-apa-itu-backend",
    "02-skill",
    "03-bahasa-pemrograman",
    "04-database",
    "05-desain-api",
    "06-devops",
    "07-roadmap",
    "08-gaji-dan-pasar-kerja",
    "09-tips-karier",
    "10-kuis-akhir",
)
CASES = Path(__file__).resolve().parent / "cases"
