"""A real province's first round in the province window, from an empty store set up through the
services (never the demo): the units list from Excel through its preview, a unit added, renamed and
retired by keyboard, a review round opened, extended and closed, a unit's key trusted and revoked,
a package from a key not yet trusted, the catalogue's Excel import and the publication's decision."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from dvc_desktop.gui.qt import Qt, QtCore, QtWidgets
from tests.gui.conftest import activate, dialog_named, idle, type_text, past_open_items
from tests.test_first_round import (COMMUNE_A, COMMUNE_B, FINANCE, HEALTH, JUSTICE, OFFICE, PROVINCE, WARD,
                                    catalog_workbook, units_workbook)
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)

PASS = "mật khẩu đủ dài của tỉnh"
UNIT_PASS = "mật khẩu đủ dài của sở"
IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


@pytest.fixture(autouse=True)
def qt_speaks_vietnamese(qapp):
    """As the application installs it at start: Qt's own buttons (Hủy, Có, Không) in Vietnamese."""
    from dvc_desktop.gui.translation import install

    translator = install(qapp, "vi")
    yield
    qapp.removeTranslator(translator)


def empty_office(path: Path) -> Path:
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.keys import generate_signing_key
    from dvc_desktop.services.setup import initialise

    with open_context(path) as context:
        initialise(context, "province", OFFICE[0], OFFICE[1], PROVINCE, "Tỉnh Thử Nghiệm", "thunghiem.gov.vn")
        generate_signing_key(context, PASS)
    return path


@pytest.fixture()
def office(tmp_path) -> Path:
    return empty_office(tmp_path / "office")


@pytest.fixture()
def listed_office(tmp_path) -> Path:
    """The empty office with its units list imported through the service."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.units import import_units_excel

    path = empty_office(tmp_path / "office")
    with open_context(path) as context:
        assert import_units_excel(context, units_workbook(tmp_path / "don-vi.xlsx")).added == 6
    return path


def department(tmp_path: Path, unit: tuple[str, str] = JUSTICE) -> tuple[Path, Path]:
    """A unit's real store: its signing key, its first package for the province and its public key."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.keys import export_public_key, generate_signing_key
    from dvc_desktop.services.packages import export_submission
    from dvc_desktop.services.setup import initialise

    package, public = tmp_path / f"{unit[0]}.dvcpkg", tmp_path / f"{unit[0]}.pub"
    with open_context(tmp_path / unit[0]) as context:
        initialise(context, "department", unit[0], unit[1], PROVINCE)
        generate_signing_key(context, UNIT_PASS)
        export_submission(context, package, UNIT_PASS)
        export_public_key(context, public)
    return package, public


def shown_states(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    table = window.dashboard.table
    return {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}


def ok_button(dialog: QtWidgets.QDialog) -> QtWidgets.QPushButton:
    return dialog.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok)


def save_image(widget: QtWidgets.QWidget, name: str) -> None:
    """The dialog as drawn; with DVC_SCREENSHOTS=1 in the environment it becomes docs/images/NAME."""
    image = widget.grab()
    assert not image.isNull()
    if os.environ.get("DVC_SCREENSHOTS"):
        assert image.save(str(IMAGES / name))


