"""The Danh mục as a printed appendix of the Chairman's decision (PDF): the same parts, columns and
lines as the workbook (domain/appendix.py), laid out as Decree 30/2020 lays out an attached document —
no letterhead; "Phụ lục", the title and the italic "(Kèm theo Quyết định số …)" line; A4 landscape; the
header row repeated on each page; page numbers from the second page."""

from __future__ import annotations

from dvc_desktop.domain.appendix import (
    PART_TITLES, Appendix, appendix_of_line, line_values, part_columns, part_label, printed_parts, scope_line,
)
from dvc_desktop.reports.document import AppendixHeading, Column, Document, Row, Table

TABLE_SIZE = 11  # thirteen columns' worth of text across an A4 landscape sheet
CENTRED = {"STT", "Mã TTHC", "Hình thức", "Mức chủ động"}


def compose_appendix(appendix: Appendix) -> Document:
    parts = printed_parts(appendix)
    blocks: list = []
    for part in parts:
        blocks.append(AppendixHeading(part_label(part, len(parts) > 1), PART_TITLES[part.number],
                                      scope_line(appendix), appendix_of_line(appendix)))
        columns = tuple(Column(title, width, "center" if title in CENTRED else "left")
                        for title, width in part_columns(appendix, part))
        rows: list[Row] = []
        for level in part.levels:
            rows.append(Row((level.letter, level.title), bold=True, span=True))
            for group in level.groups:
                rows.append(Row((group.numeral, group.title), bold=True, span=True))
                rows.extend(Row(tuple("" if value is None else str(value)
                                      for value in line_values(appendix, part, item))) for item in group.lines)
        blocks.append(Table("", columns, tuple(rows), size=TABLE_SIZE))
    number = appendix.decision_number or "…/QĐ-UBND"
    return Document("Phụ lục", f"danh mục thủ tục hành chính kèm theo Quyết định số {number}", None, blocks,
                    landscape=True)
