"""A table model over rows kept in memory by id: sorted once, filtered by plain passes over them.

Subclasses name their columns, say how a cell reads and how a column sorts; the filter object
(a frozen dataclass with a folded `text` field) picks the ids to show. Display texts are made when a
row is first painted, so 20,000 rows load and filter within a frame.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from itertools import compress
from operator import attrgetter
from typing import Any, Callable, Generic, Iterable, Protocol, TypeVar

from dvc_desktop.gui.plain_text import plain_tooltip
from dvc_desktop.gui.qt import QtCore, QtGui, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Results of the last searches kept until a row or the order changes: a letter typed after clearing the
# search, or a backspace, shows them again without a pass over every row (2–4 ms at 20,000 rows, the
# slowest keys of bench/keystrokes.py). At most 16 of them, and 120,000 rows in all (two lists of
# references each: under 2 MB), so the province's 50,000 rows keep two or three wide ones.
RECENT_FILTERS = 16
RECENT_ROWS = 120_000
Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex  # what Qt may hand a model's methods


class Row(Protocol):
    @property
    def id(self) -> int: ...


class RowFilter(Protocol):
    @property
    def text(self) -> str:
        """Already folded; the model matches it against each row's search_key."""

    def accepts(self, row: Any) -> bool: ...

    def apply(self, rows: dict[int, Any], ids: list[int]) -> list[int]:
        """The ids among `ids` that pass every filter but the text."""


R = TypeVar("R", bound=Row)


