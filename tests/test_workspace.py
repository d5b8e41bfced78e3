"""The learner's workspace: first copy, course updates, and nothing of theirs lost."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerkit import workspace as ws_module
from careerkit.workspace import (
    MANIFEST_NAME,
    WorkspaceError,
    course_files,
    notebooks_dir,
    prepare_workspace,
)

REPO = Path(__file__).resolve().parent.parent


def write_course(root: Path, version: str, names: tuple[str, ...]) -> Path:
    """A fake course: one small text 'notebook' per name and a data file."""
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'{{"course": "{name}", "version": "{version}"}}\n')
    return root


NAMES = ("00-mulai.ipynb", "01-a.ipynb", "02-b.ipynb", "03-c.ipynb", "data/x.csv")


@pytest.fixture
def course_v1(tmp_path: Path) -> Path:
    return write_course(tmp_path / "course-v1", "1", NAMES)


@pytest.fixture
def course_v2(tmp_path: Path) -> Path:
    return write_course(tmp_path / "course-v2", "2", NAMES)


def test_first_run_copies_every_course_file_and_records_it(
    tmp_path: Path, course_v1: Path
) -> None:
    workspace = tmp_path / "ws"

    report = prepare_workspace(workspace, source=course_v1)

    assert sorted(p.as_posix() for p in report.added) == sorted(NAMES)
    assert not (report.updated or report.restored or report.kept)
    assert not report.manifest_reset
    for name in NAMES:
        assert (workspace / name).read_bytes() == (course_v1 / name).read_bytes()
    manifest = json.loads((workspace / MANIFEST_NAME).read_text())
    assert sorted(manifest["files"]) == sorted(NAMES)


def test_a_second_run_without_an_update_changes_nothing(
    tmp_path: Path, course_v1: Path
) -> None:
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / "01-a.ipynb").write_text("my own notes")

    report = prepare_workspace(workspace, source=course_v1)

    assert not report.changed_anything
    assert (workspace / "01-a.ipynb").read_text() == "my own notes"
    assert not list(workspace.glob("*.baru*"))


def test_an_update_keeps_every_piece_of_the_learners_work(
    tmp_path: Path, course_v1: Path, course_v2: Path
) -> None:
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / "02-b.ipynb").write_text("edited by the learner")
    (workspace / "03-c.ipynb").unlink()
    (workspace / "catatan-saya.ipynb").write_text("the learner's own notebook")
    (workspace / "data" / "mine.csv").write_text("a,b\n1,2\n")

    report = prepare_workspace(workspace, source=course_v2)

    v2 = '"version": "2"'
    assert {p.as_posix() for p in report.updated} == {
        "00-mulai.ipynb",
        "01-a.ipynb",
        "data/x.csv",
    }
    assert [p.as_posix() for p in report.restored] == ["03-c.ipynb"]
    assert [(a.as_posix(), b.as_posix()) for a, b in report.kept] == [
        ("02-b.ipynb", "02-b.baru.ipynb")
    ]
    assert v2 in (workspace / "01-a.ipynb").read_text()
    assert v2 in (workspace / "03-c.ipynb").read_text()
    assert (workspace / "02-b.ipynb").read_text() == "edited by the learner"
    assert v2 in (workspace / "02-b.baru.ipynb").read_text()
    own = "the learner's own notebook"
    assert (workspace / "catatan-saya.ipynb").read_text() == own
    assert (workspace / "data" / "mine.csv").read_text() == "a,b\n1,2\n"


def test_running_again_after_an_update_writes_no_second_copy(
    tmp_path: Path, course_v1: Path, course_v2: Path
) -> None:
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / "02-b.ipynb").write_text("edited")
    prepare_workspace(workspace, source=course_v2)

    report = prepare_workspace(workspace, source=course_v2)

    assert not report.changed_anything
    assert sorted(p.name for p in workspace.glob("02-b*")) == [
        "02-b.baru.ipynb",
        "02-b.ipynb",
    ]


def test_a_file_already_named_like_the_new_version_is_never_overwritten(
    tmp_path: Path, course_v1: Path, course_v2: Path
) -> None:
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / "02-b.ipynb").write_text("edited")
    (workspace / "02-b.baru.ipynb").write_text("the learner's file of that name")

    report = prepare_workspace(workspace, source=course_v2)

    same_name = (workspace / "02-b.baru.ipynb").read_text()
    assert same_name == "the learner's file of that name"
    assert [b.as_posix() for _, b in report.kept] == ["02-b.baru-2.ipynb"]
    assert '"version": "2"' in (workspace / "02-b.baru-2.ipynb").read_text()


def test_taking_the_new_version_lets_the_next_update_through(
    tmp_path: Path, course_v1: Path, course_v2: Path
) -> None:
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / "02-b.ipynb").write_text("edited")
    prepare_workspace(workspace, source=course_v2)
    (workspace / "02-b.baru.ipynb").replace(workspace / "02-b.ipynb")
    course_v3 = write_course(tmp_path / "course-v3", "3", NAMES)

    report = prepare_workspace(workspace, source=course_v3)

    assert "02-b.ipynb" in {p.as_posix() for p in report.updated}
    assert '"version": "3"' in (workspace / "02-b.ipynb").read_text()


@pytest.mark.parametrize("damage", ["missing", "corrupt"], ids=["missing", "corrupt"])
def test_without_a_readable_manifest_existing_files_count_as_the_learners(
    tmp_path: Path, course_v1: Path, course_v2: Path, damage: str
) -> None:
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    if damage == "missing":
        (workspace / MANIFEST_NAME).unlink()
    else:
        (workspace / MANIFEST_NAME).write_text("{not json")

    report = prepare_workspace(workspace, source=course_v2)

    assert report.manifest_reset
    assert not report.updated
    assert '"version": "1"' in (workspace / "01-a.ipynb").read_text()
    assert '"version": "2"' in (workspace / "01-a.baru.ipynb").read_text()
    assert len(report.kept) == len(NAMES)


def test_a_file_in_place_of_the_workspace_folder_is_an_error(
    tmp_path: Path, course_v1: Path
) -> None:
    target = tmp_path / "ws"
    target.write_text("not a folder")

    with pytest.raises(WorkspaceError, match="bukan folder"):
        prepare_workspace(target, source=course_v1)
    assert target.read_text() == "not a folder"


def test_checkpoints_and_hidden_files_are_not_part_of_the_course(
    tmp_path: Path,
) -> None:
    course = write_course(tmp_path / "course", "1", ("00-a.ipynb",))
    (course / ".ipynb_checkpoints").mkdir()
    (course / ".ipynb_checkpoints" / "00-a-checkpoint.ipynb").write_text("x")
    (course / "__pycache__").mkdir()
    (course / "__pycache__" / "m.pyc").write_text("x")
    (course / ".hidden").write_text("x")

    assert list(course_files(course)) == ["00-a.ipynb"]


def test_the_checkout_course_is_the_repositorys_notebooks_folder() -> None:
    assert notebooks_dir() == REPO / "notebooks"


# --- notebooks: opening or running one is not editing it ---------------------------


def notebook_bytes(*sources: str, outputs: bool = False) -> bytes:
    """A small nbformat 4 notebook as the course ships it (one space indent)."""
    cells = []
    for number, source in enumerate(sources):
        if source.startswith("#"):
            cells.append({"cell_type": "markdown", "metadata": {}, "source": source})
            continue
        cells.append(
            {
                "cell_type": "code",
                "execution_count": number if outputs else None,
                "metadata": {},
                "outputs": (
                    [{"name": "stdout", "output_type": "stream", "text": f"{number}\n"}]
                    if outputs
                    else []
                ),
                "source": source.splitlines(keepends=True),
            }
        )
    doc = {
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()


def write_notebook_course(root: Path, *sources: str, outputs: bool = False) -> Path:
    root.mkdir(parents=True)
    (root / "00-mulai.ipynb").write_bytes(notebook_bytes(*sources, outputs=outputs))
    (root / "01-a.ipynb").write_bytes(notebook_bytes("# Bab satu", "x = 1"))
    return root


V1 = ("# Mulai", "print('halo')\nx = 1", "# Poin kunci")
V2 = ("# Mulai", "print('halo, versi dua')\nx = 2", "# Poin kunci")


def jupyterlab_save(path: Path, *, edit: str | None = None) -> None:
    """Do to ``path`` what opening it, running every cell and saving does.

    JupyterLab adds ``language_info``, cell ids and execution metadata, writes
    outputs and execution counts, and re-dumps the JSON its own way.  With
    ``edit``, the learner also typed ``edit`` into the first code cell.
    """
    doc = json.loads(path.read_text())
    doc["metadata"]["language_info"] = {"name": "python", "version": "3.11.7"}
    doc["metadata"]["kernelspec"]["language"] = "python"
    count = 0
    for number, cell in enumerate(doc["cells"]):
        cell["id"] = f"cell-{number}"
        cell["metadata"]["trusted"] = True
        if cell["cell_type"] != "code":
            continue
        count += 1
        cell["execution_count"] = count
        cell["outputs"] = [
            {"name": "stdout", "output_type": "stream", "text": ["halo\n"]}
        ]
        if edit is not None and count == 1:
            cell["source"] = "".join(cell["source"]) + f"\n{edit}"
            edit = None
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False))


def test_a_notebook_opened_and_run_in_jupyterlab_is_still_replaced_by_an_update(
    tmp_path: Path,
) -> None:
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    v2 = write_notebook_course(tmp_path / "v2", *V2)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    jupyterlab_save(workspace / "00-mulai.ipynb")

    report = prepare_workspace(workspace, source=v2)

    assert [p.as_posix() for p in report.updated] == ["00-mulai.ipynb"]
    assert not report.kept
    assert (workspace / "00-mulai.ipynb").read_bytes() == (
        v2 / "00-mulai.ipynb"
    ).read_bytes()
    assert not list(workspace.glob("*.baru*"))


def test_a_notebook_with_an_edited_cell_is_kept_and_the_update_written_beside(
    tmp_path: Path,
) -> None:
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    v2 = write_notebook_course(tmp_path / "v2", *V2)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    jupyterlab_save(workspace / "00-mulai.ipynb", edit="jawaban_saya = 42")

    report = prepare_workspace(workspace, source=v2)

    assert [(a.as_posix(), b.as_posix()) for a, b in report.kept] == [
        ("00-mulai.ipynb", "00-mulai.baru.ipynb")
    ]
    assert "jawaban_saya = 42" in (workspace / "00-mulai.ipynb").read_text()
    assert (workspace / "00-mulai.baru.ipynb").read_bytes() == (
        v2 / "00-mulai.ipynb"
    ).read_bytes()


def test_a_course_update_of_outputs_only_leaves_an_edited_notebook_alone(
    tmp_path: Path,
) -> None:
    """Same cells, new outputs: the learner's code gives them when run again."""
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    v2 = write_notebook_course(tmp_path / "v2", *V1, outputs=True)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    jupyterlab_save(workspace / "00-mulai.ipynb", edit="jawaban_saya = 42")

    report = prepare_workspace(workspace, source=v2)

    assert not report.changed_anything
    assert "jawaban_saya = 42" in (workspace / "00-mulai.ipynb").read_text()
    assert not list(workspace.glob("*.baru*"))


