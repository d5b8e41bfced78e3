"""The message catalogue behind :mod:`careerkit.i18n`: every user-facing string.

Each domain keeps its strings in its own block, Indonesian first, English
second; :data:`MESSAGES` merges the blocks.  Look strings up with
:func:`careerkit.i18n.t`, never from here directly.  A test checks that every key
has both languages with the same ``{placeholders}``.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

# --- core -----------------------------------------------------------------
_CORE: dict[str, dict[str, str]] = {
    "core.unknown_env_language": {
        "id": "CAREERKIT_LANG={value!r} bukan bahasa yang dikenal careerkit, jadi "
        "careerkit memakai bahasa Indonesia. Pakai CAREERKIT_LANG=id atau "
        "CAREERKIT_LANG=en (atau hapus variabel itu).",
        "en": "CAREERKIT_LANG={value!r} is not a language careerkit knows, so "
        "careerkit uses Indonesian. Set CAREERKIT_LANG=id or CAREERKIT_LANG=en "
        "(or unset it).",
    },
    "core.rate_implausible": {
        "id": (
            "{name}={rate} IDR per USD tidak masuk akal (biasanya antara {low} dan "
            "{high}); angka tetap dihitung dengan kurs ini. Periksa apakah maksudnya "
            "ribuan, misalnya 16500 untuk 16.500."
        ),
        "en": (
            "{name}={rate} IDR per USD is implausible (usually between {low} and "
            "{high}); the figures were still computed with it. Check whether you "
            "meant thousands, e.g. 16500 for 16.500."
        ),
    },
    "core.rate_note": {
        "id": "kurs {rate} IDR per USD",
        "en": "rate {rate} IDR per USD",
    },
}

# --- charts (careerkit.charts) ---------------------------------------------
_CHARTS: dict[str, dict[str, str]] = {
    # errors and warnings
    "charts.error.not_frame": {
        "id": "{func}(): data harus berupa pandas DataFrame; yang diberikan {kind}.",
        "en": "{func}(): data must be a pandas DataFrame; got {kind}.",
    },
    "charts.error.columns": {
        "id": "{func}(): data tidak punya kolom {missing}. Kolom yang diharapkan: "
        "{expected}; kolom yang ada: {found}.",
        "en": "{func}(): the data has no column(s) {missing}. Expected columns: "
        "{expected}; found: {found}.",
    },
    "charts.error.not_numeric": {
        "id": "{func}(): kolom {column} harus berisi angka (nilai kosong boleh).",
        "en": "{func}(): column {column} must hold numbers (missing values are fine).",
    },
    "charts.error.priority": {
        "id": "{func}(): prioritas {value} tidak dikenal. Prioritas yang dikenal: "
        "{known}.",
        "en": "{func}(): unknown priority {value}. Known priorities: {known}.",
    },
    "charts.error.ratings_type": {
        "id": "skill_gaps(): ratings harus berupa mapping skill -> nilai 0..3 "
        "(misalnya dict); yang diberikan {kind}.",
        "en": "skill_gaps(): ratings must be a mapping skill -> rating 0..3 "
        "(a dict, say); got {kind}.",
    },
    "charts.error.unknown_skill": {
        "id": "skill_gaps(): skill tidak dikenal di ratings: {names}.{hint} "
        "Skill yang dikenal: {known}.",
        "en": "skill_gaps(): unknown skill(s) in ratings: {names}.{hint} "
        "Known skills: {known}.",
    },
    "charts.error.did_you_mean": {
        "id": " Mungkin maksudnya {name}?",
        "en": " Did you mean {name}?",
    },
    "charts.error.rating": {
        "id": "skill_gaps(): nilai untuk {skill} harus bilangan bulat 0 sampai 3; "
        "yang diberikan {value}.",
        "en": "skill_gaps(): the rating of {skill} must be a whole number from 0 "
        "to 3; got {value}.",
    },
    "charts.error.targets": {
        "id": "skill_gaps(): targets harus memetakan prioritas ({known}) ke bilangan "
        "bulat 0 sampai 3; yang diberikan {value}.",
        "en": "skill_gaps(): targets must map priorities ({known}) to whole numbers "
        "from 0 to 3; got {value}.",
    },
    "charts.warn.period": {
        "id": "salary_benchmark(): {count} baris bukan angka per bulan dalam IDR "
        "atau USD, jadi tidak digambar. Ubah dulu ke per bulan (misalnya dibagi 12) "
        "dan ke IDR atau USD bila ingin melihatnya.",
        "en": "salary_benchmark(): {count} row(s) are not monthly figures in IDR or "
        "USD and were left out. Convert them to monthly amounts (divide by 12, say) "
        "in IDR or USD to see them.",
    },
    # shared labels
    "charts.source_guide": {
        "id": "Sumber: Panduan Karir Backend Developer 2026",
        "en": "Source: Backend Developer Career Guide 2026",
    },
    "charts.open_note": {
        "id": "bar memudar dengan panah = tanpa batas atas",
        "en": "fading bar with arrow = no upper bound",
    },
    "charts.no_data": {"id": "tidak ada data", "en": "no data"},
    "charts.years": {"id": "{low}–{high} tahun", "en": "{low}–{high} years"},
    "charts.years_open": {"id": "{low}+ tahun", "en": "{low}+ years"},
    "charts.xlabel_month_idr": {
        "id": "Gaji per bulan (rupiah)",
        "en": "Monthly salary (rupiah)",
    },
    "charts.rate_note": {
        "id": "Dolar dikonversi dengan kurs 1 USD = {rate} (asumsi kursus, "
        "bukan kurs pasar)",
        "en": "Dollars converted at 1 USD = {rate} (the course's assumption, "
        "not a market rate)",
    },
    "charts.priority.Wajib": {"id": "Wajib", "en": "Wajib (must-have)"},
    "charts.priority.Penting": {"id": "Penting", "en": "Penting (important)"},
    "charts.priority.Nice to have": {"id": "Nice to have", "en": "Nice to have"},
    # salary_ranges
    "charts.salary_ranges.title_idr": {
        "id": "Gaji backend developer per bulan di Indonesia, per level",
        "en": "Monthly backend developer salary in Indonesia, by level",
    },
    "charts.salary_ranges.title_usd": {
        "id": "Gaji remote backend developer per bulan (USD), per level",
        "en": "Monthly remote backend developer salary (USD), by level",
    },
    "charts.salary_ranges.xlabel_idr": {
        "id": "Gaji per bulan (rupiah)",
        "en": "Monthly salary (rupiah)",
    },
    "charts.salary_ranges.xlabel_usd": {
        "id": "Gaji remote per bulan (dolar AS)",
        "en": "Monthly remote salary (US dollars)",
    },
    # local_vs_remote
    "charts.local_vs_remote.title": {
        "id": "Gaji lokal vs remote per level (per bulan, dalam rupiah)",
        "en": "Local vs remote salary by level (monthly, in rupiah)",
    },
    "charts.local": {"id": "Lokal (IDR)", "en": "Local (IDR)"},
    "charts.remote": {
        "id": "Remote (USD × {rate})",
        "en": "Remote (USD × {rate})",
    },
    # salary_benchmark
    "charts.benchmark.title": {
        "id": "Rentang gaji panduan vs angka gaji publik",
        "en": "The guide's salary bands vs published salary figures",
    },
    "charts.benchmark.guide": {
        "id": "Panduan 2026: rentang per level",
        "en": "Guide 2026: band per level",
    },
    "charts.benchmark.series": {
        "id": "{source} {year}, {role}",
        "en": "{source} {year}, {role}",
    },
    "charts.benchmark.percentiles": {
        "id": ": garis p10–p90, titik = median",
        "en": ": line p10–p90, marker = median",
    },
    "charts.benchmark.range": {
        "id": ": rentang terendah–tertinggi",
        "en": ": lowest–highest range",
    },
    "charts.benchmark.usd_rate": {
        "id": " (USD × {rate})",
        "en": " (USD × {rate})",
    },
    "charts.benchmark.median": {"id": "median {value}", "en": "median {value}"},
    "charts.benchmark.uncovered": {
        "id": "Tanpa angka publik (tidak digambar): {levels}",
        "en": "No published figure (not drawn): {levels}",
    },
    "charts.benchmark.caveat": {
        "id": "Angka publik dari tahun dan peran lain: pembanding kasar, bukan "
        "target gaji.",
        "en": "Published figures come from other years and roles: a rough "
        "cross-check, not a salary target.",
    },
    # skills_by_priority
    "charts.skills.title": {
        "id": "{count} hard skill backend menurut prioritas",
        "en": "The {count} backend hard skills by priority",
    },
    "charts.skills.xlabel": {"id": "Prioritas", "en": "Priority"},
    "charts.skills.header": {
        "id": "{priority} ({count} skill)",
        "en": "{priority} ({count} skills)",
    },
    # roadmap_timeline
    "charts.roadmap.title": {
        "id": "Roadmap belajar backend: {months} bulan, {phases} fase",
        "en": "Backend learning roadmap: {months} months, {phases} phases",
    },
    "charts.roadmap.xlabel": {"id": "Bulan ke-", "en": "Month"},
    "charts.roadmap.topics": {"id": "{count} topik", "en": "{count} topics"},
    # skill_gaps
    "charts.gaps.title": {
        "id": "Penilaian diri: skill kamu vs target",
        "en": "Self-assessment: your skills vs the target",
    },
    "charts.gaps.xlabel": {
        "id": "Nilai diri (0 = belum, 3 = mahir)",
        "en": "Self-rating (0 = not yet, 3 = strong)",
    },
    "charts.gaps.scale.0": {"id": "0 belum", "en": "0 not yet"},
    "charts.gaps.scale.1": {"id": "1 dasar", "en": "1 basic"},
    "charts.gaps.scale.2": {"id": "2 cukup", "en": "2 working"},
    "charts.gaps.scale.3": {"id": "3 mahir", "en": "3 strong"},
    "charts.gaps.header": {
        "id": "{priority}: target {target}",
        "en": "{priority}: target {target}",
    },
    "charts.gaps.met": {"id": "Nilai kamu: target tercapai", "en": "You: target met"},
    "charts.gaps.below": {
        "id": "Nilai kamu: di bawah target",
        "en": "You: below target",
    },
    "charts.gaps.target": {"id": "Target", "en": "Target"},
    "charts.gaps.status_met": {
        "id": "{rating}/{target} tercapai",
        "en": "{rating}/{target} met",
    },
    "charts.gaps.status_below": {
        "id": "{rating}/{target}  kurang {gap}",
        "en": "{rating}/{target}  {gap} short",
    },
    "charts.gaps.assumption": {
        "id": "Target per prioritas adalah asumsi kursus: {targets}.\n"
        "Skill yang belum dinilai dihitung 0.",
        "en": "Targets per priority are the course's assumption: {targets}.\n"
        "Skills not rated count as 0.",
    },
    # captions (alt text for the notebooks)
    "charts.caption.salary_ranges": {
        "id": "Setiap bar adalah rentang gaji bulanan satu level menurut panduan; "
        "bar yang memudar ke kanan tidak punya batas atas.",
        "en": "Each bar is one level's monthly salary band in the guide; a bar "
        "that fades to the right has no upper bound.",
    },
    "charts.caption.local_vs_remote": {
        "id": "Untuk setiap level, bar atas adalah gaji lokal dan bar bergaris di "
        "bawahnya gaji remote dalam dolar yang dikonversi ke rupiah.",
        "en": "For each level, the upper bar is the local salary and the hatched "
        "bar below it the remote dollar salary converted to rupiah.",
    },
    "charts.caption.salary_benchmark": {
        "id": "Rentang gaji panduan per level di samping angka survei publik "
        "(p10–p90 dan median) dan rentang laporan lain.",
        "en": "The guide's salary band per level beside published survey figures "
        "(p10–p90 and median) and another report's ranges.",
    },
    "charts.caption.skills_by_priority": {
        "id": "Tiga belas hard skill dikelompokkan menurut prioritas: Wajib, "
        "Penting, lalu Nice to have.",
        "en": "The thirteen hard skills grouped by priority: Wajib, Penting, "
        "then Nice to have.",
    },
    "charts.caption.roadmap_timeline": {
        "id": "Lima fase roadmap sebagai rentang bulan, dengan topik tiap fase "
        "di sampingnya.",
        "en": "The roadmap's five phases as spans of months, each with its "
        "topics beside it.",
    },
    "charts.caption.skill_gaps": {
        "id": "Nilai diri kamu per skill dibanding target prioritasnya; bar "
        "bergaris masih di bawah target.",
        "en": "Your self-rating per skill against its priority's target; hatched "
        "bars are still below target.",
    },
}

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
    "quiz.tolerance": {
        "id": "toleransi ± {tolerance}",
        "en": "tolerance ± {tolerance}",
    },
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
    "quiz.explain_after_right": {
        "id": "Penjelasan muncul setelah jawabanmu benar. Tekan Coba lagi untuk "
        "menjawab lagi.",
        "en": "The explanation appears once your answer is right. Press Try again "
        "to answer again.",
    },
    "quiz.need_answer": {
        "id": "Pilih jawaban dulu, lalu tekan Periksa.",
        "en": "Choose an answer first, then press Check.",
    },
    "quiz.need_number": {
        "id": "Isi jawabanmu dulu, lalu tekan Periksa.",
        "en": "Type your answer first, then press Check.",
    },
    "quiz.unreadable_number": {
        "id": "Tidak bisa membaca angka '{text}'. Tulis satu angka, misalnya 12, "
        "12,5, 12.500.000 atau 12,5 juta.",
        "en": "Cannot read the number '{text}'. Type one number, for example 12, "
        "12.5, 12,500,000 or 12.5 million.",
    },
    "quiz.number_placeholder": {"id": "ketik angka", "en": "type a number"},
    "quiz.previous": {
        "id": "Jawaban terakhirmu: {verdict} ({attempts} percobaan).",
        "en": "Your last answer: {verdict} (attempts: {attempts}).",
    },
    "quiz.previous_right": {"id": "benar", "en": "right"},
    "quiz.previous_wrong": {"id": "belum tepat", "en": "not right yet"},
    "quiz.not_restored": {
        "id": "Jawaban lama tidak bisa dibaca, jadi kuis dimulai kosong: {error}. "
        "Jawaban baru tetap bisa diperiksa.",
        "en": "Earlier answers could not be read, so the quiz starts empty: "
        "{error}. New answers can still be checked.",
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
    # careerkit.settings (the edition decides what the quiz may reveal)
    "settings.unknown_edition": {
        "id": "CAREERKIT_EDITION={value!r} bukan edisi yang dikenal careerkit, jadi "
        "careerkit memakai edisi self-study (jawaban dan penjelasan kuis "
        "ditampilkan). Pakai CAREERKIT_EDITION=self-study atau "
        "CAREERKIT_EDITION=student (atau hapus variabel itu).",
        "en": "CAREERKIT_EDITION={value!r} is not an edition careerkit knows, so "
        "careerkit uses the self-study edition (quiz answers and explanations are "
        "shown). Set CAREERKIT_EDITION=self-study or CAREERKIT_EDITION=student "
        "(or unset it).",
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
    "progress.notice": {"id": "Perhatian", "en": "Warning"},
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
            "Rate each skill from 0 (not yet) to 3 (strong). "
            "Ratings are saved automatically and the chart below follows."
        ),
    },
    "widgets.skills.summary": {
        "id": "Penilaian diri skill backend (0 = belum, 3 = mahir)",
        "en": "Backend skills self-assessment (0 = not yet, 3 = strong)",
    },
    "widgets.skills.group": {
        "id": "Prioritas: {priority}",
        "en": "Priority: {priority}",
    },
    "widgets.skills.col_skill": {"id": "Skill", "en": "Skill"},
    "widgets.skills.col_rating": {"id": "Nilai (0–3)", "en": "Rating (0–3)"},
    "widgets.skills.level0": {"id": "0 Belum", "en": "0 Not yet"},
    "widgets.skills.level1": {"id": "1 Dasar", "en": "1 Basic"},
    "widgets.skills.level2": {"id": "2 Cukup", "en": "2 Working"},
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
_CLI: dict[str, dict[str, str]] = {
    # general
    "cli.usage_error": {
        "id": "perintah tidak dipahami: {detail}",
        "en": "command not understood: {detail}",
    },
    "cli.interrupted": {"id": "dihentikan.", "en": "stopped."},
    "cli.not_a_number": {
        "id": "'{text}' bukan angka",
        "en": "'{text}' is not a number",
    },
    "cli.not_positive": {
        "id": "'{text}' harus lebih besar dari 0",
        "en": "'{text}' must be greater than 0",
    },
    "cli.passthrough_only_lab": {
        "id": "argumen setelah '--' hanya untuk 'careerkit lab' (diteruskan ke "
        "JupyterLab)",
        "en": "arguments after '--' are only for 'careerkit lab' (passed on to "
        "JupyterLab)",
    },
    "cli.empty_dir": {
        "id": "nama folder kosong (variabel shell yang belum diisi?); tulis nama "
        "foldernya, misalnya . untuk folder ini",
        "en": "the folder name is empty (an unset shell variable?); write the "
        "folder's name, for example . for this folder",
    },
    # files and folders (workspace and build)
    "cli.fs.not_a_folder": {
        "id": "{path} adalah berkas, bukan folder; pilih folder lain",
        "en": "{path} is a file, not a folder; choose another folder",
    },
    "cli.fs.cannot_create": {
        "id": "tidak bisa membuat folder {path}: {reason}",
        "en": "cannot create folder {path}: {reason}",
    },
    "cli.fs.cannot_write": {
        "id": "tidak bisa menulis {path}: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "cli.fs.cannot_read": {
        "id": "tidak bisa membaca {path}: {reason}",
        "en": "cannot read {path}: {reason}",
    },
    # --help
    "cli.help.description": {
        "id": "Kursus Jupyter 'Karir Backend Developer 2026' dan alat data gaji.",
        "en": "The 'Karir Backend Developer 2026' Jupyter course and salary tools.",
    },
    "cli.help.epilog": {
        "id": "contoh:\n"
        "  careerkit lab                  buka kursus di JupyterLab\n"
        "  careerkit build --out kursus   buat salinan HTML offline\n"
        "  careerkit salary senior --rate 16500\n"
        "  careerkit salary --parse \"Rp 6-12 juta\"\n"
        "  careerkit progress             lihat skor kuis dan roadmap\n"
        "Bahasa: --lang en atau CAREERKIT_LANG=en.",
        "en": "examples:\n"
        "  careerkit lab                  open the course in JupyterLab\n"
        "  careerkit build --out course   make an offline HTML copy\n"
        "  careerkit salary senior --rate 16500\n"
        "  careerkit salary --parse \"Rp 6-12 juta\"\n"
        "  careerkit progress             show quiz scores and the roadmap\n"
        "Language: --lang id or CAREERKIT_LANG=id.",
    },
    "cli.help.commands": {"id": "perintah", "en": "commands"},
    "cli.help.lang": {
        "id": "bahasa pesan (id atau en; bawaan dari CAREERKIT_LANG)",
        "en": "message language (id or en; default from CAREERKIT_LANG)",
    },
    "cli.help.lab": {
        "id": "siapkan ruang kerja dan buka kursus di JupyterLab",
        "en": "set up the workspace and open the course in JupyterLab",
    },
    "cli.help.lab_long": {
        "id": "Menyalin notebook kursus ke folder DIR (atau memperbaruinya tanpa "
        "menimpa perubahanmu), lalu menjalankan JupyterLab di 127.0.0.1 dengan "
        "token. Argumen setelah '--' diteruskan ke JupyterLab, misalnya "
        "'careerkit lab -- --ServerApp.port=9000'.",
        "en": "Copies the course notebooks to DIR (or updates them without "
        "overwriting your changes), then runs JupyterLab on 127.0.0.1 with a "
        "token. Arguments after '--' go to JupyterLab, for example "
        "'careerkit lab -- --ServerApp.port=9000'.",
    },
    "cli.help.lab_dir": {
        "id": "folder ruang kerja (bawaan: ./{default})",
        "en": "workspace folder (default: ./{default})",
    },
    "cli.help.allow_root": {
        "id": "izinkan berjalan sebagai root (diteruskan ke JupyterLab)",
        "en": "allow running as root (passed on to JupyterLab)",
    },
    "cli.help.no_browser": {
        "id": "jangan buka browser; buka sendiri alamat yang dicetak",
        "en": "do not open a browser; open the printed address yourself",
    },
    "cli.help.build": {
        "id": "jalankan semua notebook dan buat kursus HTML offline",
        "en": "run every notebook and make an offline HTML course",
    },
    "cli.help.build_long": {
        "id": "Menjalankan setiap notebook di kernel baru lalu menulis kursus HTML "
        "yang bisa dibuka tanpa internet: daftar isi dengan perkiraan waktu, satu "
        "halaman per notebook, dan halaman poin kunci.",
        "en": "Runs every notebook in a fresh kernel, then writes an HTML course that "
        "opens without the internet: an outline with time estimates, one page per "
        "notebook, and a key-points page.",
    },
    "cli.help.out": {
        "id": "folder hasil (bawaan: ./{default})",
        "en": "output folder (default: ./{default})",
    },
    "cli.help.lab_student": {
        "id": "edisi mahasiswa: notebook tanpa kunci jawaban dan solusi "
        "(sama dengan CAREERKIT_EDITION=student)",
        "en": "student edition: notebooks without answer keys or solutions "
        "(same as CAREERKIT_EDITION=student)",
    },
    "cli.help.student": {
        "id": "edisi mahasiswa: tanpa kunci jawaban dan solusi",
        "en": "student edition: no answer keys or solutions",
    },
    "cli.help.timeout": {
        "id": "batas waktu per sel, dalam detik (bawaan: 600)",
        "en": "time limit per cell, in seconds (default: 600)",
    },
    "cli.help.salary": {
        "id": "kisaran gaji satu level, atau baca teks gaji dengan --parse",
        "en": "the salary band of one level, or read a salary text with --parse",
    },
    "cli.help.salary_long": {
        "id": "Menampilkan kisaran gaji bulanan dari panduan: IDR untuk pasar lokal, "
        "USD untuk remote.",
        "en": "Shows the guide's monthly salary band: IDR for the local market, USD "
        "for remote work.",
    },
    "cli.help.level": {
        "id": "junior, mid, senior, staff, lead, principal atau architect",
        "en": "junior, mid, senior, staff, lead, principal or architect",
    },
    "cli.help.currency": {
        "id": "IDR (kisaran lokal, bawaan) atau USD (kisaran remote)",
        "en": "IDR (local band, default) or USD (remote band)",
    },
    "cli.help.annual": {
        "id": "tampilkan per tahun (12 x gaji bulanan)",
        "en": "show per year (12 x the monthly pay)",
    },
    "cli.help.thr": {
        "id": "per tahun dengan THR (13 x gaji bulanan)",
        "en": "per year with THR, the holiday bonus (13 x the monthly pay)",
    },
    "cli.help.rate": {
        "id": "tambahkan konversi ke mata uang lain dengan kurs R IDR per USD, "
        "misalnya 16500 atau 16.500 (tanpa angka: kurs bawaan kursus)",
        "en": "add the band converted to the other currency at R IDR per USD, "
        "for example 16500 or 16,500 (no number: the course's default rate)",
    },
    "cli.help.parse": {
        "id": "tunjukkan apa yang dibaca pengurai dari TEXT, misalnya \"Rp 6-12 juta\"",
        "en": "show what the parser reads in TEXT, for example \"Rp 6-12 juta\"",
    },
    "cli.help.progress": {
        "id": "skor kuis, checklist roadmap, dan penilaian diri",
        "en": "quiz scores, roadmap checklist and self-assessment",
    },
    # careerkit lab and the workspace
    "cli.lab.root": {
        "id": "kamu menjalankan careerkit sebagai root. Sebaiknya pakai akun biasa; "
        "kalau memang perlu (misalnya di container), tambahkan --allow-root.",
        "en": "you are running careerkit as root. Prefer a normal account; if you "
        "must (in a container, say), add --allow-root.",
    },
    "cli.lab.starting": {
        "id": "Menjalankan JupyterLab ...",
        "en": "Starting JupyterLab ...",
    },
    "cli.lab.url": {
        "id": "Kursus terbuka di: {url}",
        "en": "The course is open at: {url}",
    },
    "cli.lab.stop_hint": {
        "id": "Hentikan dengan Ctrl+C (dua kali). Pekerjaanmu tersimpan di notebook.",
        "en": "Stop with Ctrl+C (twice). Your work is saved in the notebooks.",
    },
    "cli.ws.added": {
        "id": "{count} berkas kursus disalin ke {root}.",
        "en": "{count} course files copied to {root}.",
    },
    "cli.ws.updated": {
        "id": "{count} berkas diperbarui ke versi kursus terbaru (belum pernah kamu "
        "ubah):",
        "en": "{count} files updated to the latest course version (you never "
        "changed them):",
    },
    "cli.ws.restored": {
        "id": "{count} berkas kursus yang terhapus dipulihkan:",
        "en": "{count} deleted course files restored:",
    },
    "cli.ws.kept": {
        "id": "{count} berkas sudah kamu ubah, jadi versimu tetap; versi kursus "
        "terbaru ditulis di sebelahnya:",
        "en": "{count} files were changed by you, so your version stays; the latest "
        "course version is written beside it:",
    },
    "cli.ws.up_to_date": {
        "id": "Ruang kerja {root} sudah terbaru.",
        "en": "Workspace {root} is up to date.",
    },
    "cli.ws.manifest_reset": {
        "id": "catatan berkas kursus di {root} hilang atau rusak; berkas yang sudah "
        "ada dianggap milikmu dan tidak ditimpa.",
        "en": "the record of course files in {root} is missing or damaged; existing "
        "files are treated as yours and are not overwritten.",
    },
    "cli.ws.busy": {
        "id": "folder {root} sedang dipakai oleh careerkit lab lain; tunggu sampai "
        "selesai menyiapkan kursus, lalu coba lagi",
        "en": "the folder {root} is in use by another careerkit lab; wait until it "
        "has finished preparing the course, then try again",
    },
    "cli.ws.checker_hidden": {
        "id": "Edisi mahasiswa: kode pemeriksa jawaban disembunyikan "
        "(isinya kunci jawaban). Pengajarmu yang memeriksa jawabanmu.",
        "en": "Student edition: the code that checks the answer is hidden "
        "(it holds the answer key). Your instructor checks your answer.",
    },
    "cli.ws.no_course": {
        "id": "tidak ada berkas kursus di {source}; pasang ulang careerkit",
        "en": "no course files found in {source}; reinstall careerkit",
    },
    "cli.ws.course_missing": {
        "id": "notebook kursus tidak ada: sudah dicari di {packaged} dan {checkout}; "
        "pasang ulang careerkit",
        "en": "the course notebooks are missing: looked in {packaged} and "
        "{checkout}; reinstall careerkit",
    },
    # careerkit build
    "cli.build.unit": {"id": "sel", "en": "cell"},
    "cli.build.done": {
        "id": "Kursus HTML ditulis: {index} ({pages} halaman).",
        "en": "HTML course written: {index} ({pages} pages).",
    },
    "cli.build.student_note": {
        "id": "Edisi mahasiswa: kunci jawaban dan solusi tidak disertakan.",
        "en": "Student edition: answer keys and solutions are left out.",
    },
    "cli.build.failed_cell": {
        "id": "{notebook}: sel ke-{cell} (indeks {index}) gagal: {error}",
        "en": "{notebook}: cell {cell} (index {index}) failed: {error}",
    },
    "cli.build.failed_kernel": {
        "id": "{notebook}: tidak bisa dijalankan: {error}",
        "en": "{notebook}: could not be run: {error}",
    },
    "cli.build.some_failed": {
        "id": "{count} notebook gagal dan tidak ditulis; notebook lainnya sudah "
        "ditulis.",
        "en": "{count} notebooks failed and were not written; the others were "
        "written.",
    },
    "cli.build.course_title": {
        "id": "Karir Backend Developer 2026",
        "en": "Backend Developer Career 2026",
    },
    "cli.build.edition_self": {
        "id": "Edisi belajar mandiri: solusi dan jawaban terlipat di tiap halaman.",
        "en": "Self-study edition: solutions and answers are folded on each page.",
    },
    "cli.build.edition_student": {
        "id": "Edisi mahasiswa: tanpa kunci jawaban dan solusi.",
        "en": "Student edition: without answer keys or solutions.",
    },
    "cli.build.col_number": {"id": "No.", "en": "No."},
    "cli.build.col_title": {"id": "Bagian", "en": "Section"},
    "cli.build.col_minutes": {"id": "Menit", "en": "Minutes"},
    "cli.build.total_minutes": {
        "id": "Total perkiraan waktu: {minutes} menit.",
        "en": "Estimated time in total: {minutes} minutes.",
    },
    "cli.build.key_points_title": {
        "id": "Poin kunci semua bagian",
        "en": "Key points of every section",
    },
    "cli.build.nav_index": {"id": "Daftar isi", "en": "Contents"},
    "cli.build.not_built": {
        "id": "gagal dijalankan, tidak disertakan",
        "en": "failed to run, left out",
    },
    "cli.build.solution_removed": {
        "id": "Solusi tidak disertakan dalam edisi mahasiswa.",
        "en": "The solution is left out of the student edition.",
    },
    "cli.build.widget_note": {
        "id": "(Kontrol interaktif: jalankan notebook ini di JupyterLab untuk "
        "memakainya.)",
        "en": "(Interactive control: run this notebook in JupyterLab to use it.)",
    },
    "cli.build.no_notebooks": {
        "id": "tidak ada notebook di {source}",
        "en": "no notebooks found in {source}",
    },
    "cli.build.cannot_read_notebook": {
        "id": "tidak bisa membaca notebook {path}: {reason}",
        "en": "cannot read notebook {path}: {reason}",
    },
    # careerkit salary
    "cli.salary.need_level": {
        "id": "sebutkan level (misalnya 'careerkit salary senior') atau --parse TEXT",
        "en": "name a level (for example 'careerkit salary senior') or --parse TEXT",
    },
    "cli.salary.level_and_parse": {
        "id": "pilih salah satu: LEVEL atau --parse TEXT, jangan keduanya",
        "en": "choose one: LEVEL or --parse TEXT, not both",
    },
    "cli.salary.parse_ignores": {
        "id": "--parse hanya menunjukkan apa yang terbaca dari teks; {options} "
        "tidak berlaku di sini. Hapus opsi itu, atau pakai LEVEL untuk "
        "rentang gaji setahun/dengan kurs",
        "en": "--parse only shows what the text reads as; {options} do not "
        "apply to it. Drop them, or use LEVEL for a yearly or converted band",
    },
    "cli.salary.thr_remote": {
        "id": "Catatan: THR adalah kewajiban pemberi kerja di Indonesia; kontrak "
        "remote dalam USD biasanya tidak memberinya. Angka dengan THR di atas "
        "dihitung seperti yang diminta.",
        "en": "Note: THR is an obligation of employers in Indonesia; remote USD "
        "contracts usually do not pay it. The figures with THR above are "
        "computed as asked.",
    },
    "cli.salary.unknown_level": {
        "id": "level '{level}' tidak dikenal. Level yang ada: {valid}",
        "en": "unknown level '{level}'. Valid levels: {valid}",
    },
    "cli.salary.years": {
        "id": "pengalaman {low}–{high} tahun",
        "en": "{low}–{high} years of experience",
    },
    "cli.salary.years_open": {
        "id": "pengalaman {low}+ tahun",
        "en": "{low}+ years of experience",
    },
    "cli.salary.per_month": {"id": "gaji per bulan", "en": "pay per month"},
    "cli.salary.per_year": {
        "id": "gaji per tahun (12 x bulanan)",
        "en": "pay per year (12 x monthly)",
    },
    "cli.salary.per_year_thr": {
        "id": "gaji per tahun dengan THR (13 x bulanan)",
        "en": "pay per year with THR (13 x monthly)",
    },
    "cli.salary.low": {"id": "bawah", "en": "low"},
    "cli.salary.high": {"id": "atas", "en": "high"},
    "cli.salary.row_idr": {"id": "IDR (pasar lokal)", "en": "IDR (local market)"},
    "cli.salary.row_usd": {"id": "USD (remote)", "en": "USD (remote)"},
    "cli.salary.row_converted": {
        "id": "≈ {currency} (dikonversi)",
        "en": "≈ {currency} (converted)",
    },
    "cli.salary.open": {"id": "tanpa batas", "en": "open-ended"},
    "cli.salary.parse_failed": {
        "id": "tidak bisa membaca gaji dari '{text}': {reason}",
        "en": "cannot read a salary from '{text}': {reason}",
    },
    "cli.salary.rate_implausible_guess": {
        "id": "--rate {text} dibaca sebagai {read} IDR per USD: tidak masuk akal; "
        "maksudnya {guess}?",
        "en": "--rate {text} reads as {read} IDR per USD: not plausible; did you "
        "mean {guess}?",
    },
    "cli.salary.rate_implausible": {
        "id": "--rate {text} dibaca sebagai {read} IDR per USD: tidak masuk akal; "
        "kurs yang wajar ada di antara {low} dan {high} IDR per USD",
        "en": "--rate {text} reads as {read} IDR per USD: not plausible; a sensible "
        "rate lies between {low} and {high} IDR per USD",
    },
    "cli.salary.currency_unknown": {
        "id": "tidak diketahui (tambahkan Rp atau $)",
        "en": "unknown (add Rp or $)",
    },
    "cli.salary.field_text": {"id": "teks", "en": "text"},
    "cli.salary.field_low": {"id": "bawah", "en": "low"},
    "cli.salary.field_high": {"id": "atas", "en": "high"},
    "cli.salary.field_currency": {"id": "mata uang", "en": "currency"},
    "cli.salary.field_period": {"id": "periode", "en": "period"},
    "cli.period.hour": {"id": "per jam", "en": "per hour"},
    "cli.period.day": {"id": "per hari", "en": "per day"},
    "cli.period.month": {"id": "per bulan", "en": "per month"},
    "cli.period.year": {"id": "per tahun", "en": "per year"},
    # careerkit progress
    "cli.progress.file": {
        "id": "Berkas progres: {path}",
        "en": "Progress file: {path}",
    },
    "cli.progress.quiz_title": {
        "id": "Skor kuis per bagian",
        "en": "Quiz scores per section",
    },
    "cli.progress.quiz_none": {
        "id": "Belum ada jawaban kuis.",
        "en": "No quiz answers yet.",
    },
    "cli.progress.col_section": {"id": "bagian", "en": "section"},
    "cli.progress.col_answered": {"id": "dijawab", "en": "answered"},
    "cli.progress.col_correct": {"id": "benar", "en": "correct"},
    "cli.progress.col_score": {"id": "skor", "en": "score"},
    "cli.progress.roadmap_title": {
        "id": "Roadmap: {done} dari {total} topik selesai",
        "en": "Roadmap: {done} of {total} topics done",
    },
    "cli.progress.phase": {
        "id": "{phase} (bulan {months}): {done}/{total}",
        "en": "{phase} (months {months}): {done}/{total}",
    },
    "cli.progress.skills_title": {
        "id": "Penilaian diri (0–{max})",
        "en": "Self-assessment (0–{max})",
    },
    "cli.progress.not_rated": {"id": "belum dinilai", "en": "not rated"},
}

# --- salary reader (careerkit.salary, careerkit.salary_csv) -------------------
# ``salary.problem.<code>``: why a text was not read or looks wrong; the codes
# are stable (SalaryParseError.code), the words may improve.  Values are quoted
# where they are written text ('plus', '12.5.000').
_SALARY: dict[str, dict[str, str]] = {
    "salary.problem.missing_text": {
        "id": "tidak ada teks gaji",
        "en": "no salary text",
    },
    "salary.problem.empty_text": {
        "id": "teksnya kosong",
        "en": "empty text",
    },
    "salary.problem.no_amount": {
        "id": "tidak ada angka gaji di teks ini",
        "en": "no amount in the text",
    },
    "salary.problem.not_text": {
        "id": "bukan teks gaji: yang diberikan {kind}",
        "en": "not a salary text: got {kind}",
    },
    "salary.problem.not_finite": {
        "id": "angkanya tak terhingga",
        "en": "amount is not finite",
    },
    "salary.problem.negative": {
        "id": "angkanya negatif",
        "en": "negative amount",
    },
    "salary.problem.too_many_digits": {
        "id": "angka {amount} terlalu panjang (lebih dari 15 digit)",
        "en": "amount {amount} has too many digits (more than 15)",
    },
    "salary.problem.unusual_groups": {
        "id": "angka {amount} dikelompokkan tidak wajar (ribuan ditulis per tiga "
        "digit, misalnya 12.500.000)",
        "en": "amount {amount} has unusual digit groups (thousands go in groups "
        "of three, e.g. 12.500.000)",
    },
    "salary.problem.mark_twice": {
        "id": "angka {amount} memakai {mark} dua kali, padahal kelompok terakhirnya "
        "bukan tiga digit",
        "en": "amount {amount} uses {mark} twice, yet its last group is not three "
        "digits",
    },
    "salary.problem.mixed_separators": {
        "id": "angka {amount} mencampur tanda pemisah; tulis 12.500.000 atau 12,5",
        "en": "amount {amount} mixes separators; write 12.500.000 or 12,5",
    },
    "salary.problem.leading_mark": {
        "id": "angka diawali {mark}; tanda desimal harus didahului digit (tulis "
        "nol dulu, misalnya 0,5)",
        "en": "an amount starts with {mark}; a decimal mark needs a digit before "
        "it (write a zero first, e.g. 0.5)",
    },
    "salary.problem.word_runs_into_amount": {
        "id": "{word} menempel pada angka; beri spasi setelah kata itu (atau "
        "titiknya tanda desimal?)",
        "en": "{word} runs into an amount; write a space after the word (or is "
        "the dot a decimal mark?)",
    },
    "salary.problem.unexpected_character": {
        "id": "ada karakter yang tidak dikenal: {char}",
        "en": "unexpected character {char}",
    },
    "salary.problem.unexpected_word": {
        "id": "ada kata yang tidak dikenal: {word}",
        "en": "unexpected word {word}",
    },
    "salary.problem.unexpected": {
        "id": "ada {written} yang tidak pada tempatnya",
        "en": "unexpected {written}",
    },
    "salary.problem.unsupported_currency": {
        "id": "mata uang {written} tidak didukung (hanya IDR dan USD)",
        "en": "unsupported currency {written} (only IDR and USD)",
    },
    "salary.problem.unsupported_period": {
        "id": "periode {written} tidak didukung (pakai jam, hari, bulan, atau tahun)",
        "en": "unsupported period {written} (use hour, day, month or year)",
    },
    "salary.problem.two_currencies": {
        "id": "dua mata uang berbeda dalam satu teks: {idr} dan USD",
        "en": "two currencies in one text: {idr} and USD",
    },
    "salary.problem.two_periods": {
        "id": "dua periode berbeda dalam satu teks: {period} dan {other_period}",
        "en": "two periods in one text: {period} and {other_period}",
    },
    "salary.problem.m_without_currency": {
        "id": "'M' berarti miliar setelah Rp dan juta (million) setelah $, tetapi "
        "teks ini tidak menyebut mata uang (isi currency=)",
        "en": "'M' is miliar after Rp and million after $, and the text names no "
        "currency (pass currency=)",
    },
    "salary.problem.amount_expected": {
        "id": "seharusnya ada angka setelah {after}, tetapi yang ada {got}",
        "en": "expected an amount after {after}, got {got}",
    },
    "salary.problem.amount_expected_end": {
        "id": "seharusnya ada angka setelah {after}, tetapi teksnya sudah habis",
        "en": "expected an amount after {after}, got nothing",
    },
    "salary.problem.amount_expected_start": {
        "id": "seharusnya teks diawali angka, tetapi yang ada {got}",
        "en": "expected an amount at the start, got {got}",
    },
    "salary.problem.between_needs_two": {
        "id": "{word} perlu dua angka",
        "en": "{word} needs two amounts",
    },
    "salary.problem.plus_misplaced": {
        "id": "tanda '+' hanya boleh setelah satu angka (misalnya $10000+)",
        "en": "'+' belongs after a single amount (e.g. $10000+)",
    },
    "salary.problem.too_many_amounts": {
        "id": "terlalu banyak angka, atau tidak ada kata rentang di antaranya "
        "(misalnya - atau sampai)",
        "en": "too many amounts, or no range word between them (such as - or to)",
    },
    "salary.problem.unit_on_one_amount": {
        "id": "satuan {unit} hanya ada di satu angka dan rentangnya jadi terbalik; "
        "tulis satuannya di kedua angka",
        "en": "unit {unit} is on one amount only and the range would read "
        "high-to-low; write the unit on both amounts",
    },
    "salary.problem.swapped": {
        "id": "rentang ditulis terbalik (tinggi ke rendah), sudah ditukar",
        "en": "range written high-to-low; swapped",
    },
    "salary.problem.implausible": {
        "id": "angka tidak wajar untuk gaji {period} {currency} ({side} {limit})",
        "en": "implausible {period} amount {currency} ({side} {limit})",
    },
    # words inside salary.problem.implausible and salary.problem.two_periods
    "salary.period.hour": {"id": "per jam", "en": "hourly"},
    "salary.period.day": {"id": "per hari", "en": "daily"},
    "salary.period.month": {"id": "per bulan", "en": "monthly"},
    "salary.period.year": {"id": "per tahun", "en": "yearly"},
    "salary.in_currency.IDR": {"id": "dalam rupiah", "en": "in IDR"},
    "salary.in_currency.USD": {"id": "dalam dolar AS", "en": "in USD"},
    "salary.in_currency.any": {
        "id": "dalam mata uang mana pun",
        "en": "in either currency",
    },
    "salary.side.above": {"id": "di atas", "en": "above"},
    "salary.side.below": {"id": "di bawah", "en": "below"},
    # SalaryParseError and SalaryWarning
    "salary.error.unreadable": {
        "id": "{text} tidak bisa dibaca sebagai gaji: {reason}",
        "en": "cannot read {text} as a salary: {reason}",
    },
    "salary.warning.flagged": {
        "id": "gaji {text}: {problem}. Angkanya disimpan seperti terbaca; periksa "
        "teks itu di sumbernya.",
        "en": "salary {text}: {problem}. The amounts are kept as read; check the "
        "text at its source.",
    },
    # read_salary_csv: the summary warning and df.attrs["salary_problems"]
    "salary.csv.unread": {
        "id": "gaji di {unread} dari {rows} baris tidak bisa dibaca (salary_low "
        "dan salary_high-nya kosong)",
        "en": "could not read the salary in {unread} of {rows} rows (their "
        "salary_low and salary_high are empty)",
    },
    "salary.csv.flagged": {
        "id": "{flagged} baris tampak tidak wajar atau rentangnya ditukar",
        "en": "{flagged} rows look implausible or were swapped",
    },
    "salary.csv.unread_and_flagged": {
        "id": "{unread} dan {flagged}",
        "en": "{unread} and {flagged}",
    },
    "salary.csv.example": {
        "id": "baris {row} {text} ({problem})",
        "en": "row {row} {text} ({problem})",
    },
    "salary.csv.summary": {
        "id": "{file}: {counts}. Baris pertama (posisi dihitung dari 0, seperti "
        "df.iloc): {examples}. Lihat kolom salary_problem atau "
        "df.attrs['salary_problems']; perbaiki teksnya di sumbernya, atau pakai "
        "warn=False agar peringatan ini tidak muncul.",
        "en": "{file}: {counts}. First rows (0-based positions, as in df.iloc): "
        "{examples}. See the salary_problem column or df.attrs['salary_problems']; "
        "fix the texts at their source, or pass warn=False to silence this.",
    },
    # a row's salary_problem when an unquoted comma cut the salary in two cells
    "salary.csv.split_cells": {
        "id": "angka gaji tampaknya terpotong koma tanpa tanda kutip: kolom {left} "
        "dan {right} berisi {left_text} dan {right_text}; beri tanda kutip pada "
        "teks gaji di file (misalnya {joined}), lalu baca lagi",
        "en": "the salary looks cut by an unquoted comma: columns {left} and "
        "{right} hold {left_text} and {right_text}; quote the salary text in the "
        "file (for example {joined}) and read it again",
    },
    "salary.csv.replaced_columns": {
        "id": "{file} sudah punya kolom {columns}; isinya diganti dengan hasil "
        "membaca {column}. Ganti dulu nama kolom itu kalau isinya mau disimpan.",
        "en": "{file} already has {columns}; replaced them with the values parsed "
        "from {column}. Rename those columns first to keep them.",
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    **_CORE,
    **_CHARTS,
    **_QUIZ,
    **_WIDGETS,
    **_CLI,
    **_SALARY,
}
