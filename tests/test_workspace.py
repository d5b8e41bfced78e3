"""The learner's workspace: first copy, course updates, and nothing of theirs lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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

    with pytest.raises(WorkspaceError, match="not a folder"):
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