def test_the_manifest_records_what_each_notebook_was_made_of(tmp_path: Path) -> None:
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    workspace = tmp_path / "ws"

    prepare_workspace(workspace, source=v1)

    doc = json.loads((workspace / MANIFEST_NAME).read_text())
    entry = doc["files"]["00-mulai.ipynb"]
    raw = (v1 / "00-mulai.ipynb").read_bytes()
    assert doc["format"] == 2
    assert entry["sha256"] == hashlib.sha256(raw).hexdigest()
    assert entry["fingerprint"].startswith("cells-v1:")
    assert entry["fingerprint"] != "cells-v1:" + entry["sha256"]


def write_old_manifest(workspace: Path, source: Path) -> None:
    """The manifest careerkit wrote before notebook fingerprints (format 1)."""
    files = {
        name: hashlib.sha256(path.read_bytes()).hexdigest()
        for name, path in course_files(source).items()
    }
    doc = {"format": 1, "careerkit": "0.1.0", "files": files}
    (workspace / MANIFEST_NAME).write_text(json.dumps(doc, indent=1))


def test_an_old_manifest_still_lets_untouched_notebooks_update(
    tmp_path: Path,
) -> None:
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    v2 = write_notebook_course(tmp_path / "v2", *V2)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    write_old_manifest(workspace, v1)

    report = prepare_workspace(workspace, source=v2)

    assert not report.manifest_reset
    assert [p.as_posix() for p in report.updated] == ["00-mulai.ipynb"]
    assert json.loads((workspace / MANIFEST_NAME).read_text())["format"] == 2


