"""careerkit.tables: every figure of the guide's tables, the dtypes, and the errors.

The expected values below are typed from the guide
(``panduan-karir-backend-2026.txt``), not read from ``data/``, so a wrong or
missing number in a CSV fails here.
"""

from __future__ import annotations

import importlib
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import careerkit as ck
from careerkit.errors import CareerkitError, DataError, UnknownTableError

tables_module = importlib.import_module("careerkit.tables")

NA = None
LEVELS = ["Junior", "Mid-level", "Senior", "Staff/Lead", "Principal/Architect"]
PRIORITIES = ["Nice to have", "Penting", "Wajib"]
PHASES = [
    "Fundamental",
    "Database & API",
    "Framework & Tools",
    "Advanced",
    "Portofolio & Job Hunting",
]

# level: years_min, years_max, idr_low, idr_high, usd_low, usd_high (per month)
GUIDE_SALARIES = {
    "Junior": (0, 2, 6_000_000, 12_000_000, 800, 1_500),
    "Mid-level": (2, 5, 12_000_000, 25_000_000, 1_500, 3_500),
    "Senior": (5, 8, 25_000_000, 45_000_000, 3_500, 6_000),
    "Staff/Lead": (8, NA, 45_000_000, 80_000_000, 6_000, 10_000),
    "Principal/Architect": (10, NA, 80_000_000, 150_000_000, 10_000, NA),
}
SALARY_COLUMNS = [
    "years_min",
    "years_max",
    "idr_low",
    "idr_high",
    "usd_low",
    "usd_high",
]

GUIDE_SKILLS = {
    "Bahasa Pemrograman": "Wajib",
    "Database (SQL & NoSQL)": "Wajib",
    "API Design": "Wajib",
    "Version Control (Git)": "Wajib",
    "Authentication": "Wajib",
    "Caching": "Penting",
    "Message Queue": "Penting",
    "Testing": "Penting",
    "Docker & Containers": "Penting",
    "Linux & CLI": "Penting",
    "CI/CD": "Nice to have",
    "Cloud Services": "Nice to have",
    "Monitoring & Logging": "Nice to have",
}

GUIDE_FRAMEWORKS = {
    "JavaScript/TypeScript": ["Express", "NestJS", "Fastify"],
    "Python": ["Django", "FastAPI", "Flask"],
    "Java": ["Spring Boot", "Quarkus"],
    "Go (Golang)": ["Gin", "Echo", "Fiber"],
    "Rust": ["Actix", "Axum", "Rocket"],
    "PHP": ["Laravel", "Symfony"],
    "C#": ["ASP.NET Core"],
}
GUIDE_BEST_FOR = {
    "JavaScript/TypeScript": ["Startup", "SPA backend", "real-time apps"],
    "Python": ["API", "data processing", "ML integration"],
    "Java": ["Banking", "enterprise", "large-scale systems"],
    "Go (Golang)": ["Microservices", "CLI tools", "high-performance"],
    "Rust": ["System programming", "high-perf APIs"],
    "PHP": ["CMS", "e-commerce", "web apps tradisional"],
    "C#": ["Enterprise", "Windows ecosystem", "game backend"],
}

GUIDE_DATABASES = {
    "Relational (SQL)": ["PostgreSQL", "MySQL", "MariaDB"],
    "Document": ["MongoDB", "CouchDB"],
    "Key-Value": ["Redis", "DynamoDB"],
    "Column-Family": ["Cassandra", "HBase"],
    "Graph": ["Neo4j", "ArangoDB"],
    "Search Engine": ["Elasticsearch", "Meilisearch"],
}

