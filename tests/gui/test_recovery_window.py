"""The window makes the daily backup on its own, a damaged store is offered its newest backup, and another
computer's lock is taken over on the user's word."""

from __future__ import annotations

import sqlite3

from dvc_desktop.cli import main
from dvc_desktop.gui.qt import Qt, QtWidgets
from dvc_desktop.store.files import DB_FILE_NAME
from tests.gui.conftest import dialog_named, idle
from tests.store.test_damage_and_restore import overwrite_a_page, unit  # noqa: F401  (the fixture)


def test_the_window_backs_up_once_a_day_and_says_where(qtbot, open_app, unit, monkeypatch):
    from dvc_desktop.gui.app import Application

    monkeypatch.setattr(Application, "AUTOMATIC_BACKUP_AFTER_MS", 0)  # a minute and a half after opening
    window = open_app(demo=False)
    qtbot.waitUntil(lambda: bool(list((unit / "backups").glob("tu-dong-*.sqlite"))), timeout=10_000)
    qtbot.waitUntil(lambda: "tự động sao lưu" in window.statusBar().currentMessage(), timeout=10_000)


def test_a_damaged_store_is_restored_from_the_window(qtbot, open_app, unit, tmp_path):
    assert main(["backup", str(tmp_path / "sao-luu.sqlite")]) == 0
    overwrite_a_page(unit / DB_FILE_NAME)
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("fatalBox") is not None, timeout=10_000)
    box = dialog_named("fatalBox")
    assert "bị hỏng" in box.text() and "sao-luu.sqlite" in box.text()
    button = box.findChild(QtWidgets.QPushButton, "restoreButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_named("restoredBox") is not None or dialog_named("fatalBox") not in (None, box), timeout=10_000)
    assert dialog_named("restoredBox") is not None, dialog_named("fatalBox").text()
    assert "Đã khôi phục" in dialog_named("restoredBox").text() and application.exit_code == 0
    assert any("truoc-khoi-phuc" in p.name for p in unit.iterdir())
    restored = dialog_named("restoredBox")
    restored.finished.disconnect()  # it would end the test's event loop, as it ends the application
    restored.close()
    application.window.close()
    application.shutdown()

    window = open_app(demo=False)  # opened again, on the restored store
    assert window.windowTitle() == "DVC Desktop — Sở Tư pháp"


def test_another_computers_lock_is_taken_over_after_a_confirmation(qtbot, open_app, unit):
    from tests.store.test_lock_and_network import left_by_another_computer

    left_by_another_computer(unit)
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("fatalBox") is not None, timeout=10_000)
    box = dialog_named("fatalBox")
    assert "MAY-KE-TOAN" in box.text()
    qtbot.mouseClick(box.findChild(QtWidgets.QPushButton, "takeOverButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_named("takeOverQuestion") is not None, timeout=5_000)
    question = dialog_named("takeOverQuestion")
    assert question.defaultButton() is question.button(QtWidgets.QMessageBox.StandardButton.No)
    qtbot.mouseClick(question.button(QtWidgets.QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    assert ready[0].windowTitle() == "DVC Desktop — Sở Tư pháp" and application.exit_code == 0
    idle(qtbot, ready[0])
    with sqlite3.connect(unit / DB_FILE_NAME) as connection:
        assert connection.execute("SELECT count(*) FROM audit_log WHERE action = 'store.lock.take_over'"
                                  ).fetchone() == (1,)
