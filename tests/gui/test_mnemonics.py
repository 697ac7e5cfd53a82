"""Alt+letter reaches one thing per window, in Vietnamese and in English: menus, tabs, buttons and the
labels of fields (Alt+H, Alt+C, Alt+B and Alt+R each reached two things before)."""

from __future__ import annotations

import re

import pytest

from dvc_desktop.gui.qt import QAction, QtWidgets
from tests.conftest import demo_province
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


def clashes(window: QtWidgets.QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for widget in window.findChildren(QtWidgets.QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QtWidgets.QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QtWidgets.QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QtWidgets.QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QtWidgets.QMenuBar):
            texts = [action.text() for action in widget.actions()]
        else:
            continue
        for text in texts:
            mark = re.search(r"&([^&\s])", text.replace("&&", ""))
            if mark:
                found.setdefault(mark.group(1).lower(), []).append(text)
    return {key: texts for key, texts in found.items() if len(texts) > 1}


@pytest.fixture(params=["vi", "en"])
def language(request):
    from dvc_desktop.gui.translation import install
    from dvc_desktop.i18n import install_translator

    app = QtWidgets.QApplication.instance()
    translator = install(app, request.param) if request.param == "en" else None
    yield request.param
    if translator is not None:
        app.removeTranslator(translator)
        install_translator(None)


def test_the_department_window_has_one_thing_per_mnemonic(qtbot, data_dir, reporter, language):
    from dvc_desktop.cli import main

    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    application, window = open_window(qtbot, data_dir, reporter)
    menus = [action.text() for action in window.menuBar().actions()]
    assert ("&File" in menus) == (language == "en")  # the language under test is the one shown
    assert clashes(window) == {}


def test_the_province_window_has_one_thing_per_mnemonic(qtbot, tmp_path, reporter, language):
    application, window = open_window(qtbot, demo_province(tmp_path / "tinh"), reporter)
    assert clashes(window) == {}


def test_ctrl_p_prints_in_both_windows(qtbot, data_dir, tmp_path, reporter):
    from dvc_desktop.cli import main

    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    _, department = open_window(qtbot, data_dir, reporter)
    _, province = open_window(qtbot, demo_province(tmp_path / "tinh"), reporter)
    printing = {window: next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+P")
                for window in (department, province)}
    assert all(action.objectName() == "report" for action in printing.values())  # the report's print preview
    publish = next(a for a in province.findChildren(QAction) if a.objectName() == "publish")
    assert publish.shortcut().toString() == "Ctrl+Shift+B"
