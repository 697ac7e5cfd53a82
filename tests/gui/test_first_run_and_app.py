"""First run, the province role, a second session, error reporting."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import shiboken6

from dvc_desktop.gui.app import Application
from dvc_desktop.gui.qt import Qt, QtWidgets
from dvc_desktop.package.keys import public_info, unlock
from tests.gui.conftest import dialog_named, type_text
from tests.windows import shut_down_every_application  # noqa: F401 (fixture)


def test_first_run_wizard_sets_up_the_unit_and_its_key(qtbot, open_app, data_dir):
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    assert wizard.findChild(QtWidgets.QRadioButton, "departmentRadio").isChecked()
    wizard.next()
    tree = wizard.findChild(QtWidgets.QTreeWidget, "unitTree")
    item = tree.findItems("Sở Y tế", Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    tree.setCurrentItem(item)
    assert wizard.findChild(QtWidgets.QLineEdit, "unitCodeEdit").text() == "000.00.21.H59"
    assert wizard.findChild(QtWidgets.QLineEdit, "provinceCodeEdit").text() == "H59"
    wizard.next()
    passphrase = wizard.findChild(QtWidgets.QLineEdit, "passphraseEdit")
    repeat = wizard.findChild(QtWidgets.QLineEdit, "repeatEdit")
    type_text(qtbot, passphrase, "mật khẩu dài")
    type_text(qtbot, repeat, "mật khẩu khác")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    error = wizard.findChild(QtWidgets.QLabel, "keyError")
    assert error.isVisible() and "không khớp" in error.text()
    repeat.clear()
    type_text(qtbot, repeat, "mật khẩu dài")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    window = ready[0]
    assert window.windowTitle() == "DVC Desktop — Sở Y tế"
    info = public_info(data_dir / "keys")
    assert info is not None and len(info.fingerprint.split()) == 10
    unlock(data_dir / "keys", "mật khẩu dài")  # the key opens with the passphrase given twice


def test_unit_page_refuses_bad_codes_inline(qtbot, open_app):
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    wizard.next()
    type_text(qtbot, wizard.findChild(QtWidgets.QLineEdit, "provinceCodeEdit"), "H99")
    type_text(qtbot, wizard.findChild(QtWidgets.QLineEdit, "unitCodeEdit"), "sở tư pháp")
    wizard.next()
    error = wizard.findChild(QtWidgets.QLabel, "unitError")
    assert wizard.currentId() == 1
    assert "H99" in error.text() and "sở tư pháp" in error.text() and "Tên đơn vị" in error.text()


def test_province_role_opens_the_units_window(qtbot, open_app, data_dir):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.setup import initialise

    with open_context(data_dir) as context:
        initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà")
    window = open_app(demo=True)
    table = window.findChild(QtWidgets.QTableWidget, "unitsTable")
    assert table.rowCount() == 20
    # The demo province's deadline has passed: units that sent nothing are late, the others delivered.
    states = {table.item(r, 3).text() for r in range(20)}
    assert "Trễ hạn" in states and "Chưa nộp" not in states
    assert states <= {"Trễ hạn", "Đúng hạn", "Có thay đổi chưa xem xét", "Có câu trả lời bị trả lại",
                      "Còn thủ tục chưa phân loại"}


HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from dvc_desktop.store.database import Database
    database = Database(Path(sys.argv[1])).open()  # kept: the lock lives as long as this object
    print("locked", flush=True)
    time.sleep(60)
""")


def test_a_second_session_gets_a_clear_message(qtbot, open_app, data_dir):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        application, _ready = open_app(demo=False, wait=False)
        qtbot.waitUntil(lambda: dialog_named("fatalBox") is not None, timeout=10_000)
        assert "đang được một phiên DVC Desktop khác sử dụng" in dialog_named("fatalBox").text()
        assert application.exit_code == 1
    finally:
        holder.kill()
        holder.wait()


def test_unexpected_errors_are_logged_and_shown_once(qtbot, reporter, tmp_path, caplog):
    try:
        raise ZeroDivisionError("chia cho 0")
    except ZeroDivisionError as error:
        caught = error
    for _ in range(2):
        reporter.report(caught)
    boxes = [w for w in QtWidgets.QApplication.topLevelWidgets()
             if w.objectName() == "errorBox" and w.isVisible() and "chia cho 0" in w.text()]
    assert len(boxes) == 1
    assert "chia cho 0" in boxes[0].text() and "ZeroDivisionError" in boxes[0].detailedText()
    assert any("unexpected error" in r.message for r in caplog.records)
    for box in boxes:
        box.close()


