"""Read a procedure catalogue from a workbook laid out the way officials actually keep it.

The header row may sit below merged title rows and its names vary; section rows such as
"A. CẤP TỈNH" or "I. Lĩnh vực Tư pháp" carry the level or the sector to the rows under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from dvc_desktop.domain.codes import ProcedureCode, parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.domain.units import Level, resolve_levels
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected, open_workbook
from dvc_desktop.excel.table import (
    HEADER_SEARCH_COLUMNS, HEADER_SEARCH_ROWS, bounded_rows, cell_text, match_alias, read_aliases, refused_cell,
)
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress

# "A.", "II)", "3 -", "Phần I." before a section title; group `roman` set for I, II, 1, 2...
_ENUMERATION = re.compile(
    r"^(?:ph[aầ]n\s+)?(?:(?P<roman>[ivxlc]+|\d+)|[a-z])\s*[.):\-]?\s+(?P<rest>.+)$", re.IGNORECASE
)
# What a heading row puts in the code column: "A", "II", "3." — never a procedure's code.
_ENUMERATOR = re.compile(r"^(?:[ivxlc]+|[a-zđ]|\d+)\s*[.):]?$", re.IGNORECASE)
_SECTOR_PREFIX = re.compile(r"^l[iĩ]nh v[uự]c\s*:?\s*", re.IGNORECASE)
_FORM_WORDS = {"toan trinh": "toan_trinh", "mot phan": "mot_phan", "chua truc tuyen": "chua_truc_tuyen"}


@dataclass(frozen=True)
class CatalogRow:
    """One procedure as the file gives it; `fields` holds only the columns the file has."""

    row: int
    code: ProcedureCode
    name: str
    sector: str = ""
    sector_code: str = ""
    level_codes: tuple[str, ...] = ()
    form: str | None = None  # toàn trình / một phần / chưa trực tuyến, as written
    legacy_level: int | None = None  # mức độ 1–4
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowRejection:
    row: int
    reason: str


@dataclass
class CatalogSheet:
    sheet: str
    header_row: int
    columns: tuple[str, ...]
    rows: list[CatalogRow] = field(default_factory=list)
    rejected: list[RowRejection] = field(default_factory=list)


def column_aliases() -> dict[str, tuple[str, ...]]:
    return read_aliases("catalog_columns.json")


def match_column(header: object) -> str | None:
    """Which catalogue field a header cell names (excel/table.match_alias)."""
    return match_alias(header, column_aliases())


def find_header(rows: Iterable[Sequence[object]]) -> tuple[int, dict[str, int]] | None:
    """(1-based row number, field → column index) of the first row naming code and name."""
    for number, cells in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            name = match_column(cell)
            if name and name not in columns:
                columns[name] = index
        if "code" in columns and "name" in columns:
            return number, columns
    return None


def parse_form(text: str) -> tuple[str | None, int | None]:
    """"Toàn trình" → form; "Mức độ 4" or "4" → legacy level (the caller maps it)."""
    key = fold(text)
    for words, form in _FORM_WORDS.items():
        if words in key:
            return form, None
    digits = re.findall(r"\b([1-4])\b", key)
    if len(digits) == 1:
        return None, int(digits[0])
    return None, None


class _SheetParser:
    def __init__(self, sheet: CatalogSheet, columns: dict[str, int], levels: list[Level],
                 on_row: Callable[[CatalogRow], None] | None = None) -> None:
        self.sheet = sheet
        self.emit = on_row or sheet.rows.append
        self.columns = columns
        self.levels = levels
        self.section_levels: tuple[str, ...] = ()
        self.section_sector = ""
        self.seen: dict[str, int] = {}
        self.level_cache: dict[str, tuple[str, ...]] = {}  # most files repeat a handful of values

    def get(self, cells: Sequence[object], name: str) -> str:
        index = self.columns.get(name)
        return cell_text(cells[index]) if index is not None and index < len(cells) else ""

    def feed(self, number: int, cells: Sequence[object]) -> None:
        raw_code = self.get(cells, "code")
        if not raw_code or not any(ch.isdigit() for ch in raw_code):
            if raw_code and self.get(cells, "name") and not _ENUMERATOR.match(raw_code):
                # A code like "xyz" beside a procedure's name: a row to refuse, not a heading to skip.
                try:
                    parse_procedure_code(raw_code)
                except DomainError as error:
                    self.sheet.rejected.append(RowRejection(number, str(error)))
                    return
            if self._looks_like_procedure(cells):
                self.sheet.rejected.append(RowRejection(number, translate(
                    "excel", "Mã TTHC đang để trống (thủ tục «{name}»).", name=self.get(cells, "name"))))
                return
            texts = [cell_text(c) for c in cells]
            if any(texts):
                self._section(" ".join(t for t in texts if t and not t.isdigit()))
            return
        try:
            self._row(number, cells, raw_code)
        except DomainError as error:
            self.sheet.rejected.append(RowRejection(number, str(error)))

    def _looks_like_procedure(self, cells: Sequence[object]) -> bool:
        """A name plus any other data column: a procedure that lost its code, not a heading."""
        if not self.get(cells, "name"):
            return False
        others = ("sector", "level", "agency", "form", "processing_time", "fees", "legal_basis")
        return any(self.get(cells, key) for key in others if key in self.columns)

    def _section(self, text: str) -> None:
        """A row without a code: a level or sector heading, or a note to skip."""
        original = clean(text)
        match = _ENUMERATION.match(original)
        title = match["rest"] if match else original
        key = fold(title)
        if key.startswith("linh vuc"):
            self.section_sector = _SECTOR_PREFIX.sub("", title).strip()
            return
        found = tuple(lv.code for lv in self.levels if _mentions_level(key, lv))
        if found:
            self.section_levels = found
            self.section_sector = ""
        elif match and match["roman"]:
            self.section_sector = title

    def _row(self, number: int, cells: Sequence[object], raw_code: str) -> None:
        code = parse_procedure_code(raw_code)
        if code.value in self.seen:
            raise DomainError(translate("excel", "Trùng mã {code} với dòng {row}.",
                                        code=code.value, row=self.seen[code.value]))
        name = self.get(cells, "name")
        if not name:
            raise DomainError(translate("excel", "Thiếu tên TTHC cho mã {code}.", code=code.value))
        level_text = self.get(cells, "level")
        level_codes = self._levels(level_text) if level_text else self.section_levels
        if not level_codes:
            raise DomainError(translate(
                "excel", "Không xác định được cấp thực hiện của mã {code} (không có cột "
                         "“Cấp thực hiện” hay dòng mục như “A. CẤP TỈNH”).", code=code.value))
        form, legacy = parse_form(self.get(cells, "form"))
        parse_yes_no(self.get(cells, "eligible_full_online"))  # refuse the row early if unreadable
        self.seen[code.value] = number
        extras = ("agency", "processing_time", "fees", "legal_basis", "announcing_decision",
                  "eligible_full_online")
        self.emit(CatalogRow(
            row=number,
            code=code,
            name=name,
            sector=self.get(cells, "sector") or self.section_sector,
            sector_code=self.get(cells, "sector_code"),
            level_codes=level_codes,
            form=form,
            legacy_level=legacy,
            fields={key: self.get(cells, key) for key in extras if key in self.columns},
        ))


    def _levels(self, text: str) -> tuple[str, ...]:
        if text not in self.level_cache:
            self.level_cache[text] = resolve_levels(text, self.levels)
        return self.level_cache[text]


_YES = {"co", "x", "yes", "true", "1", "dat", "du dieu kien"}
_NO = {"khong", "no", "false", "0", "chua", "khong du dieu kien"}


def parse_yes_no(text: str) -> bool | None:
    """Có/Không/blank as officials type them; anything else is refused by the caller."""
    key = fold(text or "").strip()
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise DomainError(translate("excel", "Giá trị «{value}» không hiểu được: ghi Có, Không hoặc để trống.",
                                value=text))


def _trailing_blanks(cells: Sequence[object]) -> int:
    count = 0
    for cell in reversed(cells):
        if cell is not None and cell != "":
            break
        count += 1
    return count


def _mentions_level(text: str, level: Level) -> bool:
    names = {fold(level.name), *map(fold, level.aliases)}
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if " " in n)


def read_catalog(
    path: Path,
    levels: list[Level],
    progress: Progress = no_progress,
    limits: WorkbookLimits = WorkbookLimits(),
    on_row: Callable[[CatalogRow], None] | None = None,
) -> CatalogSheet:
    """Parse the first sheet that has a recognisable header; refuse the file otherwise. With `on_row`,
    each procedure read is handed to it as it streams and `rows` stays empty (nothing is held)."""
    with open_workbook(path, limits) as workbook:
        for worksheet in workbook.worksheets:
            head = list(worksheet.iter_rows(max_row=HEADER_SEARCH_ROWS, max_col=HEADER_SEARCH_COLUMNS,
                                            values_only=True))
            found = find_header(head)
            if found is None:
                continue
            header_row, columns = found
            header = head[header_row - 1]
            sheet = CatalogSheet(worksheet.title, header_row, tuple(sorted(columns)))
            parser = _SheetParser(sheet, columns, levels, on_row)
            # Section headings may sit in any column the header spans, not only the named ones.
            width = max(len(header) - _trailing_blanks(header), 1 + max(columns.values()))
            for number, cells in bounded_rows(worksheet, header_row, width, path, limits, progress):
                problem = refused_cell(cells, header)
                if problem:
                    sheet.rejected.append(RowRejection(number, problem))
                else:
                    parser.feed(number, cells)
            return sheet
    raise WorkbookRejected(translate(
        "excel", "Không tìm thấy dòng tiêu đề có cột “Mã TTHC” và “Tên TTHC” trong {rows} dòng đầu "
                 "của tệp {name}.", rows=HEADER_SEARCH_ROWS, name=path.name))
