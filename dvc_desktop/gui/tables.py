"""Read-only tables of whole rows, set up the same way in every panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.qt import QtWidgets
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


def readonly_table(parent: QtWidgets.QWidget, name: str, headers: list[str], accessible: str = "",
                   rows: int = 0) -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(rows, len(headers), parent)
    table.setObjectName(name)
    if accessible:
        table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    return table
