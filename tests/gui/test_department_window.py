"""A clerk's session in the department window, driven by keyboard and mouse."""

from __future__ import annotations


import openpyxl
import pytest

from dvc_desktop.domain.classification import Checklist, Form, suggest_form
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.forms import select_choice
from dvc_desktop.gui.qt import Qt, QtCore, QtWidgets
from tests.gui.conftest import activate, dialog_named, idle, type_text


def visible_codes(window) -> list[str]:
    return [window.model.row(window.model.row_id(i)).code for i in range(window.model.rowCount())]


def visible_names(window) -> list[str]:
    return [window.model.row(window.model.row_id(i)).name for i in range(window.model.rowCount())]


def select_code(qtbot, window, code: str) -> int:
    row_id = next(r.id for r in window.model.all_rows() if r.code == code)
    window._select_id(row_id)
    qtbot.waitUntil(lambda: window.editor.current_id == row_id and window.editor._detail is not None
                    and window.editor._detail.row.id == row_id, timeout=10_000)
    return row_id


def test_demo_window_shows_the_units_catalogue(qtbot, open_app):
    window = open_app()
    assert window.windowTitle() == "DVC Desktop — Sở Tư pháp"
    assert window.model.rowCount() == 300
    assert "300 / 300" in window.count_label.text()
    assert "Hạn nộp:" in window.deadline_label.text() and "/" in window.deadline_label.text()
    qtbot.waitUntil(lambda: window.editor.current_id == window.current_id(), timeout=5000)
    assert window.editor.title_label.text().startswith(window.model.row(window.current_id()).code)


@pytest.mark.parametrize("typed", ["đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH"])
def test_search_ignores_diacritics_and_case_as_the_clerk_types(qtbot, open_app, typed):
    window = open_app()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_text(qtbot, window.search, typed)
    names = visible_names(window)
    assert names and all("khai sinh" in n.lower() for n in names)
    assert any(n.startswith("Đăng ký khai sinh") for n in names)


def test_filters_combine_with_search(qtbot, open_app):
    window = open_app()
    select_choice(window.form_filter, "mot_phan")
    partial = window.model.rowCount()
    assert 0 < partial < 300
    assert all(window.model.row(i).form == "mot_phan" for i in window.model.visible_ids())
    window.attention_filter.setChecked(True)
    assert all(window.model.row(i).attention for i in window.model.visible_ids())
    select_choice(window.form_filter, None)
    window.attention_filter.setChecked(False)
    assert window.model.rowCount() == 300


def test_partial_without_reason_is_refused_then_fixed_then_undone(qtbot, open_app, data_dir):
    window = open_app()
    window.attention_filter.setChecked(False)
    row_id = select_code(qtbot, window, next(r.code for r in window.model.all_rows() if r.form is None))
    editor = window.editor
    answers = {"info_online": True, "submitted_online": True, "processed_online": False,
               "fees_online": True, "result_online": True}
    for key, answer in answers.items():
        select_choice(editor.checks[key], answer)
    idle(qtbot, window)
    assert "Một phần" in editor.suggested_label.text()

    select_choice(editor.form_combo, "mot_phan")
    qtbot.waitUntil(lambda: editor.error_text("reason_code") != "", timeout=5000)
    assert "phải nêu lý do" in editor.error_text("reason_code")
    assert window.model.row(row_id).form is None  # refused: nothing saved

    editor.reason_combo.setFocus()
    select_choice(editor.reason_combo, "law_requires_presence")
    qtbot.waitUntil(lambda: "phải ghi quy định" in editor.error_text("legal_provision"), timeout=5000)
    editor.provision_edit.setFocus()
    type_text(qtbot, editor.provision_edit, "Khoản 1 Điều 9 Luật Hộ tịch 2014")
    qtbot.keyClick(editor.provision_edit, Qt.Key.Key_Tab)  # leaving the field saves at once
    qtbot.waitUntil(lambda: window.model.row(row_id).form == "mot_phan", timeout=5000)
    assert editor.error_text("reason_code") == "" and editor.error_text("legal_provision") == ""
    assert window.model.row(row_id).reason.startswith("Quy định tổ chức, cá nhân")

    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.row(row_id).form is None, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.row(row_id).form == "mot_phan", timeout=5000)


