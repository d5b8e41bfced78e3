"""``import careerkit`` stays light: no matplotlib, ipywidgets or nbformat."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("matplotlib", "ipywidgets", "nbformat")

SCRIPT = """
import json, sys
{code}
heavy = {heavy!r}
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))))
"""


def _heavy_modules_after(code: str, cwd: Path) -> list[str]:
    """Run ``code`` in a fresh interpreter; return the heavy packages it loaded."""
    script = SCRIPT.format(code=code, heavy=HEAVY)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "code",
    [
        "import careerkit",
        "import careerkit as ck; ck.tables(); ck.load('salaries'); ck.load('skills')",
    ],
    ids=["import", "import-and-load"],
)
def test_import_careerkit_loads_no_heavy_package(code: str, tmp_path: Path) -> None:
    assert _heavy_modules_after(code, tmp_path) == []


def test_the_check_sees_a_heavy_import(tmp_path: Path) -> None:
    # Control: the same probe does report a package that was imported.
    assert _heavy_modules_after("import careerkit, nbformat", tmp_path) == ["nbformat"]
