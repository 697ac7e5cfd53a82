"""The Danh mục workbook an office attaches to the chairman's decision without retouching.

Streamed with openpyxl's write-only mode (flat memory at 20,000 rows). Sheet 1: title block, the
header repeated on every printed page, Roman-numbered level sections and numbered unit groups with
subtotals, Times New Roman 13, wrapped text, borders, frozen header, A4 landscape fitted to width.
Sheet 2: the summary per unit. Sheet 3: the websites and their conversion status. Every value is
written as text or a number, never as a formula.
"""

from __future__ import annotations

import math
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from dvc_desktop.domain.labels import FORMS, UNCLASSIFIED
from dvc_desktop.excel.selection_export import save_atomically
from dvc_desktop.progress import Progress, no_progress

if TYPE_CHECKING:
    from dvc_desktop.domain.catalogue import Catalogue, Counts

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
SPILL = Alignment(wrap_text=False, vertical="center", horizontal="left")  # a title runs over the empty cells beside it
LINE_HEIGHT = 17.0  # points per line of Times New Roman 13
# Above and below the lines: Vietnamese stacks marks over capitals (Ệ, Ổ, Ữ); a row exactly as tall as
# its lines clipped them in LibreOffice and in print.
ROW_PADDING = 5.0
CHARS_PER_WIDTH = 0.95  # characters of Vietnamese text per unit of column width, at that size
BOLD_WIDTH = 1.12  # bold text is about this much wider
SECTION_FILL = PatternFill("solid", fgColor="D9D9D9")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
# Two costs of openpyxl's write-only mode that only styled cells pay, about a third of the time of the
# Danh mục (bench/publication.py): see _StyledCell and _cells_to_row. Neither changes a byte of the
# file (tests/publication/test_catalogue_writer.py compares it with openpyxl's own path, which
# FAST_ROWS = False restores).
FAST_ROWS = True
COLUMNS = (("STT", 6), ("Mã TTHC", 16), ("Tên TTHC", 60), ("Lĩnh vực", 24), ("Cơ quan thực hiện", 26),
           ("Cấp thực hiện", 14), ("Hình thức", 17), ("Ghi chú", 44))


def _vi(text: str, **params: object) -> str:
    """The Danh mục is an official Vietnamese document, whatever the interface language."""
    return text.format(**params) if params else text


class _Sheet:
    """Rows for a write-only sheet with the office's styles."""

    def __init__(self, workbook: Workbook, title: str, widths: Sequence[int], header_row: int) -> None:
        self.sheet = workbook.create_sheet(title[:31])
        if FAST_ROWS:
            self.sheet._values_to_row = _cells_to_row  # see _cells_to_row
        self.widths = list(widths)
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        # A write-only sheet writes its head (views, properties) with the first row: set them now.
        self._print_setup(header_row)
        self.row = 0
        self._styles: dict[tuple, StyleArray] = {}
        self._per_line = [max(1.0, width * CHARS_PER_WIDTH) for width in self.widths]
        self._heights: dict[int, _Height] = {}

    def style(self, bold: bool = False, italic: bool = False, size: int = 13, align: Alignment = WRAP,
              border: bool = True, fill: PatternFill | None = None) -> StyleArray:
        """Registering a font, border and alignment for every cell cost 6× a plain write: each distinct
        style is registered once and its index array copied (as openpyxl's own cell copy does)."""
        key = (bold, italic, size, id(align), border, id(fill))
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(self.sheet)
            template.font = Font(name=FONT, size=size, bold=bold, italic=italic)
            template.alignment = align
            if border:
                template.border = BORDER
            if fill is not None:
                template.fill = fill
            style = self._styles[key] = template._style
        return style

    def cell(self, value: object, bold: bool = False, italic: bool = False, size: int = 13,
             align: Alignment = WRAP, border: bool = True, fill: PatternFill | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # "=…", "+…", "-…", "@…" stay literal text
        cell._style = copy(self.style(bold, italic, size, align, border, fill))
        return cell

    def line(self, *styles: StyleArray) -> _Line:
        """Cells for the many rows of one layout (the procedures), one per column."""
        return _Line(self, styles)

    def append(self, cells: Iterable[WriteOnlyCell], sized: bool = True, bold: bool = False) -> int:
        """`sized`: as many lines as the longest wrapped text needs (`bold`: set in bold); otherwise one."""
        row = list(cells)
        return self._write(row, self._lines([cell.value for cell in row], BOLD_WIDTH if bold else 1.0) if sized else 1)

    def title(self, text: str, width: int, **style: object) -> int:
        """A title line above the table: centred across its columns (merged), as Decree 30 sets them."""
        row = self.append([self.cell(text, border=False, align=CENTER, **style),  # type: ignore[arg-type]
                           *(self.cell(None, border=False) for _ in range(width - 1))], sized=False)
        self.sheet.merged_cells.add(f"A{row}:{get_column_letter(width)}{row}")
        return row

    def _write(self, row: list[WriteOnlyCell], lines: int) -> int:
        """Append a row as tall as its longest wrapped text needs: spreadsheet programs do not all
        recompute row heights when they open a file (LibreOffice does not), so the height is written."""
        self.row += 1
        height = self._heights.get(lines)
        if height is None:
            height = self._heights[lines] = _Height(self.sheet, lines)
        self.sheet.row_dimensions[self.row] = height
        self.sheet.append(row)
        del self.sheet.row_dimensions[self.row]  # already written: keep memory flat
        return self.row

    def _lines(self, values: Sequence[object], wider: float = 1.0) -> int:
        """Lines of the tallest wrapped text, at CHARS_PER_WIDTH characters per unit of column width
        (fewer by `wider` for bold text)."""
        lines = 1
        for value, per_line in zip(values, self._per_line):
            per_line = per_line / wider
            if isinstance(value, str) and (len(value) > per_line or "\n" in value):
                needed = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
                lines = max(lines, needed)
        return lines

    def _print_setup(self, header_row: int) -> None:
        """A4 landscape fitted to the width, the header repeated on every page, frozen on screen."""
        sheet = self.sheet
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.freeze_panes = f"A{header_row + 1}"


class _Line:
    """The cells of one row layout, reused from row to row: a write-only sheet serialises a row while it
    is appended, so the next row can carry its values in the same cells. Creating and styling eight
    cells per procedure cost about as much as writing them."""

    def __init__(self, out: _Sheet, styles: Sequence[StyleArray]) -> None:
        self.out = out
        self.cells = [(_StyledCell if FAST_ROWS else WriteOnlyCell)(out.sheet) for _ in styles]
        for cell, style in zip(self.cells, styles):
            cell._style = copy(style)

    def append(self, values: Sequence[object]) -> int:
        for cell, value in zip(self.cells, values):
            cell.value = value  # openpyxl's checks: illegal characters, length
            if isinstance(value, str):
                cell.data_type = "s"  # "=…", "+…", "-…", "@…" stay literal text
        return self.out._write(self.cells, self.out._lines(values))


class _Height(RowDimension):
    """One per number of lines, shared by the rows of that height: openpyxl writes a row's dimension as
    its attributes (not its index), which are worked out once here instead of for every row."""

    def __init__(self, sheet: object, lines: int) -> None:
        super().__init__(sheet, ht=LINE_HEIGHT * lines + ROW_PADDING)
        self._attributes = tuple(super().__iter__())

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._attributes)