def test_mark_ready_by_keyboard_and_refusal_of_incomplete_rows(qtbot, open_app):
    window = open_app()
    complete = next(r for r in window.model.all_rows() if r.form and not r.attention and r.status == "draft")
    select_code(qtbot, window, complete.code)
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.row(complete.id).status == "ready", timeout=5000)
    qtbot.waitUntil(lambda: "Sẵn sàng" in window.editor.status_label.text(), timeout=5000)

    blank = next(r for r in window.model.all_rows() if r.form is None)
    select_code(qtbot, window, blank.code)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("refusalsBox") is not None, timeout=5000)
    assert "Chưa chọn hình thức" in dialog_named("refusalsBox").text()
    assert window.model.row(blank.id).status == "draft"


def test_next_and_previous_record_by_keyboard(qtbot, open_app):
    window = open_app()
    first = window.current_id()
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    second = window.current_id()
    assert second != first and window.model.position_of(second) == 1
    qtbot.waitUntil(lambda: window.editor.current_id == second, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() == first


def _accept_picker(qtbot, text: str, rows: int):
    qtbot.waitUntil(lambda: dialog_named("CataloguePicker") is not None, timeout=5000)
    picker = dialog_named("CataloguePicker")
    search = picker.findChild(QtWidgets.QLineEdit, "searchEdit")
    results = picker.findChild(QtWidgets.QTableWidget, "results")
    type_text(qtbot, search, text)
    qtbot.waitUntil(lambda: results.rowCount() > 0 and fold(text) in fold(results.item(0, 1).text()),
                    timeout=5000)
    results.setFocus()
    results.selectRow(0)
    for _ in range(rows - 1):
        qtbot.keyClick(results, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen_codes = sorted({results.item(i.row(), 0).text() for i in results.selectedIndexes()})
    qtbot.keyClick(results, Qt.Key.Key_Return)
    return chosen_codes


def test_add_from_catalogue_with_search_and_multi_select_then_undo(qtbot, open_app):
    window = open_app()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    added = _accept_picker(qtbot, "giay phep xay dung", rows=2)
    assert len(added) == 2
    qtbot.waitUntil(lambda: window.model.rowCount() == 302, timeout=5000)
    assert set(added) <= set(visible_codes(window))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 300, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 302, timeout=5000)


def test_create_local_procedure_with_inline_errors(qtbot, open_app):
    window = open_app()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog_named("LocalProcedureDialog") is not None, timeout=5000)
    dialog = dialog_named("LocalProcedureDialog")
    code = dialog.findChild(QtWidgets.QLineEdit, "codeEdit")
    type_text(qtbot, code, "2.0008")
    type_text(qtbot, dialog.findChild(QtWidgets.QLineEdit, "nameEdit"), "Cấp giấy phép tổ chức lễ hội đường phố")
    levels = dialog.findChild(QtWidgets.QListWidget, "levelList")
    levels.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    error = dialog.findChild(QtWidgets.QLabel, "codeError")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=5000)
    assert "2.0008" in error.text()
    code.clear()
    type_text(qtbot, code, "2.000884.000.00.00.H59")
    dialog.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "2.000884.000.00.00.H59" in visible_codes(window), timeout=5000)
    qtbot.waitUntil(lambda: window.editor._detail is not None and window.editor._detail.editable_record, timeout=5000)
    name_edit = window.editor.record["name"]
    assert not name_edit.isReadOnly()


def test_remove_with_confirmation_and_undo(qtbot, open_app):
    window = open_app()
    row_id = window.current_id()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog_named("confirmRemove") is not None, timeout=5000)
    box = dialog_named("confirmRemove")
    box.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 299, timeout=5000)
    assert window.model.row(row_id) is None
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 300, timeout=5000)
    assert window.model.row(row_id) is not None  # back under the same id


def stored(window, ids) -> dict:
    """(checklist answers, note) of classifications as the store holds them (read-only, beside the window)."""
    import sqlite3

    import os
    from pathlib import Path

    path = Path(os.environ["DVC_DATA_DIR"]) / "dvc-desktop.sqlite"  # the data_dir fixture's
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            f"SELECT id, info_online, submitted_online, processed_online, fees_online, result_online, note "
            f"FROM classifications WHERE id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()
    return {r[0]: (tuple(None if v is None else bool(v) for v in r[1:6]), r[6]) for r in rows}


