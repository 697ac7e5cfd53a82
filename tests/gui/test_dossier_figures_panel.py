"""The department enters a quarter's dossier figures: checked as typed, saved, listed, deleted."""

from __future__ import annotations

from datetime import date

from dvc_desktop.gui.dossier_figures_panel import recent_quarters
from dvc_desktop.domain.formats import period_label
from dvc_desktop.gui.qt import Qt
from tests.gui.conftest import idle


def set_value(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_recent_quarters_go_back_across_years():
    assert [q.code for q in recent_quarters(date(2026, 2, 10), 3)] == ["2026-Q1", "2025-Q4", "2025-Q3"]


def test_enter_check_save_and_delete_a_quarter(qtbot, open_app):
    window = open_app(demo=True)
    panel = window.figures
    window.tabs.setCurrentWidget(panel.parentWidget())
    idle(qtbot, window)
    panel.period.setCurrentIndex(1)  # last quarter
    period = panel.period.currentData()
    set_value(qtbot, panel.spins["received_total"], 120)
    set_value(qtbot, panel.spins["received_online"], 150)
    # More online than received: refused before saving, the button is off.
    assert "không được lớn hơn" in panel.issues.text() and not panel.save_button.isEnabled()
    set_value(qtbot, panel.spins["received_online"], 90)
    set_value(qtbot, panel.spins["with_fees"], 40)
    set_value(qtbot, panel.spins["paid_online"], 10)
    assert panel.issues.text() == "" and "75,00%" in panel.ratios.text() and "25,00%" in panel.ratios.text()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert panel.table.item(0, 5).text() == "75,00%" and period_label(period) in panel.message.text()
    # One way to write a quarter: "Quý 3/2026", never the code "2026-Q3".
    assert panel.table.item(0, 0).text() == period_label(period) and period_label(period).startswith("Quý ")
    assert period not in panel.message.text()

    # Another quarter starts blank; choosing the saved row brings its figures back.
    panel.period.setCurrentIndex(0)
    assert panel.spins["received_total"].value() == 0
    panel.table.selectRow(0)
    assert panel.period.currentData() == period and panel.spins["received_online"].value() == 90

    from dvc_desktop.services.dossier_figures import list_figures

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5000)
    results = []
    window.runner.run(list_figures, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] == []

