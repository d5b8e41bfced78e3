"""The ``careerkit`` command, driven through its entry point like a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from _course import wait_for_url

import careerkit
from careerkit import _lab, progress
from careerkit.cli import main

SCRIPT = Path(sys.executable).with_name("careerkit")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- version, help, language ---------------------------------------------------


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")

    assert code == 0
    assert out.strip() == f"careerkit {careerkit.__version__}"


def test_version_through_the_installed_script() -> None:
    result = subprocess.run(
        [str(SCRIPT), "--version"], capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0
    assert result.stdout.strip() == f"careerkit {careerkit.__version__}"


def test_help_lists_every_command_in_indonesian(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--help")

    assert code == 0
    for command in ("lab", "build", "salary", "progress"):
        assert command in out
    assert "buka kursus di JupyterLab" in out


def test_no_command_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)

    assert code == 0
    assert "careerkit salary senior" in out


@pytest.mark.parametrize("how", ["flag", "env"])
def test_messages_follow_the_language_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    argv = ["salary", "senior"]
    if how == "flag":
        argv.append("--lang=en")
    else:
        monkeypatch.setenv("CAREERKIT_LANG", "en")

    code, out, _ = run(capsys, *argv)

    assert code == 0
    assert "5–8 years of experience" in out
    assert "pay per month" in out


def test_an_unknown_careerkit_lang_falls_back_to_indonesian_with_a_notice(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerkit import i18n

    monkeypatch.setenv("CAREERKIT_LANG", "fr")
    monkeypatch.setattr(i18n, "_warned_env", set())

    code, out, err = run(capsys, "salary", "senior")

    assert code == 0
    assert "pengalaman 5–8 tahun" in out
    assert "CAREERKIT_LANG" in err and "'fr'" in err
    assert "Traceback" not in err and "UserWarning" not in err


def test_a_bad_option_is_a_usage_error_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "salary", "senior", "--currency", "EUR")

    assert code == 2
    assert out == ""
    assert "perintah tidak dipahami" in err
    assert "EUR" in err


def test_arguments_after_a_double_dash_are_only_for_lab(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "salary", "senior", "--", "--ServerApp.port=0")

    assert code == 2
    assert "careerkit lab" in err


# --- salary ----------------------------------------------------------------------


def test_salary_shows_the_local_band_of_a_level(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "salary", "senior")

    assert code == 0
    assert err == ""
    assert "Senior · pengalaman 5–8 tahun · gaji per bulan" in out
    assert "Rp25.000.000" in out
    assert "Rp45.000.000" in out
    assert "$" not in out


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("junior", "Junior"),
        ("MID", "Mid-level"),
        ("mid-level", "Mid-level"),
        ("Senior", "Senior"),
        ("staff", "Staff/Lead"),
        ("lead", "Staff/Lead"),
        ("Staff/Lead", "Staff/Lead"),
        ("principal", "Principal/Architect"),
        ("architect", "Principal/Architect"),
    ],
)
def test_levels_match_case_insensitively_with_aliases(
    capsys: pytest.CaptureFixture[str], typed: str, level: str
) -> None:
    code, out, _ = run(capsys, "salary", typed)

    assert code == 0
    assert out.startswith(f"{level} · ")


def test_an_unknown_level_lists_the_valid_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "salary", "cto")

    assert code == 2
    assert out == ""
    assert "'cto'" in err
    for level in ("Junior", "Mid-level", "Senior", "Staff/Lead", "Principal/Architect"):
        assert level in err
    assert "Traceback" not in err


def test_usd_shows_the_remote_band(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "salary", "senior", "--currency", "usd", "--lang", "en")

    assert code == 0
    assert "USD (remote)" in out
    assert "$3,500" in out and "$6,000" in out
    assert "Rp" not in out


def test_an_open_end_stays_open(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "salary", "principal", "--currency", "USD")

    assert code == 0
    assert "$10.000" in out
    assert "tanpa batas" in out
    assert "pengalaman 10+ tahun" in out


def test_rate_adds_the_converted_band(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "salary", "junior", "--rate", "16000")

    assert code == 0
    assert "Rp6.000.000" in out and "Rp12.000.000" in out
    assert "$375" in out and "$750" in out  # 6 and 12 juta at 16,000 IDR per USD
    assert "kurs 16.000 IDR per USD" in out


def test_rate_without_a_number_uses_the_course_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "salary", "mid", "--currency", "USD", "--rate")

    expected = careerkit.format_rupiah(careerkit.to_idr(1500))
    assert code == 0
    assert expected in out  # the low remote band, converted at the default rate


def test_annual_with_thr_is_thirteen_months(capsys: pytest.CaptureFixture[str]) -> None:
    _, yearly, _ = run(capsys, "salary", "junior", "--annual")
    _, with_thr, _ = run(capsys, "salary", "junior", "--thr")

    assert "Rp72.000.000" in yearly and "Rp144.000.000" in yearly
    assert "Rp78.000.000" in with_thr and "Rp156.000.000" in with_thr
    assert "THR" in with_thr


@pytest.mark.parametrize("rate", ["0", "-5", "banyak"])
def test_a_rate_must_be_a_positive_number(
    capsys: pytest.CaptureFixture[str], rate: str
) -> None:
    code, out, err = run(capsys, "salary", "senior", f"--rate={rate}")

    assert code == 2
    assert out == ""
    assert rate in err


def test_parse_shows_what_the_parser_reads(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "salary", "--parse", "Rp 6-12 juta")

    assert code == 0
    assert "Rp6.000.000" in out
    assert "Rp12.000.000" in out
    assert "IDR" in out
    assert "per bulan" in out


def test_a_text_the_parser_cannot_read_fails_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "salary", "--parse", "gaji menarik")

    assert code == 1
    assert out == ""
    assert "'gaji menarik'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv", [["salary"], ["salary", "senior", "--parse", "Rp 6 juta"]], ids=str
)
def test_salary_needs_exactly_one_of_level_and_parse(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)

    assert code == 2
    assert out == ""
    assert "--parse" in err


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        ("16.500", "kurs 16.500 IDR per USD"),
        ("16,500", "kurs 16.500 IDR per USD"),
        ("16 500", "kurs 16.500 IDR per USD"),
        ("16500", "kurs 16.500 IDR per USD"),
        ("16.500,5", "kurs 16.500,5 IDR per USD"),
        ("16,500.25", "kurs 16.500,25 IDR per USD"),
        ("16500,75", "kurs 16.500,75 IDR per USD"),
    ],
)
def test_a_rate_is_read_with_indonesian_or_english_thousands(
    capsys: pytest.CaptureFixture[str], typed: str, note: str
) -> None:
    """The tool prints rates as '16.500'; a learner copying that gets 16,500."""
    code, out, err = run(capsys, "salary", "senior", "--rate", typed)

    assert code == 0, err
    assert "$1.515" in out and "$2.727" in out  # 25 and 45 juta at about 16,500
    assert f"({note})" in out


def test_a_rate_with_decimals_is_shown_with_them_in_english_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "salary", "senior", "--rate", "16250.25", "--lang=en")

    assert code == 0
    assert "(rate 16,250.25 IDR per USD)" in out


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "16.5",
            "--rate 16.5 dibaca sebagai 16,5 IDR per USD: tidak masuk akal; "
            "maksudnya 16.500?",
        ),
        (
            "16,5",
            "--rate 16,5 dibaca sebagai 16,5 IDR per USD: tidak masuk akal; "
            "maksudnya 16.500?",
        ),
        (
            "16500000",
            "--rate 16500000 dibaca sebagai 16.500.000 IDR per USD: tidak masuk "
            "akal; maksudnya 16.500?",
        ),
        (
            "0.0001",
            "--rate 0.0001 dibaca sebagai 0,0001 IDR per USD: tidak masuk akal; "
            "kurs yang wajar ada di antara 1.000 dan 100.000 IDR per USD",
        ),
    ],
)
def test_an_implausible_rate_is_refused_showing_how_it_was_read(
    capsys: pytest.CaptureFixture[str], typed: str, message: str
) -> None:
    code, out, err = run(
        capsys, "salary", "senior", "--currency", "USD", "--rate", typed
    )

    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("rate", ["16.500.25", "1e4", "nan", "16_5OO"])
def test_a_rate_that_is_not_a_number_is_refused(
    capsys: pytest.CaptureFixture[str], rate: str
) -> None:
    code, out, err = run(capsys, "salary", "senior", f"--rate={rate}")

    assert code == 2
    assert out == ""
    assert f"'{rate}' bukan angka" in err


def test_parse_without_a_currency_shows_the_plain_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "salary", "--parse", "12000000")

    amounts = [line for line in out.splitlines() if line.startswith(("bawah", "atas"))]
    assert code == 0
    assert [line.split()[-1] for line in amounts] == ["12.000.000", "12.000.000"]
    assert "None" not in out
    currency = next(line for line in out.splitlines() if line.startswith("mata uang"))
    assert "tidak diketahui (tambahkan Rp atau $)" in currency


@pytest.mark.parametrize(
    ("text", "shown"),
    [("12.5", "12,5"), ("$12.50", "$12,5"), ("$1,500.75", "$1.500,75")],
)
def test_parse_keeps_the_decimals_it_read(
    capsys: pytest.CaptureFixture[str], text: str, shown: str
) -> None:
    code, out, _ = run(capsys, "salary", "--parse", text)

    low = next(line for line in out.splitlines() if line.startswith("bawah"))
    assert code == 0
    assert low.split()[-1] == shown


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--annual"], ["--annual"]),
        (["--thr", "--rate", "16000"], ["--thr", "--rate"]),
        (["--rate"], ["--rate"]),
    ],
    ids=["annual", "thr-rate", "bare-rate"],
)
def test_parse_refuses_options_it_would_ignore(
    capsys: pytest.CaptureFixture[str], options: list[str], named: list[str]
) -> None:
    code, out, err = run(capsys, "salary", "--parse", "Rp 6-12 juta", *options)

    assert code == 2
    assert out == ""
    message = err.strip().splitlines()[-1]
    for option in named:
        assert option in message
    assert "Traceback" not in err


def test_parse_still_takes_currency_for_a_bare_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "salary", "--parse", "3000", "--currency", "USD")

    assert code == 0
    currency = next(line for line in out.splitlines() if line.startswith("mata uang"))
    assert currency.split()[-1] == "USD"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_thr_on_the_remote_usd_band_gets_a_notice(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    from careerkit.i18n import MESSAGES

    code, out, err = run(
        capsys, "--lang", lang, "salary", "junior", "--currency", "USD", "--thr"
    )

    assert code == 0
    assert "THR" in out  # the computation is still done as asked
    assert err.strip() == MESSAGES["cli.salary.thr_remote"][lang]


def test_thr_on_the_local_band_has_no_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "salary", "junior", "--thr")

    assert code == 0
    assert err == ""


# --- warnings reach the user as plain lines -----------------------------------------


def test_a_salary_warning_is_a_plain_line_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "salary", "--parse", "Rp 12-6 juta")

    assert code == 0
    assert "Rp6.000.000" in out
    lines = err.splitlines()
    assert len(lines) == 1
    assert "'Rp 12-6 juta'" in lines[0]
    assert "Warning" not in err and ".py:" not in err


def test_a_corrupt_progress_file_is_reported_in_plain_words(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "progress.json").write_text("{not json")
    env = {**os.environ, "CAREERKIT_HOME": str(home)}

    result = subprocess.run(
        [str(SCRIPT), "progress"], capture_output=True, text=True, env=env, timeout=120
    )

    assert result.returncode == 0
    assert "progress.json.corrupt-" in result.stderr
    assert "ProgressWarning" not in result.stderr
    assert "sys.exit" not in result.stderr and "careerkit:8" not in result.stderr
    assert "Belum ada jawaban kuis." in result.stdout


def test_only_user_warnings_are_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import warnings

    from careerkit import _cli_report

    def noisy() -> str:
        warnings.warn("a library detail", DeprecationWarning, stacklevel=1)
        warnings.warn("for the learner", UserWarning, stacklevel=1)
        return "report"

    monkeypatch.setattr(_cli_report, "progress_report", noisy)

    code, out, err = run(capsys, "progress")

    assert code == 0
    assert out == "report\n"
    assert err == "for the learner\n"


# --- an empty folder argument (an unset shell variable) ----------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["lab", "", "--allow-root"],
        ["lab", "  ", "--allow-root"],
        ["build", "--out", ""],
        ["build", "--out="],
    ],
    ids=["lab", "lab-blank", "build", "build-equals"],
)
def test_an_empty_folder_is_a_usage_error_not_the_current_folder(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fake_lab: dict,
    argv: list[str],
) -> None:
    from careerkit import build, workspace

    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setattr(
        workspace, "notebooks_dir", lambda: make_course(tmp_path / "c", 1)
    )
    monkeypatch.setattr(build, "build_course", lambda *a, **k: pytest.fail("built"))

    code, out, err = run(capsys, *argv)

    assert code == 2
    assert out == ""
    assert "nama folder kosong" in err
    assert list(here.iterdir()) == []
    assert fake_lab["commands"] == []


# --- progress ----------------------------------------------------------------------


def test_progress_before_any_work(
    capsys: pytest.CaptureFixture[str], careerkit_home: Path
) -> None:
    code, out, _ = run(capsys, "progress")

    assert code == 0
    assert str(careerkit_home / "progress.json") in out
    assert "Belum ada jawaban kuis." in out
    assert "Roadmap: 0 dari 24 topik selesai" in out
    assert "belum dinilai" in out


def test_progress_shows_scores_roadmap_and_self_assessment(
    capsys: pytest.CaptureFixture[str], careerkit_home: Path
) -> None:
    progress.record_answer("10-kuis-akhir", "q1", "a", False)
    progress.record_answer("10-kuis-akhir", "q2", "c", True)
    roadmap = careerkit.load("roadmap")
    first_topic = str(roadmap["topic"].iloc[0])
    progress.save_roadmap_done({first_topic})
    skill = str(careerkit.load("skills")["skill"].iloc[0])
    progress.save_skill_ratings({skill: 2})

    code, out, _ = run(capsys, "progress")

    assert code == 0
    section_line = next(line for line in out.splitlines() if "10-kuis-akhir" in line)
    assert section_line.split()[1:] == ["2", "1", "50%"]
    assert f"[x] {first_topic}" in out
    assert "Roadmap: 1 dari 24 topik selesai" in out
    skill_line = next(
        line for line in out.splitlines() if line.strip().startswith(skill)
    )
    assert skill_line.rstrip().endswith("2/3")


# --- lab -----------------------------------------------------------------------------

FAKE_SERVER = textwrap.dedent(
    """
    import json, os, sys, time
    from jupyter_core.paths import jupyter_runtime_dir
    info = {"url": "http://127.0.0.1:45678/", "token": "t0ken", "pid": os.getpid()}
    record = os.environ.get("CAREERKIT_TEST_LAB_RECORD")
    if record:
        with open(record, "w") as stream:
            names = ("JUPYTER_TOKEN", "CAREERKIT_EDITION")
            json.dump({name: os.environ.get(name) for name in names}, stream)
    path = os.path.join(jupyter_runtime_dir(), f"jpserver-{os.getpid()}.json")
    with open(path, "w") as stream:
        json.dump(info, stream)
    time.sleep(0.2)
    os.remove(path)
    """
)


@pytest.fixture
def fake_lab(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, list[list[str]]]:
    """Record the JupyterLab command; run a stand-in that reports a URL and ends."""
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("CAREERKIT_TEST_LAB_RECORD", str(tmp_path / "lab-env.json"))
    monkeypatch.delenv("CAREERKIT_EDITION", raising=False)
    (tmp_path / "runtime").mkdir()
    real = _lab.lab_command
    calls: dict[str, list[list[str]]] = {"commands": []}

    def fake(*args: object, **kwargs: object) -> list[str]:
        calls["commands"].append(real(*args, **kwargs))
        return [sys.executable, "-c", FAKE_SERVER]

    monkeypatch.setattr(_lab, "lab_command", fake)
    return calls


def make_course(root: Path, version: int) -> Path:
    for name in ("00-mulai-di-sini.ipynb", "01-a.ipynb", "02-b.ipynb", "03-c.ipynb"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(json.dumps({"name": name, "version": version}))
    return root


def test_lab_refuses_root_without_allow_root(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fake_lab: dict,
) -> None:
    monkeypatch.setattr(_lab, "is_root", lambda: True)

    code, out, err = run(capsys, "lab", str(tmp_path / "ws"))

    assert code == 2
    assert out == ""
    assert "--allow-root" in err
    assert not (tmp_path / "ws").exists()
    assert fake_lab["commands"] == []


def test_lab_prepares_the_workspace_and_prints_the_address(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fake_lab: dict,
) -> None:
    from careerkit import workspace

    monkeypatch.setattr(
        workspace, "notebooks_dir", lambda: make_course(tmp_path / "c", 1)
    )
    ws = tmp_path / "ws"

    code, out, err = run(
        capsys,
        "lab",
        str(ws),
        "--allow-root",
        "--no-browser",
        "--",
        "--ServerApp.port=0",
    )

    assert code == 0, err
    assert "4 berkas kursus disalin" in out
    expected = "http://127.0.0.1:45678/lab/tree/00-mulai-di-sini.ipynb?token=t0ken"
    assert f"Kursus terbuka di: {expected}" in out
    [command] = fake_lab["commands"]
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert "--ServerApp.ip=127.0.0.1" in command
    # The token goes through the environment: a command line is visible to
    # every local user (ps), a process's environment only to its owner.
    assert not any("token" in arg.lower() for arg in command)
    seen = json.loads((tmp_path / "lab-env.json").read_text())
    assert len(seen["JUPYTER_TOKEN"]) > 40
    assert seen["CAREERKIT_EDITION"] is None
    assert "--LabApp.news_url=None" in command
    assert "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate" in command
    assert "--allow-root" in command and "--no-browser" in command
    assert command.index("--ServerApp.port=0") > command.index(
        "--ServerApp.ip=127.0.0.1"
    )
    assert command[-1] == str(ws.resolve() / "00-mulai-di-sini.ipynb")


def test_lab_student_prepares_and_runs_the_student_edition(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fake_lab: dict,
) -> None:
    ws = tmp_path / "ws"

    code, _, err = run(capsys, "lab", str(ws), "--student", "--allow-root")

    assert code == 0, err
    seen = json.loads((tmp_path / "lab-env.json").read_text())
    assert seen["CAREERKIT_EDITION"] == "student"
    assert "CAREERKIT_EDITION" not in os.environ  # only the child was told
    quiz = (ws / "10-kuis-akhir.ipynb").read_text(encoding="utf-8")
    assert "Jawaban:" not in quiz
    assert "Lihat solusi" not in quiz


def test_lab_updates_the_course_without_losing_the_learners_work(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fake_lab: dict,
) -> None:
    from careerkit import workspace

    ws = tmp_path / "ws"
    course = {"now": make_course(tmp_path / "v1", 1)}
    monkeypatch.setattr(workspace, "notebooks_dir", lambda: course["now"])
    assert run(capsys, "lab", str(ws), "--allow-root")[0] == 0
    (ws / "01-a.ipynb").write_text("learner's answers")
    (ws / "02-b.ipynb").unlink()
    (ws / "punyaku.ipynb").write_text("my own notebook")
    course["now"] = make_course(tmp_path / "v2", 2)

    code, out, err = run(capsys, "lab", str(ws), "--allow-root")

    assert code == 0, err
    assert "2 berkas diperbarui" in out  # 00 and 03: never changed
    assert "1 berkas kursus yang terhapus dipulihkan:\n  02-b.ipynb" in out
    assert "1 berkas sudah kamu ubah" in out
    assert "01-a.ipynb  →  01-a.baru.ipynb" in out
    assert (ws / "01-a.ipynb").read_text() == "learner's answers"
    assert json.loads((ws / "01-a.baru.ipynb").read_text())["version"] == 2
    assert json.loads((ws / "02-b.ipynb").read_text())["version"] == 2
    assert json.loads((ws / "03-c.ipynb").read_text())["version"] == 2
    assert (ws / "punyaku.ipynb").read_text() == "my own notebook"


def test_lab_reports_a_server_that_does_not_start(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from careerkit import workspace

    monkeypatch.setattr(
        workspace, "notebooks_dir", lambda: make_course(tmp_path / "c", 1)
    )
    monkeypatch.setattr(
        _lab,
        "lab_command",
        lambda *a, **k: [sys.executable, "-c", "raise SystemExit(3)"],
    )

    code, _, err = run(capsys, "lab", str(tmp_path / "ws"), "--allow-root")

    assert code == 1
    assert "exit code 3" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_lab_starts_a_real_jupyterlab_with_token_auth(tmp_path: Path) -> None:
    """The real server: loopback only, the token required, stopped by its PID."""
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    env["CAREERKIT_HOME"] = str(tmp_path / "home")
    command = [str(SCRIPT), "lab", str(tmp_path / "ws"), "--no-browser"]
    if _lab.is_root():
        command.append("--allow-root")
    command += ["--", "--ServerApp.port=0"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        url = wait_for_url(process)
        with_token, without_token = api_urls(url, "/api/contents")

        with urllib.request.urlopen(with_token, timeout=30) as r:
            assert r.status == 200
            listed = {item["name"] for item in json.load(r)["content"]}
        assert "00-mulai-di-sini.ipynb" in listed
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(without_token, timeout=30)
        assert refused.value.code == 403
        assert url.startswith("http://127.0.0.1:")
        assert (tmp_path / "ws" / "00-mulai-di-sini.ipynb").is_file()
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert not list((tmp_path / "runtime").glob("jpserver-*.json"))


def api_urls(url: str, api_path: str) -> tuple[str, str]:
    """The server API at ``api_path``, with and without the printed URL's token.

    Works whatever page the printed address opens (``/lab``, ``/lab/tree/x``)
    and keeps a base URL the server may have (``/base/lab?token=...``).
    """
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query)
    token = [value for key, value in query if key == "token"]
    assert len(token) == 1, f"no token in {url}"
    base = parts.path.split("/lab", 1)[0]
    api = parts._replace(path=f"{base}{api_path}", fragment="")
    return (
        urllib.parse.urlunsplit(api._replace(query=urllib.parse.urlencode(query))),
        urllib.parse.urlunsplit(api._replace(query="")),
    )


@pytest.mark.parametrize(
    ("printed", "with_token", "without_token"),
    [
        (
            "http://127.0.0.1:8888/lab?token=abc",
            "http://127.0.0.1:8888/api/contents?token=abc",
            "http://127.0.0.1:8888/api/contents",
        ),
        (
            "http://127.0.0.1:8888/lab/tree/00-mulai-di-sini.ipynb?token=abc",
            "http://127.0.0.1:8888/api/contents?token=abc",
            "http://127.0.0.1:8888/api/contents",
        ),
        (
            "http://127.0.0.1:9/base/lab?reset=1&token=a%2Bb",
            "http://127.0.0.1:9/base/api/contents?reset=1&token=a%2Bb",
            "http://127.0.0.1:9/base/api/contents",
        ),
    ],
    ids=["lab", "notebook", "base-url"],
)
def test_the_api_urls_come_from_any_printed_lab_address(
    printed: str, with_token: str, without_token: str
) -> None:
    assert api_urls(printed, "/api/contents") == (with_token, without_token)


def test_an_unknown_lang_option_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--lang", "fr", "salary", "senior")

    assert code == 2
    assert out == ""
    assert "usage: careerkit" in err
    assert "fr" in err


def test_timeout_must_be_a_positive_whole_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "build", "--timeout", "default")

    assert code == 2
    assert "'default' bukan angka" in err
