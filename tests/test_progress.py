"""careerkit.progress: atomic, locked, corruption-safe learner progress."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import warnings
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from filelock import FileLock

from careerkit import progress
from careerkit.progress import ProgressError, ProgressWarning

ASIDE_NAME = re.compile(r"^progress\.json\.corrupt-\d{8}T\d{6}(-\d+)?$")


def aside_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("progress.json.corrupt-*"))


def leftovers(directory: Path) -> list[str]:
    """Files other than the progress file, its lock and moved-aside copies."""
    keep = {"progress.json", "progress.json.lock"}
    return sorted(
        name
        for name in os.listdir(directory)
        if name not in keep and not name.startswith("progress.json.corrupt-")
    )


# --- location -----------------------------------------------------------------


def test_progress_file_lives_in_careerkit_home(careerkit_home: Path) -> None:
    assert progress.progress_file() == careerkit_home / "progress.json"


def test_loading_a_missing_file_gives_a_fresh_doc_and_creates_nothing(
    careerkit_home: Path,
) -> None:
    doc = progress.load_progress()

    assert doc == {"version": 1, "quiz": {}, "skills": {}, "roadmap": {"done": []}}
    assert not careerkit_home.exists()


def test_first_write_creates_the_directory_in_careerkit_home(
    careerkit_home: Path,
) -> None:
    progress.record_answer("02-skill", "q1", "a", True)

    saved = json.loads((careerkit_home / "progress.json").read_text("utf-8"))
    assert saved["quiz"]["02-skill"]["q1"]["last_answer"] == "a"
    assert leftovers(careerkit_home) == []


def test_an_explicit_path_wins_over_careerkit_home(
    careerkit_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "mine.json"

    progress.record_answer("02-skill", "q1", "a", True, path=target)

    assert target.exists()
    assert not careerkit_home.exists()
    assert progress.load_progress(target)["quiz"]["02-skill"]["q1"]["correct"] is True


# --- records ------------------------------------------------------------------


def test_a_record_counts_attempts_and_keeps_the_first_try(careerkit_home: Path) -> None:
    first = progress.record_answer("10-kuis-akhir", "q1", "a", False)
    second = progress.record_answer("10-kuis-akhir", "q1", "b", True)

    assert first["attempts"] == 1
    assert first["first_try_correct"] is False
    assert second == {
        "attempts": 2,
        "first_try_correct": False,
        "correct": True,
        "last_answer": "b",
        "time": second["time"],
    }
    saved = progress.load_progress()["quiz"]["10-kuis-akhir"]["q1"]
    assert saved == second


def test_record_time_is_iso_8601_utc(careerkit_home: Path) -> None:
    record = progress.record_answer("02-skill", "q1", 3, True)

    stamp = datetime.fromisoformat(record["time"])
    assert stamp.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("answer", "stored"),
    [
        ({"c", "a"}, ["a", "c"]),
        (("a", "b"), ["a", "b"]),
        (12.5, 12.5),
        ("Rp 6–12 juta", "Rp 6–12 juta"),
        (None, None),
    ],
    ids=["set-sorted", "tuple", "number", "unicode-text", "none"],
)
def test_answers_are_stored_as_plain_json(
    careerkit_home: Path, answer: object, stored: object
) -> None:
    progress.record_answer("08-gaji-dan-pasar-kerja", "q", answer, False)

    saved = json.loads(progress.progress_file().read_text("utf-8"))
    assert saved["quiz"]["08-gaji-dan-pasar-kerja"]["q"]["last_answer"] == stored


# --- atomicity ----------------------------------------------------------------


def test_a_crash_during_replace_keeps_the_old_file_and_no_temp_file(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    progress.record_answer("02-skill", "q1", "a", True)
    path = progress.progress_file()
    before = path.read_bytes()

    seen: dict[str, object] = {}

    def crash(src: object, dst: object) -> None:
        # At the moment of the rename the new document is complete beside the
        # old one, and the old file has not been touched.
        seen["temp_dir"] = Path(src).parent
        seen["temp_doc"] = json.loads(Path(src).read_text("utf-8"))
        seen["target_then"] = Path(dst).read_bytes()
        raise OSError("simulated power cut during rename")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", crash)
        with pytest.raises(OSError, match="simulated power cut"):
            progress.record_answer("02-skill", "q2", "b", False)

    assert seen["temp_dir"] == path.parent
    assert set(seen["temp_doc"]["quiz"]["02-skill"]) == {"q1", "q2"}
    assert seen["target_then"] == before
    assert path.read_bytes() == before
    assert leftovers(careerkit_home) == []
    assert set(progress.load_progress()["quiz"]["02-skill"]) == {"q1"}


def test_the_temp_file_is_fsynced_before_it_replaces_the_old_one(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        calls.append("replace")
        real_replace(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        patch.setattr(os, "replace", replace)
        progress.record_answer("02-skill", "q1", "a", True)

    assert calls[:2] == ["fsync", "replace"]


def test_a_crash_during_fsync_keeps_the_old_file_and_no_temp_file(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    progress.save_skill_ratings({"Git": 1})
    before = progress.progress_file().read_bytes()

    def crash(fd: int) -> None:
        raise OSError("simulated disk full")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", crash)
        with pytest.raises(OSError, match="disk full"):
            progress.save_skill_ratings({"Git": 3})

    assert progress.progress_file().read_bytes() == before
    assert leftovers(careerkit_home) == []


def test_a_change_that_raises_writes_nothing(careerkit_home: Path) -> None:
    progress.save_roadmap_done(["HTTP"])
    before = progress.progress_file().read_bytes()

    def change(doc: dict) -> None:
        doc["roadmap"]["done"].append("Git")
        raise RuntimeError("learner code failed")

    with pytest.raises(RuntimeError, match="learner code failed"):
        progress.update_progress(change)

    assert progress.progress_file().read_bytes() == before


def test_a_change_that_breaks_the_shape_is_refused(careerkit_home: Path) -> None:
    progress.save_skill_ratings({"Git": 2})
    before = progress.progress_file().read_bytes()

    def change(doc: dict) -> None:
        doc["skills"]["Git"] = "expert"

    with pytest.raises(ProgressError, match="'Git'") as caught:
        progress.update_progress(change)

    assert isinstance(caught.value, ValueError)
    assert str(progress.progress_file()) in str(caught.value)
    assert progress.progress_file().read_bytes() == before


def test_update_progress_returns_the_saved_document(careerkit_home: Path) -> None:
    doc = progress.update_progress(lambda d: d["skills"].update({"SQL": 3}))

    assert doc["skills"] == {"SQL": 3}
    assert progress.load_progress() == doc


def test_a_held_lock_times_out_with_a_named_error(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    careerkit_home.mkdir(parents=True)
    path = progress.progress_file()
    monkeypatch.setattr(progress, "LOCK_TIMEOUT", 0.2)

    with (
        FileLock(str(path) + ".lock"),
        pytest.raises(progress.ProgressLockError, match=re.escape(str(path))) as exc,
    ):
        progress.record_answer("02-skill", "q1", "a", True)

    assert isinstance(exc.value, TimeoutError)
    assert not path.exists()


# --- concurrency --------------------------------------------------------------

WORKER = textwrap.dedent(
    """
    import sys
    from careerkit.progress import record_answer

    name = sys.argv[1]
    sys.stdin.readline()  # wait until both workers are running
    for i in range(200):
        record_answer("concurrency", f"{name}-{i:03d}", i, i % 2 == 0)
    """
)


def test_two_processes_recording_200_answers_each_lose_nothing(
    careerkit_home: Path,
) -> None:
    env = {**os.environ, "CAREERKIT_HOME": str(careerkit_home)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, name],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for name in ("a", "b")
    ]
    for worker in workers:  # both are started; now let them go together
        worker.stdin.write("go\n")
        worker.stdin.flush()
    errors = [worker.communicate(timeout=600)[1] for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0], errors
    records = progress.load_progress()["quiz"]["concurrency"]
    assert len(records) == 400
    assert {qid[0] for qid in records} == {"a", "b"}
    assert all(record["attempts"] == 1 for record in records.values())
    assert records["b-199"]["last_answer"] == 199
    assert leftovers(careerkit_home) == []
    assert aside_files(careerkit_home) == []


# --- corruption ---------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 1, "quiz": {',
        b"not json at all",
        b"\xff\xfe\x00garbage",
        b"",
    ],
    ids=["truncated", "text", "binary", "empty"],
)
def test_a_file_that_does_not_parse_is_moved_aside_and_reported(
    careerkit_home: Path, content: bytes
) -> None:
    careerkit_home.mkdir(parents=True)
    path = careerkit_home / "progress.json"
    path.write_bytes(content)

    with pytest.warns(ProgressWarning) as caught:
        doc = progress.load_progress()

    assert doc == progress.new_document()
    moved = aside_files(careerkit_home)
    assert len(moved) == 1
    assert ASIDE_NAME.match(moved[0].name)
    assert moved[0].read_bytes() == content
    assert not path.exists()
    message = str(caught[0].message)
    assert str(path) in message
    assert str(moved[0]) in message
    assert caught[0].filename == __file__  # points at the caller, not the library


def test_a_corrupt_file_found_while_recording_is_kept_and_the_answer_saved(
    careerkit_home: Path,
) -> None:
    careerkit_home.mkdir(parents=True)
    path = careerkit_home / "progress.json"
    path.write_text("{oops", encoding="utf-8")

    with pytest.warns(ProgressWarning, match=re.escape("progress.json.corrupt-")):
        progress.record_answer("02-skill", "q1", "a", True)

    assert aside_files(careerkit_home)[0].read_text("utf-8") == "{oops"
    assert set(progress.load_progress()["quiz"]["02-skill"]) == {"q1"}


def test_two_corruptions_in_the_same_second_keep_both_copies(
    careerkit_home: Path,
) -> None:
    careerkit_home.mkdir(parents=True)
    path = careerkit_home / "progress.json"
    for content in ("first{", "second{"):
        path.write_text(content, encoding="utf-8")
        with pytest.warns(ProgressWarning):
            progress.load_progress()

    kept = sorted(p.read_text("utf-8") for p in aside_files(careerkit_home))
    assert kept == ["first{", "second{"]


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ([1, 2, 3], "top level"),
        ({"version": 2, "quiz": {}}, "version"),
        ({"version": 1, "quiz": []}, "'quiz'"),
        ({"version": 1, "quiz": {"s": {"q": {"attempts": "x"}}}}, "attempts"),
        ({"version": 1, "skills": {"Git": 9}}, "'Git'"),
        ({"version": 1, "roadmap": {"done": "HTTP"}}, "'roadmap'"),
        ({"version": 1, "roadmap": {"done": [1]}}, "roadmap.done"),
    ],
    ids=["list", "newer-version", "quiz-list", "bad-record", "rating", "done", "item"],
)
def test_json_of_the_wrong_shape_is_moved_aside_and_reported(
    careerkit_home: Path, doc: object, reason: str
) -> None:
    careerkit_home.mkdir(parents=True)
    text = json.dumps(doc)
    (careerkit_home / "progress.json").write_text(text, encoding="utf-8")

    with pytest.warns(ProgressWarning, match=re.escape(reason)):
        loaded = progress.load_progress()

    assert loaded == progress.new_document()
    assert [p.read_text("utf-8") for p in aside_files(careerkit_home)] == [text]


def test_a_file_saved_with_a_byte_order_mark_is_read_not_moved_aside(
    careerkit_home: Path,
) -> None:
    """Notepad on Windows saves "UTF-8" with a BOM; that file is not corrupt."""
    careerkit_home.mkdir(parents=True)
    path = careerkit_home / "progress.json"
    doc = progress.new_document()
    doc["skills"] = {"Caching": 2}
    doc["roadmap"]["done"] = ["Caching dengan Redis"]
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode())

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = progress.load_progress()
        progress.record_answer("02-skill", "q1", "a", True)

    assert loaded == doc
    assert aside_files(careerkit_home) == []
    assert progress.skill_ratings() == {"Caching": 2}
    assert set(progress.load_progress()["quiz"]["02-skill"]) == {"q1"}


def test_a_document_missing_optional_parts_loads_without_warning(
    careerkit_home: Path,
) -> None:
    careerkit_home.mkdir(parents=True)
    (careerkit_home / "progress.json").write_text('{"version": 1}', "utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = progress.load_progress()

    assert doc == progress.new_document()
    assert aside_files(careerkit_home) == []


def test_the_warning_is_in_the_chosen_language(careerkit_home: Path) -> None:
    careerkit_home.mkdir(parents=True)
    (careerkit_home / "progress.json").write_text("{", "utf-8")
    from careerkit import i18n

    i18n.set_language("en")
    with pytest.warns(ProgressWarning, match="could not be read"):
        progress.load_progress()


# --- summary ------------------------------------------------------------------


def test_summary_counts_answered_and_correct_per_section(careerkit_home: Path) -> None:
    progress.record_answer("02-skill", "q1", "a", True)
    progress.record_answer("02-skill", "q2", "b", False)
    progress.record_answer("02-skill", "q3", "c", False)
    progress.record_answer("02-skill", "q3", "a", True)  # right on the second try
    for _ in range(3):  # retrying a right answer does not raise the score
        progress.record_answer("02-skill", "q2", "a", True)
    progress.record_answer("01-apa-itu-backend", "q1", "a", True)
    progress.record_answer("01-apa-itu-backend", "q1", "b", False)  # last try wrong

    frame = progress.summary()

    columns = ["section", "answered", "correct", "first_try", "score"]
    assert list(frame.columns) == columns
    assert frame["section"].tolist() == ["01-apa-itu-backend", "02-skill"]
    assert frame["answered"].tolist() == [1, 3]
    assert frame["correct"].tolist() == [0, 3]
    assert frame["first_try"].tolist() == [1, 1]
    assert frame["score"].tolist() == pytest.approx([1.0, 1 / 3])
    assert frame.dtypes.astype(str).tolist() == [
        "string", "Int64", "Int64", "Int64", "Float64"
    ]


def test_summary_of_nothing_is_an_empty_frame_with_the_columns(
    careerkit_home: Path,
) -> None:
    frame = progress.summary()

    assert frame.empty
    columns = ["section", "answered", "correct", "first_try", "score"]
    assert list(frame.columns) == columns
    assert frame.dtypes.astype(str).tolist() == [
        "string", "Int64", "Int64", "Int64", "Float64"
    ]


def test_importing_progress_loads_no_plotting_or_widgets() -> None:
    code = (
        "import careerkit.progress, sys; "
        "print(sorted(m for m in ('matplotlib', 'ipywidgets') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert out.stdout.strip() == "[]"


# --- skills and roadmap -------------------------------------------------------


def test_skill_ratings_round_trip_and_replace(careerkit_home: Path) -> None:
    progress.save_skill_ratings({"Git": 2, "SQL": 0})
    progress.save_skill_ratings({"Git": 3})

    assert progress.skill_ratings() == {"Git": 3}


@pytest.mark.parametrize("rating", [4, -1, 1.5, float("nan"), "2", True, None])
def test_a_rating_outside_0_to_3_is_refused(careerkit_home: Path, rating) -> None:
    with pytest.raises(ProgressError, match="'Git'"):
        progress.save_skill_ratings({"Git": rating})

    assert not progress.progress_file().exists()


def test_roadmap_done_round_trips_as_a_set(careerkit_home: Path) -> None:
    progress.save_roadmap_done(["HTTP", "Git", "HTTP"])
    assert progress.roadmap_done() == {"Git", "HTTP"}

    progress.save_roadmap_done(set())
    assert progress.roadmap_done() == set()


def test_roadmap_done_refuses_a_single_string(careerkit_home: Path) -> None:
    with pytest.raises(ProgressError, match="one string"):
        progress.save_roadmap_done("HTTP")


def test_quiz_skills_and_roadmap_live_side_by_side(careerkit_home: Path) -> None:
    progress.record_answer("02-skill", "q1", "a", True)
    progress.save_skill_ratings({"Git": 1})
    progress.save_roadmap_done({"HTTP"})

    doc = progress.load_progress()
    assert set(doc["quiz"]) == {"02-skill"}
    assert doc["skills"] == {"Git": 1}
    assert doc["roadmap"]["done"] == ["HTTP"]
