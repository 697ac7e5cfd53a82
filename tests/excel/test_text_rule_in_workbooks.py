"""The text rule (domain.text) at the Excel door: a cell holding a control character (Excel's escaped
`_x0001_`, which openpyxl turns into U+0001), a bidi override or a C1 character refuses its row, naming
row, column and character; the other rows are read; nothing refused reaches the store."""

from __future__ import annotations

import json
import sqlite3

import pytest

from dvc_desktop.excel.catalog_reader import read_catalog
from dvc_desktop.excel.classification_reader import read_classifications
from dvc_desktop.excel.units_reader import read_units
from storehelp import import_cli, init_store, run_cli
from workbooks import simple_workbook

HEADER = ["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện"]


def catalogue(tmp_path, bad_name: str):
    return simple_workbook(tmp_path / "danh-muc.xlsx", HEADER, [
        [1, "1.000010", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã"],
        [2, "1.000011", bad_name, "Hộ tịch", "Cấp xã"],
        [3, "1.000012", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã"],
    ])


@pytest.mark.parametrize("bad, shown", [
    ("Thủ tục_x0001_", "U+0001"),  # Excel's escape for a control character
    ("Thủ tục\u202egnộc", "U+202E"),  # right-to-left override
    ("Thủ tục\u2066", "U+2066"),  # isolate
    ("Thủ tục\x85", "U+0085"),  # C1 (NEL), which clean() would otherwise turn into a space
])
def test_the_catalogue_reader_refuses_the_row_naming_column_and_character(tmp_path, levels, bad, shown):
    sheet = read_catalog(catalogue(tmp_path, bad), levels)
    assert [r.code.value for r in sheet.rows] == ["1.000010", "1.000012"]
    [refused] = sheet.rejected
    assert refused.row == 3
    assert "Cột C («Tên TTHC»)" in refused.reason and shown in refused.reason, refused.reason


def test_line_breaks_typed_with_alt_enter_are_text(tmp_path, levels):
    sheet = read_catalog(catalogue(tmp_path, "Đăng ký\nlại khai sinh"), levels)
    assert not sheet.rejected and sheet.rows[1].name == "Đăng ký lại khai sinh"


def test_the_command_line_lists_the_row_and_the_store_never_holds_it(tmp_path, capsys):
    store = init_store(tmp_path / "store")
    result = import_cli(capsys, store, catalogue(tmp_path, "Thủ tục_x0001_"), "--json")
    report = json.loads(result.out)
    assert report["added"] == 2
    [refused] = report["rejected"]
    assert refused["row"] == 3 and "U+0001" in refused["reason"]
    with sqlite3.connect(store / "dvc-desktop.sqlite") as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM procedures")]
    assert not any("\x01" in n for n in names)
    published = run_cli(capsys, "--data-dir", str(store), "publish", str(tmp_path / "dm.xlsx"), "--kind", "draft",
                        "--all")
    assert published.code == 0, published.err


def test_the_classification_reader_refuses_a_bad_note(tmp_path):
    path = simple_workbook(tmp_path / "phan-loai.xlsx", ["Mã TTHC", "Hình thức", "Ghi chú"], [
        ["1.000010", "Toàn trình", "ổn"], ["1.000011", "Một phần", "lý do\x7f"]])
    sheet = read_classifications(path)
    assert [r.code.value for r in sheet.rows] == ["1.000010"]
    assert sheet.rejected[0].row == 3 and "U+007F" in sheet.rejected[0].reason and "Cột C" in sheet.rejected[0].reason


def test_the_units_reader_refuses_a_bad_name(tmp_path):
    path = simple_workbook(tmp_path / "don-vi.xlsx", ["Mã định danh", "Tên cơ quan, đơn vị", "Cấp"], [
        ["000.00.12.H59", "Sở Tư pháp", "Cấp tỉnh"], ["000.00.13.H59", "Sở Y tế\u202e", "Cấp tỉnh"]])
    sheet = read_units(path, "H59")
    assert [u.code for u in sheet.rows] == ["000.00.12.H59"]
    assert "U+202E" in sheet.rejected[0].reason and "Cột B («Tên cơ quan, đơn vị»)" in sheet.rejected[0].reason


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_publication_reports_the_row_of_text_an_older_version_let_in(tmp_path, capsys, suffix):
    """The writers' last guard: before, `publish .xlsx` failed on every try with openpyxl's "cannot be
    used in worksheets" and the raw byte."""
    store = init_store(tmp_path / "store")
    assert import_cli(capsys, store, catalogue(tmp_path, "Đăng ký nhận cha, mẹ, con")).code == 0
    with sqlite3.connect(store / "dvc-desktop.sqlite") as connection:  # as a store filled before the rule
        connection.execute("UPDATE procedures SET name = name || char(1) WHERE code = '1.000011'")
    target = tmp_path / f"dm{suffix}"
    result = run_cli(capsys, "--data-dir", str(store), "publish", str(target), "--kind", "draft", "--all")
    assert result.code != 0
    assert "1.000011" in result.err and "U+0001" in result.err and "name" in result.err, result.err
    assert "worksheets" not in result.err and "\x01" not in result.err
    assert not target.exists()
