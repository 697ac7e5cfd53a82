"""Build a province's list of units and a unit's answered classification sheet with openpyxl.

Like workbooks.py, nothing binary is committed: each test writes what it reads. The layout has
merged title rows, blank rows, then the header, so the header row can be placed anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

import openpyxl
from openpyxl.utils import get_column_letter

from workbooks import Row, Section, use_shared_strings

UNITS_TITLES = ("UBND TỈNH SƠN HÀ", "DANH SÁCH CƠ QUAN, ĐƠN VỊ THỰC HIỆN RÀ SOÁT DỊCH VỤ CÔNG TRỰC TUYẾN")
UNITS_HEADER = ("STT", "Tên cơ quan, đơn vị", "Mã định danh điện tử", "Ghi chú")
DEPARTMENTS = Section("I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH")
COMMUNES = Section("II. UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU")

CLASSIFICATION_TITLES = ("SỞ TƯ PHÁP TỈNH SƠN HÀ", "BẢNG PHÂN LOẠI DỊCH VỤ CÔNG TRỰC TUYẾN")
CLASSIFICATION_HEADER = (
    "STT",
    "Mã TTHC",
    "Tên thủ tục hành chính",
    "Hình thức DVCTT",
    "Lý do chưa toàn trình",
    "Quy định pháp luật chuyên ngành",
    "Ghi chú",
)


def header_row_of(titles: Sequence[str], blank_rows: int) -> int:
    return len(titles) + blank_rows + 1


def list_layout(
    path: Path,
    rows: Iterable[Row],
    header: Sequence[object] = UNITS_HEADER,
    *,
    titles: Sequence[str] = UNITS_TITLES,
    blank_rows: int = 1,
    sheet_title: str = "Danh sách",
    before: Sequence[str] = (),
    shared_strings: bool = True,
) -> Path:
    """Merged `titles`, `blank_rows` empty rows, `header`, then each row: a Section merged across
    the table, None for a blank row, or cell values in header order. `before` adds sheets without
    a table ahead of it ("Hướng dẫn")."""
    workbook = openpyxl.Workbook()
    for index, name in enumerate(before):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = name
        sheet.append(["Điền danh sách ở trang sau."])
    sheet = workbook.create_sheet() if before else workbook.active
    sheet.title = sheet_title
    last = get_column_letter(len(header))
    for number, title in enumerate(titles, start=1):
        sheet.cell(row=number, column=1, value=title)
        sheet.merge_cells(f"A{number}:{last}{number}")
    header_row = header_row_of(titles, blank_rows)  # the blank rows are simply left empty
    for column, text in enumerate(header, start=1):
        sheet.cell(row=header_row, column=column, value=text)
    number = header_row
    for row in rows:
        number += 1
        if isinstance(row, Section):
            sheet.cell(row=number, column=1, value=row.text)
            sheet.merge_cells(f"A{number}:{last}{number}")
        elif row is not None:
            for column, value in enumerate(row, start=1):
                sheet.cell(row=number, column=column, value=None if value == "" else value)
    workbook.save(path)
    if shared_strings:
        use_shared_strings(path)
    return path


def classification_layout(path: Path, rows: Iterable[Row], header: Sequence[object] = CLASSIFICATION_HEADER,
                          **kwargs: object) -> Path:
    kwargs.setdefault("titles", CLASSIFICATION_TITLES)
    kwargs.setdefault("sheet_title", "Phân loại")
    return list_layout(path, rows, header, **kwargs)  # type: ignore[arg-type]
