"""Read a spreadsheet a unit has already answered: per procedure, its online form and why.

Only what is written is read here ("Toàn trình", "Một phần", "Mức độ 4" and the reason and
provision beside them); turning a form or an old level into a classification is the service's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Sequence

from dvc_desktop.domain.codes import ProcedureCode, parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.excel.catalog_reader import (
    HEADER_SEARCH_ROWS,
    RowRejection,
    cell_text,
    column_aliases,
    parse_form,
)
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected, open_workbook
from dvc_desktop.excel.table import (
    Aliases,
    Columns,
    column_text,
    refused_cell,
    first_table,
    is_layout_row,
    is_numbered,
    read_aliases,
    table_rows,
)
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress

# Columns whose content makes a row without a code a lost procedure rather than a heading.
_DATA_FIELDS = ("form", "reason", "provision", "note")


@dataclass(frozen=True)
class ClassificationRow:
    row: int
    code: ProcedureCode
    name: str  # "" when the sheet has no name column
    form: str | None  # "toan_trinh" | "mot_phan" | "chua_truc_tuyen"
    legacy_level: int | None  # mức độ 1–4
    reason: str
    provision: str  # the specialised legal provision
    note: str


@dataclass
class ClassificationSheet:
    sheet: str
    header_row: int
    rows: list[ClassificationRow] = field(default_factory=list)
    rejected: list[RowRejection] = field(default_factory=list)


@cache
def classification_aliases() -> Aliases:
    """The catalogue's code, name and form names, plus this sheet's own (classification_columns.json)."""
    catalog = column_aliases()
    merged = {key: catalog[key] for key in ("code", "name", "form")}
    for key, names in read_aliases("classification_columns.json").items():
        merged[key] = tuple(dict.fromkeys(merged.get(key, ()) + names))
    return merged


class _ClassificationParser:
    def __init__(self, sheet: ClassificationSheet, columns: Columns) -> None:
        self.sheet = sheet
        self.columns = columns
        self.seen: dict[str, int] = {}

    def get(self, cells: Sequence[object], name: str) -> str:
        return column_text(cells, self.columns, name)

    def feed(self, number: int, cells: Sequence[object]) -> None:
        if is_layout_row(cells, self.columns, classification_aliases()):
            return
        raw_code = self.get(cells, "code")
        if not any(ch.isdigit() for ch in raw_code):
            if self._has_data(cells):
                self.sheet.rejected.append(RowRejection(number, self._missing_code(cells)))
            return  # a section heading ("I. Lĩnh vực Tư pháp") or a blank row
        try:
            self._row(number, cells, raw_code)
        except DomainError as error:
            self.sheet.rejected.append(RowRejection(number, str(error)))

    def _has_data(self, cells: Sequence[object]) -> bool:
        return is_numbered(cells, self.columns) or any(self.get(cells, key) for key in _DATA_FIELDS)

    def _missing_code(self, cells: Sequence[object]) -> str:
        name = self.get(cells, "name")
        if name:
            return translate("excel", "Mã TTHC đang để trống (thủ tục «{name}»).", name=name)
        return translate("excel", "Dòng có nội dung phân loại nhưng thiếu mã TTHC.")

    def _row(self, number: int, cells: Sequence[object], raw_code: str) -> None:
        code = parse_procedure_code(raw_code)
        if code.value in self.seen:
            raise DomainError(translate("excel", "Trùng mã {code} với dòng {row}.",
                                        code=code.value, row=self.seen[code.value]))
        form, legacy, written = self._form(cells)
        if form is None and legacy is None:
            raise DomainError(self._unreadable_form(code, written))
        self.seen[code.value] = number  # only a row that is taken claims its code
        self.sheet.rows.append(ClassificationRow(
            row=number,
            code=code,
            name=self.get(cells, "name"),
            form=form,
            legacy_level=legacy,
            reason=self.get(cells, "reason"),
            provision=self.get(cells, "provision"),
            note=self.get(cells, "note"),
        ))

    def _form(self, cells: Sequence[object]) -> tuple[str | None, int | None, str]:
        """(form, legacy level, first text written) over every form-like column: a sheet may keep
        the old "Mức độ DVC" beside "Toàn trình/Một phần", and either may be the one filled in."""
        form: str | None = None
        legacy: int | None = None
        written = ""
        for index in self.columns["form"]:
            text = cell_text(cells[index]) if index < len(cells) else ""
            if not text:
                continue
            written = written or text
            found_form, found_legacy = parse_form(text)
            form = form or found_form
            legacy = legacy if legacy is not None else found_legacy
        return form, legacy, written

    @staticmethod
    def _unreadable_form(code: ProcedureCode, written: str) -> str:
        if not written:
            return translate("excel", "Chưa ghi hình thức cung cấp cho mã {code} (cần “Toàn trình”, "
                                      "“Một phần”, “Chưa trực tuyến” hoặc mức độ 1–4).", code=code.value)
        return translate("excel", "Không đọc được hình thức «{value}» của mã {code}: cần “Toàn trình”, "
                                  "“Một phần”, “Chưa trực tuyến” hoặc mức độ 1–4.",
                         value=written, code=code.value)


def read_classifications(
    path: Path,
    progress: Progress = no_progress,
    limits: WorkbookLimits = WorkbookLimits(),
) -> ClassificationSheet:
    """Parse the first sheet that has a recognisable header; refuse the file otherwise."""
    with open_workbook(path, limits) as workbook:
        table = first_table(workbook, classification_aliases(), ("code", "form"))
        if table is None:
            raise WorkbookRejected(translate(
                "excel", "Không tìm thấy dòng tiêu đề có cột “Mã TTHC” và cột hình thức (“Hình thức DVCTT”, "
                         "“Toàn trình/Một phần” hoặc “Mức độ DVCTT”) trong {rows} dòng đầu của tệp {name}.",
                rows=HEADER_SEARCH_ROWS, name=path.name))
        sheet = ClassificationSheet(table.worksheet.title, table.header_row)
        parser = _ClassificationParser(sheet, table.columns)
        for number, cells in table_rows(table, path, limits, progress):
            problem = refused_cell(cells, table.header)
            if problem:
                sheet.rejected.append(RowRejection(number, problem))
            else:
                parser.feed(number, cells)
        return sheet
