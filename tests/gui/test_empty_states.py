"""Guided first use: an empty list says what to do next, with the action as a button — import the
province's reference package when there is none yet, add procedures when the list is empty."""

from __future__ import annotations

from dvc_desktop.cli import main
from dvc_desktop.gui.qt import QtWidgets
from tests.gui.conftest import idle
from tests.package.conftest import offices  # noqa: F401 (fixture)
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)

INIT = ["init", "--role", "department", "--unit-code", "000.00.13.H59", "--unit-name", "Sở Tư pháp",
        "--province-code", "H59"]


def empty_state(window):
    frame = window.findChild(QtWidgets.QFrame, "emptyState")
    return (frame.isVisible(), frame.findChild(QtWidgets.QLabel, "emptyStateText").text(),
            frame.findChild(QtWidgets.QPushButton, "emptyStateAction"))


def test_a_unit_without_a_reference_is_asked_to_import_it(qtbot, data_dir, reporter, monkeypatch):
    assert main(["--data-dir", str(data_dir), *INIT]) == 0
    asked: list[str] = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: (asked.append("open") or [], "")))
    application, window = open_window(qtbot, data_dir, reporter)
    shown, text, button = empty_state(window)
    assert shown and "gói tham chiếu" in text and button.text() == "Nhập gói tham chiếu của tỉnh (Ctrl+O)"
    button.click()
    assert asked == ["open"]  # the same as Gói → Nhập gói của tỉnh


def test_an_empty_list_offers_to_add_procedures(qtbot, offices, reporter):
    """The offices' unit has imported the province's reference, and emptied its list."""
    application, window = open_window(qtbot, offices.unit, reporter)
    shown, text, button = empty_state(window)
    assert shown and "đang trống" in text and button.text() == "Thêm thủ tục (Ctrl+N)"
    button.click()
    qtbot.waitUntil(lambda: any(w.objectName() == "CataloguePicker" and w.isVisible()
                                for w in QtWidgets.QApplication.topLevelWidgets()), timeout=5000)


def test_a_list_with_procedures_shows_no_empty_state(qtbot, open_app):
    window = open_app()
    idle(qtbot, window)
    assert not empty_state(window)[0]


def test_a_new_province_is_shown_its_first_steps_as_buttons(qtbot, data_dir, reporter, monkeypatch):
    assert main(["--data-dir", str(data_dir), "init", "--role", "province", "--unit-code", "000.00.01.H59",
                 "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H59"]) == 0
    opened: list[str] = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (opened.append("open") or "", "")))
    application, window = open_window(qtbot, data_dir, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    frame = window.findChild(QtWidgets.QFrame, "firstSteps")
    assert frame.isVisible()
    text = frame.findChild(QtWidgets.QLabel, "firstStepsText").text()
    assert "danh sách đơn vị" in text and "danh mục TTHC" in text and "đợt rà soát" in text
    buttons = {name: frame.findChild(QtWidgets.QPushButton, f"firstStep_{name}") for name in ("units", "catalogue", "round")}
    assert all(b.isEnabled() for b in buttons.values())
    buttons["units"].click()  # the units import, as Đơn vị → Nhập danh sách đơn vị từ Excel
    assert opened == ["open"]


def test_a_province_with_units_and_catalogue_shows_no_first_steps(qtbot, tmp_path, reporter):
    from tests.conftest import demo_province

    application, window = open_window(qtbot, demo_province(tmp_path / "tinh"), reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    assert not window.findChild(QtWidgets.QFrame, "firstSteps").isVisible()
