"""User-facing strings: one catalogue, Indonesian first, English second.

Everything a learner reads (widget text, chart labels, CLI messages) is looked
up here with :func:`t`.  The language comes from :func:`set_language`, else from
the ``CAREERKIT_LANG`` environment variable, else Indonesian.

Each domain keeps its strings in its own block below; a test checks that every
key has both languages and the same ``{placeholders}`` in each.
"""

from __future__ import annotations

import os
from typing import Literal

__all__ = ["LANGUAGES", "MESSAGES", "Language", "get_language", "set_language", "t"]

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")

_override: Language | None = None

# --- core -----------------------------------------------------------------
_CORE: dict[str, dict[str, str]] = {
    "core.rate_note": {
        "id": "kurs {rate} IDR per USD",
        "en": "rate {rate} IDR per USD",
    },
}

# --- charts (careerkit.charts) ---------------------------------------------
_CHARTS: dict[str, dict[str, str]] = {}

# --- quiz and progress (careerkit.quiz, careerkit.progress) ----------------
_QUIZ: dict[str, dict[str, str]] = {
    "quiz.title": {"id": "Kuis: {title}", "en": "Quiz: {title}"},
    "quiz.count": {"id": "{count} pertanyaan", "en": "{count} questions"},
    "quiz.pick_one": {"id": "Pilih satu jawaban.", "en": "Choose one answer."},
    "quiz.pick_many": {
        "id": "Pilih semua jawaban yang benar.",
        "en": "Choose every right answer.",
    },
    "quiz.numeric": {
        "id": "Jawab dengan angka (satuan: {unit}).",
        "en": "Answer with a number (unit: {unit}).",
    },
    "quiz.number_box": {"id": "Jawaban ({unit})", "en": "Answer ({unit})"},
    "quiz.run_hint": {
        "id": "Jalankan notebook ini di Jupyter untuk menjawab dan memeriksa kuis.",
        "en": "Run this notebook in Jupyter to answer and check the quiz.",
    },
    "quiz.show_answer": {
        "id": "Lihat jawaban dan penjelasan",
        "en": "Show the answer and explanation",
    },
    "quiz.answer": {"id": "Jawaban", "en": "Answer"},
    "quiz.tolerance": {"id": "toleransi ± {tolerance}", "en": "tolerance ± {tolerance}"},
    "quiz.explanation": {"id": "Penjelasan", "en": "Explanation"},
    "quiz.option_feedback": {
        "id": "Umpan balik per pilihan",
        "en": "Feedback per option",
    },
    "quiz.common_mistakes": {"id": "Kesalahan umum", "en": "Common mistakes"},
    "quiz.check": {"id": "Periksa", "en": "Check"},
    "quiz.retry": {"id": "Coba lagi", "en": "Try again"},
    "quiz.correct": {"id": "Benar!", "en": "Correct!"},
    "quiz.incorrect": {"id": "Belum tepat.", "en": "Not quite."},
    "quiz.your_answer": {"id": "Jawabanmu: {answer}", "en": "Your answer: {answer}"},
    "quiz.missed": {
        "id": "{count} jawaban benar belum kamu pilih.",
        "en": "{count} right answer(s) not chosen yet.",
    },
    "quiz.need_answer": {
        "id": "Pilih jawaban dulu, lalu tekan Periksa.",
        "en": "Choose an answer first, then press Check.",
    },
    "quiz.score": {
        "id": "Skor: {correct} dari {total} benar ({checked} sudah diperiksa).",
        "en": "Score: {correct} of {total} right ({checked} checked).",
    },
    "quiz.error": {
        "id": "Terjadi kesalahan saat memeriksa: {error}",
        "en": "Something went wrong while checking: {error}",
    },
    "quiz.not_saved": {
        "id": "Jawaban tidak tersimpan ke progres: {error}",
        "en": "The answer was not saved to progress: {error}",
    },
    "quiz.unknown_bank": {
        "id": "Tidak ada bank kuis bernama '{name}'. Mungkin maksudmu '{close}'? "
        "Bank yang tersedia: {names}.",
        "en": "There is no quiz bank named '{name}'. Did you mean '{close}'? "
        "Available banks: {names}.",
    },
}