# phase, first month, last month, topics in the guide's order
GUIDE_ROADMAP = [
    (
        "Fundamental",
        1,
        2,
        [
            "Pilih 1 bahasa (Python/JS/Go)",
            "Pelajari syntax, data structure, algorithm dasar",
            "Git & GitHub basics",
            "Command line / terminal",
        ],
    ),
    (
        "Database & API",
        3,
        4,
        [
            "SQL: PostgreSQL atau MySQL",
            "Database design & normalization",
            "REST API design & implementation",
            "Authentication (JWT, session)",
            "Testing basics (unit test)",
        ],
    ),
    (
        "Framework & Tools",
        5,
        6,
        [
            "Pilih framework (Express/NestJS/Django/FastAPI/Gin)",
            "ORM (Prisma, TypeORM, SQLAlchemy)",
            "Redis caching",
            "Docker basics",
            "Deploy ke cloud (Railway, Render, VPS)",
        ],
    ),
    (
        "Advanced",
        7,
        8,
        [
            "Microservices architecture",
            "Message queue (RabbitMQ/Kafka)",
            "CI/CD pipeline",
            "Monitoring & logging",
            "Security best practices",
        ],
    ),
    (
        "Portofolio & Job Hunting",
        9,
        10,
        [
            "Bangun 2-3 proyek nyata",
            "Contribusi open source",
            "Tulis teknikal blog post",
            "Latihan interview (system design, coding)",
            "Apply kerja / freelance",
        ],
    ),
]

GUIDE_PROJECTS = {
    1: ("REST API E-Commerce", ["CRUD", "auth", "payment integration"]),
    2: ("URL Shortener", ["Caching", "analytics", "rate limiting"]),
    3: ("Real-time Chat App", ["WebSocket", "message queue"]),
    4: ("Task Management API", ["RBAC", "file upload", "notifications"]),
    5: ("Blog CMS API", ["Content management", "image processing", "search"]),
}

GUIDE_PLATFORMS = {
    "LinkedIn": "Professional network",
    "Glassdoor": "Job board + review",
    "Wellfound (AngelList)": "Startup jobs",
    "We Work Remotely": "Remote jobs",
    "Kalibrr": "Indonesian job board",
    "Turing/Toptal": "Freelance platform",
}

GUIDE_AREAS = [
    "API Development",
    "Database Management",
    "Authentication & Authorization",
    "Business Logic",
    "Performance & Scaling",
    "Security",
    "Testing",
    "DevOps",
]

# source, level, statistic: amount (per month)
BENCHMARKS = {
    ("NodeFlair x Iterative", "Junior", "p10"): 4_750_000,
    ("NodeFlair x Iterative", "Junior", "median"): 7_500_000,
    ("NodeFlair x Iterative", "Junior", "p90"): 12_500_000,
    ("NodeFlair x Iterative", "Mid-level", "p10"): 6_500_000,
    ("NodeFlair x Iterative", "Mid-level", "median"): 11_500_000,
    ("NodeFlair x Iterative", "Mid-level", "p90"): 25_000_000,
    ("NodeFlair x Iterative", "Senior", "p10"): 8_000_000,
    ("NodeFlair x Iterative", "Senior", "median"): 15_000_000,
    ("NodeFlair x Iterative", "Senior", "p90"): 27_500_000,
    ("NodeFlair x Iterative", "Staff/Lead", "median"): 20_000_000,
    ("Glints x Monk's Hill Ventures", "Junior", "low"): 600,
    ("Glints x Monk's Hill Ventures", "Junior", "high"): 800,
    ("Glints x Monk's Hill Ventures", "Mid-level", "low"): 1_000,
    ("Glints x Monk's Hill Ventures", "Mid-level", "high"): 1_200,
    ("Glints x Monk's Hill Ventures", "Senior", "low"): 2_200,
    ("Glints x Monk's Hill Ventures", "Senior", "high"): 2_400,
}

ROW_COUNTS = {
    "responsibilities": 8,
    "skills": 13,
    "languages": 7,
    "databases": 6,
    "api_styles": 6,
    "salaries": 5,
    "salary_benchmarks": 16,
    "platforms": 6,
    "roadmap": 24,
    "portfolio_projects": 5,
    "career_paths": 2,
    "market_facts": 5,
}

EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]")


def _value(x: object) -> object:
    return None if pd.isna(x) else int(x)


# --- names and shapes --------------------------------------------------------


def test_tables_lists_every_table_sorted() -> None:
    assert ck.tables() == sorted(ROW_COUNTS)


