"""Export table rows to a workbook: streamed, every value written as text or number, never a formula."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from dvc_desktop.atomic_files import atomic_path, zip_is_whole
from dvc_desktop.progress import Progress, no_progress


def literal_cell(sheet, value: object, bold: bool = False) -> WriteOnlyCell:
    """A cell that shows `value` as typed: "=1+1" stays text, numbers stay numbers."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would otherwise turn "=..." into a formula
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_table(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
                total: int, progress: Progress = no_progress, widths: Sequence[int] = ()) -> Path:
    """Write to a temporary name and rename, so a cancelled or failed export leaves no half file."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([literal_cell(sheet, h, bold=True) for h in headers])
    wrap = Alignment(wrap_text=True, vertical="top")
    for done, row in enumerate(rows, start=1):
        cells = [literal_cell(sheet, v) for v in row]
        for cell in cells:
            cell.alignment = wrap
        sheet.append(cells)
        if done % 500 == 0:
            progress(done, total)
    save_atomically(workbook, path)
    progress(total, total)
    return path


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Write to a temporary name and rename, so a cancelled or failed export leaves no half file."""
    with atomic_path(path, zip_is_whole) as partial:  # read back: a broken workbook never replaces one
        workbook.save(partial)
