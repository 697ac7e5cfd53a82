"""The procedures table: keeps row ids in display order, looks rows up only when the view asks.

Filtering and sorting run over precomputed keys (the folded search text is stored), so a keystroke
in the search box costs one pass over plain strings, not a query.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    rows_changed = QtCore.Signal()  # the data changed (not just the filter): progress must be recounted

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, ProcedureRow] = {}
        self._sorted: list[int] = []  # every id in the current sort order, kept so filtering never sorts
        self._order: list[int] = []  # the ids shown
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts, made when a row is first painted
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
        self._texts.clear()
        self._resort()
        self.rows_changed.emit()

    def update_rows(self, rows: Iterable["ProcedureRow"]) -> None:
        """Replace changed rows; keep the order unless a row now falls out of (or into) the filter."""
        changed = list(rows)
        added = [row for row in changed if row.id not in self._rows]
        for row in changed:
            self._rows[row.id] = row
            self._texts.pop(row.id, None)
        visible = set(self._order)
        if added or any((row.id in visible) != self._filters.accepts(row) for row in changed):
            self._resort()
        else:
            for row in changed:
                if row.id in visible:
                    index = self._order.index(row.id)
                    self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.COLUMNS) - 1))
        self.rows_changed.emit()

    def remove_ids(self, ids: Iterable[int]) -> None:
        for row_id in ids:
            self._rows.pop(row_id, None)
        self._resort()
        self.rows_changed.emit()

    def set_filters(self, filters: Filters) -> None:
        if filters == self._filters:
            return
        previous, self._filters = self._filters, filters
        # Typing narrows the search: look only among the rows already shown.
        narrowing = replace(previous, text=filters.text) == filters and previous.text in filters.text
        self._refilter(self._order if narrowing else self._sorted)

    @property
    def filters(self) -> Filters:
        return self._filters

    def _resort(self) -> None:
        self._sorted = sorted(self._rows, key=self._sort_key(), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._refilter(self._sorted)

    def _refilter(self, candidates: list[int]) -> None:
        """One list comprehension per active filter: a keystroke over 20,000 rows stays within a frame."""
        rows, f, ids = self._rows, self._filters, candidates
        if f.text:
            ids = [i for i in ids if f.text in rows[i].search_key]
        if f.sector is not None:
            ids = [i for i in ids if rows[i].sector == f.sector]
        if f.level is not None:
            ids = [i for i in ids if f.level in rows[i].level_codes]
        if f.form is not None:
            ids = [i for i in ids if (rows[i].form or "") == f.form]
        if f.status is not None:
            ids = [i for i in ids if rows[i].status == f.status]
        if f.attention_only:
            ids = [i for i in ids if rows[i].attention]
        self.beginResetModel()
        self._order = list(ids) if ids is candidates else ids
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
        # The view asks for a dozen roles per cell on every paint; answer the unused ones first.
        if role not in self._ROLES or not index.isValid():
            return None
        row_id = self._order[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (1, 5):
                return None
            texts = self._texts.get(row_id)
            if texts is None:
                row = self._rows[row_id]
                texts = self._texts[row_id] = tuple(self._display(row, column) for column in self.COLUMNS)
            return texts[index.column()]
        if role == ID_ROLE:
            return row_id
        return self._attention_brush if self._rows[row_id].attention else None

    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        ID_ROLE})

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
        self._resort()

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