def test_bulk_classify_selection(qtbot, open_app):
    window = open_app()
    select_choice(window.form_filter, "toan_trinh")  # assessed as toàn trình: the checklist says so
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    ids = window.selected_ids()
    assert len(ids) == 3
    before = {i: (window.model.row(i).form, window.model.row(i).reason) for i in ids}
    checklists = stored(window, ids)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("BulkClassifyDialog") is not None, timeout=5000)
    dialog = dialog_named("BulkClassifyDialog")
    select_choice(dialog.findChild(QtWidgets.QComboBox, "formCombo"), "mot_phan")
    ok = dialog.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.findChild(QtWidgets.QLabel, "errorLabel").isVisible()  # no reason yet
    select_choice(dialog.findChild(QtWidgets.QComboBox, "reasonCombo"), "on_site_verification")
    type_text(qtbot, dialog.findChild(QtWidgets.QLineEdit, "provisionEdit"), "Điều 36 Luật Đất đai 2024")
    ok.click()
    qtbot.waitUntil(lambda: all(window.model.row(i).form == "mot_phan" for i in ids), timeout=5000)
    idle(qtbot, window)
    after = stored(window, ids)
    for row_id in ids:  # the checklist still records what was assessed; a contradiction is flagged, with a note
        checklist, note = after[row_id]
        assert checklist == checklists[row_id][0]
        contradicts = suggest_form(Checklist(*checklist)) not in (None, Form.PARTIAL)
        assert window.model.row(row_id).attention or not contradicts
        assert ("cần xem lại bảng kiểm" in note) == (contradicts and not checklists[row_id][1])
    assert any(suggest_form(Checklist(*after[i][0])) == Form.FULL for i in ids)  # the case the test is for
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: {i: (window.model.row(i).form, window.model.row(i).reason) for i in ids} == before,
                    timeout=5000)


def test_export_selection_to_excel_keeps_text_literal(qtbot, open_app, tmp_path):
    window = open_app()
    select_choice(window.form_filter, "toan_trinh")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # every row shown
    target = tmp_path / "xuat.xlsx"
    window.export_selection(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    idle(qtbot, window)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Mã TTHC"
    assert len(rows) == window.model.rowCount() + 1
    assert all(r[5] == "Toàn trình" for r in rows[1:])


def test_history_of_a_procedure(qtbot, open_app):
    window = open_app()
    row_id = select_code(qtbot, window, next(r.code for r in window.model.all_rows() if r.form is None))
    select_choice(window.editor.checks["submitted_online"], False)
    select_choice(window.editor.form_combo, "chua_truc_tuyen")
    idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("HistoryDialog") is not None, timeout=5000)
    table = dialog_named("HistoryDialog").findChild(QtWidgets.QTableWidget, "entries")
    assert table.rowCount() >= 1
    assert table.item(0, 2).text() == "Phân loại"
    assert "Chưa trực tuyến" in table.item(0, 3).text()
    assert window.model.row(row_id).form == "chua_truc_tuyen"


def test_websites_tab_checks_the_domain_rule(qtbot, open_app):
    window = open_app()
    window.tabs.setCurrentIndex(1)
    panel = window.websites
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    panel.new()
    type_text(qtbot, panel.name, "Cổng tư pháp")
    type_text(qtbot, panel.url, "https://sotuphap-sonha.vn")
    assert "không đúng quy định" in panel.url_check.text()
    panel.url.clear()
    type_text(qtbot, panel.url, "https://tuphap.sonha.gov.vn")
    assert panel.url_check.text() == "Đúng quy định tên miền."
    panel.url.clear()
    type_text(qtbot, panel.url, "http://www.tuphap-sonha.vn")
    qtbot.mouseClick(panel.form.findChild(QtWidgets.QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=5000)
    checks = [panel.table.item(r, 5).text() for r in range(2)]
    assert any("không đúng quy định" in c for c in checks)


def test_keyboard_tab_order_in_the_editor_reaches_every_classification_field(qtbot, open_app):
    window = open_app()
    qtbot.waitUntil(lambda: window.editor.current_id is not None, timeout=5000)
    window.editor.checks["info_online"].setFocus()
    order = []
    for _ in range(9):
        widget = QtWidgets.QApplication.focusWidget()
        order.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert order[:5] == ["checkInfoOnline", "checkSubmittedOnline", "checkProcessedOnline", "checkFeesOnline",
                         "checkResultOnline"]
    assert order[5] == "formCombo"
    for name in ("searchEdit", "table", "sectorFilter"):
        assert window.panel.findChild(QtWidgets.QWidget, name).accessibleName()


def test_sorting_by_clicking_a_header(qtbot, open_app):
    window = open_app()
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(header.sectionViewportPosition(1) + 5, 5))
    names = [fold(n) for n in visible_names(window)]
    assert names == sorted(names)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(header.sectionViewportPosition(1) + 5, 5))
    assert [fold(n) for n in visible_names(window)] == sorted(names, reverse=True)


