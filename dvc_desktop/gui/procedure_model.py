"""The procedures table: keeps row ids in display order, looks rows up only when the view asks.

Filtering and sorting run over precomputed keys (the folded search text is stored), so a keystroke
in the search box costs one pass over plain strings, not a query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from dvc_desktop.domain.text import fold
from dvc_desktop.gui.labels import form_label, moment, status_label
from dvc_desktop.gui.qt import QtCore, QtGui, Qt
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.workspace import ProcedureRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Filters:
    text: str = ""  # already folded
    sector: str | None = None
    level: str | None = None
    form: str | None = None  # "" means not classified
    status: str | None = None
    attention_only: bool = False

    def accepts(self, row: "ProcedureRow") -> bool:
        return (
            (not self.text or self.text in row.search_key)
            and (self.sector is None or row.sector == self.sector)
            and (self.level is None or self.level in row.level_codes)
            and (self.form is None or (row.form or "") == self.form)
            and (self.status is None or row.status == self.status)
            and (not self.attention_only or row.attention)
        )


class ProcedureTableModel(QtCore.QAbstractTableModel):
    COLUMNS = ("code", "name", "sector", "levels", "form", "reason", "status", "updated_at")
    counts_changed = QtCore.Signal(int, int)  # shown, total

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, ProcedureRow] = {}
        self._order: list[int] = []
        self._filters = Filters()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (
            translate("table", "Mã TTHC"), translate("table", "Tên thủ tục"), translate("table", "Lĩnh vực"),
            translate("table", "Cấp"), translate("table", "Hình thức"), translate("table", "Lý do"),
            translate("table", "Trạng thái"), translate("table", "Sửa lần cuối"),
        )
        self._attention_brush = QtGui.QBrush(QtGui.QColor("#8a5300"))

    # -- data in

    def set_rows(self, rows: Iterable["ProcedureRow"]) -> None:
        self._rows = {row.id: row for row in rows}
        self._refresh()

    def update_rows(self, rows: Iterable["ProcedureRow"]) -> None:
        """Replace changed rows; keep the order unless a row now falls out of (or into) the filter."""
        changed = list(rows)
        for row in changed:
            self._rows[row.id] = row
        visible = set(self._order)
        if any((row.id in visible) != self._filters.accepts(row) for row in changed):
            self._refresh()
            return
        for row in changed:
            if row.id in visible:
                index = self._order.index(row.id)
                self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.COLUMNS) - 1))

    def remove_ids(self, ids: Iterable[int]) -> None:
        for row_id in ids:
            self._rows.pop(row_id, None)
        self._refresh()

    def set_filters(self, filters: Filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self._refresh()

    @property
    def filters(self) -> Filters:
        return self._filters

    def _refresh(self) -> None:
        accepts = self._filters.accepts
        order = [row_id for row_id, row in self._rows.items() if accepts(row)]
        order.sort(key=self._sort_key(), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._order = order
        self.endResetModel()
        self.counts_changed.emit(len(self._order), len(self._rows))

    def _sort_key(self):  # type: ignore[no-untyped-def]
        column = self.COLUMNS[self._sort[0]]
        rows = self._rows
        if column == "name":
            return lambda row_id: rows[row_id].search_key.split(" ", 1)[-1]
        if column in ("sector", "reason", "levels"):
            return lambda row_id: (fold(getattr(rows[row_id], column)), rows[row_id].code)
        if column == "form":
            return lambda row_id: (rows[row_id].form or "", rows[row_id].code)
        return lambda row_id: (getattr(rows[row_id], column), rows[row_id].code)

    # -- Qt model interface

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row = self._rows[self._order[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, self.COLUMNS[index.column()])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] in ("name", "reason"):
            return self._display(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and row.attention:
            return self._attention_brush
        return None

    @staticmethod
    def _display(row: "ProcedureRow", column: str) -> str:
        if column == "form":
            return form_label(row.form)
        if column == "status":
            text = status_label(row.status)
            return text + (" ⚠" if row.attention else "")
        if column == "updated_at":
            return moment(row.updated_at)
        return getattr(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    # -- lookups for the window

    def row_id(self, position: int) -> int | None:
        return self._order[position] if 0 <= position < len(self._order) else None

    def position_of(self, row_id: int) -> int | None:
        try:
            return self._order.index(row_id)
        except ValueError:
            return None

    def row(self, row_id: int) -> "ProcedureRow | None":
        return self._rows.get(row_id)

    def all_rows(self) -> list["ProcedureRow"]:
        return list(self._rows.values())

    def visible_ids(self) -> list[int]:
        return list(self._order)
