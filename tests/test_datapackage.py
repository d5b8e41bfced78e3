"""data/datapackage.json describes every CSV truthfully and completely.

Read with the standard library only, so a descriptor mistake is reported here
even when careerkit's own loader would stop at it first.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
PACKAGE = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = {r["name"]: r for r in PACKAGE["resources"]}
NAMES = sorted(RESOURCES)

LEVELS = ["Junior", "Mid-level", "Senior", "Staff/Lead", "Principal/Architect"]
ORDERED = {
    "level": LEVELS,
    "priority": ["Nice to have", "Penting", "Wajib"],
    "phase": [
        "Fundamental",
        "Database & API",
        "Framework & Tools",
        "Advanced",
        "Portofolio & Job Hunting",
    ],
}
TYPES = {"string", "integer", "number", "year", "list"}


def _fields(name: str) -> list[dict]:
    return RESOURCES[name]["schema"]["fields"]


def _header(name: str) -> list[str]:
    with (DATA / RESOURCES[name]["path"]).open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_package_is_frictionless_v2_with_licence_and_sources() -> None:
    assert PACKAGE["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert PACKAGE["name"] == "careerkit"
    assert PACKAGE["title"] and PACKAGE["description"]
    assert [lic["name"] for lic in PACKAGE["licenses"]] == ["CC-BY-4.0"]
    titles = " ".join(source["title"] for source in PACKAGE["sources"])
    for publisher in ("Panduan Lengkap 2026", "NodeFlair", "Glints"):
        assert publisher in titles


def test_every_csv_is_described_and_every_resource_exists() -> None:
    on_disk = sorted(path.name for path in DATA.glob("*.csv"))
    assert sorted(r["path"] for r in RESOURCES.values()) == on_disk
    assert all(r["path"] == f"{name}.csv" for name, r in RESOURCES.items())


@pytest.mark.parametrize("name", NAMES)
def test_resource_metadata(name: str) -> None:
    resource = RESOURCES[name]
    assert resource["title"] and resource["description"]
    assert resource["format"] == "csv"
    assert resource["encoding"] == "utf-8"
    assert resource["sources"] and all(s["title"] for s in resource["sources"])
    assert resource["schema"]["missingValues"] == [""]


@pytest.mark.parametrize("name", NAMES)
def test_csv_header_equals_the_fields(name: str) -> None:
    assert _header(name) == [f["name"] for f in _fields(name)]


@pytest.mark.parametrize("name", NAMES)
def test_every_field_has_a_known_type_and_a_description(name: str) -> None:
    for field in _fields(name):
        assert field["type"] in TYPES, field["name"]
        assert len(field["description"]) > 10, field["name"]


@pytest.mark.parametrize("name", NAMES)
def test_money_years_and_months_have_units(name: str) -> None:
    for field in _fields(name):
        column = field["name"]
        if column.startswith(("idr_", "usd_")):
            currency = column[:3].upper()
            assert field["unit"] == f"{currency} per month", column
        elif column == "amount":
            assert "currency" in field["unit"] and "period" in field["unit"]
        elif column.startswith("years_"):
            assert field["unit"] == "years", column
        elif column.startswith("month_"):
            assert "month" in field["unit"], column


@pytest.mark.parametrize("name", NAMES)
def test_levels_priorities_and_phases_are_ordered_categories(name: str) -> None:
    for field in _fields(name):
        if field["name"] in ORDERED:
            assert field["categories"] == ORDERED[field["name"]], field["name"]
            assert field["categoriesOrdered"] is True, field["name"]


def test_ordered_fields_appear_where_the_schema_says() -> None:
    owners = {
        (name, f["name"])
        for name in NAMES
        for f in _fields(name)
        if f.get("categoriesOrdered")
    }
    assert owners == {
        ("salaries", "level"),
        ("salary_benchmarks", "level"),
        ("skills", "priority"),
        ("roadmap", "phase"),
    }


@pytest.mark.parametrize("name", NAMES)
def test_list_columns_are_semicolon_delimited_strings(name: str) -> None:
    for field in _fields(name):
        if field["type"] == "list":
            assert field["delimiter"] == ";" and field["itemType"] == "string"


def test_list_columns_are_the_documented_ones() -> None:
    lists = {(n, f["name"]) for n in NAMES for f in _fields(n) if f["type"] == "list"}
    assert lists == {
        ("languages", "frameworks"),
        ("languages", "strengths"),
        ("languages", "best_for"),
        ("databases", "examples"),
        ("databases", "best_for"),
        ("portfolio_projects", "features"),
        ("career_paths", "strengths"),
        ("career_paths", "weaknesses"),
    }


@pytest.mark.parametrize("name", NAMES)
def test_primary_key_names_existing_fields(name: str) -> None:
    key = RESOURCES[name]["schema"]["primaryKey"]
    assert set(key) <= {f["name"] for f in _fields(name)}


@pytest.mark.parametrize("name", NAMES)
def test_csv_is_utf8_without_bom_with_unix_newlines(name: str) -> None:
    raw = (DATA / RESOURCES[name]["path"]).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")  # raises if not UTF-8
    assert b"\r" not in raw
    assert raw.endswith(b"\n")


@pytest.mark.parametrize("name", NAMES)
def test_categories_cover_every_value(name: str) -> None:
    with (DATA / RESOURCES[name]["path"]).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for field in _fields(name):
        if "categories" in field:
            values = {row[field["name"]] for row in rows}
            assert values <= set(field["categories"]), field["name"]