@pytest.mark.parametrize(("name", "rows"), ROW_COUNTS.items(), ids=list(ROW_COUNTS))
def test_each_table_has_the_guides_row_count(name: str, rows: int) -> None:
    assert len(ck.load(name)) == rows


@pytest.mark.parametrize("name", ROW_COUNTS)
def test_text_is_string_dtype_and_free_of_emoji(name: str) -> None:
    frame = ck.load(name)
    fields = {f["name"]: f for f in tables_module.resource(name)["schema"]["fields"]}
    for column in frame.columns:
        kind = fields[column]["type"]
        if kind == "string" and "categories" not in fields[column]:
            assert frame[column].dtype == "string", column
        if kind == "list":
            assert all(isinstance(v, list) and v for v in frame[column]), column
        cells = [str(v) for v in frame[column]]
        assert not [c for c in cells if EMOJI.search(c)], column


# --- salaries ----------------------------------------------------------------


def test_salary_bands_equal_the_guide() -> None:
    salaries = ck.load("salaries").set_index("level")
    assert list(salaries.index) == LEVELS
    for level, expected in GUIDE_SALARIES.items():
        got = tuple(_value(salaries.loc[level, c]) for c in SALARY_COLUMNS)
        assert got == expected, level


def test_open_ends_are_missing_not_invented() -> None:
    salaries = ck.load("salaries").set_index("level")
    missing = {
        (lv, c) for lv in LEVELS for c in SALARY_COLUMNS if pd.isna(salaries.loc[lv, c])
    }
    assert missing == {
        ("Staff/Lead", "years_max"),
        ("Principal/Architect", "years_max"),
        ("Principal/Architect", "usd_high"),
    }


def test_money_and_years_are_nullable_64_bit_integers() -> None:
    salaries = ck.load("salaries")
    for column in SALARY_COLUMNS:
        assert salaries[column].dtype == "Int64", column
    assert salaries["idr_high"].sum() == 312_000_000  # no int32 overflow anywhere


def test_levels_are_ordered_categories() -> None:
    level = ck.load("salaries")["level"]
    assert level.cat.ordered
    assert list(level.cat.categories) == LEVELS
    assert level.min() == "Junior" and level.max() == "Principal/Architect"
    assert (level > "Senior").sum() == 2


def test_benchmark_figures_equal_their_sources() -> None:
    bench = ck.load("salary_benchmarks")
    got = {
        (row.source, row.level, row.statistic): int(row.amount)
        for row in bench.itertuples()
    }
    assert got == BENCHMARKS
    nodeflair = bench[bench["source"] == "NodeFlair x Iterative"]
    glints = bench[bench["source"] != "NodeFlair x Iterative"]
    assert set(nodeflair["currency"]) == {"IDR"} and set(nodeflair["year"]) == {2023}
    assert set(glints["currency"]) == {"USD"} and set(glints["year"]) == {2024}
    assert set(bench["period"]) == {"month"} and set(bench["country"]) == {"Indonesia"}
    assert bench["level"].dtype == ck.load("salaries")["level"].dtype
    assert bench["year"].dtype == "Int64"
    assert nodeflair["basis"].str.contains("not stated").all()
    assert glints["role"].str.contains("front-end").all()


# --- skills, languages, databases ----------------------------------------------


def test_skill_priorities_equal_the_guide() -> None:
    skills = ck.load("skills")
    assert dict(zip(skills["skill"], skills["priority"], strict=True)) == GUIDE_SKILLS


def test_priority_is_ordered_with_wajib_the_maximum() -> None:
    priority = ck.load("skills")["priority"]
    assert priority.cat.ordered
    assert list(priority.cat.categories) == PRIORITIES
    assert priority.max() == "Wajib"
    assert (priority == priority.max()).sum() == 5
    assert priority.value_counts().to_dict() == {
        "Wajib": 5,
        "Penting": 5,
        "Nice to have": 3,
    }