def test_an_old_manifest_cannot_vouch_for_an_opened_notebook_so_it_is_kept(
    tmp_path: Path,
) -> None:
    """Format 1 recorded only the raw hash: an opened notebook may hold edits."""
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    v2 = write_notebook_course(tmp_path / "v2", *V2)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    write_old_manifest(workspace, v1)
    jupyterlab_save(workspace / "00-mulai.ipynb")

    report = prepare_workspace(workspace, source=v2)

    assert [b.as_posix() for _, b in report.kept] == ["00-mulai.baru.ipynb"]
    assert "language_info" in (workspace / "00-mulai.ipynb").read_text()


def test_an_old_manifest_is_upgraded_while_the_course_stays_the_same(
    tmp_path: Path,
) -> None:
    """After one run on the same course, opening a notebook no longer blocks updates."""
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    v2 = write_notebook_course(tmp_path / "v2", *V2)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    write_old_manifest(workspace, v1)
    prepare_workspace(workspace, source=v1)
    jupyterlab_save(workspace / "00-mulai.ipynb")

    report = prepare_workspace(workspace, source=v2)

    assert [p.as_posix() for p in report.updated] == ["00-mulai.ipynb"]
    assert not report.kept


def test_without_a_manifest_a_notebook_matching_the_course_cells_gets_no_copy(
    tmp_path: Path,
) -> None:
    v1 = write_notebook_course(tmp_path / "v1", *V1)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=v1)
    jupyterlab_save(workspace / "00-mulai.ipynb")
    (workspace / MANIFEST_NAME).unlink()

    report = prepare_workspace(workspace, source=v1)

    assert report.manifest_reset
    assert not report.kept
    assert not list(workspace.glob("*.baru*"))
    assert "language_info" in (workspace / "00-mulai.ipynb").read_text()


