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
from typing import TYPE_CHECKING, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

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
CHARS_PER_WIDTH = 0.95  # characters of Vietnamese text per unit of column width, at that size
SECTION_FILL = PatternFill("solid", fgColor="D9D9D9")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
COLUMNS = (("STT", 6), ("Mã TTHC", 16), ("Tên TTHC", 60), ("Lĩnh vực", 24), ("Cơ quan thực hiện", 26),
           ("Cấp thực hiện", 14), ("Hình thức", 17), ("Ghi chú", 44))


def _vi(text: str, **params: object) -> str:
    """The Danh mục is an official Vietnamese document, whatever the interface language."""
    return text.format(**params) if params else text


class _Sheet:
    """Rows for a write-only sheet with the office's styles."""

    def __init__(self, workbook: Workbook, title: str, widths: Sequence[int], header_row: int) -> None:
        self.sheet = workbook.create_sheet(title[:31])
        self.widths = list(widths)
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        # A write-only sheet writes its head (views, properties) with the first row: set them now.
        self._print_setup(header_row)
        self.row = 0
        self._styles: dict[tuple, WriteOnlyCell] = {}

    def cell(self, value: object, bold: bool = False, italic: bool = False, size: int = 13,
             align: Alignment = WRAP, border: bool = True, fill: PatternFill | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # "=…", "+…", "-…", "@…" stay literal text
        # Registering a font, border and alignment for every cell cost 6× a plain write: each distinct
        # style is registered once and its index array copied (as openpyxl's own cell copy does).
        key = (bold, italic, size, id(align), border, id(fill))
        template = self._styles.get(key)
        if template is None:
            template = WriteOnlyCell(self.sheet)
            template.font = Font(name=FONT, size=size, bold=bold, italic=italic)
            template.alignment = align
            if border:
                template.border = BORDER
            if fill is not None:
                template.fill = fill
            self._styles[key] = template
        cell._style = copy(template._style)
        return cell

    def append(self, cells: Iterable[WriteOnlyCell], sized: bool = True) -> int:
        """Append a row as tall as its longest wrapped text needs: spreadsheet programs do not all
        recompute row heights when they open a file (LibreOffice does not), so the height is written."""
        row = list(cells)
        self.row += 1
        lines = max((self._lines(index, cell.value) for index, cell in enumerate(row)), default=1) if sized else 1
        if lines > 1:
            self.sheet.row_dimensions[self.row] = RowDimension(self.sheet, index=self.row, ht=LINE_HEIGHT * lines)
        self.sheet.append(row)
        self.sheet.row_dimensions.pop(self.row, None)  # already written: keep memory flat
        return self.row

    def _lines(self, index: int, value: object) -> int:
        if not isinstance(value, str) or index >= len(self.widths):
            return 1
        per_line = max(1.0, self.widths[index] * CHARS_PER_WIDTH)
        if len(value) <= per_line and "\n" not in value:
            return 1
        return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))

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


def _counts_text(counts: "Counts") -> str:
    return _vi("{n} thủ tục: toàn trình {full}, một phần {partial}, chưa trực tuyến {none}, chưa phân loại {open}",
              n=counts.procedures, full=counts.toan_trinh, partial=counts.mot_phan, none=counts.chua_truc_tuyen,
              open=counts.chua_phan_loai)


def write_catalogue(catalogue: "Catalogue", path: Path, progress: Progress = no_progress) -> Path:
    workbook = Workbook(write_only=True)
    _catalogue_sheet(workbook, catalogue, progress)
    _summary_sheet(workbook, catalogue)
    _websites_sheet(workbook, catalogue)
    save_atomically(workbook, path)
    return path


def _catalogue_sheet(workbook: Workbook, catalogue: "Catalogue", progress: Progress) -> None:
    out = _Sheet(workbook, _vi("Danh mục"), [w for _, w in COLUMNS], header_row=5)
    width = len(COLUMNS)
    title = _vi("DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH VÀ MỘT PHẦN")
    out.append([out.cell(catalogue.province_name.upper(), bold=True, border=False, align=SPILL)], sized=False)
    out.append([out.cell(title, bold=True, size=14, border=False, align=SPILL)], sized=False)
    out.append([out.cell(_vi("(Kèm theo Quyết định số      /QĐ-UBND ngày {day} của Chủ tịch UBND {province})",
                            day=catalogue.made_on.strftime("%d/%m/%Y"), province=catalogue.province_name),
                         italic=True, border=False, align=SPILL)], sized=False)
    out.append([])
    out.append(out.cell(name, bold=True, align=CENTER) for name, _ in COLUMNS)
    total = len(catalogue.rows)
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
                out.append([out.cell(number, align=CENTER), out.cell(row.code), out.cell(row.name),
                            out.cell(row.sector), out.cell(row.agency), out.cell(row.level, align=CENTER),
                            out.cell(row.form_label, align=CENTER), out.cell(row.note)])
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
    headers = ("STT", "Đơn vị", "Số TTHC", "Toàn trình", "Một phần", "Chưa trực tuyến", "Chưa phân loại",
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
    from dvc_desktop.domain.websites import PlanStatus

    plans = {PlanStatus.NONE.value: _vi("Chưa có kế hoạch"), PlanStatus.PLANNED.value: _vi("Đã có kế hoạch"),
             PlanStatus.IN_PROGRESS.value: _vi("Đang chuyển đổi"), PlanStatus.DONE.value: _vi("Đã là thành phần Cổng")}
    headers = ("STT", "Đơn vị", "Tên trang", "Địa chỉ", "Liên kết từ Cổng tỉnh", "Kế hoạch chuyển đổi",
               "Hạn hoàn thành")
    out = _Sheet(workbook, _vi("Trang thông tin điện tử"), (6, 34, 34, 40, 14, 22, 14), header_row=1)
    out.append(out.cell(h, bold=True, align=CENTER) for h in headers)
    for number, site in enumerate(catalogue.websites, start=1):
        out.append([out.cell(number, align=CENTER), out.cell(site.unit), out.cell(site.name), out.cell(site.url),
                    out.cell(_vi("Có") if site.linked else _vi("Chưa"), align=CENTER),
                    out.cell(plans.get(site.plan, site.plan)),
                    out.cell(site.target_date.strftime("%d/%m/%Y") if site.target_date else "", align=CENTER)])