def test_language_frameworks_and_best_fit_equal_the_guide() -> None:
    languages = ck.load("languages").set_index("language")
    assert list(languages.index) == list(GUIDE_FRAMEWORKS)
    assert languages["frameworks"].to_dict() == GUIDE_FRAMEWORKS
    assert languages["best_for"].to_dict() == GUIDE_BEST_FOR
    assert languages.loc["Rust", "strengths"] == ["Memory safety", "performa ekstrem"]


def test_database_kinds_and_examples_equal_the_guide() -> None:
    databases = ck.load("databases").set_index("kind")
    assert databases["examples"].to_dict() == GUIDE_DATABASES
    assert databases.loc["Key-Value", "best_for"] == [
        "Caching",
        "session storage",
        "rate limiting",
    ]


def test_api_styles_compare_rest_and_graphql() -> None:
    api = ck.load("api_styles").set_index("aspect")
    assert list(api.index) == [
        "Data Fetching",
        "Endpoints",
        "Over-fetching",
        "Caching",
        "Learning Curve",
        "Cocok untuk",
    ]
    assert tuple(api.loc["Learning Curve"]) == ("Mudah", "Sedang")
    assert tuple(api.loc["Endpoints"]) == ("Banyak endpoint", "Satu endpoint")


# --- roadmap, projects, career, market -------------------------------------------


def test_roadmap_has_every_topic_with_its_phase_and_months() -> None:
    roadmap = ck.load("roadmap")
    expected = [
        (phase, start, end, step, topic)
        for phase, start, end, topics in GUIDE_ROADMAP
        for step, topic in enumerate(topics, 1)
    ]
    got = [
        (r.phase, int(r.month_start), int(r.month_end), int(r.step), r.topic)
        for r in roadmap.itertuples()
    ]
    assert got == expected
    assert roadmap["month_end"].max() == 10
    assert roadmap["topic"].is_unique


def test_roadmap_phases_are_ordered() -> None:
    phase = ck.load("roadmap")["phase"]
    assert phase.cat.ordered and list(phase.cat.categories) == PHASES
    assert phase.value_counts(sort=False).tolist() == [4, 5, 5, 5, 5]


def test_portfolio_projects_platforms_and_areas_equal_the_guide() -> None:
    projects = ck.load("portfolio_projects")
    got = {int(r.rank): (r.project, r.features) for r in projects.itertuples()}
    assert got == GUIDE_PROJECTS
    platforms = ck.load("platforms")
    assert dict(zip(platforms["platform"], platforms["kind"], strict=True)) == (
        GUIDE_PLATFORMS
    )
    assert ck.load("responsibilities")["area"].tolist() == GUIDE_AREAS


def test_career_paths_and_market_facts() -> None:
    paths = ck.load("career_paths").set_index("approach")
    assert paths.loc["Spesialis", "strengths"] == [
        "High demand",
        "niche",
        "bayaran tinggi",
    ]
    assert paths.loc["Generalis", "example"] == "T-shaped"
    assert paths.loc["Generalis", "weaknesses"] == ["Perlu terus belajar hal baru"]
    facts = ck.load("market_facts")
    text = " ".join(facts["fact"])
    for word in ("LinkedIn", "Go", "Rust", "Spring Boot", "NestJS", "remote"):
        assert word in text, word


# --- copies, location ------------------------------------------------------------


def test_each_load_is_a_fresh_copy() -> None:
    first = ck.load("languages")
    first.loc[0, "language"] = "COBOL"
    first.loc[0, "frameworks"].append("jQuery")
    first["frameworks"].iloc[1].clear()
    second = ck.load("languages")
    assert second.loc[0, "language"] == "JavaScript/TypeScript"
    assert second.loc[0, "frameworks"] == ["Express", "NestJS", "Fastify"]
    assert second.loc[1, "frameworks"] == ["Django", "FastAPI", "Flask"]


def test_data_dir_in_a_checkout_is_the_repository_data() -> None:
    root = Path(__file__).resolve().parents[1] / "data"
    assert Path(str(tables_module.data_dir())) == root


def test_data_dir_prefers_the_packaged_copy(tmp_path, monkeypatch) -> None:
    (tmp_path / "_data").mkdir()
    monkeypatch.setattr(tables_module, "files", lambda package: tmp_path)
    assert Path(str(tables_module.data_dir())) == tmp_path / "_data"


