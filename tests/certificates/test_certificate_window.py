"""Official certificates from the window, driven as a clerk and an officer drive it: the unit chooses its
token in Cài đặt and sends a package asked only for the PIN; the office trusts the CA, confirms the unit's
organisation on its first package and imports it; the summary is signed from the print preview and the
Danh mục published as a signed PDF."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest

from dvc_desktop.gui import certificates as gui_certificates
from dvc_desktop.gui import packages as gui_packages
from dvc_desktop.gui import report_preview as gui_report_preview
from dvc_desktop.gui.qt import QtWidgets
from tests.certificates.conftest import PIN, init_store
from tests.certificates.test_certificate_round import ORGANISATION, _department, _export
from tests.gui.conftest import dialog_named, past_open_items, reporter, type_text  # noqa: F401 (fixture)
from tests.test_first_round import CODES, JUSTICE
from tests.windows import open_window, shown_print_preview, shut_down_every_application  # noqa: F401 (fixture)

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed")


def _answer_pin(qtbot, pin: str = PIN) -> None:
    qtbot.waitUntil(lambda: dialog_named("pinDialog") is not None, timeout=10_000)
    dialog = dialog_named("pinDialog")
    line = dialog.findChild(QtWidgets.QLineEdit)
    assert line.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    type_text(qtbot, line, pin)
    dialog.accept()


def test_a_unit_chooses_its_token_and_sends_a_package_asked_only_for_the_pin(
        qtbot, tmp_path, cli, round_open, soft_token, reporter, monkeypatch):
    _, reference, fingerprint = round_open
    store = tmp_path / JUSTICE[0]
    init_store(cli, store, "department", JUSTICE, passphrase=False)  # no minisign key: the token alone
    cli(store, "reference", "import", str(reference), "--fingerprint", fingerprint)
    cli(store, "classify", CODES["justice"], "--form", "toan_trinh", "--ready")
    application, window = open_window(qtbot, store, reporter)

    window.act_signing_certificate.trigger()  # Gói → Chứng thư số để ký…
    qtbot.waitUntil(lambda: dialog_named("signingCertificateDialog") is not None, timeout=10_000)
    dialog = dialog_named("signingCertificateDialog")
    assert "Chưa có chứng thư số" in dialog.findChild(QtWidgets.QLabel, "currentCertificate").text()
    ok = dialog.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    combo = dialog.findChild(QtWidgets.QComboBox, "libraryCombo")
    assert soft_token.library in [combo.itemText(i) for i in range(combo.count())]  # suggested: it is installed
    combo.setEditText(soft_token.library)
    type_text(qtbot, dialog.findChild(QtWidgets.QLineEdit, "tokenEdit"), soft_token.token_label)
    type_text(qtbot, dialog.findChild(QtWidgets.QLineEdit, "keyLabelEdit"), "agency")
    assert not ok.isEnabled()  # the PIN proves the token opens
    type_text(qtbot, dialog.findChild(QtWidgets.QLineEdit, "pinEdit"), "000000")
    ok.click()
    qtbot.waitUntil(lambda: "Mã PIN sai" in dialog.findChild(QtWidgets.QLabel, "errorLabel").text(), timeout=10_000)
    assert dialog.isVisible()
    pin = dialog.findChild(QtWidgets.QLineEdit, "pinEdit")
    pin.clear()
    type_text(qtbot, pin, PIN)
    ok.click()
    qtbot.waitUntil(lambda: "Từ nay" in window.statusBar().currentMessage(), timeout=10_000)

    monkeypatch.setattr(gui_packages, "choose_save_path", lambda parent, title, name: tmp_path / name)
    window.act_export_package.trigger()
    qtbot.waitUntil(lambda: dialog_named("exportSummary") is not None, timeout=10_000)
    dialog_named("exportSummary").button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    _answer_pin(qtbot)
    assert dialog_named("passphraseDialog") is None  # no key, no passphrase
    qtbot.waitUntil(lambda: dialog_named("exportDone") is not None, timeout=10_000)
    assert "chứng thư số" in dialog_named("exportDone").text()
    [package] = tmp_path.glob("goi-*.dvcpkg")
    with zipfile.ZipFile(package) as container:
        assert container.namelist() == ["package.zip", "package.zip.p7s"]


def test_the_office_trusts_the_ca_and_confirms_the_organisation_on_the_first_package(
        qtbot, tmp_path, cli, round_open, soft_token, pki, pin_file, reporter, monkeypatch):
    office = round_open[0]
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    application, window = open_window(qtbot, office, reporter)

    window.certificates.act_trust.trigger()
    qtbot.waitUntil(lambda: dialog_named("certificateTrustDialog") is not None, timeout=10_000)
    trust = dialog_named("certificateTrustDialog")
    monkeypatch.setattr(gui_certificates, "ask_open_path", lambda *args: pki.files["root"])
    trust.findChild(QtWidgets.QPushButton, "addCaButton").click()
    cas = trust.findChild(QtWidgets.QTableWidget, "caTable")
    qtbot.waitUntil(lambda: cas.rowCount() == 1, timeout=10_000)
    assert "Cục Chứng thực số" in cas.item(0, 0).text()
    monkeypatch.setattr(gui_certificates, "ask_open_path", lambda *args: pki.files["crl"])
    trust.findChild(QtWidgets.QPushButton, "addCrlButton").click()
    crls = trust.findChild(QtWidgets.QTableWidget, "crlTable")
    qtbot.waitUntil(lambda: crls.rowCount() == 1, timeout=10_000)
    assert crls.item(0, 3).text() == "1"
    trust.reject()

    window.packages.preview([package])
    qtbot.waitUntil(lambda: dialog_named("confirmOrganisation") is not None, timeout=10_000)
    box = dialog_named("confirmOrganisation")
    assert ORGANISATION in box.text() and format(pki.agency.certificate.serial_number, "X") in box.text()
    box.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog_named("ImportPreview") is not None, timeout=10_000)
    preview = dialog_named("ImportPreview")
    files = preview.findChild(QtWidgets.QTableWidget, "files")
    assert files.item(0, 1).text() == "Sẽ nhập"
    preview.accept()
    qtbot.waitUntil(lambda: "Đã nhập 1 gói" in window.statusBar().currentMessage(), timeout=10_000)
    assert cli(office, "trust", "org", "list", "--json")["organisations"][0]["organisation"] == ORGANISATION


@needs_pdfsig
def test_the_summary_is_signed_from_the_print_preview_and_the_danh_muc_published_signed(
        qtbot, tmp_path, cli, round_open, soft_token, pki, pin_file, reporter, monkeypatch):
    office = round_open[0]
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    cli(office, "trust", "org", "add", "--unit-code", JUSTICE[0], "--organisation", ORGANISATION, "--yes")
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    cli(office, "package", "import", str(_export(cli, store, tmp_path / "goi.dvcpkg", pin_file)))
    cli(office, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token", soft_token.token_label,
        "--key-label", "office", "--pin-file", str(pin_file))
    application, window = open_window(qtbot, office, reporter)

    window.act_report.trigger()
    qtbot.waitUntil(lambda: shown_print_preview() is not None, timeout=20_000)
    preview = shown_print_preview()
    signed = tmp_path / "bao-cao-ky.pdf"
    monkeypatch.setattr(gui_report_preview, "ask_save_path", lambda *args: signed)
    action = next(a for a in preview.findChildren(gui_report_preview.QAction) if a.objectName() == "signPdf")
    action.trigger()
    _answer_pin(qtbot)
    qtbot.waitUntil(signed.exists, timeout=20_000)
    assert "Signature is Valid." in subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    qtbot.waitUntil(lambda: "Đã ký số" in window.statusBar().currentMessage(), timeout=10_000)
    preview.reject()

    window.act_publish.trigger()
    past_open_items(qtbot)
    dialog = dialog_named("publishDialog")
    path, sign = dialog.findChild(QtWidgets.QLineEdit, "publishPath"), dialog.findChild(QtWidgets.QCheckBox, "publishSign")
    path.setText(str(tmp_path / "danh-muc.xlsx"))
    assert not sign.isEnabled()  # a workbook is data, not a signed document
    path.setText(str(tmp_path / "danh-muc.pdf"))
    assert sign.isEnabled()
    dialog.reject()

    # The clerk's step, from the menu: the agency's signature over the signer's (here the same certificate).
    sealed = tmp_path / "bao-cao-ky-co-quan-ky.pdf"  # the name offered: the signed file's, "-co-quan-ky"
    monkeypatch.setattr(gui_certificates, "ask_open_path", lambda *args: signed)
    monkeypatch.setattr(gui_certificates, "ask_save_path", lambda parent, title, name, filters: tmp_path / name)
    window.certificates.act_agency.trigger()
    _answer_pin(qtbot)
    qtbot.waitUntil(sealed.exists, timeout=20_000)
    assert len(cli(office, "verify-pdf", str(sealed), "--json")["signatures"]) == 2

    published = tmp_path / "danh-muc.pdf"
    window.publish(published, kind="official", decision_number="1234/QĐ-UBND", sign=True)
    _answer_pin(qtbot)
    qtbot.waitUntil(published.exists, timeout=20_000)
    assert cli(office, "verify-pdf", str(published), "--json")["valid"]
