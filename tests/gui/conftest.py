"""Drive the real window: a demo store per test, the worker thread, real dialogs."""

from __future__ import annotations

import pytest

from dvc_desktop.gui.app import Application
from dvc_desktop.gui.errors import ErrorReporter
from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.i18n import install_translator


@pytest.fixture(autouse=True)
def _vietnamese():
    yield
    install_translator(None)


@pytest.fixture()
def reporter():
    return ErrorReporter(None)


@pytest.fixture()
def open_app(qtbot, data_dir, reporter):
    """open_app(demo=True) → the window once its rows are shown."""
    started: list[Application] = []

    def start(demo: bool = True, wait: bool = True):
        ready: list[QtWidgets.QMainWindow] = []
        application = Application(data_dir, reporter, demo=demo, on_ready=ready.append)
        started.append(application)
        application.start()
        if not wait:
            return application, ready
        qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
        window = ready[0]
        qtbot.addWidget(window)
        return window

    yield start
    for application in started:
        application.window.close()
        application.shutdown()
    for box in QtWidgets.QApplication.topLevelWidgets():  # what a test left open must not answer for the next
        if isinstance(box, QtWidgets.QMessageBox) and box.isVisible():
            box.blockSignals(True)  # its answer (quit the application) belongs to the test that is over
            box.close()


def idle(qtbot, window) -> None:
    """Wait until the worker has answered everything queued so far."""
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10_000)


def dialog_named(name: str):
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def type_text(qtbot, widget, text: str) -> None:
    """Type like a clerk: QTest's keyClicks only knows ASCII, so other letters go in as key events
    carrying their text, which is what an input method such as Unikey delivers."""
    from dvc_desktop.gui.qt import QtCore, QtGui

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, 0, QtCore.Qt.KeyboardModifier.NoModifier, ch)
            QtWidgets.QApplication.sendEvent(widget, event)


def activate(qtbot, window) -> None:
    """After a dialog closes, a window manager gives focus back to the window; offscreen has none."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def past_open_items(qtbot) -> str:
    """Ctrl+P at the province: when work stands open, the list comes first; go on to the publication
    dialog as the officer does. Returns what the list said ("" when nothing stood open)."""
    qtbot.waitUntil(lambda: dialog_named("publishOpenItems") is not None or dialog_named("publishDialog") is not None,
                    timeout=5000)
    box = dialog_named("publishOpenItems")
    if box is None:
        return ""
    said = box.text()
    next(b for b in box.buttons() if b.text().replace("&", "") == "Tiếp tục công bố…").click()
    return said
