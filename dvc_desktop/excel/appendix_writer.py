"""The official Danh mục: the appendix of the Chairman's decision, as Decree 30/2020 lays one out.

Appendix I §III.1 and Appendix III Mẫu 2.1 of Decree 30/2020/NĐ-CP: "Phụ lục" (with its number when
there are several) centred on its own line; the title in capitals, bold, centred; under it, in italic,
"(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Chủ tịch Ủy ban nhân dân tỉnh …)"; page
numbers in the header from the second page. Sheet "Phụ lục I": toàn trình and một phần; sheet "Phụ lục
II": chưa trực tuyến with its reasons. Times New Roman 13, A4 landscape fitted to width, the header row
repeated on every page. Streamed as the working draft is (catalogue_writer._Sheet).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from dvc_desktop.excel.catalogue_writer import CENTER, GROUP_FILL, SECTION_FILL, SPILL, _discard, _Sheet
from dvc_desktop.excel.selection_export import save_atomically
from dvc_desktop.progress import Progress, no_progress

from dvc_desktop.domain.appendix import PART_TITLES, line_values, part_columns, part_label, printed_parts, scope_line

if TYPE_CHECKING:
    from dvc_desktop.domain.appendix import Appendix, Part

TITLE_ROWS = 5  # Phụ lục, title, scope, the decision line, a blank line; the header follows


def write_appendix(appendix: "Appendix", path: Path, progress: Progress = no_progress) -> Path:
    workbook = Workbook(write_only=True)
    parts = printed_parts(appendix)
    total = sum(p.line_count for p in parts) or 1
    try:
        done = 0
        for part in parts:
            done = _part_sheet(workbook, appendix, part, len(parts) > 1, progress, done, total)
    except BaseException:  # cancelled, or a value openpyxl refuses: no file
        _discard(workbook)
        raise
    save_atomically(workbook, path)
    progress(total, total)
    return path


def _part_sheet(workbook: Workbook, appendix: "Appendix", part: "Part", numbered: bool, progress: Progress,
                done: int, total: int) -> int:
    columns = part_columns(appendix, part)
    width = len(columns)
    name = part_label(part, numbered)
    out = _Sheet(workbook, name, [w for _, w in columns], header_row=TITLE_ROWS + 1)
    _page_numbers_from_page_two(out)
    scope = scope_line(appendix)
    for text, style in ((name, {"bold": True}), (PART_TITLES[part.number], {"bold": True}), (scope, {"bold": True}),
                        (_decision_line(appendix), {"italic": True})):
        out.title(text, width, **style)
    out.append([])
    out.append((out.cell(title, bold=True, align=CENTER) for title, _ in columns), bold=True)
    body, centered = out.style(), out.style(align=CENTER)
    styles = [centered, centered, body, body, body] + ([centered, body] if part.number == 1 else [body])
    line = out.line(*styles, *(centered for _ in appendix.columns))
    for level in part.levels:
        _band(out, level.letter, level.title, width, SECTION_FILL)
        for group in level.groups:
            _band(out, group.numeral, group.title, width, GROUP_FILL)
            for item in group.lines:
                line.append(line_values(appendix, part, item))
                done += 1
                if done % 1000 == 0:
                    progress(done, total)
    return done


def _band(out: _Sheet, label: str, title: str, width: int, fill) -> None:
    """A level (A, B) or a group (I, II) line across the table."""
    out.append([out.cell(label, bold=True, fill=fill, align=CENTER), out.cell(title, bold=True, fill=fill, align=SPILL),
                *(out.cell(None, fill=fill) for _ in range(width - 2))], sized=False)


def _decision_line(appendix: "Appendix") -> str:
    from dvc_desktop.domain.appendix import appendix_of_line

    return appendix_of_line(appendix)


def _page_numbers_from_page_two(out: _Sheet) -> None:
    """Decree 30: the page number in the header, centred, from the second page; none on the first."""
    sheet = out.sheet
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = "&P"
    sheet.evenHeader.center.text = "&P"
    # No firstHeader element at all: an empty one ("&C") is valid but openpyxl cannot read it back.
