"""The Danh mục writer's fast path (reused cells, style index looked up once, rows handed to openpyxl as
cells) writes the very file openpyxl's own path writes, and the row heights follow the wrapped text."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest
from openpyxl.utils.exceptions import IllegalCharacterError

from dvc_desktop.domain.catalogue import (
    Catalogue, Counts, Group, PublishedRow, Section, UnitSummary, WebsiteRow, unit_summaries,
)
from dvc_desktop.excel import catalogue_writer
from dvc_desktop.excel.catalogue_writer import LINE_HEIGHT, ROW_PADDING, write_catalogue

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

LONG_NAME = "Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ " * 8  # 416 characters: 8 lines of 57


def _row(code: str, name: str, form: str = "toan_trinh", note: str = "", sector: str = "Tư pháp",
         agency: str = "Sở Tư pháp") -> PublishedRow:
    return PublishedRow(code, name, sector, agency, "000.00.13.H59", "Cấp tỉnh", form, form.replace("_", " "), note,
                        "tinh")


def _catalogue(rows_per_group: int = 30) -> Catalogue:
    tricky = [
        _row("=1+1", "=HYPERLINK(\"http://x\",\"bấm\")", sector="+1", agency="-2"),
        _row("1.000002", LONG_NAME, "mot_phan", "Luật quy định có mặt trực tiếp\nKhoản 1 Điều 9\nĐiều 10"),
        _row("1.000003", "@SUM(A1)", "chua_truc_tuyen", note="", sector=""),
        _row("1.000004", "  khoảng trắng đầu và cuối  ", "chua_phan_loai"),
    ]
    sections, total = [], Counts()
    for s_index, (level, title) in enumerate((("tinh", "CẤP TỈNH"), ("xa", "CẤP XÃ"))):
        section = Section("I" if s_index == 0 else "II", f"THỦ TỤC HÀNH CHÍNH {title}", level)
        for g in range(2):
            group = Group(g + 1, f"Đơn vị {g + 1}", list(tricky) if s_index == g == 0 else [])
            group.rows += [_row(f"2.{s_index}{g}{i:04d}", f"Thủ tục số {i} " * (i % 7), ("toan_trinh", "mot_phan")[i % 2],
                                "Lý do; Điều 5" if i % 2 else "") for i in range(rows_per_group)]
            for row in group.rows:
                group.counts.add(row.form)
                section.counts.add(row.form)
                total.add(row.form)
            section.groups.append(group)
        sections.append(section)
    rows = [row for section in sections for group in section.groups for row in group.rows]
    websites = [WebsiteRow("Sở Tư pháp", "=Cổng", "https://stp.sonha.gov.vn", True, "planned", date(2027, 3, 1)),
                WebsiteRow("UBND xã A", "Trang xã A", "", False, "none", None)]
    return Catalogue("H59", "Tỉnh Sơn Hà", date(2026, 11, 29), "ND224-2026", sections,
                     unit_summaries(rows) + [UnitSummary("X", "Không có thủ tục trực tuyến", Counts())], websites,
                     total)


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}  # dates


def test_fast_path_writes_the_same_file_as_openpyxls_own_path(tmp_path, monkeypatch):
    catalogue = _catalogue()
    fast = write_catalogue(catalogue, tmp_path / "fast.xlsx")
    monkeypatch.setattr(catalogue_writer, "FAST_ROWS", False)
    plain = write_catalogue(catalogue, tmp_path / "plain.xlsx")
    assert _members(fast) == _members(plain)


def test_openpyxl_still_takes_the_rows_through_the_hook(tmp_path, monkeypatch):
    """If a later openpyxl stops calling WriteOnlyWorksheet._values_to_row, the file stays right but the
    time goes back up by about a third: this says so."""
    seen: list[int] = []
    original = catalogue_writer._cells_to_row

    def counting(cells, row_idx):  # type: ignore[no-untyped-def]
        seen.append(row_idx)
        return original(cells, row_idx)

    monkeypatch.setattr(catalogue_writer, "_cells_to_row", counting)
    catalogue = _catalogue(rows_per_group=3)
    path = write_catalogue(catalogue, tmp_path / "d.xlsx")
    book = openpyxl.load_workbook(path)
    assert len(seen) == sum(book[name].max_row for name in book.sheetnames)


def test_rows_read_back_with_their_values_types_and_styles(tmp_path):
    catalogue = _catalogue(rows_per_group=3)
    sheet = openpyxl.load_workbook(write_catalogue(catalogue, tmp_path / "d.xlsx"))["Danh mục"]
    rows = list(sheet.iter_rows(min_row=8, max_row=11))
    assert [c.value for c in rows[0]] == [1, "=1+1", "=HYPERLINK(\"http://x\",\"bấm\")", "+1", "-2", "Cấp tỉnh",
                                          "toan trinh", None]
    assert all(c.data_type == "s" for c in rows[0][1:7])
    assert [c.value for c in rows[1]][:3] == [2, "1.000002", LONG_NAME]
    assert rows[3][2].value == "  khoảng trắng đầu và cuối  "
    for row in rows:
        assert [c.alignment.horizontal for c in row] == ["center", None, None, None, None, "center", "center", None]
        assert all(c.font.name == "Times New Roman" and c.font.size == 13 and not c.font.b for c in row)
        assert all(c.border.left.style == "thin" and c.alignment.wrap_text for c in row)


def test_row_heights_follow_the_longest_wrapped_text(tmp_path):
    sheet = openpyxl.load_workbook(write_catalogue(_catalogue(rows_per_group=3), tmp_path / "d.xlsx"))["Danh mục"]
    heights = {row[2].value: sheet.row_dimensions[row[2].row].height for row in sheet.iter_rows(min_row=8)
               if row[1].value}
    # Every row's height is written (LibreOffice does not recompute them), with room for the marks
    # Vietnamese stacks over capitals: one line is taller than the line itself.
    assert heights["=HYPERLINK(\"http://x\",\"bấm\")"] == LINE_HEIGHT + ROW_PADDING
    assert heights[LONG_NAME] == LINE_HEIGHT * 8 + ROW_PADDING  # 416 characters at 57 a line; the note needs 3
    assert heights["Thủ tục số 2 Thủ tục số 2 "] == LINE_HEIGHT + ROW_PADDING
    header = next(row for row in sheet.iter_rows() if row[0].value == "STT")
    assert sheet.row_dimensions[header[0].row].height == LINE_HEIGHT * 2 + ROW_PADDING  # "Cấp thực hiện" in bold


def test_the_title_lines_are_centred_across_the_table(tmp_path):
    sheet = openpyxl.load_workbook(write_catalogue(_catalogue(rows_per_group=1), tmp_path / "d.xlsx"))["Danh mục"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    for row in (1, 2, 3):
        assert f"A{row}:H{row}" in merged and sheet.cell(row, 1).alignment.horizontal == "center"
        assert sheet.row_dimensions[row].height >= LINE_HEIGHT + ROW_PADDING


@pytest.mark.parametrize("fast", [True, False])
def test_a_control_character_is_refused_on_both_paths(tmp_path, monkeypatch, fast):
    """The reused cells still go through openpyxl's checks of a value (a control character would make
    the file unreadable)."""
    monkeypatch.setattr(catalogue_writer, "FAST_ROWS", fast)
    catalogue = _catalogue(rows_per_group=1)
    catalogue.sections[0].groups[0].rows.append(_row("1.000009", "tên có ký tự \x01 điều khiển"))
    with pytest.raises(IllegalCharacterError):
        write_catalogue(catalogue, tmp_path / "d.xlsx")
    assert not (tmp_path / "d.xlsx").exists()


def test_a_cancelled_write_leaves_no_file_and_no_open_stream(tmp_path, monkeypatch):
    """Cancelled halfway through the procedures: the streamed sheet is finished and its temporary file
    removed at once, not by the garbage collector at some later moment."""
    import gc
    import sys

    from openpyxl.worksheet import _writer

    from dvc_desktop.progress import Cancelled

    def cancel(done: int, total: int) -> None:
        if done >= 1000:
            raise Cancelled()

    before = set(_writer.ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        write_catalogue(_catalogue(rows_per_group=300), tmp_path / "d.xlsx", cancel)
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    gc.collect()
    assert ignored == []
    assert not (tmp_path / "d.xlsx").exists() and set(_writer.ALL_TEMP_FILES) == before
