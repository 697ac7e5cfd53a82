"""Read a province's own list of its units (departments and communes) from a workbook.

Real lists look like catalogue appendices: merged title rows, a header somewhere in the first
rows, and section rows ("I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH", "II. UBND CÁC XÃ, PHƯỜNG,
ĐẶC KHU") that give the level of the rows under them. The table helpers at the top (aliases,
header search, bounded row iteration) live in excel/table.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from dvc_desktop.domain.codes import parse_province_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.text import fold
from dvc_desktop.domain.units import UnitLevel, kind_of_level, parse_province_unit_code, parse_unit_name
from dvc_desktop.excel.catalog_reader import RowRejection
from dvc_desktop.excel.table import (
    HEADER_SEARCH_ROWS,
    Aliases,
    Columns,
    column_text,
    refused_cell,
    first_table,
    heading_text,
    is_layout_row,
    is_numbered,
    read_aliases,
    table_rows,
)
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected, open_workbook
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress


@dataclass(frozen=True)
class UnitRow:
    row: int  # Excel row number, 1-based
    code: str  # NFKC, no whitespace, upper case: "000.00.13.H40"
    name: str
    level_code: str  # "tinh" or "xa"
    kind: str  # "department" (tinh) or "commune" (xa)
    note: str = ""


@dataclass
class UnitsSheet:
    sheet: str
    header_row: int
    rows: list[UnitRow] = field(default_factory=list)
    rejected: list[RowRejection] = field(default_factory=list)


# "I.", "II)", "B -", "Phần I." before a section title; not digits, which number unit rows.
_SECTION = re.compile(r"^(?:ph[aầ]n\s+)?(?:[ivxlc]+|[a-z])\s*[.):\-]?\s+(?P<rest>.+)$", re.IGNORECASE)
# On folded text. Communes first: "UBND các xã, phường trên địa bàn tỉnh" is about communes.
_COMMUNE_SECTION = re.compile(
    r"\b(?:cap xa|cac xa|cac phuong|xa\s*,?\s*phuong|phuong\s*,?\s*xa|dac khu)\b")
_PROVINCE_SECTION = re.compile(r"\b(?:tinh|so\s*,?\s*ban\s*,?\s*nganh|co quan chuyen mon)\b")
_COMMUNE_NAME = re.compile(r"^(?:ubnd|uy ban nhan dan)\s+(?:xa|phuong|dac khu)\b")
# What a "Cấp" cell may say, folded, with any leading "cấp" removed.
_LEVEL_WORDS = {
    "tinh": UnitLevel.PROVINCE.value,
    "xa": UnitLevel.COMMUNE.value,
    "phuong": UnitLevel.COMMUNE.value,
    "dac khu": UnitLevel.COMMUNE.value,
    "xa, phuong": UnitLevel.COMMUNE.value,
    "xa, phuong, dac khu": UnitLevel.COMMUNE.value,
}


def unit_aliases() -> Aliases:
    return read_aliases("unit_columns.json")


def section_level(text: str) -> str | None:
    """The level a section heading names, if any."""
    key = fold(text)
    if _COMMUNE_SECTION.search(key):
        return UnitLevel.COMMUNE.value
    if _PROVINCE_SECTION.search(key):
        return UnitLevel.PROVINCE.value
    return None


# Folded: a district (cấp huyện, abolished from 1/7/2025 by Law 72/2025/QH15) by its "Cấp" cell or name.
_DISTRICT_CELL = re.compile(r"^(?:cap\s+)?(?:huyen|quan|thi xa|quan, huyen|huyen, quan)$")
_DISTRICT_NAME = re.compile(r"^(?:ubnd|uy ban nhan dan)\s+(?:huyen|quan|thi xa)\b")


def district_refusal(code: str) -> DomainError:
    return DomainError(translate(
        "excel", "Đơn vị {code} thuộc cấp huyện: cấp huyện chấm dứt hoạt động từ 1/7/2025 (Luật số "
                 "72/2025/QH15), không thêm đơn vị cấp huyện mới.", code=code))


def level_from_cell(text: str) -> str | None:
    key = re.sub(r"\s*[,;/]\s*", ", ", fold(text).strip(" ."))  # "Xã/Phường", "xã ; phường"
    return _LEVEL_WORDS.get(re.sub(r"^cap\s+", "", key))


def level_from_name(name: str) -> str | None:
    """"UBND xã …", "Ủy ban nhân dân phường …", "UBND đặc khu …" are communes."""
    return UnitLevel.COMMUNE.value if _COMMUNE_NAME.match(fold(name)) else None


class _UnitsParser:
    def __init__(self, columns: Columns, province_code: str) -> None:
        self.columns = columns
        self.province_code = province_code
        self.section_level: str | None = None
        self.by_code: dict[str, list[UnitRow]] = {}  # first appearance first
        self.rejected: list[RowRejection] = []

    def get(self, cells: Sequence[object], name: str) -> str:
        return column_text(cells, self.columns, name)

    def feed(self, number: int, cells: Sequence[object]) -> None:
        if is_layout_row(cells, self.columns, unit_aliases()):
            return
        raw_code = self.get(cells, "code")
        name = self.get(cells, "name")
        if not any(ch.isdigit() for ch in raw_code):  # every unit code has digits; headings may sit here
            self._without_code(number, cells, name)
            return
        try:
            unit = self._unit(number, cells, raw_code, name)
        except DomainError as error:
            self.rejected.append(RowRejection(number, str(error)))
            return
        self.by_code.setdefault(unit.code, []).append(unit)

    def _without_code(self, number: int, cells: Sequence[object], name: str) -> None:
        text = heading_text(cells)
        if not is_numbered(cells, self.columns) and self._is_heading(text, name):
            # A heading naming no level ("III. CÁC ĐƠN VỊ KHÁC") keeps the level above it.
            self.section_level = section_level(text) or self.section_level
        elif name:
            self.rejected.append(RowRejection(number, translate(
                "excel", "Đơn vị «{name}» chưa có mã định danh.", name=name)))

    @staticmethod
    def _is_heading(text: str, name: str) -> bool:
        """Numbered with a Roman numeral or letter, or an upper-case title naming a level that is
        not itself a commune's name ("UBND ĐẶC KHU CỒN CỎ" without a code is a unit)."""
        if _SECTION.match(text):
            return True
        return text.isupper() and section_level(text) is not None and level_from_name(name) is None

    def _unit(self, number: int, cells: Sequence[object], raw_code: str, name: str) -> UnitRow:
        code = parse_province_unit_code(raw_code, self.province_code)
        if not name:
            raise DomainError(translate("excel", "Thiếu tên cơ quan, đơn vị cho mã {code}.", code=code))
        name = parse_unit_name(name)
        level = self._level(cells, code, name)
        return UnitRow(number, code, name, level, kind_of_level(level).value, self.get(cells, "note"))

    def _level(self, cells: Sequence[object], code: str, name: str) -> str:
        """The "Cấp" cell, else a commune's name, else the section above."""
        written = self.get(cells, "level")
        district = _DISTRICT_CELL.match(re.sub(r"\s*[,;/]\s*", ", ", fold(written).strip(" .")))
        if (written and district) or _DISTRICT_NAME.match(fold(name)):
            raise district_refusal(code)
        if written:
            level = level_from_cell(written)
            if level is None:
                raise DomainError(translate(
                    "excel", "Cấp «{value}» của mã {code} không rõ: cần “Cấp tỉnh” hoặc “Cấp xã”.",
                    value=written, code=code))
            return level
        level = level_from_name(name) or self.section_level
        if level is None:
            raise DomainError(translate(
                "excel", "Không xác định được cấp của đơn vị {code} «{name}»: không có cột “Cấp”, tên "
                         "không bắt đầu bằng “UBND xã/phường/đặc khu” và không có dòng mục như "
                         "“I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH” phía trên.", code=code, name=name))
        return level

    def finish(self, sheet: UnitsSheet) -> UnitsSheet:
        """A code written twice with the same name is one unit; with two names, neither is taken."""
        for code, units in self.by_code.items():
            if len({fold(u.name) for u in units}) == 1:
                sheet.rows.append(units[0])
                continue
            for unit in units:
                others = [u for u in units if fold(u.name) != fold(unit.name)]
                self.rejected.append(RowRejection(unit.row, translate(
                    "excel", "Mã {code} mang hai tên khác nhau: «{name}» ở dòng này và «{other}» ở dòng "
                             "{rows}. Hãy sửa cho thống nhất.", code=code, name=unit.name,
                    other="», «".join(dict.fromkeys(u.name for u in others)),
                    rows=", ".join(str(u.row) for u in others))))
        sheet.rows.sort(key=lambda u: u.row)
        sheet.rejected = sorted(self.rejected, key=lambda r: r.row)
        return sheet


def read_units(
    path: Path,
    province_code: str,
    progress: Progress = no_progress,
    limits: WorkbookLimits = WorkbookLimits(),
) -> UnitsSheet:
    """Parse the first sheet that has a recognisable header; refuse the file otherwise."""
    province = parse_province_code(province_code)
    with open_workbook(path, limits) as workbook:
        table = first_table(workbook, unit_aliases(), ("code", "name"))
        if table is None:
            raise WorkbookRejected(translate(
                "excel", "Không tìm thấy dòng tiêu đề có cột “Tên cơ quan, đơn vị” (hoặc “Tên đơn vị”) và "
                         "“Mã định danh” (hoặc “Mã định danh điện tử”, “Mã đơn vị”) trong {rows} dòng đầu "
                         "của tệp {name}.", rows=HEADER_SEARCH_ROWS, name=path.name))
        parser = _UnitsParser(table.columns, province)
        for number, cells in table_rows(table, path, limits, progress):
            problem = refused_cell(cells, table.header)
            if problem:
                parser.rejected.append(RowRejection(number, problem))
            else:
                parser.feed(number, cells)
        return parser.finish(UnitsSheet(table.worksheet.title, table.header_row))
