"""Packages through the windows: a department exports, the province previews, applies, answers."""

from __future__ import annotations

from pathlib import Path


from dvc_desktop.gui.qt import QtCore, QtGui, QtWidgets
from tests.conftest import demo_province
from tests.gui.conftest import dialog_named, type_text
from tests.windows import open_window, shut_down_every_application, start_application  # noqa: F401 (fixture)
from tests.package.conftest import PROVINCE_PASS, UNIT, UNIT_PASS, classify_some, offices  # noqa: F401 (fixture)


def answer_passphrase(qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: dialog_named("passphraseDialog") is not None, timeout=5000)
    dialog = dialog_named("passphraseDialog")
    line = dialog.findChild(QtWidgets.QLineEdit)
    type_text(qtbot, line, text)
    dialog.accept()


def drop(window, paths: list[Path]) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(p)) for p in paths])
    position = QtCore.QPointF(50, 50)

    drag = QtGui.QDragEnterEvent(position.toPoint(), QtCore.Qt.DropAction.CopyAction, mime,
                                 QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(drag)
    assert drag.isAccepted()
    dropped = QtGui.QDropEvent(position, QtCore.Qt.DropAction.CopyAction, mime, QtCore.Qt.MouseButton.LeftButton,
                               QtCore.Qt.KeyboardModifier.NoModifier)
    window.dropEvent(dropped)


def test_export_drop_preview_apply_and_receipt(qtbot, offices, reporter):
    from datetime import date

    from dvc_desktop.domain.indicators import quarter_of

    classify_some(offices.unit, 12)
    quarter = quarter_of(date.today()).code
    assert offices.run(offices.unit, "figures", "set", "--period", quarter, "--total", "40", "--online", "30",
                       "--with-fees", "10", "--paid-online", "5")[0] == 0
    package = offices.tmp / "stp-1.dvcpkg"

    application, unit_window = open_window(qtbot, offices.unit, reporter)
    unit_window.packages.export_submission(package)
    answer_passphrase(qtbot, UNIT_PASS)
    qtbot.waitUntil(package.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Gói gần nhất: số 1" in unit_window.strip.package_label.text(), timeout=10_000)
    unit_window.close()
    application.shutdown()

    application, province = open_window(qtbot, offices.province, reporter)
    before = province.table.rowCount()
    drop(province, [package])
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    preview = dialog_named("ImportPreview")
    files = preview.findChild(QtWidgets.QTableWidget, "files")
    assert files.item(0, 1).text() == "Sẽ nhập" and UNIT in files.item(0, 2).text()
    changes = preview.findChild(QtWidgets.QTableWidget, "changes")
    assert changes.rowCount() > 0
    shown = [changes.item(r, 0).text() for r in range(changes.rowCount())]
    assert f"Số liệu hồ sơ {quarter}" in shown  # the unit's figures travel with its package
    figures_row = shown.index(f"Số liệu hồ sơ {quarter}")
    assert "tiếp nhận 40 (trực tuyến 30)" in changes.item(figures_row, 3).text()
    preview.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()

    def unit_row() -> int:
        return next(r for r in range(province.table.rowCount()) if province.table.item(r, 0).text() == UNIT)

    # Imported, not yet reviewed: the unit shows as changed, with its package's number.
    qtbot.waitUntil(lambda: province.table.item(unit_row(), 3).text().startswith("Có thay đổi chưa xem xét"),
                    timeout=10_000)
    assert province.table.rowCount() == before and province.table.item(unit_row(), 4).text() == "1"

    # The office returns one of the unit's rows with a comment, from the consolidated catalogue.
    province.show_unit_rows(UNIT)
    review = province.review
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=5000)
    review.table.selectRow(0)
    returned_code = review.model.row(review.selected_ids()[0]).code
    review.comment.setFocus()
    type_text(qtbot, review.comment, "Thiếu quy định chuyên ngành")
    qtbot.mouseClick(review.return_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã ghi" in review.review_message.text(), timeout=5000)
    assert review.model.row(review.selected_ids()[0]).review_status == "returned"

    province.tabs.setCurrentWidget(province.dashboard)
    province.table.selectRow(unit_row())
    receipt = offices.tmp / "receipt.dvcpkg"
    province.export_receipt(receipt)
    answer_passphrase(qtbot, PROVINCE_PASS)
    qtbot.waitUntil(receipt.exists, timeout=10_000)
    province.close()
    application.shutdown()

    application, unit_window = open_window(qtbot, offices.unit, reporter)
    unit_window.packages.preview([receipt])
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    dialog_named("ImportPreview").accept()
    qtbot.waitUntil(lambda: "Tỉnh đã nhận gói số 1" in unit_window.strip.package_label.text(), timeout=10_000)
    assert "1 thủ tục bị trả lại" in unit_window.strip.package_label.text()
    row_id = next(r.id for r in unit_window.model.all_rows() if r.code == returned_code)
    unit_window._select_id(row_id)
    qtbot.waitUntil(lambda: "Tỉnh trả lại: Thiếu quy định chuyên ngành" in unit_window.editor.review_label.text(),
                    timeout=5000)
    unit_window.close()
    application.shutdown()


def previewed_at_the_province(qtbot, offices, reporter):  # type: ignore[no-untyped-def]
    """The unit's first package, previewed in the province's window: (application, window, package)."""
    classify_some(offices.unit, 5)
    package = offices.tmp / "stp.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)[0] == 0
    application, province = open_window(qtbot, offices.province, reporter)
    province.packages.preview([package])
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    return application, province, package


def test_cancel_in_the_preview_changes_nothing(qtbot, offices, reporter):
    application, province, _package = previewed_at_the_province(qtbot, offices, reporter)
    dialog_named("ImportPreview").reject()
    qtbot.waitUntil(lambda: province.runner.pending == 0, timeout=10_000)  # nothing queued behind the Hủy
    province.close()
    application.shutdown()
    code, out, _ = offices.run(offices.province, "status", "--json")
    assert '"last_sequence": null' in out.split(UNIT)[1].split("}")[0]


def test_a_refused_package_shows_its_reason_in_the_preview(qtbot, offices, reporter, tmp_path):
    bad = tmp_path / "hong.dvcpkg"
    bad.write_bytes(b"PK\x03\x04 not really a package")
    application, province = open_window(qtbot, offices.province, reporter)
    province.packages.preview([bad])
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    preview = dialog_named("ImportPreview")
    files = preview.findChild(QtWidgets.QTableWidget, "files")
    assert files.item(0, 1).text() == "Từ chối" and "không phải gói" in files.item(0, 7).text()
    assert not preview.findChild(QtWidgets.QDialogButtonBox, "buttons").button(
        QtWidgets.QDialogButtonBox.StandardButton.Ok).isEnabled()
    preview.reject()
    province.close()
    application.shutdown()


def test_first_reference_asks_to_confirm_the_province_fingerprint(qtbot, offices, reporter, tmp_path):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.setup import initialise

    fresh = tmp_path / "fresh-unit"
    with open_context(fresh) as context:
        initialise(context, "department", "000.00.21.H59", "Sở Y tế", "H59")
    application, window = open_window(qtbot, fresh, reporter)
    window.packages.preview([offices.tmp / "ref.dvcpkg"])
    qtbot.waitUntil(lambda: dialog_named("confirmFingerprint") is not None, timeout=10_000)
    box = dialog_named("confirmFingerprint")
    expected = offices.run(offices.province, "keys", "fingerprint")[1].strip().splitlines()[-1]
    assert expected in box.text()
    box.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    dialog_named("ImportPreview").accept()
    qtbot.waitUntil(lambda: "Hạn nộp: chưa đặt" not in window.deadline_label.text(), timeout=10_000)
    window.close()
    application.shutdown()


def test_key_exchange_through_the_windows(qtbot, reporter, tmp_path):
    """A unit writes its key card; the province compares the fingerprint and trusts the key."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.keys import generate_signing_key, list_trusted
    from dvc_desktop.services.setup import initialise

    unit_dir, province_dir = tmp_path / "unit", tmp_path / "province"
    with open_context(unit_dir) as context:
        initialise(context, "department", "000.00.21.H59", "Sở Y tế", "H59")
        generate_signing_key(context, UNIT_PASS)
    demo_province(province_dir)  # the province's unit tree
    with open_context(province_dir) as context:
        trusted_before = {k.key_id for k in list_trusted(context)}

    application, unit_window = open_window(qtbot, unit_dir, reporter)
    key_file = tmp_path / "so-y-te.pub"
    unit_window.packages.export_public_key(key_file)
    qtbot.waitUntil(lambda: dialog_named("keyCard") is not None, timeout=10_000)
    card = dialog_named("keyCard").text()
    fingerprint = card.split("Dấu vân tay:\n")[1].split("\n")[0]
    assert key_file.exists() and len(fingerprint.split()) == 10
    dialog_named("keyCard").accept()

    application, province = open_window(qtbot, province_dir, reporter)
    row = next(r for r in range(province.table.rowCount()) if province.table.item(r, 0).text() == "000.00.21.H59")
    province.table.selectRow(row)
    province.act_trust.trigger()
    qtbot.waitUntil(lambda: dialog_named("trustKeyDialog") is not None, timeout=10_000)
    trust = province.keys.dialog
    assert trust.picker.chosen() == "000.00.21.H59"  # the unit selected in the window
    trust.load_key(key_file)  # what the dialog's file chooser leads to
    qtbot.waitUntil(lambda: trust.fingerprint.text() == fingerprint, timeout=10_000)
    trust.confirmed.setChecked(True)
    trust.ok.click()
    qtbot.waitUntil(lambda: "Đã tin cậy khóa" in province.statusBar().currentMessage(), timeout=10_000)
    province.close()
    application.shutdown()
    with open_context(province_dir) as context:
        added = [k for k in list_trusted(context) if k.key_id not in trusted_before]
    assert [k.unit_code for k in added] == ["000.00.21.H59"] and added[0].fingerprint == fingerprint


def test_first_run_can_start_from_the_reference_package(qtbot, offices, reporter, tmp_path):
    from tests.gui.conftest import type_text as typed

    fresh = tmp_path / "first-run"
    application, ready = start_application(fresh, reporter)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    wizard.next()
    application.wizard.open_reference(offices.tmp / "ref.dvcpkg")
    expected = offices.run(offices.province, "keys", "fingerprint")[1].strip().splitlines()[-1]
    assert expected == wizard.findChild(QtWidgets.QLabel, "fingerprintText").text()
    tree = wizard.findChild(QtWidgets.QTreeWidget, "unitTree")
    tree.setCurrentItem(tree.findItems("Sở Y tế", QtCore.Qt.MatchFlag.MatchRecursive | QtCore.Qt.MatchFlag.MatchExactly)[0])
    wizard.next()
    assert wizard.currentId() == 1  # the fingerprint is not confirmed yet
    assert "dấu vân tay" in wizard.findChild(QtWidgets.QLabel, "unitError").text()
    wizard.findChild(QtWidgets.QCheckBox, "fingerprintCheck").setChecked(True)
    wizard.next()
    typed(qtbot, wizard.findChild(QtWidgets.QLineEdit, "passphraseEdit"), "mật khẩu sở y tế")
    typed(qtbot, wizard.findChild(QtWidgets.QLineEdit, "repeatEdit"), "mật khẩu sở y tế")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    window = ready[0]
    assert window.windowTitle() == "DVC Desktop — Sở Y tế"
    qtbot.waitUntil(lambda: "Hạn nộp: chưa đặt" not in window.deadline_label.text(), timeout=10_000)


def test_province_publishes_the_catalogue_from_the_window(qtbot, reporter, tmp_path):
    import openpyxl

    province_dir = demo_province(tmp_path / "province")
    application, province = open_window(qtbot, province_dir, reporter)
    out = tmp_path / "danh-muc.xlsx"
    province.publish(out, include_all=True)  # every procedure: the working draft
    qtbot.waitUntil(lambda: "Đã ghi Danh mục" in province.statusBar().currentMessage(), timeout=30_000)
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "Danh mục"


def test_what_is_applied_is_what_was_previewed(qtbot, offices, reporter):
    """The file changed between the preview and Áp dụng (a colleague saved a newer package over it): it is
    refused, not imported unseen."""
    application, province, package = previewed_at_the_province(qtbot, offices, reporter)
    classify_some(offices.unit, 8)  # meanwhile, a second package is written under the same name
    package.unlink()
    assert offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)[0] == 0
    dialog_named("ImportPreview").accept()
    qtbot.waitUntil(lambda: dialog_named("refusedPackages") is not None, timeout=10_000)
    assert "đã thay đổi sau khi xem trước" in dialog_named("refusedPackages").text()
    dialog_named("refusedPackages").close()
    province.close()
    application.shutdown()
    code, out, _ = offices.run(offices.province, "status", "--json")
    assert '"last_sequence": null' in out.split(UNIT)[1].split("}")[0]  # nothing imported
