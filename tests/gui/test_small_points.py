"""Smaller points of a clerk's day: an empty history says so, a search with no result clears the editor,
"Đánh dấu sẵn sàng" is off on a ready row, "Xuất các dòng đã chọn" exports the selection only."""

from __future__ import annotations

import openpyxl

from dvc_desktop.gui.qt import Qt, QtWidgets
from tests.gui.conftest import dialog_named, idle, type_text
from tests.gui.test_department_window import select_code


def test_an_empty_history_says_so(qtbot, open_app):
    window = open_app()
    select_code(qtbot, window, next(r.code for r in window.model.all_rows()))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("HistoryDialog") is not None, timeout=5000)
    table = dialog_named("HistoryDialog").findChild(QtWidgets.QTableWidget, "entries")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Chưa có thay đổi nào được ghi lại."
    dialog_named("HistoryDialog").reject()


def test_a_search_with_no_result_clears_the_editor(qtbot, open_app):
    window = open_app()
    qtbot.waitUntil(lambda: window.editor.current_id is not None, timeout=5000)
    window.search.setFocus()
    type_text(qtbot, window.search, "khong co thu tuc nao ten the nay")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert window.editor.title_label.text() == "Chọn một thủ tục trong danh sách"


def test_mark_ready_is_off_on_a_ready_row(qtbot, open_app):
    window = open_app()
    ready = next(r for r in window.model.all_rows() if r.status == "ready")
    draft = next(r for r in window.model.all_rows() if r.status != "ready")
    select_code(qtbot, window, ready.code)
    assert not window.act_ready.isEnabled() and not window.editor.ready_button.isEnabled()
    select_code(qtbot, window, draft.code)
    assert window.act_ready.isEnabled()


def test_export_the_selected_rows_only(qtbot, open_app, tmp_path):
    window = open_app()
    select_code(qtbot, window, window.model.row(window.model.row_id(0)).code)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = window.selected_ids()
    assert len(chosen) == 2
    target = tmp_path / "hai-dong.xlsx"
    window.export_selection(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    idle(qtbot, window)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == [window.model.row(i).code for i in chosen]


def test_a_procedure_of_the_units_own_is_not_offered_cap_huyen(qtbot, open_app):
    """Districts were abolished on 1/7/2025: a new procedure cannot be created at that level."""
    window = open_app()
    window.act_local.trigger()
    qtbot.waitUntil(lambda: dialog_named("LocalProcedureDialog") is not None, timeout=5000)
    levels = dialog_named("LocalProcedureDialog").findChild(QtWidgets.QListWidget, "levelList")
    offered = [levels.item(i).text() for i in range(levels.count())]
    assert "Cấp tỉnh" in offered and "Cấp xã" in offered
    assert not any("huyện" in text for text in offered), offered
    dialog_named("LocalProcedureDialog").reject()


def test_the_amber_rows_have_a_legend(qtbot, open_app):
    window = open_app()
    legend = window.findChild(QtWidgets.QLabel, "attentionLegend")
    assert legend.isVisible() and "hổ phách" in legend.text() and "cần xem lại" in legend.text()