# --- the manifest, file modes, two runs at once -------------------------------------


def test_an_up_to_date_workspace_is_not_written_to(
    tmp_path: Path, course_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only class folder that needs nothing must still open."""
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    written: list[Path] = []
    monkeypatch.setattr(ws_module, "write_atomic", lambda p, c: written.append(p))

    report = prepare_workspace(workspace, source=course_v1)

    assert not report.changed_anything
    assert written == []


def test_a_read_only_up_to_date_workspace_still_opens(
    tmp_path: Path, course_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-only as root cannot be made with chmod; refuse every write instead."""
    import errno

    from filelock import FileLock

    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / f"{MANIFEST_NAME}.lock").unlink(missing_ok=True)

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    def refuse_write(path: Path, content: bytes) -> None:
        raise WorkspaceError(f"cannot write {path}")

    monkeypatch.setattr(FileLock, "acquire", read_only)
    monkeypatch.setattr(ws_module, "write_atomic", refuse_write)
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)

    report = prepare_workspace(workspace, source=course_v1)

    assert not report.changed_anything


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("mask", [0o022, 0o002], ids=["022", "002"])
def test_workspace_files_get_the_usual_permissions(
    tmp_path: Path, course_v1: Path, course_v2: Path, mask: int
) -> None:
    os.umask(mask)
    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    (workspace / "02-b.ipynb").write_text("edited")
    prepare_workspace(workspace, source=course_v2)  # updates and a .baru copy

    expected = 0o666 & ~mask
    for name in (*NAMES, "02-b.baru.ipynb", MANIFEST_NAME):
        mode = stat.S_IMODE((workspace / name).stat().st_mode)
        assert mode == expected, f"{name}: {oct(mode)}"


