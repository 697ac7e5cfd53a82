"""The Trợ giúp menu of both windows: the user guide shipped with the program (read here, without a
browser or the Internet), the keyboard shortcuts of the window it is in, and Giới thiệu (version,
licence, where the data and the logs are)."""

from __future__ import annotations

from pathlib import Path

from dvc_desktop import __version__
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QAction, QKeySequence, QtCore, QtWidgets
from dvc_desktop.i18n import translate


def _t(text: str, **params: object) -> str:
    return translate("help", text, **params)


def add_help_menu(window: QtWidgets.QMainWindow) -> QtWidgets.QMenu:
    menu = window.menuBar().addMenu(_t("Trợ giú&p"))
    menu.setObjectName("helpMenu")
    guide = QAction(_t("&Hướng dẫn sử dụng"), window)
    guide.setObjectName("actUserGuide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: show_user_guide(window))
    keys = QAction(_t("&Phím tắt"), window)
    keys.setObjectName("actShortcuts")
    keys.triggered.connect(lambda: show_shortcuts(window))
    about = QAction(_t("&Giới thiệu DVC Desktop"), window)
    about.setObjectName("actAbout")
    about.triggered.connect(lambda: show_about(window))
    for action in (guide, keys, about):
        menu.addAction(action)
        window.addAction(action)
    return menu


def user_guide_file() -> Path:
    from dvc_desktop.resources import docs_path

    return docs_path("huong-dan-su-dung.md")


def show_user_guide(window: QtWidgets.QWidget) -> QtWidgets.QDialog:
    dialog = QtWidgets.QDialog(window)
    dialog.setObjectName("userGuide")
    dialog.setWindowTitle(_t("Hướng dẫn sử dụng DVC Desktop"))
    dialog.resize(900, 700)
    layout = QtWidgets.QVBoxLayout(dialog)
    browser = QtWidgets.QTextBrowser(dialog)
    browser.setObjectName("guideText")
    browser.setOpenExternalLinks(True)
    source = user_guide_file()
    browser.setSearchPaths([str(source.parent)])  # its screenshots, in docs/images
    browser.setMarkdown(source.read_text(encoding="utf-8"))
    layout.addWidget(browser)
    close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    dialog.open()
    return dialog


def shortcuts_of(window: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) of every action of `window` with a shortcut, as the window has them now."""
    found = []
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text():
            found.append((action.text().replace("&", "").rstrip("…").strip(), keys))
    return sorted(set(found), key=lambda item: item[0].casefold())


def show_shortcuts(window: QtWidgets.QWidget) -> QtWidgets.QDialog:
    dialog = QtWidgets.QDialog(window)
    dialog.setObjectName("shortcuts")
    dialog.setWindowTitle(_t("Phím tắt"))
    layout = QtWidgets.QVBoxLayout(dialog)
    rows = shortcuts_of(window)
    table = QtWidgets.QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels([_t("Việc"), _t("Phím")])
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for row, (text, keys) in enumerate(rows):
        table.setItem(row, 0, QtWidgets.QTableWidgetItem(text))
        table.setItem(row, 1, QtWidgets.QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(table)
    close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    dialog.resize(520, 520)
    dialog.open()
    return dialog


def show_about(window: QtWidgets.QWidget) -> QtWidgets.QMessageBox:
    from dvc_desktop.paths import log_dir

    data_dir = getattr(window, "data_dir", None)
    box = plain(QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information, _t("Giới thiệu DVC Desktop"),
        _t("DVC Desktop {version}\nRà soát, phân loại và công bố danh mục dịch vụ công trực tuyến toàn trình, "
           "một phần (Nghị định 42/2022/NĐ-CP, Nghị định 224/2026/NĐ-CP).\nGiấy phép: MIT.\n\n"
           "Thư mục dữ liệu: {data}\nThư mục nhật ký: {logs}\nQt {qt}",
           version=__version__, data=data_dir or "—", logs=log_dir(), qt=QtCore.qVersion()),
        QtWidgets.QMessageBox.StandardButton.Close, window))
    box.setObjectName("aboutBox")
    box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