def shortcut(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    qtbot.keyClick(window, key, modifiers)


def test_units_list_imports_through_its_preview(qtbot, reporter, office, tmp_path):
    workbook = units_workbook(tmp_path / "don-vi.xlsx")
    application, window = open_window(qtbot, office, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    assert window.dashboard.table.rowCount() == 0

    window.units.import_list(workbook)  # the path the file dialog would give
    qtbot.waitUntil(lambda: dialog_named("excelImportPreview") is not None, timeout=10_000)
    preview = dialog_named("excelImportPreview")
    changes = preview.findChild(QtWidgets.QTableWidget, "changes")
    added = {changes.item(r, 1).text(): (changes.item(r, 0).text(), changes.item(r, 3).text())
             for r in range(changes.rowCount())}
    assert added == {JUSTICE[0]: ("6", "Thêm"), HEALTH[0]: ("7", "Thêm"), FINANCE[0]: ("8", "Thêm"),
                     COMMUNE_A[0]: ("13", "Thêm"), COMMUNE_B[0]: ("14", "Thêm"), WARD[0]: ("15", "Thêm")}
    rejected = preview.findChild(QtWidgets.QTableWidget, "rejected")
    refused = [(rejected.item(r, 0).text(), rejected.item(r, 1).text()) for r in range(rejected.rowCount())]
    assert [row for row, _ in refused] == ["10", "16", "17"]  # every refused row, with its Excel row number
    assert "H59" in refused[0][1] and all(reason for _, reason in refused)
    assert "Sẽ thêm 6" in preview.findChild(QtWidgets.QLabel, "summaryLabel").text()
    preview.resize(980, 640)
    save_image(preview, "units-import-preview.png")

    # Cancel changes nothing.
    qtbot.mouseClick(preview.findChild(QtWidgets.QDialogButtonBox).button(
        QtWidgets.QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "Đã hủy" in window.statusBar().currentMessage()
    window.start()
    idle(qtbot, window)
    assert window.dashboard.table.rowCount() == 0

    # Apply adds them: the dashboard lists the six units.
    window.units.import_list(workbook)
    qtbot.waitUntil(lambda: dialog_named("excelImportPreview") is not None, timeout=10_000)
    qtbot.mouseClick(ok_button(dialog_named("excelImportPreview")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dashboard.table.rowCount() == 6, timeout=10_000)
    qtbot.waitUntil(lambda: dialog_named("excelImportDone") is not None, timeout=10_000)
    assert "thêm 6" in dialog_named("excelImportDone").text()  # a confirmation the reload does not wipe
    dialog_named("excelImportDone").close()
    assert set(shown_states(window)) == {JUSTICE[0], HEALTH[0], FINANCE[0], COMMUNE_A[0], COMMUNE_B[0], WARD[0]}


def test_add_rename_and_retire_a_unit_by_keyboard(qtbot, reporter, listed_office):
    application, window = open_window(qtbot, listed_office, reporter)
    qtbot.waitUntil(lambda: window.dashboard.table.rowCount() == 6, timeout=10_000)

    # Add: Ctrl+N, code, Tab, name (typed as with Unikey), Tab, level by arrow key, Enter.
    shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("unitDialog") is not None, timeout=5000)
    dialog = window.units.dialog
    qtbot.keyClicks(dialog.code, "000.00.44.H40")
    type_text(qtbot, dialog.name, "UBND phường Tân Tiến")
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)
    assert dialog.level.currentData() == "xa"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dashboard.table.rowCount() == 7, timeout=10_000)
    assert not dialog_named("unitDialog")
    assert window.dashboard.selected_unit() == "000.00.44.H40"

    # A refusal is the service's sentence, in the dialog, which stays open.
    shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("unitDialog") is not None, timeout=5000)
    dialog = window.units.dialog
    qtbot.keyClicks(dialog.code, "000.00.16.H59")
    type_text(qtbot, dialog.name, "Sở Công Thương")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "H59" in dialog.error.text() and dialog_named("unitDialog") is dialog.dialog
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog_named("unitDialog")

    # Rename the selected unit: F2, the name is there to edit, Enter.
    window.dashboard.select_unit(JUSTICE[0])
    window.dashboard.table.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: dialog_named("unitDialog") is not None, timeout=5000)
    dialog = window.units.dialog
    assert dialog.code.text() == JUSTICE[0] and dialog.code.isReadOnly() and dialog.name.text() == JUSTICE[1]
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "Sở Tư pháp tỉnh Thử Nghiệm")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(window.dashboard.table.item(r, 1).text() == "Sở Tư pháp tỉnh Thử Nghiệm"
                                for r in range(window.dashboard.table.rowCount())), timeout=10_000)

    # Retire a commune into another: Ctrl+Delete, the successor found by typing without diacritics, Enter.
    window.dashboard.select_unit(COMMUNE_B[0])
    window.dashboard.table.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("retireUnitDialog") is not None, timeout=5000)
    dialog = window.units.dialog
    qtbot.keyClicks(dialog.search, "an binh")
    assert dialog.picker.chosen() == COMMUNE_A[0]
    shown = [dialog.picker.listing.item(r) for r in range(dialog.picker.listing.count())]
    assert [item.text() for item in shown if not item.isHidden()] == [f"{COMMUNE_A[1]} ({COMMUNE_A[0]})"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_states(window)[COMMUNE_B[0]].startswith("Đã giải thể / sáp nhập"), timeout=10_000)
    assert COMMUNE_A[0] in shown_states(window)[COMMUNE_B[0]]

    # The state filter knows retired units.
    combo = window.dashboard.state_filter
    combo.setCurrentIndex(combo.findText("Đã giải thể / sáp nhập"))
    assert window.dashboard.shown_codes() == [COMMUNE_B[0]]

    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.units import list_units

    window.close()
    application.shutdown()
    with open_context(listed_office) as context:
        units = {u.code: u for u in list_units(context)}
    assert (units["000.00.44.H40"].name, units["000.00.44.H40"].level) == ("UBND phường Tân Tiến", "xa")
    assert units[JUSTICE[0]].name == "Sở Tư pháp tỉnh Thử Nghiệm"
    assert (units[COMMUNE_B[0]].state, units[COMMUNE_B[0]].replaced_by) == ("retired", COMMUNE_A[0])


