"""The window the user sees while the store opens: the application's frame and a line saying what
is happening, painted before the store, the forms or the role's workspace are loaded.

The first frame is the empty window; the line follows in the next one (`show_message`), because
the first widget laid out inside it loads the font database (about 40 ms here), which the window's
appearing on screen need not wait for.

`gui/app.py` replaces it with the role's window (department or province) at the same place and
size once the store says which role it is; the first-run wizard opens over it. It imports nothing
but Qt, so the first paint waits for nothing it does not draw (bench/startup.py).
"""

from __future__ import annotations

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.i18n import translate


class StartupWindow(QtWidgets.QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startupWindow")
        self.setWindowTitle("DVC Desktop")
        self.resize(1280, 800)
        # No central widget yet: laying out even an empty one loads the font database (~40 ms here).
        self.message: QtWidgets.QLabel | None = None

    def show_message(self) -> None:
        if self.message is not None:
            return
        body = QtWidgets.QWidget(self)
        self.message = plain(QtWidgets.QLabel(translate("app", "Đang mở dữ liệu…"), body))
        self.message.setObjectName("startupMessage")
        self.message.setEnabled(False)  # drawn in the style's muted colour: nothing to click yet
        self.message.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        QtWidgets.QVBoxLayout(body).addWidget(self.message)
        self.setCentralWidget(body)

    def hand_over_to(self, window: QtWidgets.QMainWindow) -> None:
        """Show `window` where this one is (same screen, size, maximised or not), then close this."""
        if self.isMaximized() or self.isFullScreen():
            window.setWindowState(self.windowState())
        else:
            window.setGeometry(self.geometry())
        window.show()
        self.close()
        self.deleteLater()
