"""Issue 13 in the department's window: the clerk confirms the Decree 224 ground of each Decree 42 answer."""

from __future__ import annotations

import os

from dvc_desktop.gui.qt import Qt, QtWidgets
from dvc_desktop.services.context import open_context
from tests.gui.conftest import dialog_named, idle
from tests.services.test_classify import set_up_department
from tests.services.test_reclassify import saved_in_june
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


def test_the_clerk_confirms_the_mapping_and_may_change_a_ground(qtbot, tmp_path, data_dir, reporter):
    with open_context(data_dir) as context:
        saved_in_june(set_up_department(tmp_path, context), {"1.000001": "in_person", "1.000002": "fees_offline"})
    _, window = open_window(qtbot, data_dir, reporter)
    idle(qtbot, window)
    window.act_reclassify.trigger()
    qtbot.waitUntil(lambda: dialog_named("reclassifyDialog") is not None, timeout=10_000)
    dialog = dialog_named("reclassifyDialog")
    table = dialog.findChild(QtWidgets.QTableWidget, "reclassifyTable")
    lines = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert set(lines) == {"1.000001", "1.000002"}
    assert table.item(lines["1.000002"], 3).text() == "Chưa thanh toán trực tuyến được phí, lệ phí"
    proposed = dialog.choices[lines["1.000001"]]
    assert proposed.currentData() == "law_requires_presence"
    # The clerk changes the first line's ground with the keyboard and applies.
    proposed.setFocus()
    qtbot.keyClick(proposed, Qt.Key.Key_Down)  # the next ground in the list: on-site verification
    assert proposed.currentData() == "on_site_verification"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    reasons = {row.code: row.reason for row in window.model._rows.values()}
    assert reasons == {"1.000001": "Cơ quan nhà nước phải đi thẩm tra, xác minh tại hiện trường theo quy định "
                                   "của pháp luật",
                       "1.000002": "Các vấn đề kỹ thuật khác chưa thể xử lý được"}
    assert "bổ sung mô tả" in window.statusBar().currentMessage()
    window.act_reclassify.trigger()  # nothing left to reclassify
    idle(qtbot, window)
    assert "Không có phân loại nào" in window.statusBar().currentMessage()


def test_the_editor_asks_a_technical_ground_for_its_description_and_fix_date(qtbot, tmp_path, data_dir, reporter):
    from tests.gui.conftest import type_text
    from tests.gui.test_department_window import select_code

    from dvc_desktop.gui.forms import select_choice

    with open_context(data_dir) as context:
        saved_in_june(set_up_department(tmp_path, context), {"1.000002": "fees_offline"})
    _, window = open_window(qtbot, data_dir, reporter)
    idle(qtbot, window)
    editor = window.editor
    # A Decree 42 answer shows its reason in its own words, flagged for reclassification.
    select_code(qtbot, window, "1.000002")
    assert "Chưa thanh toán trực tuyến được phí, lệ phí" in editor.reason_combo.currentText()
    assert "cần phân loại lại" in editor.reason_combo.currentText()
    assert "Nghị định 42/2022" in editor.rule_set_label.text()
    # Another procedure: một phần on a technical ground.
    row_id = select_code(qtbot, window, "1.000001")
    for key, answer in {"info_online": True, "submitted_online": True, "processed_online": False,
                        "fees_online": True, "result_online": True}.items():
        select_choice(editor.checks[key], answer)
    select_choice(editor.form_combo, "mot_phan")
    editor.reason_combo.setFocus()
    select_choice(editor.reason_combo, "technical_fault")
    assert editor.technical_edit.isEnabled() and not editor.provision_edit.isEnabled()
    qtbot.waitUntil(lambda: "mô tả vấn đề kỹ thuật" in editor.error_text("technical_description"), timeout=5000)
    assert "ngày dự kiến khắc phục" in editor.error_text("expected_fix_on")
    assert "pháp luật chuyên ngành" not in editor.error_text("legal_provision")
    editor.technical_edit.setFocus()
    type_text(qtbot, editor.technical_edit, "Chưa có biểu mẫu điện tử")
    qtbot.mouseClick(editor.fix_check, Qt.MouseButton.LeftButton)  # the fix date offered is 90 days ahead
    qtbot.keyClick(editor.technical_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.model.row(row_id).form == "mot_phan", timeout=5000)
    assert window.model.row(row_id).reason == "Sự cố kỹ thuật chưa thể khắc phục ngay"
    # The reason is published on the national portal: date and link.
    qtbot.mouseClick(editor.portal_check, Qt.MouseButton.LeftButton)
    editor.portal_link_edit.setFocus()
    type_text(qtbot, editor.portal_link_edit, "https://dichvucong.gov.vn/p/1")
    qtbot.keyClick(editor.portal_link_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor._detail.classification.portal_link == "https://dichvucong.gov.vn/p/1",
                    timeout=5000)
    saved = editor._detail.classification
    assert saved.technical_description == "Chưa có biểu mẫu điện tử" and saved.expected_fix_on is not None
    assert saved.portal_published_on is not None
    assert "Nghị định 224/2026" in editor.rule_set_label.text()
    window.editor.form.grab().save(str(tmp_path / "editor-art14.png"))
    if os.environ.get("DVC_SCREENSHOTS"):  # docs/images/editor-art14.png, made on request
        window.grab().save(os.environ["DVC_SCREENSHOTS"] + "/editor-art14.png")
