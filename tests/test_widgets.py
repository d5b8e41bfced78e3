"""careerkit.widgets driven from Python: values, progress file, image, display."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from html import escape
from io import BytesIO
from pathlib import Path

import ipywidgets as w
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.figure import Figure

import careerkit as ck
from careerkit import charts, progress
from careerkit.i18n import set_language
from careerkit.widgets import CHART_DPI, RoadmapChecklist, SkillAssessment

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def texts(widget: w.Widget) -> Iterator[str]:
    """Every text a learner reads in a widget tree, in display order."""
    if isinstance(widget, w.HTML | w.Label):
        yield widget.value
    elif isinstance(widget, w.Checkbox):
        yield widget.description
    elif isinstance(widget, w.ToggleButtons):
        yield from widget._options_labels
    for child in getattr(widget, "children", ()):
        yield from texts(child)


def saved(home: Path) -> dict:
    return json.loads((home / "progress.json").read_text(encoding="utf-8"))


def test_importing_careerkit_and_widgets_loads_no_ipywidgets() -> None:
    code = (
        "import sys, careerkit, careerkit.widgets; "
        "print(sorted(m for m in ('ipywidgets', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert out.stdout.strip() == "[]"


# --- skills self-assessment ---------------------------------------------------


def test_skills_has_a_rating_per_hard_skill_grouped_most_important_first(
    careerkit_home: Path,
) -> None:
    skills = ck.load("skills")
    widget = SkillAssessment()

    by_priority = skills.sort_values("priority", ascending=False, kind="stable")
    assert list(widget.buttons) == list(by_priority["skill"])
    assert all(
        b.options == (("0 Belum", 0), ("1 Dasar", 1), ("2 Cukup", 2), ("3 Mahir", 3))
        for b in widget.buttons.values()
    )
    shown = list(texts(widget.widget))
    order = [
        shown.index(f"<h4>Prioritas: {p}</h4>")
        for p in ("Wajib", "Penting", "Nice to have")
    ]
    assert order == sorted(order)
    for skill, priority in zip(skills["skill"], skills["priority"], strict=True):
        header = shown.index(f"<h4>Prioritas: {priority}</h4>")
        assert shown.index(skill) > header


def test_a_rating_is_saved_and_restored(careerkit_home: Path) -> None:
    widget = SkillAssessment()

    widget.buttons["Caching"].value = 2
    widget.buttons["Testing"].value = 3

    assert widget.error is None
    assert saved(careerkit_home)["skills"] == {"Caching": 2, "Testing": 3}
    assert "Tersimpan" in widget.status.value
    again = SkillAssessment()
    assert again.buttons["Caching"].value == 2
    assert again.buttons["Testing"].value == 3
    assert again.buttons["CI/CD"].value == 0
    assert again.ratings["Caching"] == 2


def test_the_chart_is_redrawn_in_place_in_one_figure(careerkit_home: Path) -> None:
    widget = SkillAssessment()
    figure, image = widget.figure, widget.image
    first = bytes(image.value)

    widget.buttons["Authentication"].value = 3

    assert widget.figure is figure and widget.image is image
    assert bytes(image.value).startswith(PNG_MAGIC)
    assert bytes(image.value) != first


def test_the_chart_shows_the_current_ratings(careerkit_home: Path) -> None:
    widget = SkillAssessment()
    widget.buttons["Caching"].value = 1
    widget.buttons["API Design"].value = 3

    reference = Figure(figsize=widget.figure.get_size_inches(), layout="constrained")
    charts.skill_gaps(
        widget.ratings, data=ck.load("skills"), ax=reference.add_subplot()
    )
    buffer = BytesIO()
    reference.savefig(buffer, format="png", dpi=CHART_DPI)

    assert widget.ratings["API Design"] == 3
    assert bytes(widget.image.value) == buffer.getvalue()


def test_thirty_changes_leave_at_most_one_pyplot_figure(careerkit_home: Path) -> None:
    widget = SkillAssessment()
    axes_before = len(widget.figure.axes)
    skills = list(widget.buttons)

    for step in range(30):
        widget.buttons[skills[step % len(skills)]].value = step % 4

    assert widget.error is None
    assert len(plt.get_fignums()) <= 1
    assert len(widget.figure.axes) == axes_before
    assert saved(careerkit_home)["skills"][skills[29 % len(skills)]] == 29 % 4


def test_skills_text_plain_is_a_short_stable_summary(careerkit_home: Path) -> None:
    widget = SkillAssessment()
    widget.buttons["Caching"].value = 2

    bundle = widget._repr_mimebundle_()
    text = bundle["text/plain"]

    assert text.splitlines()[0] == "Penilaian diri skill backend (0 = belum, 3 = mahir)"
    assert text.splitlines()[2] == (
        "Penting: Caching 2, Message Queue 0, Testing 0, Docker & Containers 0, "
        "Linux & CLI 0"
    )
    assert len(text.splitlines()) == 4
    assert "Box" not in text and "Widget" not in text and "0x" not in text
    assert repr(widget) == text
    assert bundle[WIDGET_VIEW]["model_id"] == widget.widget.model_id
    assert '<div class="careerkit-skills">' in bundle["text/html"]
    assert "<td>Caching</td><td>2 Cukup</td>" in bundle["text/html"]


def test_skills_root_has_its_css_class(careerkit_home: Path) -> None:
    assert "careerkit-skills" in SkillAssessment().widget._dom_classes


def test_skills_static_html_escapes_table_text(careerkit_home: Path) -> None:
    data = pd.DataFrame(
        {
            "skill": ['<script>alert("x")</script>', "Rp & $ 'kutip'"],
            "priority": pd.Categorical(
                ["Wajib", "Penting"],
                categories=["Nice to have", "Penting", "Wajib"],
                ordered=True,
            ),
            "description": ["<b>bold</b>", "plain"],
        }
    ).astype({"skill": "string", "description": "string"})

    page = SkillAssessment(data).to_html()

    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Rp &amp; $ &#x27;kutip&#x27;" in page


def test_skills_labels_follow_the_language(careerkit_home: Path) -> None:
    set_language("en")
    widget = SkillAssessment()

    shown = list(texts(widget.widget))
    assert "<h3>Backend skills self-assessment</h3>" in shown
    assert "<h4>Priority: Wajib</h4>" in shown
    assert "3 Strong" in shown
    assert repr(widget).startswith("Backend skills self-assessment (0 = not yet")


def test_a_failing_save_is_shown_inside_the_skills_widget(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = SkillAssessment()

    def broken(change: object, path: object = None) -> dict:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(progress, "update_progress", broken)
        widget.buttons["Caching"].value = 3

    assert isinstance(widget.error, OSError)
    assert 'class="careerkit-error"' in widget.status.value
    assert "disk full" in widget.status.value
    assert "galat pada perubahan terakhir" in widget.status.value

    widget.buttons["Caching"].value = 1  # the next change works and clears it
    assert widget.error is None
    assert saved(careerkit_home)["skills"] == {"Caching": 1}


@pytest.mark.parametrize("kind", [SkillAssessment, RoadmapChecklist])
def test_a_corrupt_progress_file_is_reported_in_the_status_line_not_on_stderr(
    careerkit_home: Path, capfd: pytest.CaptureFixture[str], kind: type
) -> None:
    careerkit_home.mkdir(parents=True)
    (careerkit_home / "progress.json").write_text("{broken", encoding="utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning escaping the widget fails here
        widget = kind()

    aside = list(careerkit_home.glob("progress.json.corrupt-*"))
    assert len(aside) == 1
    status = widget.status.value
    assert "⚠" in status and "Perhatian" in status
    assert "tidak bisa dibaca" in status and aside[0].name in status
    assert isinstance(widget.last_warning, progress.ProgressWarning)
    assert capfd.readouterr() == ("", "")


def test_a_file_broken_while_the_widget_is_open_is_reported_on_the_next_change(
    careerkit_home: Path,
) -> None:
    widget = SkillAssessment()
    widget.buttons["Caching"].value = 1
    assert "Perhatian" not in widget.status.value
    (careerkit_home / "progress.json").write_text("{broken", encoding="utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        widget.buttons["Testing"].value = 2

    assert saved(careerkit_home)["skills"] == {"Testing": 2}  # a fresh file
    assert "✓ Tersimpan." in widget.status.value
    assert "Perhatian" in widget.status.value and "corrupt-" in widget.status.value
    assert widget.error is None
    assert isinstance(widget.last_warning, progress.ProgressWarning)


# --- roadmap checklist --------------------------------------------------------


def phase_titles() -> list[str]:
    roadmap = ck.load("roadmap")
    months = roadmap.groupby("phase", observed=True).agg(
        start=("month_start", "min"), end=("month_end", "max")
    )
    return [f"Bulan {r.start}–{r.end}: {phase}" for phase, r in months.iterrows()]


def test_roadmap_has_a_checkbox_per_topic_grouped_by_phase(
    careerkit_home: Path,
) -> None:
    roadmap = ck.load("roadmap")
    widget = RoadmapChecklist()

    assert list(widget.checkboxes) == list(roadmap["topic"])
    assert not any(box.value for box in widget.checkboxes.values())
    shown = list(texts(widget.widget))
    headers = [shown.index(f"<h4>{escape(title)}</h4>") for title in phase_titles()]
    assert headers == sorted(headers)
    assert phase_titles()[0] == "Bulan 1–2: Fundamental"
    assert [bar.max for bar in widget.bars.values()] == (
        roadmap.groupby("phase", observed=True).size().tolist()
    )
    assert "careerkit-roadmap" in widget.widget._dom_classes


def test_ticking_saves_updates_the_bar_and_restores(careerkit_home: Path) -> None:
    widget = RoadmapChecklist()

    widget.checkboxes["Git & GitHub basics"].value = True
    widget.checkboxes["Docker basics"].value = True

    assert widget.error is None
    assert saved(careerkit_home)["roadmap"]["done"] == [
        "Docker basics",
        "Git & GitHub basics",
    ]
    assert widget.bars["Fundamental"].value == 1
    assert widget.counts["Fundamental"].value == "1/4 topik"
    assert widget.bars["Advanced"].value == 0

    again = RoadmapChecklist()
    assert again.done == {"Docker basics", "Git & GitHub basics"}
    assert again.bars["Framework & Tools"].value == 1
    assert again.counts["Framework & Tools"].value == "1/5 topik"


def test_unticking_removes_the_topic(careerkit_home: Path) -> None:
    widget = RoadmapChecklist()
    box = widget.checkboxes["Redis caching"]

    box.value = True
    box.value = False

    assert saved(careerkit_home)["roadmap"]["done"] == []
    assert widget.bars["Framework & Tools"].value == 0


def test_two_open_checklists_do_not_undo_each_other(careerkit_home: Path) -> None:
    first, second = RoadmapChecklist(), RoadmapChecklist()

    first.checkboxes["CI/CD pipeline"].value = True
    second.checkboxes["Apply kerja / freelance"].value = True

    assert progress.roadmap_done() == {"CI/CD pipeline", "Apply kerja / freelance"}


def test_roadmap_text_plain_is_a_short_stable_summary(careerkit_home: Path) -> None:
    widget = RoadmapChecklist()
    widget.checkboxes["Command line / terminal"].value = True

    bundle = widget._repr_mimebundle_()

    assert bundle["text/plain"].splitlines() == [
        "Checklist roadmap: 1 dari 24 topik selesai",
        "Bulan 1–2: Fundamental: 1/4",
        "Bulan 3–4: Database & API: 0/5",
        "Bulan 5–6: Framework & Tools: 0/5",
        "Bulan 7–8: Advanced: 0/5",
        "Bulan 9–10: Portofolio & Job Hunting: 0/5",
    ]
    assert bundle[WIDGET_VIEW]["model_id"] == widget.widget.model_id
    page = bundle["text/html"]
    assert '<div class="careerkit-roadmap">' in page
    assert "<li>☑ Command line / terminal <em>(selesai)</em></li>" in page
    assert "<li>☐ Git &amp; GitHub basics <em>(belum)</em></li>" in page
    assert '<progress value="1" max="4"></progress>' in page


def test_roadmap_static_html_escapes_topics(careerkit_home: Path) -> None:
    data = pd.DataFrame(
        {
            "phase": ["<i>Fase</i>"],
            "month_start": [1],
            "month_end": [2],
            "step": [1],
            "topic": ["<img src=x onerror=alert(1)> & 'quotes'"],
        }
    )

    widget = RoadmapChecklist(data)
    page = widget.to_html()

    assert "<img" not in page and "<i>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &#x27;quotes&#x27;" in page
    assert "<h4>Bulan 1–2: &lt;i&gt;Fase&lt;/i&gt; (0/1 topik)</h4>" in page
    assert "<h4>Bulan 1–2: &lt;i&gt;Fase&lt;/i&gt;</h4>" in list(texts(widget.widget))


def test_roadmap_labels_follow_the_language(careerkit_home: Path) -> None:
    set_language("en")
    widget = RoadmapChecklist()

    shown = list(texts(widget.widget))
    assert "<h3>Learning roadmap checklist</h3>" in shown
    assert "<h4>Months 1–2: Fundamental</h4>" in shown
    assert widget.counts["Fundamental"].value == "0/4 topics"
    assert repr(widget).startswith("Roadmap checklist: 0 of 24 topics done")


def test_a_failing_save_is_shown_inside_the_roadmap_widget(
    careerkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = RoadmapChecklist()

    def broken(change: object, path: object = None) -> dict:
        raise progress.ProgressLockError("could not lock progress.json")

    with monkeypatch.context() as patch:
        patch.setattr(progress, "update_progress", broken)
        widget.checkboxes["Microservices architecture"].value = True

    assert isinstance(widget.error, progress.ProgressLockError)
    assert 'role="alert"' in widget.status.value
    assert "could not lock progress.json" in widget.status.value
    assert not (careerkit_home / "progress.json").exists()
