"""read_catalog and its helpers on workbooks laid out the way provinces actually keep them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from dvc_desktop.domain.text import fold
from dvc_desktop.excel.catalog_reader import (
    HEADER_SEARCH_ROWS,
    CatalogRow,
    cell_text,
    find_header,
    match_column,
    parse_form,
    read_catalog,
)
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected
from dvc_desktop.resources import resource_path
from workbooks import (
    OFFICIAL_HEADER,
    OFFICIAL_HEADER_ROW,
    SHARED_STRINGS,
    SHEET1,
    TITLE_1,
    TITLE_2,
    Section,
    generated_code,
    generated_rows,
    nfd,
    official_layout,
    read_members,
    simple_workbook,
    write_official_sample,
)

COLUMNS_JSON = json.loads(Path(resource_path("excel", "catalog_columns.json")).read_text("utf-8"))
LEVELS_JSON = json.loads(Path(resource_path("reference", "levels.json")).read_text("utf-8"))
ALIASES = [(field, alias) for field, names in COLUMNS_JSON.items() if not field.startswith("_")
           for alias in names]

BASIC = ("Mã TTHC", "Tên TTHC", "Cấp thực hiện")


def by_code(rows: list[CatalogRow]) -> dict[str, CatalogRow]:
    return {r.code.value: r for r in rows}


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# --- The official layout, end to end ------------------------------------------------------------

@pytest.mark.parametrize("shared_strings", [True, False], ids=["shared-strings", "inline-strings"])
def test_official_layout_reads_every_procedure_as_expected(tmp_path, levels, shared_strings):
    path, expected = write_official_sample(tmp_path / "danh-muc.xlsx", shared_strings=shared_strings)
    sheet = read_catalog(path, levels)

    assert sheet.sheet == "Danh mục TTHC"
    assert sheet.header_row == OFFICIAL_HEADER_ROW  # below two merged title rows and a blank row
    assert set(sheet.columns) == {"code", "name", "sector", "level", "agency", "form"}
    assert sheet.rejected == []
    got = [(r.row, r.code.value, r.name, r.sector, r.level_codes, r.fields.get("agency"), r.form,
            r.legacy_level) for r in sheet.rows]
    want = [(e.row, e.code, e.name, e.sector, e.levels, e.agency, e.form, e.legacy) for e in expected]
    assert got == want


def test_shared_strings_helper_really_moves_text_out_of_the_sheet(tmp_path):
    path, _ = write_official_sample(tmp_path / "a.xlsx")
    members = read_members(path)
    assert b"inlineStr" not in members[SHEET1]
    assert TITLE_1.encode() in members[SHARED_STRINGS]


def test_official_layout_keeps_title_rows_out_of_the_data(tmp_path, levels):
    path, _ = write_official_sample(tmp_path / "a.xlsx")
    sheet = read_catalog(path, levels)
    texts = {r.name for r in sheet.rows} | {r.sector for r in sheet.rows}
    assert TITLE_1 not in texts and TITLE_2 not in texts
    assert all(r.row > OFFICIAL_HEADER_ROW for r in sheet.rows)


def test_code_typed_as_number_gets_its_six_decimals_back(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", BASIC, [
        [1.00001, "Thủ tục một", "Cấp tỉnh"],
        [2.000815, "Thủ tục hai", "Cấp tỉnh"],
        [1.0001, "Thủ tục ba", "Cấp tỉnh"],
    ])
    sheet = read_catalog(path, levels)
    assert [r.code.value for r in sheet.rows] == ["1.000010", "2.000815", "1.000100"]
    assert sheet.rejected == []


def test_codes_are_normalised_full_width_spaces_and_case(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", BASIC, [
        ["２．０００８８４", "Full-width", "Cấp tỉnh"],
        ["  1.000 123 ", "Spaces", "Cấp tỉnh"],
        ["2.000884.000.00.00.h59", "Lower case", "Cấp tỉnh"],
        ["2.000815.01", "Case code", "Cấp tỉnh"],
    ])
    sheet = read_catalog(path, levels)
    assert [r.code.value for r in sheet.rows] == [
        "2.000884", "1.000123", "2.000884.000.00.00.H59", "2.000815.01"]
    assert [r.code.kind.value for r in sheet.rows] == ["national", "national", "local", "case"]
    assert sheet.rows[2].code.agency == "000.00.00.H59"
    assert sheet.rows[3].code.national == "2.000815" and sheet.rows[3].code.case == "01"


def test_numbers_stored_as_text_are_read(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        ["1", "1.000010", "Một", None, None, None, "4"],
        ["2", "1.000020", "Hai", None, None, None, 3],
        ["3", "1.000030", "Ba", None, None, None, "Mức độ 2"],
    ])
    rows = read_catalog(path, levels).rows
    assert [r.legacy_level for r in rows] == [4, 3, 2]
    assert [r.form for r in rows] == [None, None, None]


def test_nfd_text_comes_back_nfc(tmp_path, levels):
    name = "Đăng ký thường trú cho người chưa thành niên"
    path = official_layout(tmp_path / "a.xlsx", [
        Section(nfd("A. CẤP XÃ")),
        Section(nfd("I. Lĩnh vực Đăng ký, quản lý cư trú")),
        [1, "1.000030", nfd(name), None, None, nfd("Công an cấp xã"), nfd("Toàn trình")],
    ], [nfd(h) for h in OFFICIAL_HEADER])
    sheet = read_catalog(path, levels)
    (row,) = sheet.rows
    assert row.name == unicodedata.normalize("NFC", name)
    assert row.sector == unicodedata.normalize("NFC", "Đăng ký, quản lý cư trú")
    assert row.fields["agency"] == unicodedata.normalize("NFC", "Công an cấp xã")
    assert all(is_nfc(t) for t in (row.name, row.sector, row.fields["agency"]))
    assert row.level_codes == ("xa",) and row.form == "toan_trinh"


def test_stray_spaces_are_collapsed(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", ("Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện"), [
        ["1.000010", "  Cấp   giấy phép\u00a0 xây dựng \n", "  Xây   dựng ", "  Cấp  tỉnh "],
    ])
    (row,) = read_catalog(path, levels).rows
    assert (row.name, row.sector, row.level_codes) == ("Cấp giấy phép xây dựng", "Xây dựng", ("tinh",))


def test_header_found_on_a_later_sheet(tmp_path, levels):
    workbook = openpyxl.Workbook()
    guide = workbook.active
    guide.title = "Hướng dẫn"
    guide.append(["Điền danh mục vào trang sau."])
    data = workbook.create_sheet("Danh mục")
    data.append(list(BASIC))
    data.append(["1.000010", "Thủ tục", "Cấp tỉnh"])
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    sheet = read_catalog(path, levels)
    assert sheet.sheet == "Danh mục" and sheet.header_row == 1
    assert [r.code.value for r in sheet.rows] == ["1.000010"]


def test_extra_columns_are_kept_only_when_present(tmp_path, levels):
    header = ("Mã TTHC", "Tên TTHC", "Cấp thực hiện", "Thời hạn giải quyết", "Phí, lệ phí",
              "Căn cứ pháp lý", "Quyết định công bố", "Ghi chú")
    path = simple_workbook(tmp_path / "a.xlsx", header, [
        ["1.000010", "Thủ tục", "Cấp tỉnh", "05 ngày làm việc", 50000, "Luật Hộ tịch 2014",
         "QĐ 123/QĐ-UBND", "ghi chú bị bỏ qua"],
    ])
    (row,) = read_catalog(path, levels).rows
    assert row.fields == {
        "processing_time": "05 ngày làm việc",
        "fees": "50000",
        "legal_basis": "Luật Hộ tịch 2014",
        "announcing_decision": "QĐ 123/QĐ-UBND",
    }
    (bare,) = read_catalog(simple_workbook(tmp_path / "b.xlsx", BASIC, [["1.000010", "X", "Xã"]]),
                           levels).rows
    assert bare.fields == {}


def test_progress_reports_the_end(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", OFFICIAL_HEADER, generated_rows(450))
    calls: list[tuple[int, int]] = []
    sheet = read_catalog(path, levels, progress=lambda done, total: calls.append((done, total)))
    assert len(sheet.rows) == 450
    assert calls[-1] == (451, 451)
    assert (200, 451) in calls and (400, 451) in calls


def test_too_many_rows_is_refused(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", OFFICIAL_HEADER, generated_rows(20))
    with pytest.raises(WorkbookRejected, match="quá nhiều dòng"):
        read_catalog(path, levels, limits=WorkbookLimits(max_rows=10))
    assert len(read_catalog(path, levels, limits=WorkbookLimits(max_rows=20)).rows) == 20


def test_two_thousand_generated_rows(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", generated_rows(2000))
    sheet = read_catalog(path, levels)
    assert sheet.rejected == []
    assert len(sheet.rows) == 2000
    assert len({r.code.value for r in sheet.rows}) == 2000
    assert sheet.rows[0].code.value == generated_code(0)
    assert sheet.rows[-1].row == OFFICIAL_HEADER_ROW + 2000
    assert sheet.rows[2].level_codes == ("tinh", "xa")


# --- Column names -------------------------------------------------------------------------------

ALIAS_IDS = [f"{f}:{fold(a)}" for f, a in ALIASES]


@pytest.mark.parametrize(("field", "alias"), ALIASES, ids=ALIAS_IDS)
def test_match_column_recognises_every_alias(field, alias):
    assert match_column(alias) == field
    assert match_column(alias.upper()) == field
    assert match_column(nfd(alias)) == field
    assert match_column(f"  {alias}  ") == field
    assert match_column(alias.replace(" ", "\n", 1)) == field  # wrapped header cell


def _value_for(field: str) -> tuple[object, object]:
    """A cell value for `field` and what the reader must make of it."""
    return {
        "code": ("1.000010", "1.000010"),
        "name": ("Đăng ký khai sinh", "Đăng ký khai sinh"),
        "sector": ("Hộ tịch", "Hộ tịch"),
        "sector_code": ("G09-HT", "G09-HT"),
        "level": ("Cấp xã", ("xa",)),
        "form": ("Toàn trình", "toan_trinh"),
        "eligible_full_online": ("Có", "Có"),  # kept as written; the import service reads it as True
    }.get(field, ("giá trị", "giá trị"))


@pytest.mark.parametrize(("field", "alias"), ALIASES, ids=ALIAS_IDS)
def test_every_alias_works_as_a_header_in_a_workbook(tmp_path, levels, field, alias):
    header = {"code": "Mã TTHC", "name": "Tên TTHC", "level": "Cấp thực hiện"}
    header[field] = alias
    values = {f: _value_for(f)[0] for f in header}
    path = official_layout(tmp_path / "a.xlsx", [[values[f] for f in header]], list(header.values()))
    sheet = read_catalog(path, levels)
    assert sheet.header_row == OFFICIAL_HEADER_ROW
    assert field in sheet.columns
    (row,) = sheet.rows
    got = {
        "code": row.code.value, "name": row.name, "sector": row.sector, "sector_code": row.sector_code,
        "level": row.level_codes, "form": row.form,
    }.get(field, row.fields.get(field))
    assert got == _value_for(field)[1]


@pytest.mark.parametrize(("header", "field"), [
    ("Tên thủ tục hành chính cấp tỉnh", "name"),
    ("Mã TTHC (trên CSDL quốc gia)", "code"),
    ("Mức độ DVCTT năm 2025", "form"),
    ("Cơ quan thực hiện TTHC cấp xã", "agency"),
])
def test_match_column_accepts_a_longer_header_starting_with_a_multi_word_alias(header, field):
    assert match_column(header) == field


@pytest.mark.parametrize("header", [None, "", "   ", "STT", "Ghi chú", "Mã", "Tên", TITLE_2, 12])
def test_match_column_ignores_other_cells(header):
    assert match_column(header) is None


def test_find_header_returns_row_number_and_column_indexes():
    rows = [
        (TITLE_1, None, None, None),
        (TITLE_2, None, None, None),
        (None, None, None, None),
        ("STT", "Mã thủ tục", "Tên thủ tục hành chính", "Cấp thực hiện"),
        (1, "1.000010", "X", "Cấp tỉnh"),
    ]
    assert find_header(rows) == (4, {"code": 1, "name": 2, "level": 3})


def test_find_header_needs_both_code_and_name_in_one_row():
    rows = [("Mã TTHC", None), (None, "Tên TTHC"), ("Mã số", "Tên thủ tục")]
    assert find_header(rows) == (3, {"code": 0, "name": 1})
    assert find_header(rows[:2]) is None


def test_find_header_keeps_the_first_of_two_columns_with_the_same_meaning():
    found = find_header([("Mã TTHC", "Tên TTHC", "Lĩnh vực", "Tên lĩnh vực")])
    assert found == (1, {"code": 0, "name": 1, "sector": 2})


def test_find_header_gives_up_after_the_search_window():
    filler = [("Ghi chú",)] * HEADER_SEARCH_ROWS
    assert find_header([*filler, ("Mã TTHC", "Tên TTHC")]) is None
    assert find_header([*filler[1:], ("Mã TTHC", "Tên TTHC")]) == (HEADER_SEARCH_ROWS, {"code": 0, "name": 1})


def test_header_below_the_search_window_is_refused(tmp_path, levels):
    rows = [["ghi chú"]] * HEADER_SEARCH_ROWS + [list(BASIC), ["1.000010", "X", "Cấp tỉnh"]]
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    path = tmp_path / "late-header.xlsx"
    workbook.save(path)
    with pytest.raises(WorkbookRejected) as caught:
        read_catalog(path, levels)
    assert "Không tìm thấy dòng tiêu đề" in str(caught.value)
    assert "late-header.xlsx" in str(caught.value)


# --- cell_text and parse_form -----------------------------------------------------------------------

@pytest.mark.parametrize(("value", "text"), [
    (1.00001, "1.000010"),
    (2.000815, "2.000815"),
    (1.0000100000000001, "1.000010"),  # what Excel may store for 1.00001
    (None, ""),
    (12, "12"),
    (1500000, "1500000"),
    (12.5, "12.5"),
    ("  a \t b  ", "a b"),
    (nfd("Lĩnh vực"), "Lĩnh vực"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text
    assert is_nfc(cell_text(value))


@pytest.mark.parametrize(("text", "result"), [
    ("Mức độ 4", (None, 4)),
    ("Mức độ 3", (None, 3)),
    ("mức độ 2", (None, 2)),
    ("4", (None, 4)),
    ("Mức độ 3, 4", (None, None)),
    ("Mức độ 5", (None, None)),
    ("Toàn trình", ("toan_trinh", None)),
    ("TOÀN TRÌNH", ("toan_trinh", None)),
    (nfd("DVC trực tuyến toàn trình"), ("toan_trinh", None)),
    ("Một phần", ("mot_phan", None)),
    ("Chưa trực tuyến", ("chua_truc_tuyen", None)),
    ("", (None, None)),
    ("Không rõ", (None, None)),
])
def test_parse_form(text, result):
    assert parse_form(text) == result


# --- Sections ---------------------------------------------------------------------------------------------

def test_sections_carry_level_and_sector_and_a_level_section_resets_the_sector(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        Section("I. Lĩnh vực Tư pháp"),
        [1, "1.000010", "Một", None, None, None, None],
        None,
        [2, "1.000020", "Hai", None, None, None, None],
        Section("II. LĨNH VỰC: Đất đai"),
        [3, "1.000030", "Ba", None, None, None, None],
        Section("B. CẤP XÃ"),
        [4, "1.000040", "Bốn", None, None, None, None],
        Section("I. Lĩnh vực Hộ tịch"),
        [5, "1.000050", "Năm", None, None, None, None],
        Section("C. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN"),
        [6, "1.000060", "Sáu", None, None, None, None],
    ])
    rows = by_code(read_catalog(path, levels).rows)
    assert [(c, r.level_codes, r.sector) for c, r in rows.items()] == [
        ("1.000010", ("tinh",), "Tư pháp"),
        ("1.000020", ("tinh",), "Tư pháp"),
        ("1.000030", ("tinh",), "Đất đai"),
        ("1.000040", ("xa",), ""),
        ("1.000050", ("xa",), "Hộ tịch"),
        ("1.000060", ("huyen",), ""),
    ]


def test_section_split_over_stt_and_name_cells(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        ["A", None, "CẤP TỈNH"],
        ["I", None, "Lĩnh vực Tư pháp"],
        [1, "1.000010", "Một", None, None, None, None],
    ])
    (row,) = read_catalog(path, levels).rows
    assert (row.level_codes, row.sector) == (("tinh",), "Tư pháp")


def test_row_with_its_own_level_overrides_the_section(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        [1, "1.000010", "Một", None, "Cấp xã", None, None],
        [2, "1.000020", "Hai", None, "Cấp tỉnh, Cấp xã", None, None],
        [3, "1.000030", "Ba", None, None, None, None],
        [4, "1.000040", "Bốn", None, "Tỉnh; Xã", None, None],
        [5, "1.000050", "Năm", None, "Cấp huyện / Cấp xã", None, None],
    ])
    rows = by_code(read_catalog(path, levels).rows)
    assert {c: r.level_codes for c, r in rows.items()} == {
        "1.000010": ("xa",),
        "1.000020": ("tinh", "xa"),
        "1.000030": ("tinh",),  # the override did not change the section
        "1.000040": ("tinh", "xa"),
        "1.000050": ("huyen", "xa"),
    }


def test_row_with_its_own_sector_overrides_the_section(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        Section("I. Lĩnh vực Tư pháp"),
        [1, "1.000010", "Một", "Chứng thực", None, None, None],
        [2, "1.000020", "Hai", None, None, None, None],
    ])
    rows = read_catalog(path, levels).rows
    assert [r.sector for r in rows] == ["Chứng thực", "Tư pháp"]


def test_notes_without_a_code_are_skipped(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        [1, "1.000010", "Một", None, None, None, None],
        Section("Ghi chú: danh mục gồm các thủ tục đang còn hiệu lực"),
        [2, "1.000020", "Hai", None, None, None, None],
        Section("Tổng cộng: 2 thủ tục"),
    ])
    sheet = read_catalog(path, levels)
    assert [(r.code.value, r.level_codes) for r in sheet.rows] == [
        ("1.000010", ("tinh",)), ("1.000020", ("tinh",))]
    assert sheet.rejected == []


LEVEL_NAMES = [(item["code"], name) for item in LEVELS_JSON["levels"]
               for name in (item["name"], *item["aliases"])]


@pytest.mark.parametrize(("code", "name"), LEVEL_NAMES, ids=[fold(name) for _, name in LEVEL_NAMES])
def test_every_level_name_and_alias_is_recognised_in_the_level_column(tmp_path, levels, code, name):
    path = simple_workbook(tmp_path / "a.xlsx", BASIC, [["1.000010", "Thủ tục", name]])
    sheet = read_catalog(path, levels)
    assert sheet.rejected == []
    assert [r.level_codes for r in sheet.rows] == [(code,)]


def test_part_prefixed_sector_heading(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        Section("Phần I. Lĩnh vực Tư pháp"),
        [1, "1.000010", "Một", None, None, None, None],
        Section("Phần II. Lĩnh vực Đất đai"),
        [2, "1.000020", "Hai", None, None, None, None],
    ])
    rows = read_catalog(path, levels).rows
    assert [r.sector for r in rows] == ["Tư pháp", "Đất đai"]


def test_procedure_row_missing_its_code_is_rejected_not_taken_for_a_section(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        [1, "1.000010", "Một", None, None, None, None],
        [2, None, "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "UBND cấp xã", "Toàn trình"],
        [3, "1.000030", "Ba", None, None, None, None],
    ])
    sheet = read_catalog(path, levels)
    assert [(r.code.value, r.level_codes) for r in sheet.rows] == [
        ("1.000010", ("tinh",)), ("1.000030", ("tinh",))]
    assert [r.row for r in sheet.rejected] == [OFFICIAL_HEADER_ROW + 3]


# --- Rejected rows ------------------------------------------------------------------------------------------

def test_bad_rows_are_rejected_with_excel_row_number_and_a_vietnamese_reason(tmp_path, levels):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),                                        # 5
        [1, "1.000010", "Một", None, None, None, None],                # 6 ok
        [2, "1.00001X", "Mã sai", None, None, None, None],             # 7 bad code
        [3, "12345", "Mã ngắn", None, None, None, None],               # 8 bad code
        [4, "1.000020", None, None, None, None, None],                 # 9 no name
        None,                                                          # 10
        [5, "1.000010", "Trùng", None, None, None, None],              # 11 duplicate of row 6
        [6, "1.000030", "Cấp lạ", None, "Cấp thôn", None, None],       # 12 unknown level
        [7, "1.000040", "Bảy", None, None, None, None],                # 13 ok
        [8, " 1.000010 ", "Trùng lần nữa", None, None, None, None],    # 14 duplicate of row 6
    ])
    sheet = read_catalog(path, levels)
    assert [r.code.value for r in sheet.rows] == ["1.000010", "1.000040"]
    assert [r.row for r in sheet.rows] == [6, 13]
    reasons = {r.row: r.reason for r in sheet.rejected}
    assert sorted(reasons) == [7, 8, 9, 11, 12, 14]
    assert "«1.00001X»" in reasons[7] and "không đúng dạng" in reasons[7]
    assert "«12345»" in reasons[8]
    assert reasons[9] == "Thiếu tên TTHC cho mã 1.000020."
    assert reasons[11] == "Trùng mã 1.000010 với dòng 6."
    assert reasons[14] == "Trùng mã 1.000010 với dòng 6."
    assert reasons[12] == "Cấp thực hiện «Cấp thôn» không có trong danh sách cấp."


def test_row_without_any_level_is_rejected(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", ("Mã TTHC", "Tên TTHC"), [["1.000010", "Một"]])
    sheet = read_catalog(path, levels)
    assert sheet.rows == []
    (rejection,) = sheet.rejected
    assert rejection.row == 2
    assert "Không xác định được cấp thực hiện" in rejection.reason and "1.000010" in rejection.reason


def test_a_rejected_row_does_not_claim_its_code(tmp_path, levels):
    path = simple_workbook(tmp_path / "a.xlsx", BASIC, [
        ["1.000010", None, "Cấp tỉnh"],
        ["1.000010", "Có tên", "Cấp tỉnh"],
    ])
    sheet = read_catalog(path, levels)
    assert [(r.row, r.name) for r in sheet.rows] == [(3, "Có tên")]
    assert [r.row for r in sheet.rejected] == [2]


def test_row_numbers_stay_right_after_many_blank_rows(tmp_path, levels):
    rows = [Section("A. CẤP TỈNH")] + [None] * 40 + [[1, "1.000010", "Một", None, None, None, None],
                                                    [2, "bad-1", "Hai", None, None, None, None]]
    sheet = read_catalog(official_layout(tmp_path / "a.xlsx", rows), levels)
    assert [r.row for r in sheet.rows] == [OFFICIAL_HEADER_ROW + 42]
    assert [r.row for r in sheet.rejected] == [OFFICIAL_HEADER_ROW + 43]