def test_two_runs_at_once_on_one_folder_do_not_trip_over_each_other(
    tmp_path: Path, course_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second run waits for the first instead of finding half a workspace."""
    workspace = tmp_path / "ws"
    first_started, release_first = threading.Event(), threading.Event()
    real_sync = ws_module._sync_file

    def slow_first_run(*args: object, **kwargs: object) -> None:
        real_sync(*args, **kwargs)
        if threading.current_thread().name == "first" and not first_started.is_set():
            first_started.set()
            release_first.wait(timeout=30)

    monkeypatch.setattr(ws_module, "_sync_file", slow_first_run)
    reports: dict[str, object] = {}

    def run(name: str) -> None:
        reports[name] = prepare_workspace(workspace, source=course_v1)

    first = threading.Thread(target=run, args=("first",), name="first")
    second = threading.Thread(target=run, args=("second",), name="second")
    first.start()
    assert first_started.wait(timeout=30)
    second.start()
    second.join(timeout=2)  # without a lock it finishes here, mid-way through
    release_first.set()
    first.join(timeout=30)
    second.join(timeout=30)

    assert not reports["first"].manifest_reset
    assert not reports["second"].manifest_reset
    assert not reports["second"].changed_anything
    assert not list(workspace.glob("*.baru*"))


def test_a_folder_held_by_another_run_is_a_clear_error(
    tmp_path: Path, course_v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    workspace = tmp_path / "ws"
    prepare_workspace(workspace, source=course_v1)
    monkeypatch.setattr(ws_module, "LOCK_TIMEOUT", 0.2)

    busy = pytest.raises(WorkspaceError, match="sedang dipakai oleh careerkit lab")
    with FileLock(workspace / f"{MANIFEST_NAME}.lock"), busy:
        prepare_workspace(workspace, source=course_v1)


def test_workspace_errors_follow_the_language_setting(
    tmp_path: Path, course_v1: Path
) -> None:
    from careerkit import i18n

    target = tmp_path / "ws"
    target.write_text("not a folder")
    i18n.set_language("en")

    with pytest.raises(WorkspaceError, match="is a file, not a folder"):
        prepare_workspace(target, source=course_v1)


# --- the student edition: no answers in the workspace -------------------------------


def _checker_lines(notebook: Path) -> list[str]:
    """The first line of every ``checker`` cell of a course notebook."""
    doc = json.loads(notebook.read_text(encoding="utf-8"))
    return [
        "".join(cell["source"]).splitlines()[0]
        for cell in doc["cells"]
        if "checker" in cell.get("metadata", {}).get("tags", [])
    ]


def _quiz_answer_texts(bank: Path) -> list[str]:
    """Explanations and option feedback of a quiz bank (what its answers reveal)."""
    import html

    doc = json.loads(bank.read_text(encoding="utf-8"))
    found = []
    for question in doc["questions"]:
        texts = [question["explanation"]]
        texts += [o["feedback"] for o in question.get("options", []) if "feedback" in o]
        found += [html.escape(text["id"]) for text in texts]
    return found


def test_the_student_workspace_holds_no_answers_solutions_or_checker_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nbformat

    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    workspace = tmp_path / "ws"

    prepare_workspace(workspace)

    course = notebooks_dir()
    notebooks = sorted(course.glob("*.ipynb"))
    assert len(notebooks) == 11
    for original in notebooks:
        written = workspace / original.name
        text = written.read_text(encoding="utf-8")
        nbformat.validate(nbformat.reads(text, as_version=4))
        assert "Jawaban:" not in text, original.name
        assert "Lihat solusi" not in text, original.name
        assert "<details" not in text, original.name
        for line in _checker_lines(original):
            assert line not in text, (original.name, line)
        bank = REPO / "data" / "quiz" / f"{original.stem}.json"
        for answer in _quiz_answer_texts(bank):
            assert answer not in text, (original.name, answer)
        assert "careerkit-quiz-static" in text  # the questions are still shown
    final = (workspace / "10-kuis-akhir.ipynb").read_text(encoding="utf-8")
    assert "Apa tanggung jawab utama seorang backend developer?" in final


def student_course(root: Path, version: str) -> Path:
    """A one-notebook course with a quiz output, a folded solution and a checker."""
    quiz_html = (
        '<div class="careerkit-quiz-static tex2jax_ignore" lang="id">\n'
        "<ol><li><p>Soal satu?</p>\n"
        "<details><summary>Lihat jawaban dan penjelasan</summary>\n"
        "<p><strong>Jawaban:</strong> b) rahasia</p></details>\n"
        "</li></ol></div>"
    )
    doc = json.loads(notebook_bytes("# Mulai", f"x = {version}"))
    doc["cells"][1]["outputs"] = [
        {
            "data": {"text/html": quiz_html, "text/plain": "Kuis: Soal satu?"},
            "metadata": {},
            "output_type": "display_data",
        }
    ]
    doc["cells"] += [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": "<details><summary>Lihat solusi</summary>\n\nx = 42\n</details>",
        },
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {"tags": ["checker"]},
            "outputs": [],
            "source": "harapan = 42\nprint(jawaban == harapan)",
        },
    ]
    root.mkdir(parents=True)
    (root / "00-mulai.ipynb").write_text(json.dumps(doc, indent=1))
    return root


def test_a_student_copy_is_what_the_manifest_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerkit._ws_store import Shipped

    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    workspace = tmp_path / "ws"

    prepare_workspace(workspace, source=student_course(tmp_path / "v1", "1"))

    written = (workspace / "00-mulai.ipynb").read_bytes()
    text = written.decode("utf-8")
    assert "rahasia" not in text and "Jawaban:" not in text
    assert "x = 42" not in text and "harapan = 42" not in text
    assert "Soal satu?" in text
    recorded = json.loads((workspace / MANIFEST_NAME).read_text())["files"]
    shipped = Shipped.of("00-mulai.ipynb", written)
    assert recorded["00-mulai.ipynb"]["sha256"] == shipped.sha256
    assert recorded["00-mulai.ipynb"]["fingerprint"] == shipped.fingerprint
    assert not prepare_workspace(workspace, source=tmp_path / "v1").changed_anything


def test_a_student_workspace_still_updates_without_losing_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    v1 = student_course(tmp_path / "v1", "1")
    v2 = student_course(tmp_path / "v2", "2")
    untouched, edited = tmp_path / "untouched", tmp_path / "edited"
    for workspace in (untouched, edited):
        prepare_workspace(workspace, source=v1)
    jupyterlab_save(untouched / "00-mulai.ipynb")
    jupyterlab_save(edited / "00-mulai.ipynb", edit="y = 'mine'")

    replaced = prepare_workspace(untouched, source=v2)
    kept = prepare_workspace(edited, source=v2)

    assert [p.as_posix() for p in replaced.updated] == ["00-mulai.ipynb"]
    assert not replaced.kept and not list(untouched.glob("*.baru*"))
    assert "x = 2" in (untouched / "00-mulai.ipynb").read_text()
    assert [(a.as_posix(), b.as_posix()) for a, b in kept.kept] == [
        ("00-mulai.ipynb", "00-mulai.baru.ipynb")
    ]
    assert "y = 'mine'" in (edited / "00-mulai.ipynb").read_text()
    beside = (edited / "00-mulai.baru.ipynb").read_text()
    assert "x = 2" in beside and "rahasia" not in beside and "harapan" not in beside


def test_switching_edition_rewrites_only_notebooks_the_learner_never_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = student_course(tmp_path / "v1", "1")
    (course / "01-a.ipynb").write_bytes(course.joinpath("00-mulai.ipynb").read_bytes())
    workspace = tmp_path / "ws"
    monkeypatch.setenv("CAREERKIT_EDITION", "self-study")
    prepare_workspace(workspace, source=course)
    assert "rahasia" in (workspace / "00-mulai.ipynb").read_text()
    jupyterlab_save(workspace / "01-a.ipynb", edit="y = 'mine'")

    monkeypatch.setenv("CAREERKIT_EDITION", "student")
    report = prepare_workspace(workspace, source=course)

    assert [p.as_posix() for p in report.updated] == ["00-mulai.ipynb"]
    assert "rahasia" not in (workspace / "00-mulai.ipynb").read_text()
    assert "y = 'mine'" in (workspace / "01-a.ipynb").read_text()
    assert "rahasia" not in (workspace / "01-a.baru.ipynb").read_text()
