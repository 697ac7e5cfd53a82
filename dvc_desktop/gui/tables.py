"""Read-only tables of whole rows, set up the same way in every panel."""

from __future__ import annotations

from dvc_desktop.gui.qt import QtWidgets


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
