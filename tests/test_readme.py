"""The README stays true: two set-up commands and an outline of the real notebooks."""

from __future__ import annotations

import json
import re
import subprocess

from _course import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _command_after(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\n```bash\n(.+?)\n```", README, re.S)
    assert match, f"README has no ```bash block after <!-- {marker} -->"
    return match.group(1)


def test_readme_has_exactly_two_setup_commands() -> None:
    run = _command_after("run-command")
    test = _command_after("test-command")

    assert README.count("<!-- run-command -->") == 1
    assert README.count("<!-- test-command -->") == 1
    assert "\n" not in run and "\n" not in test
    assert run.endswith("careerkit lab")
    assert "pip install -c constraints.txt" in test and test.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    script = REPO / ".ci" / "run"
    extract = re.search(r"test_command=\$\((.+)\)\n", script.read_text()).group(1)

    found = subprocess.run(
        ["bash", "-c", extract], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()

    assert found == _command_after("test-command")


def test_outline_lists_every_notebook_with_its_minutes() -> None:
    row = r"^\| `([0-9]{2}-[a-z-]+)` \| .+? \| (\d+) \|$"
    rows = dict(re.findall(row, README, re.M))
    notebooks = sorted((REPO / "notebooks").glob("*.ipynb"))

    expected = {
        path.stem: str(json.loads(path.read_text())["metadata"]["careerkit"]["minutes"])
        for path in notebooks
    }
    assert rows == expected
    total = re.search(r"\*\*Total\*\* \| \*\*(\d+)\*\*", README).group(1)
    assert int(total) == sum(int(m) for m in expected.values())
