"""The province's window, panels and dialogs keep their layouts in ui/*.ui (Qt Designer), as the
department's do: the code finds their widgets by name and builds no layout but the one holding a form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dvc_desktop.gui.qt import QtWidgets

GUI = Path(__file__).resolve().parents[2] / "dvc_desktop" / "gui"
PROVINCE = ("province_window", "review_panel", "units_dashboard", "checks_panel", "indicators_panel",
            "province_dialogs")
LAYOUT = re.compile(r"Q(?:H|V)BoxLayout\(|QFormLayout\(|QGridLayout\(")
FORM = re.compile(r"(?:load_form|panel_form|load_as)\([^\"]*\"([\w.]+\.ui)\"")


@pytest.mark.parametrize("module", PROVINCE)
def test_layouts_come_from_designer_forms(module):
    source = (GUI / f"{module}.py").read_text(encoding="utf-8")
    forms = FORM.findall(source)
    assert forms, f"{module} loads no ui/*.ui form"
    for name in forms:
        assert (GUI.parents[1] / "ui" / name).is_file(), name
    assert len(LAYOUT.findall(source)) <= len(forms), f"{module} builds layouts in code"


def test_the_province_window_shows_its_forms(qtbot, tmp_path):
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.gui.province_dialogs import PublishDialog
    from dvc_desktop.gui.province_window import ProvinceWindow
    from dvc_desktop.gui.worker import Runner

    runner = Runner(lambda: None)
    window = ProvinceWindow(runner, ErrorReporter(None))
    qtbot.addWidget(window)
    try:
        assert window.centralWidget().objectName() == "ProvinceWindow"
        for panel, form in ((window.dashboard, "UnitsDashboard"), (window.review, "ReviewPanel"),
                            (window.checks, "ChecksPanel"), (window.indicators, "IndicatorsPanel")):
            assert panel.findChild(QtWidgets.QWidget, form) is not None, form
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "Đơn &vị", "Danh mục tổng &hợp", "&Kiểm tra", "&Chỉ số"]
        dialog = PublishDialog([("tinh", "Cấp tỉnh")], [("000.00.13.H59", "Sở Tư pháp")], lambda *a, **k: None, window)
        assert dialog.findChild(QtWidgets.QWidget, "PublishDialog") is not None
        assert [dialog.leave_out[name].isChecked() for name in ("returned", "unreviewed", "unclassified")] == [True] * 3
        dialog.path.setText(str(tmp_path / "danh-muc.txt"))
        dialog.findChild(QtWidgets.QDialogButtonBox, "publishButtons").accepted.emit()
        assert "phải kết thúc bằng .xlsx" in dialog.message.text()
    finally:
        runner.stop()
