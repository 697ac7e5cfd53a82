"""Issue 13 in the window: the indicators tab's reporting date; the optional dossier figures."""

from __future__ import annotations

from datetime import date

import pytest

from dvc_desktop.gui.indicators_panel import IndicatorsPanel
from dvc_desktop.gui.qt import QtCore, Qt
from dvc_desktop.gui.worker import Runner
from dvc_desktop.services.context import open_context
from dvc_desktop.services.setup import initialise
from tests.gui.conftest import idle
from tests.gui.test_dossier_figures_panel import set_value
from tests.services.test_indicators import _bulk_catalogue


@pytest.fixture()
def panel(qtbot, data_dir):
    with open_context(data_dir) as context:
        initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
        _bulk_catalogue(context, units=2, procedures=10)
    managers = []

    def opener():
        managers.append(open_context(data_dir))
        context = managers[-1].__enter__()
        context.today = lambda: date(2026, 11, 29)
        return context

    runner = Runner(opener)
    errors: list[BaseException] = []
    widget = IndicatorsPanel(runner, errors.append)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.stop()
    for manager in managers:
        manager.__exit__(None, None, None)
    assert errors == []


def test_the_indicators_tab_follows_the_reporting_date_the_user_picks(qtbot, panel):
    qtbot.waitUntil(lambda: panel.shown is not None, timeout=10_000)
    assert panel.shown.catalogue.rule_set == "ND224-2026" and "29/11/2026" in panel.note.text()
    headers = [panel.table.horizontalHeaderItem(i).text() for i in range(panel.table.columnCount())]
    assert "Tỷ lệ toàn trình / đủ điều kiện (ước tính theo lý do)" in headers
    assert "Đủ điều kiện toàn trình (CSDLQG)" in headers
    qtbot.mouseClick(panel.as_of_check, Qt.MouseButton.LeftButton)
    panel.as_of.setDate(QtCore.QDate(2026, 6, 15))
    qtbot.waitUntil(lambda: panel.shown.catalogue.made_on == date(2026, 6, 15), timeout=10_000)
    assert panel.shown.catalogue.rule_set == "ND42-2022" and "15/06/2026" in panel.note.text()
    qtbot.mouseClick(panel.as_of_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.shown.catalogue.made_on == date(2026, 11, 29), timeout=10_000)


def test_the_optional_figures_are_entered_checked_and_left_blank_as_a_dash(qtbot, open_app):
    window = open_app(demo=True)
    figures = window.figures
    window.tabs.setCurrentWidget(figures.parentWidget())
    idle(qtbot, window)
    figures.period.setCurrentIndex(1)
    assert figures.spins["received_full_online"].text() == "—"  # not entered, not 0
    set_value(qtbot, figures.spins["received_total"], 100)
    set_value(qtbot, figures.spins["received_online"], 80)
    set_value(qtbot, figures.spins["received_full_online"], 90)
    assert "không được lớn hơn" in figures.issues.text() and not figures.save_button.isEnabled()
    set_value(qtbot, figures.spins["received_full_online"], 40)
    assert figures.issues.text() == "" and "trực tuyến toàn trình: 40,00%" in figures.ratios.text()
    assert "xử lý trực tuyến: —" in figures.ratios.text()
    qtbot.mouseClick(figures.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: figures.table.rowCount() == 1, timeout=5000)
    saved = figures.rows[0].figures
    assert (saved.received_full_online, saved.processed_online) == (40, None)
    cells = [figures.table.item(0, c).text() for c in range(figures.table.columnCount())]
    assert "40,00%" in cells and cells.count("—") >= 3


def test_the_websites_tab_records_ipv6_and_the_emc_connection(qtbot, open_app):
    from dvc_desktop.gui.qt import QtWidgets
    from tests.gui.conftest import type_text

    window = open_app(demo=True)
    sites = window.websites
    idle(qtbot, window)
    qtbot.waitUntil(lambda: sites.table.rowCount() >= 1, timeout=5000)
    before = sites.table.rowCount()
    sites.new()
    type_text(qtbot, sites.name, "Trang thử IPv6")
    type_text(qtbot, sites.url, "https://thuipv6.sonha.gov.vn")
    sites.plan.setCurrentIndex(sites.plan.findText("Đã là thành phần của Cổng"))
    sites.ipv6.setCurrentIndex(sites.ipv6.findText("Chưa"))
    qtbot.mouseClick(sites.has_emc, Qt.MouseButton.LeftButton)
    sites.emc.setDate(QtCore.QDate(2026, 8, 1))
    qtbot.mouseClick(sites.form.findChild(QtWidgets.QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sites.table.rowCount() == before + 1, timeout=5000)
    row = next(r for r in sites.rows if r.name == "Trang thử IPv6")
    assert (row.ipv6, row.emc_connected_on) == (False, date(2026, 8, 1))
    assert [i.field for i in row.issues] == ["ipv6"]
    line = next(i for i in range(sites.table.rowCount()) if sites.table.item(i, 0).text() == "Trang thử IPv6")
    cells = [sites.table.item(line, c).text() for c in range(sites.table.columnCount())]
    assert "IPv6" in cells[5] and cells[6:8] == ["Chưa", "01/08/2026"]


def test_the_eligibility_dialog_records_the_national_databases_answer(qtbot, panel, monkeypatch):
    """Drives services.catalog.set_eligibility (helper LEVELS'); until it lands, a stand-in with its contract."""
    from sqlalchemy import update

    from dvc_desktop.gui.eligibility import EligibilityDialog
    from dvc_desktop.services import catalog
    from dvc_desktop.services.indicators import indicator_report
    from dvc_desktop.store import models

    if not hasattr(catalog, "set_eligibility"):
        def stand_in(context, code, value):  # type: ignore[no-untyped-def]
            with context.transaction() as session:
                session.execute(update(models.Procedure).where(models.Procedure.code == code)
                                .values(eligible_full_online=value))
        monkeypatch.setattr(catalog, "set_eligibility", stand_in, raising=False)
    qtbot.waitUntil(lambda: panel.shown is not None, timeout=10_000)
    dialog = EligibilityDialog(panel.runner, "1.000000", "Thủ tục số 0", None, panel.report_error)
    qtbot.addWidget(dialog)
    assert dialog.value() is None
    qtbot.mouseClick(dialog.choices[True], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["1.000000", True]
    results = []
    panel.runner.run(lambda context: indicator_report(context).catalogue.total, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert (results[0].eligible, results[0].eligibility_unknown) == (2, 18)
