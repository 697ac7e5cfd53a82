"""A change the rules refuse is never lost silently: it stays with its row until saved or discarded on
purpose; leaving the row asks; form, reason and checklist can be changed in any order (the rule is
judged on the whole classification)."""

from __future__ import annotations

from dvc_desktop.domain.classification import Checklist, Classification, Form
from dvc_desktop.gui.forms import select_choice
from dvc_desktop.gui.qt import Qt, QtWidgets
from tests.gui.conftest import dialog_named, idle, type_text
from tests.gui.test_department_window import select_code


def unclassified(window, skip: int = 0) -> str:
    return [r.code for r in window.model.all_rows() if r.form is None][skip]


def contradict(qtbot, editor) -> None:
    """Checklist says một phần (results not online), the form says toàn trình: a note is required."""
    for key in ("info_online", "submitted_online", "processed_online", "fees_online"):
        select_choice(editor.checks[key], True)
    select_choice(editor.checks["result_online"], False)
    select_choice(editor.form_combo, "toan_trinh")
    qtbot.waitUntil(lambda: "ghi chú" in editor.error_text("note"), timeout=5000)


def button(box, text: str) -> QtWidgets.QAbstractButton:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_leaving_a_row_with_a_refused_change_asks_and_keeps_it(qtbot, open_app):
    window = open_app()
    row_id = select_code(qtbot, window, unclassified(window))
    editor = window.editor
    contradict(qtbot, editor)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # the clerk moves on
    qtbot.waitUntil(lambda: dialog_named("unsavedChange") is not None, timeout=5000)
    box = dialog_named("unsavedChange")
    assert "chưa được lưu" in box.text() and window.model.row(row_id).code in box.text()
    assert window.current_id() == row_id and editor.current_id == row_id
    assert editor.form_combo.currentData() == "toan_trinh"  # the change is still on screen
    button(box, "Sửa tiếp").click()
    qtbot.waitUntil(lambda: dialog_named("unsavedChange") is None, timeout=5000)
    assert window.current_id() == row_id and editor.note_edit.hasFocus()
    type_text(qtbot, editor.note_edit, "Trả kết quả qua bưu chính")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.row(row_id).form == "toan_trinh", timeout=5000)
    assert window.drafts == {}
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # saved: leaving asks nothing
    qtbot.waitUntil(lambda: window.current_id() != row_id, timeout=5000)
    assert dialog_named("unsavedChange") is None


def test_discarding_is_a_choice_and_moves_on(qtbot, open_app):
    window = open_app()
    row_id = select_code(qtbot, window, unclassified(window))
    contradict(qtbot, window.editor)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog_named("unsavedChange") is not None, timeout=5000)
    button(dialog_named("unsavedChange"), "Bỏ thay đổi").click()
    qtbot.waitUntil(lambda: window.current_id() not in (None, row_id), timeout=5000)
    idle(qtbot, window)
    assert window.model.row(row_id).form is None and row_id not in window.drafts


def test_a_refused_change_that_arrives_after_the_clerk_moved_is_there_on_return(qtbot, open_app):
    window = open_app()
    first, second = unclassified(window), unclassified(window, 1)
    row_id = select_code(qtbot, window, first)
    select_code(qtbot, window, second)
    refused = Classification(checklist=Checklist(True, True, True, True, False), form=Form.FULL)
    window.save_classification(row_id, refused)  # as a save still on its way when the row was left
    qtbot.waitUntil(lambda: row_id in window.drafts, timeout=5000)
    select_code(qtbot, window, first)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.form_combo.currentData() == "toan_trinh", timeout=5000)
    assert "ghi chú" in editor.error_text("note")

    window.close()  # closing with it asks too
    qtbot.waitUntil(lambda: dialog_named("unsavedOnClose") is not None, timeout=5000)
    box = dialog_named("unsavedOnClose")
    assert first in box.text()
    box.button(QtWidgets.QMessageBox.StandardButton.No).click()
    assert window.isVisible() and row_id in window.drafts
    window.close()
    qtbot.waitUntil(lambda: dialog_named("unsavedOnClose") is not None, timeout=5000)
    dialog_named("unsavedOnClose").button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.drafts == {}


def test_form_first_then_reason_is_judged_on_the_whole(qtbot, open_app):
    window = open_app()
    row_id = select_code(qtbot, window, unclassified(window))
    editor = window.editor
    select_choice(editor.form_combo, "mot_phan")  # refused alone: một phần needs its reason
    qtbot.waitUntil(lambda: "lý do" in editor.error_text("reason_code"), timeout=5000)
    assert row_id in window.drafts
    reason = next(editor.reason_combo.itemData(i) for i in range(editor.reason_combo.count())
                  if editor.reason_combo.itemData(i) and window.editor._rules.reason(editor.reason_combo.itemData(i))
                  .kind != "technical")
    select_choice(editor.reason_combo, reason)
    editor.provision_edit.setFocus()
    type_text(qtbot, editor.provision_edit, "Khoản 1 Điều 9 Luật Hộ tịch 2014")
    qtbot.keyClick(editor.provision_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.row(row_id).form == "mot_phan", timeout=5000)
    assert row_id not in window.drafts
