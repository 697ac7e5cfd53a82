"""Trợ giúp in both windows: the Vietnamese user guide shipped with the program (F1), the window's own
shortcuts, and Giới thiệu with the version, the licence, the data folder and the log folder."""

from __future__ import annotations

from dvc_desktop import __version__
from dvc_desktop.gui.help_menu import user_guide_file
from dvc_desktop.gui.qt import QAction, Qt, QtWidgets
from tests.conftest import demo_province
from tests.gui.conftest import dialog_named
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


def test_the_user_guide_is_vietnamese_first_and_read_in_the_window(qtbot, open_app):
    assert user_guide_file().name == "huong-dan-su-dung.md"
    window = open_app()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: dialog_named("userGuide") is not None, timeout=5000)
    text = dialog_named("userGuide").findChild(QtWidgets.QTextBrowser, "guideText").toPlainText()
    assert "Hướng dẫn sử dụng DVC Desktop" in text and "Gửi gói cho tỉnh" in text
    dialog_named("userGuide").reject()


def test_shortcuts_list_what_the_window_has(qtbot, open_app):
    window = open_app()
    next(a for a in window.findChildren(QAction) if a.objectName() == "actShortcuts").trigger()
    qtbot.waitUntil(lambda: dialog_named("shortcuts") is not None, timeout=5000)
    table = dialog_named("shortcuts").findChild(QtWidgets.QTableWidget, "shortcutsTable")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert "Ctrl+K" in rows and "Ctrl+Shift+E" in rows and "F1" in rows
    assert all("&" not in what for what in rows.values())
    dialog_named("shortcuts").reject()


def test_about_names_version_licence_and_folders_in_the_province_window(qtbot, tmp_path, reporter):
    from dvc_desktop.paths import log_dir

    data = demo_province(tmp_path / "tinh")
    application, window = open_window(qtbot, data, reporter)
    help_menu = window.menuBar().findChild(QtWidgets.QMenu, "helpMenu")
    assert help_menu is not None and help_menu.title().replace("&", "") == "Trợ giúp"
    next(a for a in help_menu.actions() if a.objectName() == "actAbout").trigger()
    qtbot.waitUntil(lambda: dialog_named("aboutBox") is not None, timeout=5000)
    text = dialog_named("aboutBox").text()
    assert __version__ in text and "MIT" in text and str(data) in text and str(log_dir()) in text
    dialog_named("aboutBox").close()


def test_the_vietnamese_guide_shows_what_the_english_one_shows():
    """Vietnamese first: every screenshot of the English guide is in the Vietnamese one, and every
    picture either names is in docs/images."""
    import re

    from dvc_desktop.resources import docs_path

    def images(name: str) -> set[str]:
        return set(re.findall(r"\]\((images/[^)]+\.png)\)", docs_path(name).read_text(encoding="utf-8")))

    english, vietnamese = images("user-guide.md"), images("huong-dan-su-dung.md")
    assert english <= vietnamese, english - vietnamese
    assert all(docs_path(image).is_file() for image in english | vietnamese)
