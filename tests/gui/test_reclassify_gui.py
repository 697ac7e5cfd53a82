"""Issue 13 in the department's window: the clerk confirms the Decree 224 ground of each Decree 42 answer."""

from __future__ import annotations

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
