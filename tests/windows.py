"""Starting real application windows in tests, and shutting every one down afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from dvc_desktop.gui.app import Application
from dvc_desktop.gui.qt import QtWidgets

started: list[Application] = []


@pytest.fixture(autouse=True)
def shut_down_every_application():
    """A failing test must not leave a worker thread running (Qt aborts when it is destroyed).
    Import this fixture into a test module to have it there."""
    yield
    while started:
        application = started.pop()
        application.window.close()
        application.shutdown()


def start_application(data_dir: Path, reporter, demo: bool | str = False):  # type: ignore[no-untyped-def]
    """The application, started; returns it and the list its window will be put in when ready."""
    ready: list[QtWidgets.QMainWindow] = []
    application = Application(data_dir, reporter, demo=demo, on_ready=ready.append)
    started.append(application)
    application.start()
    return application, ready


def open_window(qtbot, data_dir: Path, reporter, demo: bool | str = False):  # type: ignore[no-untyped-def]
    """(application, window) once the window shows its data's first state."""
    application, ready = start_application(data_dir, reporter, demo)
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    qtbot.addWidget(ready[0])
    return application, ready[0]


def shown_print_preview():  # type: ignore[no-untyped-def]
    """The print preview dialog on screen, or None."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    return next((w for w in QtWidgets.QApplication.topLevelWidgets()
                 if isinstance(w, QPrintPreviewDialog) and w.isVisible()), None)
