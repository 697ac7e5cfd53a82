"""Qt's own dialogs speak Vietnamese: PySide6 ships no Vietnamese for qtbase, so the project carries
the texts of the dialogs it shows (resources/translations/qt_vi.ts): the file dialog (where the
platform has no native one), the print preview, the print and page-setup dialogs."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.resources import resource_path
from tests.gui.test_province_first_round import save_image
from tests.windows import shown_print_preview


def test_every_qt_text_carried_has_its_vietnamese() -> None:
    root = ET.parse(resource_path("translations", "qt_vi.ts")).getroot()
    messages = [(c.findtext("name"), m.findtext("source"), m.findtext("translation"))
                for c in root.iter("context") for m in c.iter("message")]
    assert len(messages) > 150
    assert all(translation for _context, _source, translation in messages)
    assert {"QFileDialog", "QPrintPreviewDialog", "QPrintDialog", "QPageSetupWidget"} <= {c for c, _s, _t in messages}


@pytest.fixture()
def vietnamese_qt():
    """The translators the application's start installs for Vietnamese (dvc_desktop.gui.app.main)."""
    from dvc_desktop.gui import translation

    application = QtWidgets.QApplication.instance()
    before = set(application.findChildren(QtCore.QTranslator))
    translation.install(application, "vi")
    yield
    for translator in set(application.findChildren(QtCore.QTranslator)) - before:
        application.removeTranslator(translator)
        translator.deleteLater()


def test_the_file_dialog_and_the_print_preview_are_in_vietnamese(qtbot, open_app, vietnamese_qt):
    window = open_app()
    dialog = QtWidgets.QFileDialog(window, "Nhập gói")
    dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on a bare Linux desktop
    dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {label.text() for label in dialog.findChildren(QtWidgets.QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= shown
    buttons = dialog.findChild(QtWidgets.QDialogButtonBox)
    assert {b.text() for b in buttons.buttons()} == {"&Lưu", "Hủy"}
    tips = {b.toolTip() for b in dialog.findChildren(QtWidgets.QToolButton)}
    assert {"Lùi", "Tiến", "Thư mục cha", "Tạo thư mục mới", "Dạng danh sách", "Dạng chi tiết"} == tips
    dialog.resize(760, 460)
    save_image(dialog, "file-dialog-vi.png")
    dialog.reject()

    window.act_report.trigger()
    qtbot.waitUntil(lambda: shown_print_preview() is not None, timeout=20_000)
    preview = shown_print_preview()
    assert preview.windowTitle() == "Xem trước báo cáo"  # our own title; its toolbar is Qt's
    actions = {action.text() for action in preview.findChildren(QtWidgets.QWidget) for action in action.actions()}
    assert {"Trang sau", "Trang trước", "Phóng to", "Thu nhỏ", "In", "Thiết lập trang"} <= actions
    save_image(preview, "print-preview-vi.png")
    preview.reject()
