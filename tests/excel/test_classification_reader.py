"""read_classifications on sheets a unit has already filled in."""

from __future__ import annotations

import json

import pytest

from dvc_desktop.domain.text import fold
from dvc_desktop.excel.classification_reader import (
    ClassificationSheet,
    classification_aliases,
    read_classifications,
)
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected
from dvc_desktop.excel.table import HEADER_SEARCH_ROWS, match_alias
from dvc_desktop.resources import resource_path
from unit_workbooks import CLASSIFICATION_TITLES, classification_layout, header_row_of
from workbooks import Section, generated_code, nfd, write_official_sample

OWN_COLUMNS = json.loads(resource_path("excel", "classification_columns.json").read_text("utf-8"))
CATALOG_COLUMNS = json.loads(resource_path("excel", "catalog_columns.json").read_text("utf-8"))
NBSP = "\u00a0"
HEADER_ROW = header_row_of(CLASSIFICATION_TITLES, 3)  # 6


def summary(sheet: ClassificationSheet) -> list[tuple]:
    return [(r.row, r.code.value, r.name, r.form, r.legacy_level, r.reason, r.provision, r.note)
            for r in sheet.rows]


def reasons(sheet: ClassificationSheet) -> dict[int, str]:
    return {r.row: r.reason for r in sheet.rejected}


def layout(tmp_path, rows, header=None, **kwargs):
    if header is not None:
        kwargs["header"] = header
    kwargs.setdefault("blank_rows", 3)
    return classification_layout(tmp_path / "phan-loai.xlsx", rows, **kwargs)


# --- The filled-in sheet, end to end ---------------------------------------------------------------

@pytest.mark.parametrize("shared_strings", [True, False], ids=["shared-strings", "inline-strings"])
def test_a_filled_in_sheet_reads_form_reason_and_provision(tmp_path, shared_strings):
    path = layout(tmp_path, [
        Section(nfd("I. Lĩnh vực Lý lịch tư pháp")),                                         # 7
        [1, "1.000010", nfd("Cấp Phiếu lý lịch tư pháp"), "Toàn trình", None, None, None],   # 8
        [2, " 1.000020 ", nfd(" Đăng ký  khai sinh "), nfd("Một phần"),                     # 9
         nfd(f"Phải nộp{NBSP}bản chính  giấy chứng sinh"), nfd("Khoản 1 Điều 16 Luật Hộ tịch 2014"),
         "đã họp ngày 5/7"],
        None,                                                                               # 10
        [3, "2.000815.01", "Đăng ký biến động", "MỨC ĐỘ 4", None, None, None],               # 11
        Section("II. Lĩnh vực Đất đai"),                                                    # 12
        [4, "1.001234", "Cấp giấy phép", "3", None, None, None],                             # 13
        [5, "1.000656", "Khai tử", nfd("CHƯA TRỰC TUYẾN"), "Cần xác minh trực tiếp", None, None],  # 14
        [6, "2.000884.000.00.00.h59", "Chứng thực", 4, None, None, None],                    # 15
        [7, "1.000030", "Ba", nfd("dịch vụ công trực tuyến toàn trình"), None, None, None],  # 16
    ], shared_strings=shared_strings)
    sheet = read_classifications(path)

    assert (sheet.sheet, sheet.header_row) == ("Phân loại", HEADER_ROW)
    assert sheet.rejected == []
    assert summary(sheet) == [
        (8, "1.000010", "Cấp Phiếu lý lịch tư pháp", "toan_trinh", None, "", "", ""),
        (9, "1.000020", "Đăng ký khai sinh", "mot_phan", None, "Phải nộp bản chính giấy chứng sinh",
         "Khoản 1 Điều 16 Luật Hộ tịch 2014", "đã họp ngày 5/7"),
        (11, "2.000815.01", "Đăng ký biến động", None, 4, "", "", ""),
        (13, "1.001234", "Cấp giấy phép", None, 3, "", "", ""),
        (14, "1.000656", "Khai tử", "chua_truc_tuyen", None, "Cần xác minh trực tiếp", "", ""),
        (15, "2.000884.000.00.00.H59", "Chứng thực", None, 4, "", "", ""),
        (16, "1.000030", "Ba", "toan_trinh", None, "", "", ""),
    ]


def test_a_sheet_without_a_name_column_gives_empty_names(tmp_path):
    path = layout(tmp_path, [["1.000010", "Toàn trình"], ["1.000020", "Mức độ 2"]],
                  ("Mã thủ tục", "Toàn trình/Một phần"), titles=(), blank_rows=0)
    sheet = read_classifications(path)
    assert [(r.row, r.code.value, r.name, r.form, r.legacy_level, r.reason, r.provision, r.note)
            for r in sheet.rows] == [
        (2, "1.000010", "", "toan_trinh", None, "", "", ""),
        (3, "1.000020", "", None, 2, "", "", ""),
    ]


