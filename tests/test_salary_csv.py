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


@pytest.fixture
def english() -> None:
    """English messages for this test (conftest goes back to the default after)."""
    ck.set_language("en")


def test_lowongan_warns_once_naming_file_rows_and_texts(english):
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(CASES / "lowongan.csv")
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "lowongan.csv" in message
    assert "1 of 8 rows" in message
    assert "row 4 'Nego' (no amount in the text)" in message
    assert frame.attrs["salary_problems"]["message"] == message


def test_the_warning_is_indonesian_by_default():
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(CASES / "lowongan.csv")
    message = str(caught[0].message)
    path = CASES / "lowongan.csv"
    assert message == (
        f"{path}: gaji di 1 dari 8 baris tidak bisa dibaca (salary_low dan "
        "salary_high-nya kosong). Baris pertama (posisi dihitung dari 0, seperti "
        "df.iloc): baris 4 'Nego' (tidak ada angka gaji di teks ini). Lihat kolom "
        "salary_problem atau df.attrs['salary_problems']; perbaiki teksnya di "
        "sumbernya, atau pakai warn=False agar peringatan ini tidak muncul."
    )
    assert frame.at[4, "salary_problem"] == "tidak ada angka gaji di teks ini"


def test_summary_stays_on_the_result_with_warn_false(english):
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


def test_warning_lists_at_most_five_examples_and_counts_flagged_rows(english, tmp_path):
    rows = [(str(i), "Nego") for i in range(7)] + [("x", "12-6 juta")]
    path = _write(tmp_path / "many.csv", _table(",", rows))
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(path)
    message = str(caught[0].message)
    assert "7 of 8 rows" in message and "1 rows look implausible" in message
    assert message.count("'Nego'") == 5
    assert frame.attrs["salary_problems"]["flagged"] == 1
    assert _cells(frame, 7)[:2] == (6_000_000, 12_000_000)


def test_unread_and_flagged_rows_are_both_counted_in_indonesian(tmp_path):
    rows = [("a", "Nego"), ("b", "12-6 juta"), ("c", "8 juta")]
    path = _write(tmp_path / "dua.csv", _table(",", rows))
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(path)
    message = str(caught[0].message)
    assert "gaji di 1 dari 3 baris tidak bisa dibaca" in message
    assert " dan 1 baris tampak tidak wajar atau rentangnya ditukar." in message
    assert "baris 1 '12-6 juta' (rentang ditulis terbalik" in message
    assert frame.attrs["salary_problems"]["examples"][1]["problem"] == (
        "rentang ditulis terbalik (tinggi ke rendah), sudah ditukar"
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "already has salary_low; replaced them with the values parsed from "
            "'gaji'"),
     ("id", "sudah punya kolom salary_low; isinya diganti dengan hasil membaca "
            "'gaji'")],
)  # fmt: skip
def test_existing_parsed_columns_are_replaced_with_a_warning(tmp_path, language, words):
    ck.set_language(language)
    text = "gaji,salary_low\n5 juta,123\n"
    with pytest.warns(SalaryWarning, match=words):
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
    assert frame.at[0, "salary_problem"] == "tidak ada teks gaji"
    assert frame.at[1, "salary_low"] == 8_000_000


# --- a row with the wrong number of fields is an error, never a shift ----------

RAGGED = {
    "usd-range-unquoted-comma": (
        "posisi,gaji\nBackend,$800 - $1,500\nFrontend,Rp 7 juta\n",
        2,
    ),
    "rupiah-thousands-unquoted": ("posisi,gaji\nA,Rp 1,500,000\n", 2),
    "decimal-comma-unquoted": (
        "posisi,kota,gaji\nDev,Solo,Rp 7 juta\nOps,Solo,Rp 7,5 juta\n",
        3,
    ),
    "short-row": ("posisi,kota,gaji\nDev,Solo,Rp 7 juta\nOps,8 juta\n", 3),
    "semicolon-extra-field": ("posisi;gaji\nDev;Rp 7 juta\nOps;Rp 8 juta; nego\n", 3),
    "tab-extra-field": ("posisi\tgaji\nDev\tRp 7 juta\nOps\t8\tjuta\n", 3),
    "after-excel-sep-line": ("sep=,\nposisi,gaji\nA,1\nB,Rp 1,500,000\n", 4),
    "crlf": ("posisi,gaji\r\nA,Rp 7 juta\r\nB,$1,500\r\n", 3),
    "after-a-multiline-quoted-cell": (
        'posisi,catatan,gaji\nA,"two\nlines",Rp 7 juta\nB,x,$2,000\n',
        4,
    ),
}


