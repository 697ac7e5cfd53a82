"""Issue 13 in the window: the wizard warns about a retired province code; the round dialog sets a
reporting date."""

from __future__ import annotations

from datetime import date

from dvc_desktop.gui.qt import Qt, QtWidgets
from dvc_desktop.gui.round_dialogs import RoundDialog, round_summary, rounds_dialog
from dvc_desktop.services.round_view import RoundView
from tests.gui.conftest import dialog_named, type_text


def test_wizard_warns_about_a_retired_province_code_without_refusing(qtbot, open_app):
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    wizard.next()
    code = wizard.findChild(QtWidgets.QLineEdit, "provinceCodeEdit")
    warning = wizard.findChild(QtWidgets.QLabel, "provinceCodeWarning")
    code.clear()
    type_text(qtbot, code, "H61")
    assert not warning.isVisible()
    code.clear()
    type_text(qtbot, code, "H59")
    assert warning.isVisible() and "H61" in warning.text()
    type_text(qtbot, wizard.findChild(QtWidgets.QLineEdit, "unitCodeEdit"), "000.00.13.H59")
    type_text(qtbot, wizard.findChild(QtWidgets.QLineEdit, "unitNameEdit"), "Sở Tư pháp")
    wizard.next()
    assert wizard.currentId() == 2  # a warning, not a refusal


def test_round_dialog_sends_the_reporting_date_and_the_list_shows_it(qtbot):
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    sent = []
    dialog = RoundDialog(parent, date(2026, 7, 5), lambda *args: sent.append(args))
    dialog.dialog.show()
    qtbot.waitExposed(dialog.dialog)
    type_text(qtbot, dialog.name, "Rà soát")
    type_text(qtbot, dialog.basis, "CV 1")
    qtbot.mouseClick(dialog.reporting_check, Qt.MouseButton.LeftButton)
    assert dialog.reporting.isEnabled()
    dialog.reporting.setDate(dialog.reporting.date().addDays(-20))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert sent[-1][3] == date(2026, 6, 15)
    view = RoundView(1, "Rà soát", "CV 1", date(2026, 7, 1), date(2026, 7, 30), "open",
                     reporting_date=date(2026, 6, 15))
    assert "Ngày chốt số liệu: 15/06/2026" in round_summary(view, date(2026, 7, 5))
    table = rounds_dialog(parent, [view]).findChild(QtWidgets.QTableWidget, "roundsTable")
    assert table.item(0, 6).text() == "15/06/2026"
    extend = RoundDialog(parent, date(2026, 7, 5), lambda *args: sent.append(args), view)
    assert extend.reporting_check.isChecked() and extend.chosen_reporting_date() == date(2026, 6, 15)


def test_catalogue_preview_marks_the_district_rows_to_update(qtbot):
    from dvc_desktop.gui.excel_import_preview import ExcelImportPreview, catalogue_preview
    from dvc_desktop.services.catalog import CatalogImportReport

    report = CatalogImportReport(file="c.xlsx", sheet="DM", header_row=1, added=2, dry_run=True,
                                 added_codes=["1.000010", "1.000020"], level_update_codes=["1.000020"])
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    preview = ExcelImportPreview(catalogue_preview(report), parent)
    table = preview.changes
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["1.000020"].endswith("cần cập nhật cấp thực hiện") and rows["1.000010"] == "Thêm"
    summary = preview.dialog.findChild(QtWidgets.QLabel, "summaryLabel").text()
    assert "1 thủ tục ghi cấp huyện" in summary
