"""Tables in workbooks laid out the way officials keep them: column names matched without regard to
case and diacritics, a header somewhere in the first rows, page-break repeats and column-number rows
skipped, rows read only as wide as the columns used. Shared by the units and classification readers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from openpyxl.utils.escape import unescape

from dvc_desktop.domain.text import UnsafeText, check_text, clean, fold
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress
from dvc_desktop.resources import resource_path

HEADER_SEARCH_ROWS = 30
# A header wider than this is not a list someone typed; bounding it keeps a bogus <dimension>
# from padding every row to 16,384 cells.
HEADER_SEARCH_COLUMNS = 50
PROGRESS_EVERY = 200

Aliases = dict[str, tuple[str, ...]]  # field → folded column names
Columns = dict[str, tuple[int, ...]]  # field → indexes of the columns naming it, left to right


def cell_text(value: object) -> str:
    """Text of a cell; a code typed as a number (1.00001) gets its six decimals back."""
    if isinstance(value, float):
        return f"{value:.6f}" if value < 10 else f"{value:g}"
    return clean(value)


@cache
def read_aliases(filename: str) -> Aliases:
    """Folded column names of resources/excel/<filename>; keys starting with "_" are notes."""
    raw = json.loads(resource_path("excel", filename).read_text(encoding="utf-8"))
    return {key: tuple(fold(a) for a in names) for key, names in raw.items() if not key.startswith("_")}


def match_alias(header: object, aliases: Aliases) -> str | None:
    """Which field a header cell names: exact alias first, then the longest multi-word alias the
    cell starts with ("Mã định danh điện tử (ĐDĐT)")."""
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
    header: tuple[object, ...] = ()

    def columns_read(self) -> int:
        """How many cells of each row are read: up to the last column the header names."""
        return 1 + max(index for indexes in self.columns.values() for index in indexes)


def first_table(workbook: Any, aliases: Aliases, required: Sequence[str]) -> Table | None:
    for worksheet in workbook.worksheets:
        head = list(worksheet.iter_rows(max_row=HEADER_SEARCH_ROWS, max_col=HEADER_SEARCH_COLUMNS,
                                        values_only=True))
        found = find_columns(head, aliases, required)
        if found is not None:
            return Table(worksheet, *found, header=tuple(head[found[0] - 1]))
    return None


def refused_cell(cells: Sequence[object], header: Sequence[object]) -> str | None:
    """The text rule (domain.text) over a row's cells: the refusal naming the first bad cell's column
    (letter and header) and character, else None. A cell is judged as Excel shows it: OOXML writes a
    character XML cannot carry as `_x0001_`, which openpyxl leaves as those seven characters."""
    for index, value in enumerate(cells):
        if not isinstance(value, str):
            continue
        try:
            # Alt+Enter line breaks are allowed; clean() collapses them where a field is one line.
            check_text(unescape(value) if "_x" in value else value, "", multiline=True)
        except UnsafeText as error:
            name = clean(header[index]) if index < len(header) and header[index] is not None else ""
            where = translate("excel", "Cột {column} («{header}»)", column=_letter(index), header=name) if name \
                else translate("excel", "Cột {column}", column=_letter(index))
            return str(UnsafeText(where, error.character, error.position))
    return None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def table_rows(
    table: Table, path: Path, limits: WorkbookLimits, progress: Progress
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(Excel row number, cells) of the rows under the header that hold anything; refuses a sheet
    longer than limits.max_rows and reports progress every 200 rows and at the end."""
    return bounded_rows(table.worksheet, table.header_row, table.columns_read(), path, limits, progress)


def bounded_rows(
    worksheet: Any, header_row: int, width: int, path: Path, limits: WorkbookLimits, progress: Progress
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Rows below `header_row`, `width` cells each, bounded by what the file holds, not by what it
    declares: the sheet's <dimension> ("A1:XFD199000" in a 5 KB file) is only a progress hint, so
    openpyxl neither pads rows to 16,384 cells nor invents rows past the last one written. Rows the
    file skips come back as one shared empty tuple and are passed over without work; the row count
    is checked as rows stream, so nothing is held but the current row."""
    declared = worksheet.max_row or 0
    total = min(declared, header_row + limits.max_rows)
    worksheet.reset_dimensions()
    number = header_row
    rows = worksheet.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
    for number, cells in enumerate(rows, start=header_row + 1):
        if number - header_row > limits.max_rows:
            raise WorkbookRejected(translate("excel", "Tệp {name} có quá nhiều dòng (tối đa {limit}).",
                                             name=path.name, limit=limits.max_rows))
        if number % PROGRESS_EVERY == 0:
            progress(number, max(total, number))
        if any(cell is not None and cell != "" for cell in cells):
            yield number, cells
    progress(number, number)


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
