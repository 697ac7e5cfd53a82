"""Read-only tables of whole rows, set up the same way in every panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from dvc_desktop.gui.qt import QObject, QtCore, QtGui, QtWidgets
from dvc_desktop.gui.row_delegate import RowTextDelegate

if TYPE_CHECKING:
    from dvc_desktop.gui.row_model import RowTableModel


def show_rows(view: QtWidgets.QTableView, model: "RowTableModel") -> None:
    """Show a row model in a view: one line a row, painted from laid-out text kept between paints."""
    view.setModel(model)
    view.setItemDelegate(RowTextDelegate(model, view))
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.installEventFilter(_FirstAndLastRow(view))


class _FirstAndLastRow(QObject):
    """Ctrl+Home / Ctrl+End select the first / last row. Qt's own keys move only the current cell with
    Ctrl held (an extended selection keeps what was selected), so the highlight stayed behind while the
    editor showed another row."""

    KEYS: dict[int, int] = {QtCore.Qt.Key.Key_Home: 0, QtCore.Qt.Key.Key_End: -1}

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if (event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent)
                and event.key() in self.KEYS
                and event.modifiers() == QtCore.Qt.KeyboardModifier.ControlModifier
                and isinstance(watched, QtWidgets.QTableView)):
            model = watched.model()
            if model is None or model.rowCount() == 0:
                return True
            row = 0 if self.KEYS[event.key()] == 0 else model.rowCount() - 1
            column = max(watched.currentIndex().column(), 0)
            index = model.index(row, column)
            flags = (QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QtCore.QItemSelectionModel.SelectionFlag.Rows)
            watched.selectionModel().setCurrentIndex(index, flags)
            watched.scrollTo(index)
            return True
        return super().eventFilter(watched, event)


def readonly_table(parent: QtWidgets.QWidget, name: str, headers: list[str], accessible: str = "",
                   rows: int = 0) -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(rows, len(headers), parent)
    table.setObjectName(name)
    if accessible:
        table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    return readonly(table)


T = TypeVar("T", bound=QtWidgets.QTableView)


def readonly(table: T) -> T:
    """A table to read and pick from: whole rows, one at a time, no editing, compact rows."""
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def choosable_columns(view: QtWidgets.QTableView, names: tuple[str, ...], table: str,
                      hidden_by_default: tuple[str, ...]) -> None:
    """Columns the user shows or hides from the header's context menu; the choice is kept for the next
    session (gui/preferences.py). One column always stays."""
    from dvc_desktop.gui.preferences import hidden_columns, save_hidden_columns
    from dvc_desktop.gui.qt import Qt

    header = view.horizontalHeader()
    chosen = hidden_columns(table, hidden_by_default) & set(names)  # read once, kept as the user changes it

    def apply() -> None:
        # Only the columns whose state differs: setting a section's state, even unchanged, laid out and
        # repainted the whole window at every key of a search (the model resets per key).
        for index, name in enumerate(names):
            if view.isColumnHidden(index) != (name in chosen):
                view.setColumnHidden(index, name in chosen)

    apply()
    view.model().modelReset.connect(apply)  # a header may forget hidden sections when its model resets

    def toggled(name: str, shown: bool) -> None:
        nonlocal chosen
        now = {n for i, n in enumerate(names) if view.isColumnHidden(i)}
        now = now - {name} if shown else now | {name}
        if len(now) == len(names):  # never hide the last column
            return
        chosen = now
        view.setColumnHidden(names.index(name), not shown)
        save_hidden_columns(table, now)

    def menu(position: QtCore.QPoint) -> None:
        chooser = QtWidgets.QMenu(view)
        chooser.setObjectName("columnsMenu")
        model = view.model()
        for index, name in enumerate(names):
            title = str(model.headerData(index, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            action = chooser.addAction(title)
            action.setObjectName(f"column_{name}")
            action.setCheckable(True)
            action.setChecked(not view.isColumnHidden(index))
            action.toggled.connect(lambda shown, name=name: toggled(name, shown))
        chooser.popup(header.mapToGlobal(position))

    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(menu)


def item_data(table: QtWidgets.QTableWidget, row: int, role: int, column: int = 0) -> Any:
    """What a filled table keeps under `role` in a cell (every cell of these tables has an item)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName()}: no item at ({row}, {column})")
    return item.data(role)
