"""Write the demo province's list of units as a province would send it:

    python tools/make_demo_workbooks.py   # resources/demo/province.json → resources/demo/don-vi.xlsx

Two merged title rows, a blank row, the header, then "I." with every department and "II." with
every commune. The provincial office and the UBND tỉnh root are not listed: `init` creates them.
The output is byte-for-byte the same on every run (fixed properties and zip timestamps).
"""

from __future__ import annotations

import datetime
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Sequence

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

ROOT = Path(__file__).resolve().parents[1]
PROVINCE_JSON = ROOT / "resources" / "demo" / "province.json"
UNITS_XLSX = ROOT / "resources" / "demo" / "don-vi.xlsx"

FIXED_TIME = datetime.datetime(2025, 7, 1, 8, 0, 0)
HEADER = ("STT", "Tên cơ quan, đơn vị", "Mã định danh điện tử", "Ghi chú")
WIDTHS = (7, 48, 24, 28)
TITLE = "DANH SÁCH CƠ QUAN, ĐƠN VỊ THỰC HIỆN RÀ SOÁT DỊCH VỤ CÔNG TRỰC TUYẾN"
DEPARTMENTS = "I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH"
COMMUNES = "II. UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU"

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BOLD = Font(bold=True)


def authority_title(province_name: str) -> str:
    """"Tỉnh Sơn Hà" → "UBND TỈNH SƠN HÀ"."""
    name = province_name.strip()
    if name.casefold().startswith("tỉnh "):
        name = name[len("tỉnh "):]
    return f"UBND TỈNH {name.upper()}"


def put_text(sheet: Worksheet, row: int, column: int, text: str) -> None:
    """Always a string cell: openpyxl would make a formula of text starting with "="."""
    cell = sheet.cell(row=row, column=column)
    cell.value = text
    cell.data_type = "s"


def title_row(sheet: Worksheet, row: int, text: str) -> None:
    put_text(sheet, row, 1, text)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
    cell = sheet.cell(row=row, column=1)
    cell.font = _BOLD
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def section_row(sheet: Worksheet, row: int, text: str) -> None:
    put_text(sheet, row, 1, text)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
    sheet.cell(row=row, column=1).font = _BOLD
    for column in range(1, len(HEADER) + 1):
        sheet.cell(row=row, column=column).border = _BOX


def unit_rows(sheet: Worksheet, first_row: int, units: Sequence[dict]) -> int:
    """The units numbered from 1; returns the next free row."""
    for number, unit in enumerate(units, start=1):
        row = first_row + number - 1
        sheet.cell(row=row, column=1, value=number).alignment = Alignment(horizontal="center")
        put_text(sheet, row, 2, unit["name"])
        put_text(sheet, row, 3, unit["code"])
        for column in range(1, len(HEADER) + 1):
            sheet.cell(row=row, column=column).border = _BOX
    return first_row + len(units)


def units_workbook(province: dict) -> openpyxl.Workbook:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách đơn vị"
    title_row(sheet, 1, authority_title(province["province"]["name"]))
    title_row(sheet, 2, TITLE)
    for column, (text, width) in enumerate(zip(HEADER, WIDTHS), start=1):
        put_text(sheet, 4, column, text)
        cell = sheet.cell(row=4, column=column)
        cell.font = _BOLD
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    section_row(sheet, 5, DEPARTMENTS)
    row = unit_rows(sheet, 6, province["departments"])
    section_row(sheet, row, COMMUNES)
    unit_rows(sheet, row + 1, province["communes"])
    sheet.freeze_panes = "A5"
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "DVC Desktop"
    properties.title = TITLE
    properties.created = properties.modified = FIXED_TIME
    return workbook


def deterministic_bytes(workbook: openpyxl.Workbook) -> bytes:
    """openpyxl's save() stamps the current time into docProps/core.xml and every zip entry:
    write with its ExcelWriter, then copy the entries with a fixed timestamp."""
    written = io.BytesIO()
    ExcelWriter(workbook, zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED)).save()
    output = io.BytesIO()
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return output.getvalue()


def build(source: Path = PROVINCE_JSON, target: Path = UNITS_XLSX) -> Path:
    province = json.loads(source.read_text(encoding="utf-8"))
    target.write_bytes(deterministic_bytes(units_workbook(province)))
    return target


def main(args: list[str]) -> None:
    if args:
        raise SystemExit(__doc__)
    print(build().relative_to(ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