@pytest.mark.parametrize(("text", "line"), list(RAGGED.values()), ids=list(RAGGED))
def test_a_ragged_row_is_an_error_naming_file_line_and_text(tmp_path, text, line):
    path = _write(tmp_path / "ragged.csv", text)
    with pytest.raises(ck.DataError) as caught:
        ck.read_salary_csv(path)
    message = str(caught.value)
    assert "ragged.csv" in message
    assert f"line {line}" in message
    wanted = text.replace("\r\n", "\n").split("\n")[line - 1]
    assert repr(wanted) in message
    assert isinstance(caught.value, ValueError)


def test_a_ragged_row_far_below_the_sniffed_sample_is_found(tmp_path):
    rows = "".join(f"Dev {i},Rp {i} juta\n" for i in range(1, 200))
    text = "posisi,gaji\n" + rows + "Ops,$1,500\n"
    with pytest.raises(ck.DataError, match="line 201"):
        ck.read_salary_csv(_write(tmp_path / "long.csv", text))


def test_delimiter_with_a_consistent_width_wins_over_a_ragged_one(tmp_path):
    text = "posisi;gaji\nBackend, Senior;$800 - $1,500\nOps;Rp 7,5 juta\n"
    frame = _read_quietly(_write(tmp_path / "semi.csv", text))
    assert frame["posisi"].tolist() == ["Backend, Senior", "Ops"]
    assert frame["salary_low"].tolist() == [800, 7_500_000]


def test_a_user_separator_is_checked_too(tmp_path):
    text = "posisi,gaji\nA,Rp 1,500,000\n"
    with pytest.raises(ck.DataError, match="line 2"):
        ck.read_salary_csv(_write(tmp_path / "sep.csv", text), sep=",")


def test_pandas_never_guesses_an_index(tmp_path):
    frame = _read_quietly(_write(tmp_path / "plain.csv", "posisi,gaji\nA,8 juta\n"))
    assert frame.index.tolist() == [0]
    assert frame["posisi"].tolist() == ["A"]


def test_blank_lines_are_not_ragged(tmp_path):
    text = "posisi,gaji\n\nA,8 juta\n\n\nB,9 juta\n\n"
    frame = _read_quietly(_write(tmp_path / "blank.csv", text))
    assert frame["salary_low"].tolist() == [8_000_000, 9_000_000]


def test_comment_option_still_works_with_the_field_check(tmp_path):
    text = "# exported\nrole|salary\n# a note\nDev|$3,000 - $4,000\n"
    frame = ck.read_salary_csv(_write(tmp_path / "c.csv", text), "salary", sep="|",
                               comment="#")  # fmt: skip
    assert _cells(frame, 0) == (3000, 4000, "USD", "month")


# --- empty files, UTF-16, bad arguments ------------------------------------------

EMPTY = {
    "zero-bytes": b"",
    "only-bom": b"\xef\xbb\xbf",
    "only-newlines": b"\r\n\r\n",
    "only-excel-sep-line": b"sep=;\r\n",
}


@pytest.mark.parametrize("content", list(EMPTY.values()), ids=list(EMPTY))
def test_an_empty_file_is_a_data_error_naming_it(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ck.DataError, match=r"empty\.csv.*empty"):
        ck.read_salary_csv(path)


def test_a_header_only_file_gives_an_empty_frame(tmp_path):
    frame = _read_quietly(_write(tmp_path / "head.csv", "posisi,gaji\n"))
    assert frame.empty and list(frame.columns) == ["posisi", "gaji", *PARSED]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_file_with_a_bom_is_read(tmp_path, encoding):
    text = "posisi;gaji\r\nPengembang – Café;Rp 7 – 9 jt\r\n"
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    path = tmp_path / "excel-unicode.csv"
    path.write_bytes((bom + text).encode(encoding))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = ck.read_salary_csv(path)
    assert frame.at[0, "posisi"] == "Pengembang – Café"
    assert _cells(frame, 0) == (7_000_000, 9_000_000, "IDR", "month")


