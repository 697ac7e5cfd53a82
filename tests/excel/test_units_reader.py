"""read_units on lists laid out the way provinces send them, and the demo list built from province.json."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvc_desktop.domain.text import fold
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected, open_workbook
from dvc_desktop.excel.table import HEADER_SEARCH_ROWS, first_table, match_alias, table_rows
from dvc_desktop.excel.units_reader import (
    UnitRow,
    UnitsSheet,
    level_from_cell,
    read_units,
    unit_aliases,
)
from dvc_desktop.progress import no_progress
from dvc_desktop.resources import resource_path
from unit_workbooks import COMMUNES, DEPARTMENTS, UNITS_HEADER, header_row_of, list_layout
from workbooks import SHEET1, Section, nfd, read_members, rewrite, write_official_sample

ROOT = Path(__file__).resolve().parents[2]
UNIT_COLUMNS = json.loads(resource_path("excel", "unit_columns.json").read_text("utf-8"))
DEMO = json.loads(resource_path("demo", "province.json").read_text("utf-8"))
NBSP = "\u00a0"
PROVINCE = "H59"


def summary(sheet: UnitsSheet) -> list[tuple[int, str, str, str, str, str]]:
    return [(u.row, u.code, u.name, u.level_code, u.kind, u.note) for u in sheet.rows]


def reasons(sheet: UnitsSheet) -> dict[int, str]:
    return {r.row: r.reason for r in sheet.rejected}


def bare(path: Path, header: tuple[str, ...], rows: list) -> Path:
    """Header on row 1, no titles."""
    return list_layout(path, rows, header, titles=(), blank_rows=0)


# --- The real layout, end to end -------------------------------------------------------------------

@pytest.mark.parametrize("shared_strings", [True, False], ids=["shared-strings", "inline-strings"])
def test_a_real_list_reads_every_unit_with_its_level(tmp_path, shared_strings):
    path = list_layout(tmp_path / "don-vi.xlsx", [
        Section(nfd("I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH")),                  # 6
        [1, nfd("  Sở  Tư pháp "), "000.00.13.h59", None],                         # 7
        None,                                                                      # 8
        ["2", nfd(f"Sở{NBSP}Tài chính"), f" 000.00.12.H59{NBSP}", nfd(" Đầu mối:  Văn phòng Sở ")],  # 9
        [3, "Thanh tra tỉnh", "000 .00.09.h59", None],                             # 10
        [4, "SỞ TƯ PHÁP", "000.00.13.H59", None],                                  # 11 same unit again
        [5, nfd("UBND xã Tân Lập"), "000.31.34.H59", None],                        # 12 named as a commune
        Section(nfd("II. UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU")),                           # 13
        [1, nfd("UBND phường Sơn Hà"), "000.30.31.h59", None],                     # 14
        [2, nfd("Ủy ban nhân dân đặc khu Hòn Ngọc"), "０００.３２.３７.Ｈ５９", None],      # 15 full-width
        None,                                                                      # 16
        [3, "Trung tâm Phục vụ hành chính công xã Phú Mỹ", "000.31.36.H59", ""],   # 17
    ], blank_rows=2, shared_strings=shared_strings)
    sheet = read_units(path, PROVINCE)

    assert (sheet.sheet, sheet.header_row) == ("Danh sách", 5)
    assert sheet.rejected == []
    assert summary(sheet) == [
        (7, "000.00.13.H59", "Sở Tư pháp", "tinh", "department", ""),
        (9, "000.00.12.H59", "Sở Tài chính", "tinh", "department", "Đầu mối: Văn phòng Sở"),
        (10, "000.00.09.H59", "Thanh tra tỉnh", "tinh", "department", ""),
        (12, "000.31.34.H59", "UBND xã Tân Lập", "xa", "commune", ""),
        (14, "000.30.31.H59", "UBND phường Sơn Hà", "xa", "commune", ""),
        (15, "000.32.37.H59", "Ủy ban nhân dân đặc khu Hòn Ngọc", "xa", "commune", ""),
        (17, "000.31.36.H59", "Trung tâm Phục vụ hành chính công xã Phú Mỹ", "xa", "commune", ""),
    ]


@pytest.mark.parametrize("blank_rows", [1, 2, 3, 4, 5])
def test_the_header_may_sit_on_rows_4_to_8(tmp_path, blank_rows):
    path = list_layout(tmp_path / "a.xlsx", [DEPARTMENTS, [1, "Sở Tư pháp", "000.00.13.H59"]],
                       blank_rows=blank_rows)
    sheet = read_units(path, PROVINCE)
    assert sheet.header_row == header_row_of(("t1", "t2"), blank_rows) == blank_rows + 3
    assert [(u.row, u.code, u.level_code) for u in sheet.rows] == [(sheet.header_row + 2, "000.00.13.H59", "tinh")]


def test_the_first_sheet_with_a_header_is_read(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [DEPARTMENTS, [1, "Sở Tư pháp", "000.00.13.H59"]],
                       before=("Hướng dẫn", "Ghi chú"), sheet_title="Đơn vị")
    sheet = read_units(path, PROVINCE)
    assert sheet.sheet == "Đơn vị"
    assert len(sheet.rows) == 1


def test_province_code_argument_is_normalised(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [DEPARTMENTS, [1, "Sở Tư pháp", "000.00.13.H59"]])
    assert [u.code for u in read_units(path, " h59 ").rows] == ["000.00.13.H59"]


# --- Levels -------------------------------------------------------------------------------------

def test_level_column_overrides_the_section_and_the_name(tmp_path):
    header = ("STT", "Tên đơn vị", "Mã định danh", "Cấp", "Ghi chú")
    path = list_layout(tmp_path / "a.xlsx", [
        DEPARTMENTS,                                                       # 5
        [1, "Sở Tư pháp", "000.00.13.H59", None, None],                    # 6 section
        [2, "Trung tâm hành chính công", "000.31.34.H59", "Cấp xã", None],  # 7 column beats section
        COMMUNES,                                                          # 8
        [1, "Ban quản lý khu kinh tế", "000.00.40.H59", nfd("Tỉnh"), None],  # 9 column beats section
        [2, "UBND phường Sơn Hà", "000.30.31.H59", "Cấp tỉnh", None],      # 10 column beats the name
        [3, "Trạm y tế", "000.31.35.H59", None, "ghi chú"],                # 11 section
    ], header)
    sheet = read_units(path, PROVINCE)
    assert sheet.rejected == []
    assert [(u.row, u.level_code, u.kind, u.note) for u in sheet.rows] == [
        (6, "tinh", "department", ""),
        (7, "xa", "commune", ""),
        (9, "tinh", "department", ""),
        (10, "tinh", "department", ""),
        (11, "xa", "commune", "ghi chú"),
    ]


@pytest.mark.parametrize("name", [
    "UBND xã Tân Lập", "UBND phường Sơn Hà", "UBND đặc khu Hòn Ngọc", "ubnd XÃ Tân Lập",
    "Ủy ban nhân dân xã Tân Lập", "Uỷ ban nhân dân phường Sơn Hà", "ỦY BAN NHÂN DÂN ĐẶC KHU HÒN NGỌC",
])
def test_a_commune_is_known_by_its_name_without_any_section(tmp_path, name):
    path = bare(tmp_path / "a.xlsx", ("Tên cơ quan", "Mã đơn vị"), [[nfd(name), "000.31.34.H59"]])
    (unit,) = read_units(path, PROVINCE).rows
    assert (unit.level_code, unit.kind) == ("xa", "commune")


@pytest.mark.parametrize(("written", "level"), [
    ("Cấp tỉnh", "tinh"), ("tỉnh", "tinh"), ("TỈNH", "tinh"), (nfd(" Cấp  tỉnh "), "tinh"),
    ("Cấp xã", "xa"), ("xã", "xa"), ("Phường", "xa"), ("Đặc khu", "xa"), ("Cấp xã, phường, đặc khu", "xa"),
    ("Xã/Phường", "xa"), ("cap xa", "xa"),
    ("Cấp huyện", None), ("Thôn", None), ("tỉnh, xã", None),
])
def test_level_from_cell(written, level):
    assert level_from_cell(written) == level


@pytest.mark.parametrize(("heading", "level"), [
    ("A. CẤP TỈNH", "tinh"),
    ("I. CÁC SỞ, BAN, NGÀNH", "tinh"),
    ("Phần I. Cơ quan chuyên môn", "tinh"),
    ("B. CẤP XÃ", "xa"),
    ("II) UBND các phường", "xa"),
    ("II - ĐƠN VỊ HÀNH CHÍNH CẤP XÃ", "xa"),
    ("CÁC XÃ, PHƯỜNG, ĐẶC KHU TRÊN ĐỊA BÀN TỈNH", "xa"),
    ("CẤP TỈNH", "tinh"),
])
def test_section_headings_in_various_words(tmp_path, heading, level):
    path = list_layout(tmp_path / "a.xlsx", [Section(nfd(heading)), [1, "Đơn vị", "000.00.13.H59"]])
    sheet = read_units(path, PROVINCE)
    assert [u.level_code for u in sheet.rows] == [level]


def test_a_heading_split_over_the_stt_and_name_cells(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [
        ["I", "CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH"],
        [1, "Sở Tư pháp", "000.00.13.H59"],
        ["II", nfd("UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU")],
        [1, "Trạm y tế", "000.31.35.H59"],
    ])
    sheet = read_units(path, PROVINCE)
    assert sheet.rejected == []
    assert [u.level_code for u in sheet.rows] == ["tinh", "xa"]


def test_a_heading_naming_no_level_keeps_the_level_above_and_notes_are_skipped(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [
        DEPARTMENTS,
        [1, "Sở Tư pháp", "000.00.13.H59"],
        Section("III. CÁC ĐƠN VỊ KHÁC"),
        [2, "Ban quản lý khu kinh tế", "000.00.40.H59"],
        Section("Tổng cộng: 2 đơn vị"),
        [None, None, None, "ghi chú cuối bảng"],
    ])
    sheet = read_units(path, PROVINCE)
    assert sheet.rejected == []
    assert [u.level_code for u in sheet.rows] == ["tinh", "tinh"]


def test_rows_without_a_code_that_look_like_units_are_refused_not_taken_for_headings(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [
        COMMUNES,                                          # 5
        [1, nfd("UBND ĐẶC KHU CỒN CỎ"), None],             # 6 upper case, but a commune's name
        [2, "Thanh tra tỉnh", None],                       # 7 numbered: a unit
        [None, "CẤP TỈNH", None],                          # 8 a heading in the name column
        [3, "Sở Tư pháp", "000.00.13.H59"],                # 9
        ["", "Văn phòng đăng ký đất đai", "chưa có"],       # 10
    ])
    sheet = read_units(path, PROVINCE)
    assert [(u.row, u.level_code) for u in sheet.rows] == [(9, "tinh")]
    assert reasons(sheet) == {
        6: "Đơn vị «UBND ĐẶC KHU CỒN CỎ» chưa có mã định danh.",
        7: "Đơn vị «Thanh tra tỉnh» chưa có mã định danh.",
        10: "Đơn vị «Văn phòng đăng ký đất đai» chưa có mã định danh.",
    }


def test_the_column_numbering_row_and_a_header_repeated_at_a_page_break_are_skipped(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [
        ["(1)", "(2)", "(3)", "(4)"],                     # 5
        DEPARTMENTS,                                      # 6
        [1, "Sở Tư pháp", "000.00.13.H59"],               # 7
        list(UNITS_HEADER),                               # 8
        [1, 2, 3],                                        # 9
        COMMUNES,                                         # 10
        [1, "UBND xã Tân Lập", "000.31.34.H59"],          # 11
    ])
    sheet = read_units(path, PROVINCE)
    assert sheet.rejected == []
    assert [(u.row, u.level_code) for u in sheet.rows] == [(7, "tinh"), (11, "xa")]


# --- Refusals -------------------------------------------------------------------------------------

def test_each_bad_row_is_refused_with_its_row_and_the_others_are_read(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [
        DEPARTMENTS,                                     # 5
        [1, "Sở Tư pháp", "000.00.13.H59"],              # 6 ok
        [2, "Sở Tài chính", None],                       # 7 no code
        [3, "Sở Xây dựng", "000.00.17"],                 # 8 not a unit code
        [4, "Sở Y tế", "000.00.21.h40"],                 # 9 another province
        [5, "Sở Nội vụ", "000.00.11.H59"],               # 10 one code, two names
        [6, "Sở Công Thương", "000.00.15.H59"],          # 11 ok
        [7, nfd("Sở Lao động"), "000.00.11.H59"],        # 12 one code, two names
        [8, "sở nội vụ", "000.00.11.H59"],               # 13 the same code again
        [9, None, "000.00.20.H59"],                      # 14 no name
        [10, "Sở Tài chính", "1.000010"],                # 15 a procedure code, not a unit code
    ])
    sheet = read_units(path, PROVINCE)
    assert [(u.row, u.code) for u in sheet.rows] == [(6, "000.00.13.H59"), (11, "000.00.15.H59")]
    got = reasons(sheet)
    assert sorted(got) == [7, 8, 9, 10, 12, 13, 14, 15]
    assert [r.row for r in sheet.rejected] == sorted(got)
    assert got[7] == "Đơn vị «Sở Tài chính» chưa có mã định danh."
    assert "«000.00.17»" in got[8] and "không phải mã định danh đơn vị" in got[8]
    assert "«1.000010»" in got[15]
    assert "000.00.21.H40" in got[9] and "H40" in got[9] and "H59" in got[9]
    assert got[10] == ("Mã 000.00.11.H59 mang hai tên khác nhau: «Sở Nội vụ» ở dòng này và «Sở Lao động» "
                       "ở dòng 12. Hãy sửa cho thống nhất.")
    assert got[12] == ("Mã 000.00.11.H59 mang hai tên khác nhau: «Sở Lao động» ở dòng này và «Sở Nội vụ», "
                       "«sở nội vụ» ở dòng 10, 13. Hãy sửa cho thống nhất.")
    assert "«sở nội vụ» ở dòng này" in got[13] and "dòng 12." in got[13]
    assert got[14] == "Thiếu tên cơ quan, đơn vị cho mã 000.00.20.H59."


def test_a_unit_whose_level_cannot_be_told_is_refused(tmp_path):
    path = bare(tmp_path / "a.xlsx", ("Tên đơn vị", "Mã đơn vị", "Cấp hành chính"), [
        ["Sở Tư pháp", "000.00.13.H59", None],           # 2 no column value, name, nor section
        ["UBND xã Tân Lập", "000.31.34.H59", None],      # 3 the name says
        ["Sở Y tế", "000.00.21.H59", "Cấp tỉnh"],        # 4 the column says
        ["Văn phòng đăng ký", "000.00.24.H59", "Cấp huyện"],  # 5 the column says nonsense
    ])
    sheet = read_units(path, PROVINCE)
    assert [(u.row, u.level_code) for u in sheet.rows] == [(3, "xa"), (4, "tinh")]
    got = reasons(sheet)
    assert sorted(got) == [2, 5]
    assert "không xác định được cấp" in got[2].lower()
    assert "000.00.13.H59" in got[2] and "«Sở Tư pháp»" in got[2]
    assert got[5] == ("Đơn vị 000.00.24.H59 thuộc cấp huyện: cấp huyện chấm dứt hoạt động từ 1/7/2025 (Luật số "
                      "72/2025/QH15), không thêm đơn vị cấp huyện mới.")


def test_the_same_unit_twice_is_read_once_without_refusal(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [
        DEPARTMENTS,
        [1, "Sở Tư pháp", "000.00.13.H59", "lần đầu"],
        [2, nfd(f" SỞ{NBSP}TƯ  PHÁP"), "000.00.13.h59", "lần sau"],
        [3, "Sở Tư pháp", "000.00.13.H59"],
    ])
    sheet = read_units(path, PROVINCE)
    assert sheet.rejected == []
    assert summary(sheet) == [(6, "000.00.13.H59", "Sở Tư pháp", "tinh", "department", "lần đầu")]


# --- Files that are refused whole ------------------------------------------------------------------

def test_a_sheet_without_a_recognisable_header_is_refused_naming_the_columns(tmp_path):
    path = list_layout(tmp_path / "danh-ba.xlsx", [["1", "Nguyễn Văn A", "0912345678"]],
                       ("STT", "Họ và tên", "Số điện thoại"))
    with pytest.raises(WorkbookRejected) as caught:
        read_units(path, PROVINCE)
    message = str(caught.value)
    assert "\n" not in message
    assert "Không tìm thấy dòng tiêu đề" in message and "danh-ba.xlsx" in message
    assert "“Tên cơ quan, đơn vị”" in message and "“Mã định danh”" in message and "30" in message


def test_a_catalogue_is_not_a_list_of_units(tmp_path):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")
    with pytest.raises(WorkbookRejected, match="Không tìm thấy dòng tiêu đề"):
        read_units(path, PROVINCE)


def test_a_header_below_the_search_window_is_refused(tmp_path):
    path = list_layout(tmp_path / "a.xlsx", [[1, "Sở Tư pháp", "000.00.13.H59"]],
                       titles=["tiêu đề"] * HEADER_SEARCH_ROWS, blank_rows=0)
    with pytest.raises(WorkbookRejected, match="Không tìm thấy dòng tiêu đề"):
        read_units(path, PROVINCE)


@pytest.mark.parametrize(("content", "words"), [
    (b"STT;Ten don vi;Ma dinh danh\n1;So Tu phap;000.00.13.H59\n", "không phải sổ tính Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "mật khẩu"),
    (b"", "không phải sổ tính Excel"),
], ids=["csv-renamed", "encrypted-or-xls", "empty"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, content, words):
    path = tmp_path / "don-vi.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookRejected, match=words):
        read_units(path, PROVINCE)


def test_too_many_rows_is_refused(tmp_path):
    path = bare(tmp_path / "a.xlsx", ("Tên đơn vị", "Mã đơn vị"), generated_units(20))
    with pytest.raises(WorkbookRejected, match="quá nhiều dòng"):
        read_units(path, PROVINCE, limits=WorkbookLimits(max_rows=10))
    assert len(read_units(path, PROVINCE, limits=WorkbookLimits(max_rows=20)).rows) == 20


def generated_units(count: int) -> list[list[object]]:
    return [[f"UBND xã Số {i + 1}", f"000.{i // 100:02d}.{i % 100:02d}.H59"] for i in range(count)]


def test_progress_every_200_rows_and_at_the_end(tmp_path):
    path = bare(tmp_path / "a.xlsx", ("Tên đơn vị", "Mã đơn vị"), generated_units(450))
    calls: list[tuple[int, int]] = []
    sheet = read_units(path, PROVINCE, progress=lambda done, total: calls.append((done, total)))
    assert len(sheet.rows) == 450 and sheet.rejected == []
    assert calls == [(200, 451), (400, 451), (451, 451)]


def test_a_wrong_sheet_dimension_does_not_pad_rows(tmp_path):
    """A sheet claiming A1:XFD1048576 would make openpyxl hand over 16,384 cells per row."""
    source = list_layout(tmp_path / "a.xlsx", [DEPARTMENTS, [1, "Sở Tư pháp", "000.00.13.H59"], None,
                                               [2, "Sở Y tế", "000.00.21.H59"]])
    path = rewrite(source, tmp_path / "b.xlsx", {
        SHEET1: lambda xml: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', xml)})
    assert b'<dimension ref="A1:XFD1048576"/>' in read_members(path)[SHEET1]
    with open_workbook(path) as workbook:
        table = first_table(workbook, unit_aliases(), ("code", "name"))
        widths = {len(cells) for _, cells in table_rows(table, path, WorkbookLimits(), no_progress)}
    assert widths == {len(UNITS_HEADER)}
    assert [u.code for u in read_units(path, PROVINCE).rows] == ["000.00.13.H59", "000.00.21.H59"]


# --- Column names ------------------------------------------------------------------------------------

ALIASES = [(f, a) for f, names in UNIT_COLUMNS.items() if not f.startswith("_") for a in names]


@pytest.mark.parametrize(("field", "alias"), ALIASES, ids=[f"{f}:{fold(a)}" for f, a in ALIASES])
def test_every_alias_is_recognised(tmp_path, field, alias):
    assert match_alias(nfd(alias.upper()), unit_aliases()) == field
    header = {"index": "STT", "name": "Tên đơn vị", "code": "Mã định danh", "level": "Cấp", "note": "Ghi chú"}
    header[field] = nfd(f" {alias} ")
    values = {"index": 1, "name": "Sở Tư pháp", "code": "000.00.13.H59", "level": "Cấp tỉnh", "note": "x"}
    path = list_layout(tmp_path / "a.xlsx", [[values[f] for f in header]], tuple(header.values()))
    (unit,) = read_units(path, PROVINCE).rows
    assert (unit.code, unit.name, unit.level_code, unit.note) == ("000.00.13.H59", "Sở Tư pháp", "tinh", "x")


def test_a_longer_header_starting_with_an_alias_is_recognised():
    assert match_alias("Mã định danh điện tử (theo QĐ 20/2020/QĐ-TTg)", unit_aliases()) == "code"
    assert match_alias("Tên cơ quan, đơn vị thực hiện", unit_aliases()) == "name"
    assert match_alias("Mã", unit_aliases()) is None
    assert match_alias("Mã TTHC", unit_aliases()) is None


# --- A property: how the text is typed never changes what is read ---------------------------------------

POOL = [
    ("Sở Tư pháp", "000.00.13.H59"),
    ("Sở Văn hóa, Thể thao và Du lịch", "000.00.22.H59"),
    ("Thanh tra tỉnh", "000.00.09.H59"),
    ("UBND phường Đông Hà", "000.30.33.H59"),
    ("Ủy ban nhân dân xã Đức Thắng", "000.32.38.H59"),
]
SPACES = st.sampled_from(["", " ", "  ", NBSP, "\t", f" {NBSP} "])


@st.composite
def typed(draw: st.DrawFn, text: str, is_code: bool) -> str:
    """`text` as someone may have typed or exported it."""
    if is_code:
        if draw(st.booleans()):
            text = text.lower()
        if draw(st.booleans()):
            text = text.replace(".", draw(SPACES) + "." + draw(SPACES), 1)
    else:
        if draw(st.booleans()):
            text = nfd(text)
        text = text.replace(" ", " " + draw(SPACES))
    return draw(SPACES) + text + draw(SPACES)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_normal_forms_case_and_spacing_never_change_the_units_read(data):
    picked = data.draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True))
    clean_rows: list = [DEPARTMENTS]
    noisy_rows: list = [DEPARTMENTS]
    for index, (name, code) in enumerate(picked, start=1):
        clean_rows.append([index, name, code])
        noisy_rows.append([index, data.draw(typed(name, False)), data.draw(typed(code, True))])
    with tempfile.TemporaryDirectory() as folder:
        clean = read_units(list_layout(Path(folder) / "clean.xlsx", clean_rows), PROVINCE)
        noisy = read_units(list_layout(Path(folder) / "noisy.xlsx", noisy_rows), PROVINCE)
    assert noisy.rejected == [] and clean.rejected == []
    assert noisy.rows == clean.rows
    assert [u.code for u in noisy.rows] == [code for _, code in picked]


# --- The demo list --------------------------------------------------------------------------------------

def expected_demo_units() -> list[tuple[str, str, str, str]]:
    return ([(d["code"], d["name"], "tinh", "department") for d in DEMO["departments"]]
            + [(c["code"], c["name"], "xa", "commune") for c in DEMO["communes"]])


def test_the_demo_list_holds_exactly_the_departments_and_communes_of_province_json():
    sheet = read_units(resource_path("demo", "don-vi.xlsx"), DEMO["province"]["code"])
    assert sheet.rejected == []
    assert sheet.header_row == 4
    assert [(u.code, u.name, u.level_code, u.kind) for u in sheet.rows] == expected_demo_units()
    root_and_office = {fold(DEMO["province"]["office_name"]), "ubnd tinh " + fold(DEMO["province"]["name"])}
    assert not root_and_office & {fold(u.name) for u in sheet.rows}


def test_the_demo_list_is_up_to_date_and_regenerates_byte_for_byte(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_demo_workbooks
    finally:
        sys.path.remove(str(ROOT / "tools"))
    first = make_demo_workbooks.build(target=tmp_path / "a.xlsx").read_bytes()
    second = make_demo_workbooks.build(target=tmp_path / "b.xlsx").read_bytes()
    assert first == second == resource_path("demo", "don-vi.xlsx").read_bytes()


def test_the_demo_list_stores_text_as_strings():
    workbook = openpyxl.load_workbook(resource_path("demo", "don-vi.xlsx"))
    sheet = workbook.active
    assert sheet.merged_cells.ranges and str(sorted(map(str, sheet.merged_cells.ranges))[0]).startswith("A1")
    assert [c.value for c in sheet[4]] == list(UNITS_HEADER)
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts and all(c.data_type == "s" for c in texts)
    assert sheet["A1"].value == "UBND TỈNH SƠN HÀ"


def test_unit_row_is_frozen():
    unit = UnitRow(1, "000.00.13.H59", "Sở Tư pháp", "tinh", "department")
    with pytest.raises(AttributeError):
        unit.code = "x"  # type: ignore[misc]
    assert unit.note == ""