def test_an_old_level_column_beside_the_form_column(tmp_path):
    header = ("Mã TTHC", "Tên TTHC", "Mức độ DVC", "Toàn trình/Một phần", "Lý do")
    path = layout(tmp_path, [
        ["1.000010", "Một", "Mức độ 4", "Toàn trình", None],   # 2 both
        ["1.000020", "Hai", "Mức độ 3", None, None],           # 3 only the old level
        ["1.000030", "Ba", None, "Một phần", "Lý do x"],        # 4 only the form
    ], header, titles=(), blank_rows=0)
    sheet = read_classifications(path)
    assert sheet.rejected == []
    assert [(r.row, r.form, r.legacy_level, r.reason) for r in sheet.rows] == [
        (2, "toan_trinh", 4, ""), (3, None, 3, ""), (4, "mot_phan", None, "Lý do x")]


# --- Refusals --------------------------------------------------------------------------------------

def test_each_bad_row_is_refused_with_its_row_and_the_others_are_read(tmp_path):
    path = layout(tmp_path, [
        [1, "1.000010", "Một", "Toàn trình", None, None, None],           # 7 ok
        [2, "1.00001X", "Mã sai", "Toàn trình", None, None, None],         # 8 bad code
        [3, "1.000010", "Trùng", "Một phần", "lý do", None, None],         # 9 duplicate of 7
        [4, "1.000040", "Không rõ", "Không rõ", None, None, None],         # 10 unreadable form
        [5, "1.000050", "Trống", None, "lý do nhưng không có hình thức", None, None],  # 11 empty form
        [6, None, "Mất mã", "Một phần", "lý do", None, None],              # 12 data, no code
        [7, "1.000040", "Lại mã 40", "Mức độ 3, 4", None, None, None],     # 13 two levels: unreadable
        [8, "1.000040", "Mã 40 đúng", "Một phần", None, None, None],       # 14 ok: 10 and 13 did not claim it
        [None, None, None, "Toàn trình", None, None, None],                # 15 data, no code, no name
        [9, None, "Chỉ có tên", None, None, None, None],                   # 16 numbered row without a code
        [10, " 1.000010 ", "Trùng nữa", "Toàn trình", None, None, None],   # 17 duplicate of 7
    ])
    sheet = read_classifications(path)
    assert [(r.row, r.code.value) for r in sheet.rows] == [(7, "1.000010"), (14, "1.000040")]
    got = reasons(sheet)
    assert sorted(got) == [8, 9, 10, 11, 12, 13, 15, 16, 17]
    assert "«1.00001X»" in got[8] and "không đúng dạng" in got[8]
    assert got[9] == "Trùng mã 1.000010 với dòng 7."
    assert got[17] == "Trùng mã 1.000010 với dòng 7."
    assert got[10] == ("Không đọc được hình thức «Không rõ» của mã 1.000040: cần “Toàn trình”, “Một phần”, "
                       "“Chưa trực tuyến” hoặc mức độ 1–4.")
    assert "«Mức độ 3, 4»" in got[13]
    assert got[11] == ("Chưa ghi hình thức cung cấp cho mã 1.000050 (cần “Toàn trình”, “Một phần”, "
                       "“Chưa trực tuyến” hoặc mức độ 1–4).")
    assert got[12] == "Mã TTHC đang để trống (thủ tục «Mất mã»)."
    assert got[15] == "Dòng có nội dung phân loại nhưng thiếu mã TTHC."
    assert got[16] == "Mã TTHC đang để trống (thủ tục «Chỉ có tên»)."


def test_headings_notes_and_blank_rows_without_a_code_are_skipped(tmp_path):
    path = layout(tmp_path, [
        Section("A. CẤP TỈNH"),
        ["I", "Lĩnh vực Tư pháp"],
        [None, None, "Lĩnh vực Hộ tịch"],
        None,
        [1, "1.000010", "Một", "Toàn trình", None, None, None],
        Section("Ghi chú: đơn vị rà soát lại vào quý III"),
    ])
    sheet = read_classifications(path)
    assert sheet.rejected == []
    assert [r.code.value for r in sheet.rows] == ["1.000010"]


def test_the_column_numbering_row_and_a_header_repeated_at_a_page_break_are_skipped(tmp_path):
    path = layout(tmp_path, [
        [1, 2, 3, 4, 5, 6, 7],                                        # 7
        [1, "1.000010", "Một", "Toàn trình", None, None, None],       # 8
        ["(1)", "(2)", "(3)", "(4)"],                                 # 9
        ["STT", "Mã số TTHC", "Tên TTHC", "Mức độ", "Lý do"],         # 10
        [2, "1.000020", "Hai", "Một phần", None, None, None],         # 11
    ])
    sheet = read_classifications(path)
    assert sheet.rejected == []
    assert [(r.row, r.code.value) for r in sheet.rows] == [(8, "1.000010"), (11, "1.000020")]