def test_utf16_without_a_bom_is_refused_not_read_as_cp1252(tmp_path):
    path = tmp_path / "nobom.csv"
    path.write_bytes("posisi,gaji\nDev,8 juta\n".encode("utf-16-le"))
    with pytest.raises(ck.DataError, match=r"nobom\.csv.*encoding="):
        ck.read_salary_csv(path)


@pytest.mark.parametrize("column", [None, 5, ["gaji"]], ids=repr)
def test_salary_column_must_be_a_name(tmp_path, column):
    path = _write(tmp_path / "x.csv", "gaji\n8 juta\n")
    with pytest.raises(TypeError, match="salary_column must be"):
        ck.read_salary_csv(path, salary_column=column)


def test_summary_uses_positions_even_with_a_users_index(english, tmp_path):
    text = "kode,gaji\nA,Nego\nA,8 juta\nB,Dirahasiakan\nA,12-6 juta\n"
    path = _write(tmp_path / "idx.csv", text)
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(path, index_col="kode")
    summary = frame.attrs["salary_problems"]
    assert [e["row"] for e in summary["examples"]] == [0, 2, 3]
    assert [e["text"] for e in summary["examples"]] == [
        "Nego", "Dirahasiakan", "12-6 juta"
    ]  # fmt: skip
    message = str(caught[0].message)
    assert "row 0 'Nego'" in message and "row 2 'Dirahasiakan'" in message
    assert "dtype" not in message and "Name:" not in message


# --- a number cut into two cells by an unquoted comma ----------------------------
# The row still has as many fields as the header when another field is missing,
# so the width check passes; the salary must then be missing, with a problem,
# never the first piece of the number read as the whole salary.

SPLIT = {
    "usd-per-year-middle": ("posisi,gaji,kota\nDev,$100,000/yr\n", "$100"),
    "rupiah-three-cells": ("posisi,gaji,kota,catatan\nDev,Rp 1,500,000\n", "Rp 1"),
    "salary-first-column": ("gaji,kota,catatan\n12,500,000\n", "12"),
    "salary-last-column": ("posisi,kota,gaji\nDev,$1,500\n", "500"),
    "salary-last-tail-with-period": ("posisi,kota,gaji\nDev,$100,000/yr\n", "000/yr"),
    "range-tail-in-salary": ("posisi,kota,gaji\nOps,$800 - $1,500\n", "500"),
    "middle-both-sides": ("posisi,kota,gaji,catatan\nDev,Rp 2,500,000\n", "500"),
    "range-head-in-salary": (
        "posisi,gaji,kota,catatan\nDev,Rp 12,500 - Rp 15,000\n",
        "Rp 12",
    ),
    "crlf-and-good-rows-around": (
        "posisi,gaji,kota\r\nA,8 juta,Solo\r\nB,$2,500/mo\r\nC,Rp 9 jt,Medan\r\n",
        "$2",
    ),
}


@pytest.mark.parametrize(("text", "salary"), list(SPLIT.values()), ids=list(SPLIT))
def test_a_number_split_by_an_unquoted_comma_is_missing_with_a_problem(
    english, tmp_path, text, salary
):
    path = _write(tmp_path / "split.csv", text)
    with pytest.warns(SalaryWarning) as caught:
        frame = ck.read_salary_csv(path)
    at = frame.index[frame["gaji"] == salary][0]
    assert _cells(frame, at) == (None, None, None, None)
    assert "unquoted comma" in frame.at[at, "salary_problem"]
    others = frame.drop(index=at)
    assert others["salary_problem"].isna().all()  # the good rows stay clean
    summary = frame.attrs["salary_problems"]
    assert summary["unread"] == 1
    assert summary["examples"][0]["row"] == at
    message = str(caught[0].message)
    assert f"1 of {len(frame)} rows" in message and "unquoted comma" in message


