"""Constants and helpers the tests share.

A plain module: importing from ``conftest`` is ambiguous, because every test folder
has a module of that name and the last one imported wins.
"""

from __future__ import annotations

import queue
import re
import subprocess
import threading
import time
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

#: The address ``careerkit lab`` prints once JupyterLab is up (with its token).
LAB_URL = re.compile(r"http://127\.0\.0\.1:\d+/\S*\?token=\w[\w-]*")


def wait_for_url(process: subprocess.Popen[str], timeout: float = 120) -> str:
    """Read ``careerkit lab``'s output (in a thread) until it prints its address."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            raise AssertionError("careerkit lab ended early:\n" + "".join(seen))
        seen.append(line)
        found = LAB_URL.search(line)
        if found:
            return found.group(0)
    raise AssertionError("careerkit lab printed no address:\n" + "".join(seen))
