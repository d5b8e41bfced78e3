"""careerkit.read_salary_csv: real exports (BOM, ; and tab, sep=, cp1252)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import careerkit as ck
from careerkit.salary import SalaryWarning

CASES = Path(__file__).resolve().parent / "cases"
PARSED = ["salary_low", "salary_high", "salary_currency", "salary_period",
          "salary_problem"]  # fmt: skip


def _cells(frame: pd.DataFrame, row) -> tuple:
    names = ("salary_low", "salary_high", "salary_currency", "salary_period")
    return tuple(None if pd.isna(frame.at[row, n]) else frame.at[row, n] for n in names)


def _read_quietly(path: Path, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ck.read_salary_csv(path, **kwargs)


# --- the shared case ---------------------------------------------------------


def test_lowongan_gives_the_expected_rows():
    frame = _read_quietly(CASES / "lowongan.csv", salary_column="gaji")
    expected = pd.read_csv(
        CASES / "lowongan.expected.tsv", sep="\t", dtype=str, keep_default_na=False
    )
    assert len(frame) == len(expected)
    for _, row in expected.iterrows():
        at = int(row["row"])
        if row["low"] == "error":
            assert _cells(frame, at) == (None, None, None, None)
            assert frame.at[at, "salary_problem"]
            continue
        want = (
            float(row["low"]) if row["low"] else None,
            float(row["high"]) if row["high"] else None,
            row["currency"],
            row["period"],
        )
        assert _cells(frame, at) == want, at
        assert frame.at[at, "salary_problem"] is pd.NA


def test_lowongan_keeps_every_original_column_and_value():
    frame = _read_quietly(CASES / "lowongan.csv")
    assert list(frame.columns) == ["posisi", "kota", "gaji", *PARSED]
    assert frame.at[3, "posisi"] == "Software Engineer, Backend"  # quoted comma
    assert frame.at[2, "gaji"] == "Rp 30 – 40 jt"
    assert frame["salary_low"].dtype == "Float64"
    assert frame["salary_currency"].dtype == "category"
    assert frame["salary_problem"].dtype == pd.StringDtype()


def test_lowongan_warns_once_naming_file_rows_and_texts():
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(CASES / "lowongan.csv")
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "lowongan.csv" in message
    assert "1 of 8 rows" in message
    assert "row 4 'Nego'" in message
    assert frame.attrs["salary_problems"]["message"] == message


def test_summary_stays_on_the_result_with_warn_false():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = ck.read_salary_csv(CASES / "lowongan.csv", warn=False)
    summary = frame.attrs["salary_problems"]
    assert summary["file"].endswith("lowongan.csv")
    assert (summary["rows"], summary["unread"], summary["flagged"]) == (8, 1, 0)
    assert summary["examples"] == [
        {"row": 4, "text": "Nego", "problem": "no amount in the text"}
    ]


# --- other exports, written here -----------------------------------------------

ROWS = [("Backend Dev", "Rp 6.000.000 - Rp 9.000.000"), ("Lead", "Dirahasiakan")]


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _table(sep: str, rows=ROWS, header=("posisi", "gaji")) -> str:
    lines = [sep.join(header)] + [sep.join(f'"{c}"' for c in row) for row in rows]
    return "\r\n".join(lines) + "\r\n"


EXPORTS = {
    "comma-utf8-no-bom": (_table(","), "utf-8"),
    "comma-utf8-bom": ("\ufeff" + _table(","), "utf-8"),
    "semicolon": (_table(";"), "utf-8"),
    "semicolon-bom": ("\ufeff" + _table(";"), "utf-8"),
    "tab": (_table("\t"), "utf-8"),
    "excel-sep-line": ("sep=;\r\n" + _table(";"), "utf-8"),
    "excel-sep-line-after-bom": ("\ufeffsep=;\r\n" + _table(";"), "utf-8"),
    "excel-sep-line-tab": ("sep=\t\n" + _table("\t"), "utf-8"),
    "lf-line-ends": (_table(",").replace("\r\n", "\n"), "utf-8"),
}


@pytest.mark.parametrize(
    ("content", "encoding"), list(EXPORTS.values()), ids=list(EXPORTS)
)
def test_other_exports_are_read(tmp_path, content, encoding):
    path = _write(tmp_path / "export.csv", content, encoding)
    frame = _read_quietly(path)
    assert list(frame.columns) == ["posisi", "gaji", *PARSED]
    assert frame["posisi"].tolist() == ["Backend Dev", "Lead"]
    assert _cells(frame, 0) == (6_000_000, 9_000_000, "IDR", "month")
    assert _cells(frame, 1) == (None, None, None, None)


def test_semicolon_export_with_decimal_commas_in_cells(tmp_path):
    rows = [("A", "Rp 7,5 juta"), ("B", "$2,500"), ("C", "6,5-8 jt")]
    path = _write(tmp_path / "id.csv", _table(";", rows))
    frame = _read_quietly(path)
    assert frame["salary_low"].tolist() == [7_500_000, 2500, 6_500_000]


def test_unquoted_semicolon_export_is_sniffed(tmp_path):
    text = "posisi;kota;gaji\nDev;Jakarta;Rp 7,5 juta\nOps;Bandung;8 juta\n"
    frame = _read_quietly(_write(tmp_path / "plain.csv", text))
    assert frame["kota"].tolist() == ["Jakarta", "Bandung"]
    assert frame["salary_low"].tolist() == [7_500_000, 8_000_000]


def test_windows_1252_file_is_read_with_a_warning(tmp_path):
    rows = [("Pengembang Backend – Jakarta", "Rp 7 – 9 jt"), ("Café", "$2,000")]
    path = _write(tmp_path / "windows.csv", _table(";", rows), "cp1252")
    with pytest.warns(UnicodeWarning, match="windows.csv.*Windows-1252"):
        frame = ck.read_salary_csv(path)
    assert frame.at[0, "posisi"] == "Pengembang Backend – Jakarta"
    assert frame.at[1, "posisi"] == "Café"
    assert _cells(frame, 0) == (7_000_000, 9_000_000, "IDR", "month")


def test_salary_column_is_read_as_text_not_as_numbers(tmp_path):
    text = "gaji\n1.500.000\n2.500.000\n"
    frame = _read_quietly(_write(tmp_path / "numbers.csv", text), currency="IDR")
    assert frame["gaji"].tolist() == ["1.500.000", "2.500.000"]
    assert frame["salary_low"].tolist() == [1_500_000, 2_500_000]
    assert frame["salary_currency"].tolist() == ["IDR", "IDR"]


def test_other_salary_column_name_and_read_csv_options(tmp_path):
    text = "# exported 2026-01-05\nrole|salary\nDev|$3,000 - $4,000\n"
    path = _write(tmp_path / "pipe.csv", text)
    frame = ck.read_salary_csv(path, "salary", sep="|", comment="#")
    assert _cells(frame, 0) == (3000, 4000, "USD", "month")


def test_explicit_encoding_is_used(tmp_path):
    path = _write(tmp_path / "latin.csv", "gaji,kota\n5 juta,Malang é\n", "latin-1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = ck.read_salary_csv(path, encoding="latin-1")
    assert frame.at[0, "kota"] == "Malang é"


def test_missing_salary_column_names_the_file_the_columns_and_the_closest(tmp_path):
    path = _write(tmp_path / "jobs.csv", "Posisi,Gaji Bulanan,Kota\nDev,5 juta,Solo\n")
    with pytest.raises(ck.DataError) as caught:
        ck.read_salary_csv(path)
    message = str(caught.value)
    assert "jobs.csv" in message and "'gaji'" in message
    assert "'Posisi', 'Gaji Bulanan', 'Kota'" in message
    assert "salary_column='Gaji Bulanan'" in message
    assert isinstance(caught.value, ValueError)


def test_warning_lists_at_most_five_examples_and_counts_flagged_rows(tmp_path):
    rows = [(str(i), "Nego") for i in range(7)] + [("x", "12-6 juta")]
    path = _write(tmp_path / "many.csv", _table(",", rows))
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(path)
    message = str(caught[0].message)
    assert "7 of 8 rows" in message and "1 rows look implausible" in message
    assert message.count("'Nego'") == 5
    assert frame.attrs["salary_problems"]["flagged"] == 1
    assert _cells(frame, 7)[:2] == (6_000_000, 12_000_000)


def test_existing_parsed_columns_are_replaced_with_a_warning(tmp_path):
    text = "gaji,salary_low\n5 juta,123\n"
    with pytest.warns(SalaryWarning, match="already has salary_low"):
        frame = ck.read_salary_csv(_write(tmp_path / "again.csv", text))
    assert frame["salary_low"].tolist() == [5_000_000]


def test_a_clean_file_gives_no_warning_and_an_empty_message(tmp_path):
    path = _write(tmp_path / "clean.csv", _table(",", [("Dev", "8 juta")]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = ck.read_salary_csv(path)
    assert frame.attrs["salary_problems"]["message"] == ""


def test_empty_salary_cells_are_reported_as_missing_text(tmp_path):
    path = _write(tmp_path / "gaps.csv", "posisi,gaji\nDev,\nOps,8 juta\n")
    frame = _read_quietly(path)
    assert frame.at[0, "salary_problem"] == "no salary text"
    assert frame.at[1, "salary_low"] == 8_000_000
