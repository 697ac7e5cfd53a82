"""The province window on a server: its settings page (the URL, "Thử kết nối", the staff name), and
the connection lost under a decision (said, nothing written, «Thử lại» once it is back)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dvc_desktop import local_settings
from dvc_desktop.gui.qt import QtCore, QtWidgets
from tests.conftest import demo_province
from tests.gui.conftest import dialog_named, reporter, type_text  # noqa: F401 - the fixture
from tests.server.conftest import own_server  # noqa: F401 - the fixture
from tests.server.reviewing import decide, shown_box
from tests.windows import open_window, shut_down_every_application  # noqa: F401 - the fixture

DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


def test_the_settings_page_tests_the_connection_and_keeps_no_password(qtbot, data_dir, reporter, postgres):
    demo_province(data_dir)
    _application, window = open_window(qtbot, data_dir, reporter)
    window.act_server.trigger()
    qtbot.waitUntil(lambda: dialog_named("ServerSettingsDialog") is not None, timeout=5_000)
    dialog = dialog_named("ServerSettingsDialog")
    url = dialog.findChild(QtWidgets.QLineEdit, "serverUrl")
    staff = dialog.findChild(QtWidgets.QLineEdit, "staffName")
    result = dialog.findChild(QtWidgets.QLabel, "connectionResult")
    save = dialog.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Save)

    url.setFocus()
    qtbot.keyClicks(url, "postgresql+psycopg://dvc:bimat@may-chu/dvc")
    qtbot.mouseClick(save, QtCore.Qt.MouseButton.LeftButton)
    assert "mật khẩu" in result.text() and dialog.isVisible()  # refused, nothing saved
    assert local_settings.saved_database_url(data_dir) is None

    empty = postgres.fresh()
    url.clear()
    qtbot.keyClicks(url, empty)
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "testConnection"), QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "còn trống" in result.text(), timeout=15_000)
    staff.setFocus()
    type_text(qtbot, staff, "Lê Thị Hoa")
    if os.environ.get("DVC_SCREENSHOTS"):  # docs/images/may-chu-cai-dat.png, made on request
        dialog.grab().save(str(DOCS_IMAGES / "may-chu-cai-dat.png"))
    qtbot.mouseClick(save, QtCore.Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = json.loads((data_dir / "local.json").read_text(encoding="utf-8"))
    assert saved == {"database_url": empty, "staff_name": "Lê Thị Hoa"}
    message = window.statusBar().currentMessage()
    assert "Lê Thị Hoa" in message and "Mở lại ứng dụng" in message
    postgres.drop(empty)


@pytest.mark.parametrize("store_engine", ["sqlite"], indirect=True)
def test_the_connection_lost_under_a_decision_is_said_and_retried(qtbot, data_dir, reporter, own_server):
    from dvc_desktop.cli import main

    demo_province(data_dir)
    assert main(["--data-dir", str(data_dir), "migrate-store", "--to", own_server.url_of("postgres"), "--use"]) == 0
    _application, window = open_window(qtbot, data_dir, reporter)
    panel = window.review
    window.tabs.setCurrentWidget(panel)
    row_id = next(r.id for r in panel.model._rows.values() if r.form and not r.review_status)
    own_server.stop("immediate")  # the network to the server goes
    window.others_changes.look()  # the window's background look meets it too, silently
    decide(qtbot, panel, row_id, "accepted")
    qtbot.waitUntil(lambda: shown_box("serverRetryBox") is not None, timeout=30_000)
    box = shown_box("serverRetryBox")
    assert "Mất kết nối tới máy chủ" in box.text() and "không có gì ghi dở" in box.text()
    assert panel.model.row(row_id).review_status == ""
    assert "Mất kết nối" in panel.detail.toPlainText()  # the row's detail said so in its place
    own_server.start_again()
    qtbot.mouseClick(box.button(QtWidgets.QMessageBox.StandardButton.Retry), QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.row(row_id).review_status == "accepted", timeout=15_000)
    assert shown_box("serverRetryBox") is None  # one box, for the one thing the user did