def test_contradicting_the_checklist_needs_a_note_and_stays_flagged(qtbot, open_app):
    window = open_app()
    row_id = select_code(qtbot, window, next(r.code for r in window.model.all_rows() if r.form is None))
    editor = window.editor
    for key in ("info_online", "submitted_online", "processed_online", "fees_online"):
        select_choice(editor.checks[key], True)
    select_choice(editor.checks["result_online"], False)
    select_choice(editor.form_combo, "toan_trinh")
    qtbot.waitUntil(lambda: "ghi chú" in editor.error_text("note"), timeout=5000)
    assert window.model.row(row_id).form is None
    editor.note_edit.setFocus()
    type_text(qtbot, editor.note_edit, "Trả kết quả qua bưu chính từ quý sau")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.row(row_id).form == "toan_trinh", timeout=5000)
    assert window.model.row(row_id).attention  # saved, and still flagged for review
    qtbot.waitUntil(lambda: "hình thức khác với gợi ý" in editor.issues_label.text(), timeout=5000)


def test_language_setting_is_saved(qtbot, open_app, tmp_path, monkeypatch):
    from dvc_desktop.gui import translation

    monkeypatch.setattr(translation, "_settings", lambda: QtCore.QSettings(str(tmp_path / "s.ini"),
                                                                          QtCore.QSettings.Format.IniFormat))
    window = open_app()
    window.act_settings.trigger()
    qtbot.waitUntil(lambda: dialog_named("SettingsDialog") is not None, timeout=5000)
    dialog = dialog_named("SettingsDialog")
    select_choice(dialog.findChild(QtWidgets.QComboBox, "languageCombo"), "en")
    dialog.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert translation.current_language() == "en"


def test_the_file_menu_previews_the_units_report(qtbot, open_app):
    from tests.windows import shown_print_preview

    window = open_app(demo=True)
    window.act_report.trigger()

    qtbot.waitUntil(lambda: shown_print_preview() is not None, timeout=20_000)
    assert window._report_preview.pages >= 1
    shown_print_preview().reject()


def test_ctrl_z_in_a_field_undoes_the_saved_edit_and_takes_back_unsaved_typing(qtbot, open_app):
    window = open_app()
    row = next(r for r in window.model.all_rows() if r.form == "toan_trinh")
    select_code(qtbot, window, row.code)
    editor = window.editor
    before = editor.note_edit.text()
    edited = (before + " đã rà soát").strip()
    activate(qtbot, window)
    editor.note_edit.setFocus()
    editor.note_edit.end(False)
    type_text(qtbot, editor.note_edit, " đã rà soát")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return)  # Enter ends the field: saved at once
    qtbot.waitUntil(lambda: editor._detail.classification.note == edited, timeout=5000)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)

    editor.note_edit.setFocus()
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor._detail.classification.note == before, timeout=5000)
    assert editor.note_edit.text() == before and window.undo_stack.index() == 0
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor._detail.classification.note == edited, timeout=5000)

    # Typed but not saved yet: Ctrl+Z takes the field back to the saved text, and nothing is saved.
    type_text(qtbot, editor.note_edit, " nữa")
    assert editor._text_timer.isActive()
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.note_edit.text() == edited and not editor._text_timer.isActive()
    idle(qtbot, window)
    assert window.undo_stack.index() == 1 and editor._detail.classification.note == edited


def test_ctrl_end_and_ctrl_home_move_the_selection_with_the_current_row(qtbot, open_app):
    window = open_app()
    activate(qtbot, window)
    window.table.setFocus()
    last_id = window.model.row_id(window.model.rowCount() - 1)
    first_id = window.model.row_id(0)
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() == last_id and window.selected_ids() == [last_id]
    qtbot.waitUntil(lambda: window.editor.current_id == last_id, timeout=5000)
    qtbot.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() == first_id and window.selected_ids() == [first_id]
    qtbot.waitUntil(lambda: window.editor.current_id == first_id, timeout=5000)


def test_the_websites_and_figures_tabs_are_built_when_first_shown(qtbot, open_app):
    """Neither is on screen when the window opens: built on the first visit (a large store's window
    takes keys sooner), then the same panel each time."""
    window = open_app()
    assert window._websites is None and window._figures is None
    window.tabs.setCurrentIndex(1)
    assert window._websites is not None and window._websites.form.isVisible()
    qtbot.waitUntil(lambda: window.websites.table.rowCount() == 1, timeout=5000)
    window.tabs.setCurrentIndex(2)
    assert window._figures is not None and window._figures.isVisible()
    window.tabs.setCurrentIndex(1)
    assert window.websites is window._websites
