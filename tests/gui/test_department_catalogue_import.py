"""The clerk imports a catalogue from Excel in the window: a preview first (what joins the unit's list,
every refused row with its reason, the province's records kept), then Áp dụng or Hủy."""

from __future__ import annotations

from dvc_desktop.gui import excel_import_preview
from dvc_desktop.gui.qt import Qt, QtWidgets
from tests.gui.conftest import activate, dialog_named
from tests.package.conftest import offices  # noqa: F401 (fixture)
from tests.package.test_department_catalogue_import import OWN_CODE, _listed, _reference, _workbook
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


def _buttons(preview: QtWidgets.QDialog) -> QtWidgets.QDialogButtonBox:
    return preview.findChild(QtWidgets.QDialogButtonBox)


def test_the_preview_lists_every_refused_row_and_applies_into_the_units_list(qtbot, offices, reporter, monkeypatch):
    (first, first_name, first_levels), = _reference(offices.unit, 1)
    path = _workbook(offices.tmp / "danh-muc.xlsx", [
        [1, first, "Tên do cán bộ sửa", "", "Cấp xã"],
        [2, OWN_CODE, "Thủ tục riêng của Sở", "Tư pháp", "Cấp tỉnh"],
        [3, "xyz", "Dòng có mã sai", "", "Cấp tỉnh"],
        [4, "1.0001", "Mã thiếu số", "", "Cấp tỉnh"],
    ])
    monkeypatch.setattr(excel_import_preview, "ask_open_path", lambda *args: path)  # the file dialog's answer
    application, window = open_window(qtbot, offices.unit, reporter)

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("excelImportPreview") is not None, timeout=10_000)
    preview = dialog_named("excelImportPreview")
    summary = preview.findChild(QtWidgets.QLabel, "summaryLabel").text()
    assert "Sẽ thêm 2" in summary and "2 dòng bị từ chối" in summary
    assert "Dữ liệu tham chiếu do tỉnh gửi không bị thay đổi" in summary
    changes = preview.findChild(QtWidgets.QTableWidget, "changes")
    shown = {changes.item(r, 0).text(): changes.item(r, 1).text() for r in range(changes.rowCount())}
    assert shown[OWN_CODE] == "Thêm vào danh sách của đơn vị"
    assert "giữ dữ liệu tham chiếu của tỉnh" in shown[first]
    rejected = preview.findChild(QtWidgets.QTableWidget, "rejected")
    assert [rejected.item(r, 0).text() for r in range(rejected.rowCount())] == ["4", "5"]
    assert "xyz" in rejected.item(0, 1).text() and "1.0001" in rejected.item(1, 1).text()

    qtbot.mouseClick(_buttons(preview).button(QtWidgets.QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "không có gì thay đổi" in window.statusBar().currentMessage(), timeout=5000)
    assert _listed(offices.unit) == {}

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("excelImportPreview") is not None, timeout=10_000)
    preview = dialog_named("excelImportPreview")
    qtbot.mouseClick(_buttons(preview).button(QtWidgets.QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: dialog_named("excelImportDone") is not None, timeout=10_000)
    done = dialog_named("excelImportDone")
    assert "thêm 2" in done.text() and "từ chối 2 dòng" in done.text()
    assert "Dòng 4:" in done.detailedText() and "Dòng 5:" in done.detailedText()
    done.button(QtWidgets.QMessageBox.StandardButton.Close).click()
    assert _listed(offices.unit) == {first: "reference", OWN_CODE: "local"}
    assert _reference(offices.unit, 1)[0] == (first, first_name, first_levels)