class RowTableModel(QtCore.QAbstractTableModel, Generic[R]):
    COLUMNS: tuple[str, ...] = ()
    TOOLTIP_COLUMNS: frozenset[str] = frozenset()
    counts_changed = QtCore.Signal(int, int)  # shown, total
    rows_changed = QtCore.Signal()  # the data changed (not just the filter)

    def __init__(self, headers: tuple[str, ...], filters: RowFilter, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, R] = {}
        self._keys: dict[int, str] = {}  # search keys by id
        self._sorted: list[int] = []  # every id in the current sort order, kept so filtering never sorts
        self._order: list[int] = []  # the ids shown
        # The search keys of _sorted and _order, in the same order: a keystroke scans a list, not a dict.
        self._sorted_keys: list[str] = []
        self._order_keys: list[str] = []
        self._texts: dict[int, tuple[Any, ...]] = {}  # display texts, then the row's colour
        self._filters = filters
        self._recent: OrderedDict[RowFilter, tuple[list[int], list[str]]] = OrderedDict()  # filters → shown
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = headers
        self._tooltips = frozenset(self.COLUMNS.index(name) for name in self.TOOLTIP_COLUMNS)
        self._attention_brush = QtGui.QBrush(QtGui.QColor("#8a5300"))

    # -- what subclasses say

    def _display(self, row: R, column: str) -> str:
        return str(getattr(row, column))

    def _sort_key(self, column: str) -> Callable[[R], Any]:
        """How rows sort by `column` (then by code). A key over rows, not ids, and `attrgetter` where it
        will do: sorting 20,000 rows through a Python lambda took 13 ms of the window's start."""
        return attrgetter(column, "code")

    def _highlighted(self, row: R) -> bool:
        return False

    # -- data in

    def set_rows(self, rows: Iterable[R]) -> None:
        self._rows = {row.id: row for row in rows}
        self._keys = {row_id: row.search_key for row_id, row in self._rows.items()}  # type: ignore[attr-defined]
        self._texts.clear()
        self._resort()
        self.rows_changed.emit()

    def update_rows(self, rows: Iterable[R]) -> None:
        """Replace changed rows; keep the order unless a row now falls out of (or into) the filter."""
        changed = list(rows)
        added = [row for row in changed if row.id not in self._rows]
        rekeyed = any(self._keys.get(row.id) != row.search_key for row in changed)  # type: ignore[attr-defined]
        self._recent.clear()  # a changed row may pass another filter now
        for row in changed:
            self._rows[row.id] = row
            self._keys[row.id] = row.search_key  # type: ignore[attr-defined]
            self._texts.pop(row.id, None)
        visible = set(self._order)
        if added or rekeyed or any((row.id in visible) != self._filters.accepts(row) for row in changed):
            self._resort()
        else:
            positions = {row_id: index for index, row_id in enumerate(self._order)}
            for row in changed:
                if row.id in positions:
                    index = positions[row.id]
                    self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.COLUMNS) - 1))
        self.rows_changed.emit()

    def remove_ids(self, ids: Iterable[int]) -> None:
        for row_id in ids:
            self._rows.pop(row_id, None)
            self._keys.pop(row_id, None)
        self._resort()
        self.rows_changed.emit()

    def set_filters(self, filters: RowFilter) -> None:
        if filters == self._filters:
            return
        previous, self._filters = self._filters, filters
        recent = self._recent.get(filters)
        if recent is not None:
            self._recent.move_to_end(filters)
            self._show(*recent)
            return
        # Typing narrows the search: look only among the rows already shown.
        narrowing = replace(previous, text=filters.text) == filters and previous.text in filters.text  # type: ignore[type-var]
        if narrowing:
            self._refilter(self._order, self._order_keys)
        else:
            self._refilter(self._sorted, self._sorted_keys)

    @property
    def filters(self) -> RowFilter:
        return self._filters

    def _resort(self) -> None:
        key = self._sort_key(self.COLUMNS[self._sort[0]])
        ordered = sorted(self._rows.values(), key=key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._sorted = [row.id for row in ordered]
        self._sorted_keys = _contiguous([self._keys[row_id] for row_id in self._sorted])
        self._recent.clear()
        self._refilter(self._sorted, self._sorted_keys)

    def _refilter(self, candidates: list[int], candidate_keys: list[str]) -> None:
        """One pass per active filter: a keystroke over 20,000 rows stays within a frame."""
        text, ids, keys = self._filters.text, candidates, candidate_keys
        if text:
            matches = [text in key for key in keys]
            ids, keys = list(compress(ids, matches)), list(compress(keys, matches))
        filtered = self._filters.apply(self._rows, ids)
        if filtered is not ids:  # another filter is set: rare, so look the keys up again
            ids, keys = filtered, [self._keys[row_id] for row_id in filtered]
        if ids is candidates:
            ids, keys = list(ids), list(keys)
        self._recent[self._filters] = (ids, keys)  # never changed in place: a later search makes new lists
        kept = sum(len(shown) for shown, _keys in self._recent.values())
        while len(self._recent) > 1 and (len(self._recent) > RECENT_FILTERS or kept > RECENT_ROWS):
            kept -= len(self._recent.popitem(last=False)[1][0])
        self._show(ids, keys)

    def _show(self, ids: list[int], keys: list[str]) -> None:
        self.beginResetModel()
        self._order, self._order_keys = ids, keys
        self.endResetModel()
        self.counts_changed.emit(len(self._order), len(self._rows))

    # -- Qt model interface

    def rowCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        ID_ROLE})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks for a dozen roles per cell on every paint; answer the unused ones first.
        if role not in self._ROLES or not index.isValid():
            return None
        if role == ID_ROLE:
            return self._order[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in self._tooltips:
            return None
        text, brush = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text)
        return brush if role == Qt.ItemDataRole.ForegroundRole else text

    def cell(self, position: int, column: int) -> tuple[str, QtGui.QBrush | None]:
        """What a cell shows: its text and, for a row that needs attention, its colour."""
        row_id = self._order[position]
        texts = self._texts.get(row_id)
        if texts is None:
            texts = self._texts[row_id] = (*(self._display(self._rows[row_id], name) for name in self.COLUMNS),
                                           self._attention_brush if self._highlighted(self._rows[row_id]) else None)
        return texts[column], texts[-1]

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

    def row(self, row_id: int) -> R | None:
        return self._rows.get(row_id)

    def total_rows(self) -> int:
        """Every row the model holds, whatever the filters show (no list built)."""
        return len(self._rows)

    def all_rows(self) -> list[R]:
        return list(self._rows.values())

    def visible_ids(self) -> list[int]:
        return list(self._order)


def _contiguous(keys: list[str]) -> list[str]:
    """The same strings made afresh one after another in memory: scanning them after a repaint (which
    evicts the processor's caches) takes half the time of strings scattered over the heap."""
    separator = "\x00"
    fresh = separator.join(keys).split(separator)
    return fresh if len(fresh) == len(keys) else list(keys)