def test_the_same_refusal_is_said_again_once_its_box_is_closed(qtbot, reporter):
    """A second wrong passphrase is said as the first was (it used to show nothing at all)."""
    from dvc_desktop.services.errors import InvalidRequest

    def shown() -> list[QtWidgets.QMessageBox]:
        return [w for w in QtWidgets.QApplication.topLevelWidgets()
                if w.objectName() == "errorBox" and w.isVisible() and "Sai mật khẩu" in w.text()]

    reporter.report(InvalidRequest("Sai mật khẩu khóa ký."))
    reporter.report(InvalidRequest("Sai mật khẩu khóa ký."))  # still on screen: not a second box
    assert len(shown()) == 1
    qtbot.mouseClick(shown()[0].button(QtWidgets.QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown(), timeout=5000)
    reporter.report(InvalidRequest("Sai mật khẩu khóa ký."))  # the user tries again, wrong again
    assert len(shown()) == 1
    shown()[0].close()


def test_excepthook_reports_errors_raised_in_slots(qtbot, reporter, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter.install()
    sys.excepthook(RuntimeError, RuntimeError("hỏng"), None)
    assert "hỏng" in reporter.last_message


def test_demo_province_opens_the_province_window(qtbot, open_app):
    from dvc_desktop.gui.province_window import ProvinceWindow

    window = open_app(demo="province")
    assert isinstance(window, ProvinceWindow)
    qtbot.waitUntil(lambda: window.view is not None, timeout=20_000)
    assert window.view.report.role == "province" and window.dashboard.table.rowCount() == 20


def test_the_startup_window_paints_first_then_hands_over_in_place(qtbot, open_app):
    from dvc_desktop.gui.main_window import MainWindow
    from dvc_desktop.gui.startup_window import StartupWindow

    application, ready = open_app(demo=True, wait=False)
    startup = application.window
    assert isinstance(startup, StartupWindow) and startup.isVisible()
    assert startup.centralWidget() is None  # the first frame lays out nothing (no font loading yet)
    assert startup.isMaximized()  # the first time: maximised
    startup.showNormal()
    startup.setGeometry(120, 90, 1100, 700)  # where the user has it
    where = startup.geometry()
    qtbot.waitUntil(lambda: startup.message is not None, timeout=5000)  # the next frame says why
    assert startup.message.text() == "Đang mở dữ liệu…"
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    window = ready[0]
    assert isinstance(window, MainWindow) and application.window is window and window.isVisible()
    assert window.geometry() == where
    qtbot.waitUntil(lambda: not shiboken6.isValid(startup), timeout=5000)  # closed and deleted
    assert window.model.rowCount() > 0


def test_a_departments_second_start_shows_its_rows_before_the_store_opens_then_works_as_usual(
        qtbot, data_dir, reporter):
    from dvc_desktop.gui.main_window import MainWindow
    from dvc_desktop.services.context import open_context
    from dvc_desktop.demo.build import load_demo
    from dvc_desktop.store.lock import StoreLock, StoreLockedError

    with open_context(data_dir) as context:
        load_demo(context)
    opened_at_ready: list[object] = []
    ready: list[MainWindow] = []

    def on_ready(window: MainWindow) -> None:
        opened_at_ready.append(application.runner._worker.context)
        ready.append(window)

    application = Application(data_dir, reporter, on_ready=on_ready)
    try:
        application.start()
        qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
        window = ready[0]
        qtbot.addWidget(window)
        assert window.model.rowCount() == 300 and window.windowTitle() == "DVC Desktop — Sở Tư pháp"
        assert opened_at_ready == [None]  # the rows came from the first look, before the worker opened the store
        with pytest.raises(StoreLockedError):  # held all along: first by the first look, then by the worker
            StoreLock(data_dir).acquire()
        qtbot.waitUntil(lambda: application.runner.pending == 0, timeout=20_000)
        assert application.runner._worker.context is not None
        assert window.editor.current_id == window.current_id()  # what was asked meanwhile was answered

        complete = next(r for r in window.model.all_rows() if r.form and not r.attention and r.status == "draft")
        window._select_id(complete.id)
        qtbot.waitUntil(lambda: window.editor.current_id == complete.id, timeout=5000)
        window.table.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # mark ready: saved
        qtbot.waitUntil(lambda: window.model.row(complete.id).status == "ready", timeout=5000)
    finally:
        application.window.close()
        application.shutdown()
    lock = StoreLock(data_dir)
    lock.acquire()  # closing let go of it
    lock.release()
    with open_context(data_dir) as context:
        from dvc_desktop.services.workspace import load_rows

        assert next(r for r in load_rows(context) if r.id == complete.id).status == "ready"


def test_the_province_demo_is_built_behind_a_progress_dialog_that_cancels(qtbot, data_dir, reporter):
    """`scripts/run --demo-province` takes 25–30 s: the window says so, counts the steps, and Hủy closes it."""
    from tests.windows import start_application

    application, ready = start_application(data_dir, reporter, demo="province")
    qtbot.waitUntil(lambda: dialog_named("progressDialog") is not None, timeout=15_000)
    progress = dialog_named("progressDialog")
    assert progress.labelText() == "Đang tạo dữ liệu mẫu…"
    qtbot.waitUntil(lambda: progress.maximum() > 5 and progress.value() >= 1, timeout=30_000)  # steps counted
    qtbot.mouseClick(progress.findChild(QtWidgets.QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not application.window.isVisible(), timeout=30_000)
    assert not ready and application.exit_code == 0