def test_the_split_problem_names_the_columns_and_pieces_in_indonesian(tmp_path):
    path = _write(tmp_path / "potong.csv", "posisi,gaji,kota\nDev,$100,000/yr\n")
    with pytest.warns(SalaryWarning, match="gaji di 1 dari 1 baris"):
        frame = ck.read_salary_csv(path)
    assert frame.at[0, "salary_problem"] == (
        "angka gaji tampaknya terpotong koma tanpa tanda kutip: kolom gaji dan "
        "kota berisi '$100' dan '000/yr'; beri tanda kutip pada teks gaji di "
        'file (misalnya "$100,000/yr"), lalu baca lagi'
    )
    # every original cell is kept as written, so nothing is lost
    assert frame.loc[0, ["posisi", "gaji", "kota"]].tolist() == [
        "Dev", "$100", "000/yr"
    ]  # fmt: skip


def test_a_cut_that_changes_the_width_is_still_a_ragged_row_error(tmp_path):
    path = _write(tmp_path / "lebar.csv", "posisi,gaji,kota\nDev,Rp 1,500,000\n")
    with pytest.raises(ck.DataError, match="line 2 has 4 fields"):
        ck.read_salary_csv(path)


def test_a_split_is_found_when_read_csv_options_change_the_rows(english, tmp_path):
    text = "posisi,gaji,kota\nA,8 juta,Solo\nB,$1,500/mo\n"
    path = _write(tmp_path / "opsi.csv", text)
    for options in ({"header": 0}, {"skiprows": [1]}, {"nrows": 2}):
        frame = _read_quietly(path, **options)
        at = frame.index[frame["gaji"] == "$1"][0]
        assert _cells(frame, at) == (None, None, None, None), options
        assert "unquoted comma" in frame.at[at, "salary_problem"], options


def test_a_split_is_found_with_a_regex_separator(english, tmp_path):
    path = _write(tmp_path / "regex.csv", "posisi,gaji,kota\nDev,$100,000/yr\n")
    frame = _read_quietly(path, sep=r"\s*,\s*", engine="python")
    assert _cells(frame, 0) == (None, None, None, None)
    assert "unquoted comma" in frame.at[0, "salary_problem"]


def test_an_ambiguous_digit_column_before_a_three_digit_salary_is_flagged(tmp_path):
    # "3,500 USD" reads as years=3, salary=500 USD or as one cut salary: the
    # reader cannot tell, so it flags the row rather than guess (the text stays).
    path = _write(tmp_path / "tahun.csv", "tahun,gaji\n3,500 USD\n")
    frame = _read_quietly(path)
    assert _cells(frame, 0) == (None, None, None, None)
    assert frame.at[0, "salary_problem"].startswith("angka gaji tampaknya terpotong")


NOT_SPLIT = {
    "quoted-area-code-after-salary": (
        '"posisi","gaji","kode_area"\r\n"Dev","Rp 8.000.000","021"\r\n',
        (8_000_000, 8_000_000, "IDR", "month"),
    ),
    "quoted-salary-then-bare-code": (
        'posisi,gaji,kode\nDev,"$1,500",021\n',
        (1500, 1500, "USD", "month"),
    ),
    "word-and-digit-before-salary": (
        "posisi,kode,gaji\nDev,kode 2,500 USD\n",
        (500, 500, "USD", "month"),
    ),
    "four-digit-code-after-salary": (
        "posisi,gaji,tahun\nDev,$800,2026\n",
        (800, 800, "USD", "month"),
    ),
    "salary-ends-in-a-word": (
        "posisi,gaji,kode\nDev,8 juta,021\n",
        (8_000_000, 8_000_000, "IDR", "month"),
    ),
    "year-before-salary": (
        "posisi,tahun,gaji\nDev,2026,Rp 500 ribu\n",
        (500_000, 500_000, "IDR", "month"),
    ),
    "semicolon-file": (
        "posisi;gaji;kode\nDev;$800;021\n",
        (800, 800, "USD", "month"),
    ),
    "decimal-comma-quoted": (
        'posisi,gaji,kota\nDev,"Rp 7,5 juta",Solo\n',
        (7_500_000, 7_500_000, "IDR", "month"),
    ),
}


@pytest.mark.parametrize(
    ("text", "cells"), list(NOT_SPLIT.values()), ids=list(NOT_SPLIT)
)
def test_normal_rows_next_to_digits_are_not_taken_for_a_split(tmp_path, text, cells):
    path = _write(tmp_path / "normal.csv", text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = ck.read_salary_csv(path)
    assert _cells(frame, 0) == cells
    assert frame.at[0, "salary_problem"] is pd.NA
