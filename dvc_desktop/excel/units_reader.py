"""Read a province's own list of its units (departments and communes) from a workbook.

Real lists look like catalogue appendices: merged title rows, a header somewhere in the first
rows, and section rows ("I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH", "II. UBND CÁC XÃ, PHƯỜNG,
ĐẶC KHU") that give the level of the rows under them. The table helpers at the top (aliases,
header search, bounded row iteration) are shared with classification_reader.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from dvc_desktop.domain.codes import parse_province_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.domain.units import UnitLevel, kind_of_level, parse_province_unit_code
from dvc_desktop.excel.catalog_reader import HEADER_SEARCH_ROWS, RowRejection, cell_text
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected, open_workbook
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.resources import resource_path

# A header wider than this is not a list someone typed; bounding it keeps a bogus <dimension>
# from padding every row to 16,384 cells.
HEADER_SEARCH_COLUMNS = 50
PROGRESS_EVERY = 200

Aliases = dict[str, tuple[str, ...]]  # field → folded column names
Columns = dict[str, tuple[int, ...]]  # field → indexes of the columns naming it, left to right


# --- Table helpers (shared with classification_reader) ------------------------------------------

@cache
def read_aliases(filename: str) -> Aliases:
    """Folded column names of resources/excel/<filename>; keys starting with "_" are notes."""
    raw = json.loads(resource_path("excel", filename).read_text(encoding="utf-8"))
    return {key: tuple(fold(a) for a in names) for key, names in raw.items() if not key.startswith("_")}


def match_alias(header: object, aliases: Aliases) -> str | None:
    """Same rule as catalog_reader.match_column: exact alias first, then the longest multi-word
    alias the cell starts with ("Mã định danh điện tử (ĐDĐT)")."""
    key = fold(header)
    if not key:
        return None
    for name, folded in aliases.items():
        if key in folded:
            return name
    best: tuple[int, str] | None = None
    for name, folded in aliases.items():
        for alias in folded:
            if " " in alias and key.startswith(alias + " ") and (best is None or len(alias) > best[0]):
                best = (len(alias), name)
    return best[1] if best else None


def find_columns(
    rows: Iterable[Sequence[object]], aliases: Aliases, required: Sequence[str]
) -> tuple[int, Columns] | None:
    """(1-based row number, field → column indexes) of the first row naming every required field."""
    for number, cells in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        columns: dict[str, list[int]] = {}
        for index, cell in enumerate(cells):
            name = match_alias(cell, aliases)
            if name:
                columns.setdefault(name, []).append(index)
        if all(name in columns for name in required):
            return number, {name: tuple(indexes) for name, indexes in columns.items()}
    return None


@dataclass(frozen=True)
class Table:
    worksheet: Any  # openpyxl's ReadOnlyWorksheet
    header_row: int
    columns: Columns


def first_table(workbook: Any, aliases: Aliases, required: Sequence[str]) -> Table | None:
    for worksheet in workbook.worksheets:
        head = worksheet.iter_rows(max_row=HEADER_SEARCH_ROWS, max_col=HEADER_SEARCH_COLUMNS, values_only=True)
        found = find_columns(head, aliases, required)
        if found is not None:
            return Table(worksheet, *found)
    return None


def table_rows(
    table: Table, path: Path, limits: WorkbookLimits, progress: Progress
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(Excel row number, cells) under the header; refuses a sheet longer than limits.max_rows and
    reports progress every 200 rows and at the end."""
    worksheet = table.worksheet
    total = worksheet.max_row or 0
    # Only as wide as the columns read: a wrong <dimension> would pad every row to 16,384 cells.
    width = 1 + max(index for indexes in table.columns.values() for index in indexes)
    number = table.header_row
    rows = worksheet.iter_rows(min_row=table.header_row + 1, max_col=width, values_only=True)
    for number, cells in enumerate(rows, start=table.header_row + 1):
        if number - table.header_row > limits.max_rows:
            raise WorkbookRejected(translate("excel", "Tệp {name} có quá nhiều dòng (tối đa {limit}).",
                                             name=path.name, limit=limits.max_rows))
        yield number, cells
        if number % PROGRESS_EVERY == 0:
            progress(number, total)
    end = max(total, number)
    progress(end, end)


def column_text(cells: Sequence[object], columns: Columns, name: str) -> str:
    """Cleaned text of the first column naming `name`; "" when the sheet has none."""
    indexes = columns.get(name)
    if not indexes or indexes[0] >= len(cells):
        return ""
    return cell_text(cells[indexes[0]])


_NUMBERED = re.compile(r"^\d+[.)]?$")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


def is_layout_row(cells: Sequence[object], columns: Columns, aliases: Aliases) -> bool:
    """The header repeated at a page break, or the "(1) (2) (3)" row that official tables put
    under the header: neither is a unit or procedure with a bad code."""
    code = column_text(cells, columns, "code")
    if match_alias(code, aliases) == "code":
        return True
    filled = [t for t in (cell_text(c) for c in cells) if t]
    return bool(code) and len(filled) >= 2 and all(_COLUMN_NUMBER.match(t) for t in filled)


def is_numbered(cells: Sequence[object], columns: Columns) -> bool:
    """The STT cell holds a number: a data row, never a section heading."""
    indexes = columns.get("index")
    if not indexes or indexes[0] >= len(cells):
        return False
    value = cells[indexes[0]]
    return isinstance(value, (int, float)) or bool(_NUMBERED.match(clean(value)))


def heading_text(cells: Sequence[object]) -> str:
    """A section heading may be merged across the row or split over the STT and name cells."""
    return " ".join(t for t in (cell_text(c) for c in cells) if t and not t.isdigit())


# --- Units --------------------------------------------------------------------------------------

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
        level = self._level(cells, code, name)
        return UnitRow(number, code, name, level, kind_of_level(level).value, self.get(cells, "note"))

    def _level(self, cells: Sequence[object], code: str, name: str) -> str:
        """The "Cấp" cell, else a commune's name, else the section above."""
        written = self.get(cells, "level")
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
            parser.feed(number, cells)
        return parser.finish(UnitsSheet(table.worksheet.title, table.header_row))