# --- errors ----------------------------------------------------------------------


def test_unknown_name_lists_tables_and_closest_match() -> None:
    with pytest.raises(UnknownTableError) as caught:
        ck.load("salary")
    message = str(caught.value)
    assert "'salary'" in message
    assert "Did you mean 'salaries'?" in message
    assert all(name in message for name in ROW_COUNTS)
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, CareerkitError)


def test_unknown_name_with_csv_suffix_points_at_the_table() -> None:
    with pytest.raises(UnknownTableError, match="Did you mean 'roadmap'"):
        ck.load("Roadmap.csv")


def test_unknown_name_without_close_match_still_lists_tables() -> None:
    with pytest.raises(UnknownTableError) as caught:
        ck.load("zzzz")
    assert "Did you mean" not in str(caught.value)
    assert "market_facts" in str(caught.value)


def test_a_dataframe_instead_of_a_name_says_what_to_do() -> None:
    frame = ck.load("salaries")
    with pytest.raises(TypeError) as caught:
        ck.load(frame)
    message = str(caught.value)
    assert "DataFrame" in message
    assert "table name" in message
    assert "use it directly" in message
    assert isinstance(caught.value, CareerkitError)


def test_a_number_instead_of_a_name_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="got an object of type 'int'"):
        ck.load(3)


@pytest.fixture
def copied_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of data/ that careerkit.tables reads instead of the real one."""
    root = tmp_path / "data"
    shutil.copytree(Path(str(tables_module.data_dir())), root)
    monkeypatch.setattr(tables_module, "data_dir", lambda: root)
    return root


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD_CSVS = [
    pytest.param(
        "salaries",
        "level,years_min,years_max",
        "level,years_minimum,years_max",
        ["salaries.csv", "header", "column 2", "'years_min'", "'years_minimum'"],
        id="renamed-header",
    ),
    pytest.param(
        "salaries",
        "Senior,5,8,25000000",
        "Senior,5,8,25 juta",
        ["salaries.csv", "row 3", "line 4", "'idr_low'", "'25 juta'", "whole number"],
        id="text-in-money",
    ),
    pytest.param(
        "skills",
        "Caching,Penting,",
        "Caching,🟡 Penting,",
        ["skills.csv", "row 6", "'priority'", "'🟡 Penting'", "Wajib"],
        id="emoji-priority",
    ),
    pytest.param(
        "salaries",
        "Junior,0,2,6000000",
        "Junior,,2,6000000",
        ["salaries.csv", "row 1", "'years_min'", "required"],
        id="missing-required",
    ),
    pytest.param(
        "roadmap",
        "Advanced,7,8,2,",
        "Advanced,7,8,1,",
        ["roadmap.csv", "row 16", "phase+step", "repeats"],
        id="duplicate-key",
    ),
    pytest.param(
        "platforms",
        "Kalibrr,Indonesian job board,",
        "Kalibrr,Indonesian job board,x,",
        ["platforms.csv", "row 5", "expected 3 values, found 4"],
        id="extra-value",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "expected"), BAD_CSVS)
def test_bad_csv_names_file_row_column_and_text(
    copied_data: Path, name: str, old: str, new: str, expected: list[str]
) -> None:
    _replace(copied_data / f"{name}.csv", old, new)
    with pytest.raises(DataError) as caught:
        ck.load(name)
    message = str(caught.value)
    for part in expected:
        assert part in message, (part, message)
    assert isinstance(caught.value, ValueError)


def test_byte_order_mark_is_reported(copied_data: Path) -> None:
    path = copied_data / "salaries.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with pytest.raises(DataError, match="byte-order mark"):
        ck.load("salaries")


def test_bad_csv_leaves_other_tables_loadable(copied_data: Path) -> None:
    _replace(copied_data / "salaries.csv", "Junior,0,2", "Junior,nol,2")
    with pytest.raises(DataError, match="'nol'"):
        ck.load("salaries")
    assert len(ck.load("skills")) == 13