def test_a_round_is_opened_extended_and_closed(qtbot, reporter, listed_office):
    application, window = open_window(qtbot, listed_office, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    assert "Chưa mở đợt rà soát nào" in window.summary.text()
    assert not window.rounds.act_extend.isEnabled() and not window.rounds.act_close.isEnabled()
    today = window.today()

    window.rounds.act_open.trigger()
    qtbot.waitUntil(lambda: dialog_named("roundDialog") is not None, timeout=5000)
    dialog = window.rounds.dialog
    assert dialog.deadline.calendarPopup() and dialog.chosen_deadline() == today + timedelta(days=30)
    assert dialog.days.text() == "còn 30 ngày"
    type_text(qtbot, dialog.name, "Rà soát DVCTT năm 2026")
    type_text(qtbot, dialog.basis, "Công văn 1234/UBND-KSTT ngày 01/12/2026")
    dialog.dialog.resize(640, dialog.dialog.sizeHint().height())
    save_image(dialog.dialog, "round-dialog.png")
    qtbot.keyClick(dialog.basis, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Rà soát DVCTT năm 2026" in window.summary.text(), timeout=10_000)
    deadline = (today + timedelta(days=30)).strftime("%d/%m/%Y")
    assert "Công văn 1234/UBND-KSTT ngày 01/12/2026" in window.summary.text()
    assert f"hạn nộp {deadline} (còn 30 ngày)" in window.summary.text()
    assert window.rounds.act_extend.isEnabled() and window.rounds.act_close.isEnabled()

    # A second open round is refused with the service's own words, inside the dialog.
    window.rounds.act_open.trigger()
    qtbot.waitUntil(lambda: dialog_named("roundDialog") is not None, timeout=5000)
    dialog = window.rounds.dialog
    type_text(qtbot, dialog.name, "Đợt hai")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "đang mở" in dialog.error.text() and "Rà soát DVCTT năm 2026" in dialog.error.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    # Extend: the open round's deadline is there to move.
    window.rounds.act_extend.trigger()
    qtbot.waitUntil(lambda: dialog_named("roundDialog") is not None, timeout=5000)
    dialog = window.rounds.dialog
    assert dialog.name.isReadOnly() and dialog.chosen_deadline() == today + timedelta(days=30)
    dialog.deadline.setFocus()
    dialog.deadline.setDate(dialog.deadline.date().addDays(15))
    qtbot.keyClick(dialog.deadline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "(còn 45 ngày)" in window.summary.text(), timeout=10_000)

    # Close, after a confirmation.
    window.rounds.act_close.trigger()
    qtbot.waitUntil(lambda: dialog_named("confirmCloseRound") is not None, timeout=5000)
    dialog_named("confirmCloseRound").button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "đã kết thúc ngày" in window.summary.text(), timeout=10_000)
    assert not window.rounds.act_extend.isEnabled()

    window.rounds.act_list.trigger()
    qtbot.waitUntil(lambda: dialog_named("roundsDialog") is not None, timeout=5000)
    table = dialog_named("roundsDialog").findChild(QtWidgets.QTableWidget, "roundsTable")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Rà soát DVCTT năm 2026"
    assert table.item(0, 4).text() == "Đã kết thúc"
    dialog_named("roundsDialog").reject()


def test_a_units_key_is_trusted_then_revoked(qtbot, reporter, listed_office, tmp_path):
    from dvc_desktop.services.keys import fingerprint, read_public_key

    _package, public = department(tmp_path)
    expected = fingerprint(read_public_key(public))
    application, window = open_window(qtbot, listed_office, reporter)
    qtbot.waitUntil(lambda: window.dashboard.table.rowCount() == 6, timeout=10_000)

    shortcut(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("trustKeyDialog") is not None, timeout=5000)
    trust = window.keys.dialog
    assert trust.picker.chosen() is None and not trust.ok.isEnabled()
    trust.load_key(public)  # what the file chooser leads to
    qtbot.waitUntil(lambda: trust.fingerprint.text() == expected, timeout=5000)
    assert [len(group) for group in expected.split()] == [4] * 10
    assert "điện thoại" in trust.dialog.findChild(QtWidgets.QLabel, "instructionLabel").text()

    qtbot.keyClicks(trust.search, "so tu phap")  # without diacritics
    assert trust.picker.chosen() == JUSTICE[0]
    assert not trust.ok.isEnabled()  # the fingerprint is not confirmed yet
    trust.dialog.resize(680, trust.dialog.sizeHint().height())
    save_image(trust.dialog, "trust-dialog.png")
    qtbot.keyClick(trust.confirmed, Qt.Key.Key_Space)
    assert trust.confirmed.isChecked() and trust.ok.isEnabled()
    qtbot.keyClick(trust.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Đã tin cậy khóa" in window.statusBar().currentMessage(), timeout=10_000)
    assert not dialog_named("trustKeyDialog")

    window.keys.act_keys.trigger()
    qtbot.waitUntil(lambda: dialog_named("trustedKeysDialog") is not None, timeout=5000)
    keys = window.keys.keys_dialog
    qtbot.waitUntil(lambda: keys.table.rowCount() == 1, timeout=5000)
    row = [keys.table.item(0, c).text() for c in range(keys.table.columnCount())]
    assert row[0] == JUSTICE[0] and row[1] == JUSTICE[1] and row[3] == expected and row[5] == "Đang dùng"
    qtbot.mouseClick(keys.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_named("confirmRevoke") is not None, timeout=5000)
    dialog_named("confirmRevoke").button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: keys.table.item(0, 5).text() == "Đã thu hồi", timeout=5000)
    assert not keys.revoke_button.isEnabled()
    keys.dialog.reject()


def test_a_package_from_an_untrusted_key_offers_the_trust_dialog(qtbot, reporter, listed_office, tmp_path):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.rounds import open_round
    from dvc_desktop.services.units import retire_unit
    from tests.gui.test_packages_window import drop

    package, public = department(tmp_path)
    today = date.today()
    with open_context(listed_office) as context:  # a round whose deadline passed two days ago
        open_round(context, "Rà soát DVCTT năm 2026", "Công văn 1234/UBND-KSTT", today - timedelta(days=2),
                   opened_on=today - timedelta(days=20))
        retire_unit(context, COMMUNE_B[0], COMMUNE_A[0])
    application, window = open_window(qtbot, listed_office, reporter)
    qtbot.waitUntil(lambda: window.dashboard.table.rowCount() == 6, timeout=10_000)
    states = shown_states(window)
    assert states[COMMUNE_B[0]].startswith("Đã giải thể / sáp nhập")  # retired: never late
    assert {states[code] for code in (JUSTICE[0], HEALTH[0], COMMUNE_A[0])} == {"Trễ hạn"}
    assert "5 đơn vị trễ hạn" in window.summary.text()

    drop(window, [package])
    qtbot.waitUntil(lambda: dialog_named("trustKeyDialog") is not None, timeout=10_000)
    trust = window.keys.dialog
    note = trust.dialog.findChild(QtWidgets.QLabel, "noteLabel")
    assert note.isVisible() and package.name in note.text() and "chưa được tin cậy" in note.text()
    assert trust.picker.chosen() == JUSTICE[0]  # the unit the package says it comes from, preselected
    trust.load_key(public)
    qtbot.waitUntil(lambda: trust.key_path is not None, timeout=5000)
    assert trust.picker.chosen() == JUSTICE[0]
    qtbot.keyClick(trust.confirmed, Qt.Key.Key_Space)
    qtbot.mouseClick(trust.ok, Qt.MouseButton.LeftButton)

    # Trusted: the package is checked again and now previews as importable.
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    preview = dialog_named("ImportPreview")
    files = preview.findChild(QtWidgets.QTableWidget, "files")
    assert files.item(0, 1).text() == "Sẽ nhập" and JUSTICE[0] in files.item(0, 2).text()
    qtbot.mouseClick(ok_button(preview), Qt.MouseButton.LeftButton)
    # Sent after the deadline: said so, never "Đúng hạn" (and not done while procedures are unclassified).
    qtbot.waitUntil(lambda: shown_states(window)[JUSTICE[0]] in ("Nộp trễ", "Còn thủ tục chưa phân loại (nộp trễ)"),
                    timeout=10_000)
    assert "4 đơn vị trễ hạn · 1 đơn vị nộp trễ" in window.summary.text()
    window.resize(1366, 600)
    save_image(window, "province-first-round.png")
    combo = window.dashboard.state_filter
    combo.setCurrentIndex(combo.findText("Nộp trễ hạn"))
    assert window.dashboard.shown_codes() == [JUSTICE[0]]


def test_declining_the_trust_offer_shows_the_refusal_and_the_offer_in_the_preview(qtbot, reporter, listed_office,
                                                                                   tmp_path):
    package, _public = department(tmp_path)
    application, window = open_window(qtbot, listed_office, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    window.packages.preview([package])
    qtbot.waitUntil(lambda: dialog_named("trustKeyDialog") is not None, timeout=10_000)
    qtbot.keyClick(window.keys.dialog.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    preview = dialog_named("ImportPreview")
    files = preview.findChild(QtWidgets.QTableWidget, "files")
    assert files.item(0, 1).text() == "Từ chối" and "chưa được tin cậy" in files.item(0, 7).text()
    assert f"{JUSTICE[0]} {JUSTICE[1]}" == files.item(0, 2).text()  # the name this office registered
    summary = preview.findChild(QtWidgets.QLabel, "summaryLabel").text()
    assert "bấm Áp dụng" not in summary and not ok_button(preview).isEnabled()  # never offered while greyed out
    assert "Tin cậy khóa này" in summary

    # The offer stands in the preview itself: "Tin cậy khóa này cho đơn vị Sở Tư pháp (…)…".
    trust_button = preview.findChild(QtWidgets.QPushButton, "trustFromPreview")
    assert trust_button.text() == f"Tin cậy khóa này cho đơn vị {JUSTICE[1]} ({JUSTICE[0]})…"
    qtbot.mouseClick(trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_named("trustKeyDialog") is not None, timeout=10_000)
    assert dialog_named("ImportPreview") is None
    trust = window.keys.dialog
    assert trust.picker.chosen() == JUSTICE[0]
    trust.load_key(_public)
    qtbot.waitUntil(lambda: trust.key_path is not None, timeout=5000)
    assert not trust.ok.isEnabled()  # the fingerprint check comes first
    qtbot.keyClick(trust.confirmed, Qt.Key.Key_Space)
    qtbot.mouseClick(trust.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    files = dialog_named("ImportPreview").findChild(QtWidgets.QTableWidget, "files")
    assert files.item(0, 1).text() == "Sẽ nhập"
    assert ok_button(dialog_named("ImportPreview")).isEnabled()
    dialog_named("ImportPreview").reject()


def test_catalogue_import_lists_unmatched_agencies_and_publish_carries_the_decision(qtbot, reporter, listed_office,
                                                                                    tmp_path):
    application, window = open_window(qtbot, listed_office, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    window.import_catalogue(catalog_workbook(tmp_path / "danh-muc.xlsx"))
    qtbot.waitUntil(lambda: dialog_named("excelImportPreview") is not None, timeout=10_000)
    preview = dialog_named("excelImportPreview")
    changes = preview.findChild(QtWidgets.QTableWidget, "changes")
    assert changes.rowCount() == 5 and {changes.item(r, 1).text() for r in range(5)} == {"Thêm"}
    unmatched = preview.findChild(QtWidgets.QListWidget, "unmatched")
    assert [unmatched.item(r).text() for r in range(unmatched.count())] == ["Sở Nông nghiệp và Môi trường"]
    assert "chưa khớp đơn vị nào" in preview.findChild(QtWidgets.QLabel, "unmatchedLabel").text().replace("&", "")
    qtbot.mouseClick(ok_button(preview), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Danh mục tham chiếu: 5 TTHC" in window.summary.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog_named("excelImportDone") is not None, timeout=10_000)
    qtbot.keyClick(dialog_named("excelImportDone"), Qt.Key.Key_Escape)

    shortcut(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "đơn vị chưa nộp" in past_open_items(qtbot)  # no unit has sent yet: said before publishing
    qtbot.waitUntil(lambda: dialog_named("publishDialog") is not None, timeout=5000)
    dialog = dialog_named("publishDialog")
    assert not dialog.findChild(QtWidgets.QCheckBox, "publishAll").isEnabled()  # the appendix: classified only
    decision = dialog.findChild(QtWidgets.QLineEdit, "publishDecision")
    type_text(qtbot, decision, "1234/QĐ-UBND")
    dialog.findChild(QtWidgets.QCheckBox, "publishDecisionDated").setChecked(True)
    dialog.findChild(QtWidgets.QDateEdit, "publishDecisionDate").setDate(QtCore.QDate(2026, 12, 15))
    column = dialog.findChild(QtWidgets.QCheckBox, "publishColumnDecision")
    qtbot.keyClick(column, Qt.Key.Key_Space)  # the announcing decision as an extra column
    assert column.isChecked()
    out = tmp_path / "danh-muc-cong-bo.xlsx"
    dialog.findChild(QtWidgets.QLineEdit, "publishPath").setText(str(out))
    qtbot.keyClick(decision, Qt.Key.Key_Return)
    # No unit has classified anything yet: an empty Danh mục is refused with the reason, nothing written
    # (the decision's number and date in the appendix: tests/publication/test_official_appendix.py).
    qtbot.waitUntil(lambda: "không có thủ tục nào để công bố" in (reporter.last_message or ""), timeout=30_000)
    assert not out.exists()