# --- learner widgets (careerkit.widgets) -----------------------------------
_WIDGETS: dict[str, dict[str, str]] = {
    # careerkit.progress warnings live here too (same owner).
    "progress.corrupt": {
        "id": (
            "File progres {path} tidak bisa dibaca: {reason}. "
            "Isinya disimpan utuh di {aside} dan progres dimulai dari awal. "
            "Perbaiki atau salin kembali file itu jika ingin memulihkan progres lama."
        ),
        "en": (
            "The progress file {path} could not be read: {reason}. "
            "Its content was kept intact in {aside} and progress starts afresh. "
            "Repair or copy that file back to restore the old progress."
        ),
    },
    "widgets.saved": {"id": "Tersimpan.", "en": "Saved."},
    "widgets.error": {
        "id": (
            "Terjadi galat pada perubahan terakhir ({error}); "
            "mungkin belum tersimpan. Coba lagi, atau jalankan ulang sel ini."
        ),
        "en": (
            "The last change ran into an error ({error}); "
            "it may not be saved. Try again, or re-run this cell."
        ),
    },
    "widgets.skills.title": {
        "id": "Penilaian diri skill backend",
        "en": "Backend skills self-assessment",
    },
    "widgets.skills.intro": {
        "id": (
            "Beri nilai tiap skill dari 0 (belum pernah) sampai 3 (mahir). "
            "Nilai tersimpan otomatis dan grafik di bawah ikut berubah."
        ),
        "en": (
            "Rate each skill from 0 (never used) to 3 (strong). "
            "Ratings are saved automatically and the chart below follows."
        ),
    },
    "widgets.skills.summary": {
        "id": "Penilaian diri skill backend (0 = belum, 3 = mahir)",
        "en": "Backend skills self-assessment (0 = none, 3 = strong)",
    },
    "widgets.skills.group": {
        "id": "Prioritas: {priority}",
        "en": "Priority: {priority}",
    },
    "widgets.skills.col_skill": {"id": "Skill", "en": "Skill"},
    "widgets.skills.col_rating": {"id": "Nilai (0–3)", "en": "Rating (0–3)"},
    "widgets.skills.level0": {"id": "0 Belum", "en": "0 None"},
    "widgets.skills.level1": {"id": "1 Dasar", "en": "1 Basic"},
    "widgets.skills.level2": {"id": "2 Bisa", "en": "2 Working"},
    "widgets.skills.level3": {"id": "3 Mahir", "en": "3 Strong"},
    "widgets.roadmap.title": {
        "id": "Checklist roadmap belajar",
        "en": "Learning roadmap checklist",
    },
    "widgets.roadmap.phase": {
        "id": "Bulan {start}–{end}: {phase}",
        "en": "Months {start}–{end}: {phase}",
    },
    "widgets.roadmap.count": {
        "id": "{done}/{total} topik",
        "en": "{done}/{total} topics",
    },
    "widgets.roadmap.summary": {
        "id": "Checklist roadmap: {done} dari {total} topik selesai",
        "en": "Roadmap checklist: {done} of {total} topics done",
    },
    "widgets.roadmap.done": {"id": "selesai", "en": "done"},
    "widgets.roadmap.todo": {"id": "belum", "en": "to do"},
}

# --- command line, workspace, build (careerkit.cli, .workspace, .build) ----
_CLI: dict[str, dict[str, str]] = {}

MESSAGES: dict[str, dict[str, str]] = {
    **_CORE,
    **_CHARTS,
    **_QUIZ,
    **_WIDGETS,
    **_CLI,
}


def set_language(language: str | None) -> None:
    """Choose the language of every careerkit message (``"id"`` or ``"en"``).

    ``None`` goes back to ``CAREERKIT_LANG`` (or Indonesian when unset).
    """
    global _override
    if language is None:
        _override = None
        return
    _override = _check(language, "set_language()")


def get_language() -> Language:
    """Return the language in force."""
    if _override is not None:
        return _override
    value = os.environ.get("CAREERKIT_LANG", "").strip().lower()
    if not value:
        return "id"
    return _check(value, "CAREERKIT_LANG")


def t(key: str, /, **values: object) -> str:
    """Return the message ``key`` in the current language, formatted with ``values``."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in careerkit.i18n") from None
    text = entry[get_language()]
    return text.format(**values) if values else text


def _check(value: str, where: str) -> Language:
    lowered = value.strip().lower()
    if lowered not in LANGUAGES:
        raise ValueError(f"{where}: language must be 'id' or 'en'; got {value!r}")
    return lowered  # type: ignore[return-value]
