"""The procedures table: keeps row ids in display order, looks rows up only when the view asks.

Filtering and sorting run over precomputed keys (the folded search text is stored), so a keystroke
in the search box costs one pass over plain strings, not a query.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.domain.text import fold
from dvc_desktop.gui.labels import form_label, moment, status_label
from dvc_desktop.gui.qt import QtCore
from dvc_desktop.gui.row_model import ID_ROLE, RowTableModel
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.workspace_view import ProcedureRow

__all__ = ["ID_ROLE", "Filters", "ProcedureTableModel"]


@dataclass(frozen=True)
class Filters:
    text: str = ""  # already folded
    sector: str | None = None
    level: str | None = None
    form: str | None = None  # "" means not classified
    status: str | None = None
    attention_only: bool = False

    def apply(self, rows: dict[int, "ProcedureRow"], ids: list[int]) -> list[int]:
        if self.sector is not None:
            ids = [i for i in ids if rows[i].sector == self.sector]
        if self.level is not None:
            ids = [i for i in ids if self.level in rows[i].level_codes]
        if self.form is not None:
            ids = [i for i in ids if (rows[i].form or "") == self.form]
        if self.status is not None:
            ids = [i for i in ids if rows[i].status == self.status]
        if self.attention_only:
            ids = [i for i in ids if rows[i].attention]
        return ids

    def accepts(self, row: "ProcedureRow") -> bool:
        return (
            (not self.text or self.text in row.search_key)
            and (self.sector is None or row.sector == self.sector)
            and (self.level is None or self.level in row.level_codes)
            and (self.form is None or (row.form or "") == self.form)
            and (self.status is None or row.status == self.status)
            and (not self.attention_only or row.attention)
        )


class ProcedureTableModel(RowTableModel["ProcedureRow"]):
    """The department's procedures: one row per classification of the unit."""

    COLUMNS = ("code", "name", "sector", "levels", "form", "reason", "status", "updated_at")
    TOOLTIP_COLUMNS = frozenset({"name", "sector", "levels", "reason"})  # cut text: the whole of it on hover

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__((
            translate("table", "Mã TTHC"), translate("table", "Tên thủ tục"), translate("table", "Lĩnh vực"),
            translate("table", "Cấp"), translate("table", "Hình thức"), translate("table", "Lý do"),
            translate("table", "Trạng thái"), translate("table", "Sửa lần cuối"),
        ), Filters(), parent)

    def _sort_key(self, column: str) -> Callable[["ProcedureRow"], Any]:
        if column == "code":
            return attrgetter("code")  # unique in a unit's list
        if column == "name":
            return lambda row: row.search_key.split(" ", 1)[-1]
        if column in ("sector", "reason", "levels"):
            return lambda row: (fold(getattr(row, column)), row.code)
        if column == "form":
            return lambda row: (row.form or "", row.code)
        return super()._sort_key(column)

    def _highlighted(self, row: "ProcedureRow") -> bool:
        return row.attention

    def _display(self, row: "ProcedureRow", column: str) -> str:
        if row.pending and column not in ("code", "name"):
            return ""  # read in a moment (a large store's first look)
        if column == "form":
            return form_label(row.form)
        if column == "status":
            text = status_label(row.status)
            return text + (" ⚠" if row.attention else "")
        if column == "updated_at":
            return moment(row.updated_at)
        return getattr(row, column)
