"""A reviewer at the province window, as the window tests drive one: click a row, type, press."""

from __future__ import annotations

from dvc_desktop.gui.qt import QtCore, QtWidgets


def click_row(qtbot, panel, row_id: int) -> None:  # type: ignore[no-untyped-def]
    """Click `row_id`'s row in the consolidated table (its first cell), as a reviewer picks it."""
    position = panel.model.position_of(row_id)
    assert position is not None, f"row {row_id} not shown"
    index = panel.model.index(position, 0)
    panel.table.scrollTo(index)
    qtbot.mouseClick(panel.table.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(index).center())
    qtbot.waitUntil(lambda: panel.selected_ids() == [row_id], timeout=5_000)


def decide(qtbot, panel, row_id: int, decision: str, comment: str = "") -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import type_text

    click_row(qtbot, panel, row_id)
    if comment:
        panel.comment.setFocus()
        type_text(qtbot, panel.comment, comment)
    button = panel.accept_button if decision == "accepted" else panel.return_button
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)


def shown_box(name: str):  # type: ignore[no-untyped-def]
    return next((w for w in QtWidgets.QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)
