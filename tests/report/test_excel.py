"""report.xlsx: one sheet per table, formulas neutralised, numbers kept."""
import pandas as pd
import pytest
from openpyxl import load_workbook

from textnps.report.excel import neutralise, write_excel


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"),
    ("+46 70 000 00 00", "'+46 70 000 00 00"),
    ("-dyrt", "'-dyrt"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("för dyrt", "för dyrt"),
    ("bad\x00char", "badchar"),
    (-5, -5),
    (3.5, 3.5),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_no_cell_is_a_formula(tmp_path):
    tables = {"top_complaints": pd.DataFrame({"theme_id": ["price"], "example_1": ['=HYPERLINK("http://x","y")'],
                                              "impact": [-12.5], "n": [3]})}
    path = write_excel(tables, tmp_path / "r.xlsx", lang="da")
    sheet = load_workbook(path)["top_complaints"]
    assert [c.value for c in sheet[1]] == ["Tema-id", "Eksempel 1", "Betydning", "Svar"]
    row = [c for c in sheet[2]]
    assert row[1].value == "'=HYPERLINK(\"http://x\",\"y\")" and row[1].data_type == "s"
    assert row[2].value == -12.5 and row[3].value == 3
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)


def test_saved_workbook_has_one_sheet_per_table(saved, report):
    book = load_workbook(saved / "report.xlsx", read_only=True)
    assert book.sheetnames == list(report.tables)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, str) and value[:1] in "=+-@")


def test_decimals_are_formatted_and_sheets_filterable(tmp_path):
    tables = {"theme_impact": pd.DataFrame({"theme_id": ["price"], "impact": [-7.123456], "p_value": [0.00012]})}
    sheet = load_workbook(write_excel(tables, tmp_path / "r.xlsx"))["theme_impact"]
    assert sheet["B2"].number_format == "0.0" and sheet["C2"].number_format == "0.0000"
    assert sheet["B2"].value == pytest.approx(-7.123456)   # the value keeps every digit
    assert sheet.auto_filter.ref == "A1:C2"


def test_cells_over_excels_limit_are_cut_with_a_warning(tmp_path):
    from openpyxl import load_workbook

    tables = {"t": pd.DataFrame({"example_1": ["dålig service " * 3000, "kort"]})}
    with pytest.warns(UserWarning, match=r"1 cell\(s\) longer than Excel's 32,767 characters were cut in"):
        write_excel(tables, tmp_path / "r.xlsx")
    assert len(load_workbook(tmp_path / "r.xlsx")["t"]["A2"].value) == 32_767


@pytest.mark.parametrize("lang", ["sv", "da", "nb"])
def test_each_sheet_keeps_frozen_header_widths_and_formats(tmp_path, lang):
    tables = {"trends": pd.DataFrame({"segment": ["(all)", "(all)"], "share": [12.345, None], "p_value": [0.01234, 0.5],
                                      "n": [10, 20]}),
              "empty": pd.DataFrame({"theme_id": pd.Series([], dtype=object)})}
    book = load_workbook(write_excel(tables, tmp_path / "r.xlsx", lang=lang))
    sheet = book["trends"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D3"
    assert [sheet.column_dimensions[c].width for c in "ABCD"] == [
        max(10, len(str(sheet[f"{c}1"].value)) + 2) for c in "ABCD"]
    assert [sheet[f"{c}2"].number_format for c in "BCD"] == ["0.0", "0.0000", "General"]
    assert sheet["B3"].value is None and sheet["B3"].number_format == "0.0"  # a missing share stays empty
    assert sheet["A2"].value != "(all)"  # the code is written in the report's language
    assert book["empty"].max_row == 1 and book["empty"].auto_filter.ref == "A1:A1"