class _StyledCell(Cell):
    """A cell whose style index is looked up once: openpyxl otherwise hashes the cell's style array
    into the workbook's style list for every cell it writes."""

    __slots__ = ("_style_index",)

    def __init__(self, sheet: object) -> None:
        super().__init__(sheet, row=1, column=1)
        self._style_index: int | None = None

    @property
    def style_id(self) -> int:
        if self._style_index is None:  # its style array never changes after the first write
            self._style_index = Cell.style_id.fget(self)
        return self._style_index


def _cells_to_row(cells: Iterable[Cell], row_idx: int) -> Iterator[Cell]:
    """Stands in for WriteOnlyWorksheet._values_to_row on our sheets, whose rows are always cells
    (without hyperlinks). openpyxl's first tries each item as a plain value (for a cell that raises,
    formatting the cell's repr into the error), then makes a fresh cell for the next item after every
    styled one. Should a later openpyxl no longer call it, rows are written by openpyxl's own path: the
    same file, slower (tests/publication/test_catalogue_writer.py checks that it is still called)."""
    for column, cell in enumerate(cells, start=1):
        cell.column = column
        cell.row = row_idx
        yield cell


def _counts_text(counts: "Counts") -> str:
    return _vi("{n} thủ tục: toàn trình {full}, một phần {partial}, chưa trực tuyến {none}, chưa phân loại {open}",
              n=counts.procedures, full=counts.toan_trinh, partial=counts.mot_phan, none=counts.chua_truc_tuyen,
              open=counts.chua_phan_loai)


def write_catalogue(catalogue: "Catalogue", path: Path, progress: Progress = no_progress) -> Path:
    workbook = Workbook(write_only=True)
    try:
        _catalogue_sheet(workbook, catalogue, progress)
        _summary_sheet(workbook, catalogue)
        _websites_sheet(workbook, catalogue)
    except BaseException:  # cancelled (progress raised Cancelled) or a value openpyxl refuses
        _discard(workbook)
        raise
    save_atomically(workbook, path)
    return path


def _discard(workbook: Workbook) -> None:
    """Finish the sheets streamed so far while their temporary files are open, and remove the files.
    Left to the garbage collector, a sheet's row stream could be finalised after its file, writing to
    it at some later moment ("I/O operation on closed file", ignored; inside an ast.parse it turned
    into a SystemError of Python 3.11 in the test suite)."""
    for sheet in workbook.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                writer.cleanup()
        except Exception:  # best effort: the error being raised is the one that matters
            pass