# --- Files that are refused whole ------------------------------------------------------------------

def test_a_sheet_without_code_and_form_columns_is_refused(tmp_path):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")  # has "Mức độ": a catalogue is readable
    assert read_classifications(path).header_row == 4
    bare = layout(tmp_path, [["1.000010", "Một"]], ("Mã TTHC", "Tên TTHC"), titles=(), blank_rows=0)
    with pytest.raises(WorkbookRejected) as caught:
        read_classifications(bare)
    message = str(caught.value)
    assert "\n" not in message
    assert "Không tìm thấy dòng tiêu đề" in message and "phan-loai.xlsx" in message
    assert "“Mã TTHC”" in message and "“Toàn trình/Một phần”" in message and str(HEADER_SEARCH_ROWS) in message


def test_a_header_below_the_search_window_is_refused(tmp_path):
    path = layout(tmp_path, [[1, "1.000010", "Một", "Toàn trình"]], titles=["tiêu đề"] * HEADER_SEARCH_ROWS,
                  blank_rows=0)
    with pytest.raises(WorkbookRejected, match="Không tìm thấy dòng tiêu đề"):
        read_classifications(path)


@pytest.mark.parametrize(("content", "words"), [
    (b"Ma TTHC,Hinh thuc\n1.000010,Toan trinh\n", "không phải sổ tính Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "mật khẩu"),
], ids=["csv-renamed", "encrypted-or-xls"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, content, words):
    path = tmp_path / "phan-loai.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookRejected, match=words):
        read_classifications(path)


def generated(count: int) -> list[list[object]]:
    forms = ("Toàn trình", "Một phần", "Mức độ 3", "Chưa trực tuyến")
    return [[generated_code(i), forms[i % len(forms)]] for i in range(count)]


def test_too_many_rows_is_refused(tmp_path):
    path = layout(tmp_path, generated(20), ("Mã TTHC", "Hình thức"), titles=(), blank_rows=0)
    with pytest.raises(WorkbookRejected, match="quá nhiều dòng"):
        read_classifications(path, limits=WorkbookLimits(max_rows=10))
    assert len(read_classifications(path, limits=WorkbookLimits(max_rows=20)).rows) == 20


def test_progress_every_200_rows_and_at_the_end(tmp_path):
    path = layout(tmp_path, generated(450), ("Mã TTHC", "Hình thức"), titles=(), blank_rows=0)
    calls: list[tuple[int, int]] = []
    sheet = read_classifications(path, progress=lambda done, total: calls.append((done, total)))
    assert len(sheet.rows) == 450 and sheet.rejected == []
    assert calls == [(200, 451), (400, 451), (451, 451)]


# --- Column names ------------------------------------------------------------------------------------

ALIASES = sorted({(f, a) for source in (OWN_COLUMNS, {k: CATALOG_COLUMNS[k] for k in ("code", "name", "form")})
                  for f, names in source.items() if not f.startswith("_") for a in names})
SAMPLE = {"index": 1, "code": "1.000010", "name": "Đăng ký khai sinh", "form": "Một phần",
          "reason": "Cần bản chính", "provision": "Điều 16 Luật Hộ tịch", "note": "x"}


@pytest.mark.parametrize(("field", "alias"), ALIASES, ids=[f"{f}:{fold(a)}" for f, a in ALIASES])
def test_every_alias_is_recognised(tmp_path, field, alias):
    assert match_alias(nfd(alias.upper()), classification_aliases()) == field
    header = {"index": "STT", "code": "Mã TTHC", "name": "Tên TTHC", "form": "Hình thức DVCTT",
              "reason": "Lý do", "provision": "Quy định chuyên ngành", "note": "Ghi chú"}
    header[field] = nfd(f" {alias} ")
    path = layout(tmp_path, [[SAMPLE[f] for f in header]], tuple(header.values()))
    (row,) = read_classifications(path).rows
    assert (row.code.value, row.name, row.form, row.reason, row.provision, row.note) == (
        "1.000010", "Đăng ký khai sinh", "mot_phan", "Cần bản chính", "Điều 16 Luật Hộ tịch", "x")


@pytest.mark.parametrize(("header", "field"), [
    ("Lý do chưa cung cấp toàn trình (nếu có)", "reason"),
    ("Quy định pháp luật chuyên ngành (điều, khoản)", "provision"),
    ("Mức độ DVCTT năm 2025", "form"),
    ("Mã TTHC (trên CSDL quốc gia)", "code"),
])
def test_a_longer_header_starting_with_an_alias_is_recognised(header, field):
    assert match_alias(header, classification_aliases()) == field
