"""The wheel carries the data and works from a fresh virtual environment.

The test builds the wheel from this checkout, installs it with ``--no-deps``
into a new venv, and loads a table from an unrelated working directory.  The
venv reuses this interpreter's installed dependencies (pandas, numpy) through
a ``.pth`` file that lists their directories.  Python adds listed directories
to ``sys.path`` without processing the ``.pth`` files inside them, so the
editable install of careerkit that lives next to pandas stays inactive; and
``--system-site-packages`` is deliberately not used, since it would process
the base interpreter's ``.pth`` files, editable finders included.  The test
then checks that the imported careerkit is the venv's copy, not the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

CHECK = """
import json, sys
import careerkit as ck
from careerkit.tables import data_dir
salaries = ck.load("salaries")
print(json.dumps({
    "file": ck.__file__,
    "data": str(data_dir()),
    "shape": list(salaries.shape),
    "top": int(salaries["idr_high"].max()),
    "levels": list(salaries["level"].cat.categories),
    "path": sys.path,
}))
"""


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run(
        [
            *pip,
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ]
    )
    (built,) = out.glob("careerkit-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", str(root)])
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
    )
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    pth = Path(site.stdout.strip()) / "careerkit_test_dependencies.pth"
    pth.write_text("".join(f"{d}\n" for d in sorted(deps)), encoding="utf-8")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--disable-pip-version-check",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ]
    )
    return python


def test_wheel_bundles_data_byte_for_byte(wheel: Path) -> None:
    files = [p for p in sorted((REPO / "data").rglob("*")) if p.is_file()]
    assert any(p.name == "datapackage.json" for p in files)
    with zipfile.ZipFile(wheel) as archive:
        for path in files:
            inside = "careerkit/_data/" + path.relative_to(REPO / "data").as_posix()
            assert archive.read(inside) == path.read_bytes(), inside


def test_installed_wheel_loads_tables_from_any_directory(
    venv_python: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = _run([str(venv_python), "-I", "-c", CHECK], cwd=elsewhere, env=env)
    report = json.loads(result.stdout)

    venv = venv_python.parent.parent
    module = Path(report["file"])
    assert module.is_relative_to(venv), module  # the wheel's copy, not the checkout
    assert Path(report["data"]) == module.parent / "_data"
    assert str(REPO) not in report["path"]
    assert report["shape"] == [5, 7]
    assert report["top"] == 150_000_000
    assert (
        report["levels"][0] == "Junior"
        and report["levels"][-1] == "Principal/Architect"
    )