def _catalogue_sheet(workbook: Workbook, catalogue: "Catalogue", progress: Progress) -> None:
    out = _Sheet(workbook, _vi("Danh mục"), [w for _, w in COLUMNS], header_row=5)
    width = len(COLUMNS)
    title = _vi("DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH VÀ MỘT PHẦN")
    out.title(catalogue.province_name.upper(), width, bold=True)
    out.title(title, width, bold=True, size=14)
    # Without the decision's number the line keeps a blank for the office to fill in.
    appendix_of = (_vi("(Kèm theo Quyết định số {decision} của Chủ tịch UBND {province})",
                       decision=catalogue.decision, province=catalogue.province_name) if catalogue.decision else
                   _vi("(Kèm theo Quyết định số      /QĐ-UBND ngày {day} của Chủ tịch UBND {province})",
                       day=catalogue.made_on.strftime("%d/%m/%Y"), province=catalogue.province_name))
    out.title(appendix_of, width, italic=True)
    out.append([])
    out.append((out.cell(name, bold=True, align=CENTER) for name, _ in COLUMNS), bold=True)
    body, centered = out.style(), out.style(align=CENTER)
    procedure = out.line(centered, body, body, body, body, centered, centered, body)
    total = sum(len(group.rows) for section in catalogue.sections for group in section.groups)
    done = 0
    for section in catalogue.sections:
        out.append([out.cell(section.numeral, bold=True, fill=SECTION_FILL, align=CENTER),
                    out.cell(section.title, bold=True, fill=SECTION_FILL, align=SPILL),
                    *(out.cell(None, fill=SECTION_FILL) for _ in range(width - 2))], sized=False)
        for group in section.groups:
            out.append([out.cell(group.number, bold=True, fill=GROUP_FILL, align=CENTER),
                        out.cell(group.title, bold=True, fill=GROUP_FILL, align=SPILL),
                        *(out.cell(None, fill=GROUP_FILL) for _ in range(width - 2))], sized=False)
            for number, row in enumerate(group.rows, start=1):
                procedure.append((number, row.code, row.name, row.sector, row.agency, row.level, row.form_label,
                                  row.note))
                done += 1
                if done % 1000 == 0:
                    progress(done, total)
            out.append([out.cell(None), out.cell(_vi("Cộng"), italic=True),
                        out.cell(_counts_text(group.counts), italic=True), *(out.cell(None) for _ in range(width - 3))])
        out.append([out.cell(None), out.cell(_vi("Cộng mục {numeral}", numeral=section.numeral), bold=True),
                    out.cell(_counts_text(section.counts), bold=True), *(out.cell(None) for _ in range(width - 3))])
    out.append([out.cell(None), out.cell(_vi("Tổng cộng"), bold=True),
                out.cell(_counts_text(catalogue.counts), bold=True), *(out.cell(None) for _ in range(width - 3))])
    progress(total, total)


def _summary_sheet(workbook: Workbook, catalogue: "Catalogue") -> None:
    headers = ("STT", "Đơn vị", "Số TTHC", *FORMS.values(), UNCLASSIFIED,
               "Tỷ lệ toàn trình")
    out = _Sheet(workbook, _vi("Tổng hợp theo đơn vị"), (6, 40, 10, 12, 12, 14, 14, 14), header_row=1)
    out.append(out.cell(h, bold=True, align=CENTER) for h in headers)
    for number, unit in enumerate(catalogue.units, start=1):
        c = unit.counts
        share = c.share_full
        out.append([out.cell(number, align=CENTER), out.cell(unit.name), out.cell(c.procedures),
                    out.cell(c.toan_trinh), out.cell(c.mot_phan), out.cell(c.chua_truc_tuyen), out.cell(c.chua_phan_loai),
                    _percent(out.cell(share if share is not None else ""))])
    c = catalogue.counts
    out.append([out.cell(""), out.cell(_vi("Tổng cộng"), bold=True), out.cell(c.procedures, bold=True),
                out.cell(c.toan_trinh, bold=True), out.cell(c.mot_phan, bold=True), out.cell(c.chua_truc_tuyen, bold=True),
                out.cell(c.chua_phan_loai, bold=True),
                _percent(out.cell(c.share_full if c.share_full is not None else "", bold=True))])


def _percent(cell: WriteOnlyCell) -> WriteOnlyCell:
    cell.number_format = "0.0%"
    return cell


def _websites_sheet(workbook: Workbook, catalogue: "Catalogue") -> None:
    from dvc_desktop.domain.labels import PLANS as plans  # the window's words, in Vietnamese as they are
    headers = ("STT", "Đơn vị", "Tên trang", "Địa chỉ", "Liên kết từ Cổng tỉnh", "Kế hoạch chuyển đổi",
               "Hạn hoàn thành")
    out = _Sheet(workbook, _vi("Trang thông tin điện tử"), (6, 34, 34, 40, 14, 22, 14), header_row=1)
    out.append(out.cell(h, bold=True, align=CENTER) for h in headers)
    for number, site in enumerate(catalogue.websites, start=1):
        out.append([out.cell(number, align=CENTER), out.cell(site.unit), out.cell(site.name), out.cell(site.url),
                    out.cell(_vi("Có") if site.linked else _vi("Chưa"), align=CENTER),
                    out.cell(plans.get(site.plan, site.plan)),
                    out.cell(site.target_date.strftime("%d/%m/%Y") if site.target_date else "", align=CENTER)])
