"""A department sets itself up from the province's real reference package (no demo), prints its key
card, and its window shows the round the package announced."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from dvc_desktop.gui.qt import Qt, QtCore, QtWidgets
from dvc_desktop.store.files import DB_FILE_NAME
from tests.gui.conftest import dialog_named, type_text
from tests.reports.conftest import flat, pdftotext, require_poppler

PROVINCE_PASS = "mật khẩu của tỉnh"
UNIT_PASS = "mật khẩu sở tư pháp"
ROUND = "Rà soát, phân loại DVCTT năm 2026"
BASIS = "Công văn số 1234/UBND-KSTT ngày 01/12/2026 của UBND tỉnh"


@dataclass
class Reference:
    path: Path
    fingerprint: str
    deadline: date


@pytest.fixture()
def reference(tmp_path) -> Reference:
    """A province set up through the services, with one retired unit and an open round, and its package."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.keys import generate_signing_key
    from dvc_desktop.services.packages import export_reference
    from dvc_desktop.services.rounds import open_round
    from dvc_desktop.services.setup import initialise
    from dvc_desktop.services.units import add_unit, retire_unit

    out = tmp_path / "tham-chieu.dvcpkg"
    deadline = date.today() + timedelta(days=12)
    with open_context(tmp_path / "province") as context:
        initialise(context, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm",
                   "thunghiem.gov.vn")
        key = generate_signing_key(context, PROVINCE_PASS)
        add_unit(context, "000.00.13.H40", "Sở Tư pháp", "tinh")
        add_unit(context, "000.00.21.H40", "Sở Y tế", "tinh")
        add_unit(context, "000.00.30.H40", "Sở Thông tin và Truyền thông", "tinh")
        retire_unit(context, "000.00.30.H40")
        open_round(context, ROUND, BASIS, deadline)
        export_reference(context, out, PROVINCE_PASS)
    return Reference(out, key.fingerprint, deadline)


def shown_units(tree: QtWidgets.QTreeWidget) -> list[str]:
    found, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if not item.isHidden():
            found.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return found


def click(qtbot, tree: QtWidgets.QTreeWidget, name: str) -> None:
    item = tree.findItems(name, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def test_a_department_sets_itself_up_from_the_reference_package(qtbot, open_app, data_dir, reference, tmp_path):
    require_poppler()
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    find = wizard.findChild
    wizard.next()  # a department (the default) is offered the province's package first
    assert find(QtWidgets.QPushButton, "referenceButton").isVisible()
    assert "gói tham chiếu" in wizard.currentPage().subTitle()
    application.wizard.open_reference(reference.path)  # in place of the file dialog

    fingerprint = find(QtWidgets.QLabel, "fingerprintText")
    assert fingerprint.isVisible() and fingerprint.text() == reference.fingerprint
    assert [len(group) for group in fingerprint.text().split(" ")] == [4] * 10
    assert fingerprint.textFormat() == Qt.TextFormat.PlainText
    assert fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "điện thoại" in find(QtWidgets.QLabel, "fingerprintHint").text()
    for name, value in (("provinceCodeEdit", "H40"), ("provinceNameEdit", "Tỉnh Thử Nghiệm"),
                        ("provinceDomainEdit", "thunghiem.gov.vn")):
        edit = find(QtWidgets.QLineEdit, name)
        assert edit.text() == value and edit.isReadOnly()
    tree = find(QtWidgets.QTreeWidget, "unitTree")
    assert "Sở Y tế" in shown_units(tree) and "Sở Thông tin và Truyền thông" not in shown_units(tree)  # retired

    wizard.next()  # nothing chosen, nothing confirmed
    assert wizard.currentId() == 1
    error = find(QtWidgets.QLabel, "unitError").text()
    assert "chọn đơn vị" in error and "dấu vân tay" in error

    search = find(QtWidgets.QLineEdit, "unitSearchEdit")
    type_text(qtbot, search, "so tu phap")
    assert [name for name in shown_units(tree) if name.startswith("Sở")] == ["Sở Tư pháp"]
    click(qtbot, tree, "Sở Tư pháp")
    assert find(QtWidgets.QLineEdit, "unitCodeEdit").text() == "000.00.13.H40"
    assert find(QtWidgets.QLineEdit, "unitNameEdit").text() == "Sở Tư pháp"
    wizard.next()
    assert wizard.currentId() == 1 and "dấu vân tay" in find(QtWidgets.QLabel, "unitError").text()
    check = find(QtWidgets.QCheckBox, "fingerprintCheck")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(8, check.height() // 2))  # its box
    assert check.isChecked()
    wizard.next()
    assert wizard.currentId() == 2 and find(QtWidgets.QLabel, "keyCardHint").isVisible()

    passphrase, repeat = find(QtWidgets.QLineEdit, "passphraseEdit"), find(QtWidgets.QLineEdit, "repeatEdit")
    type_text(qtbot, passphrase, UNIT_PASS)
    type_text(qtbot, repeat, UNIT_PASS + " khác")
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "không khớp" in find(QtWidgets.QLabel, "keyError").text()
    repeat.clear()
    type_text(qtbot, repeat, UNIT_PASS)
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    window = ready[0]
    assert window.windowTitle() == "DVC Desktop — Sở Tư pháp"
    qtbot.waitUntil(lambda: dialog_named("keyCardPreview") is not None, timeout=10_000)  # the key card opens
    card = application.key_card
    refused: list[BaseException] = []
    card.on_error = refused.append
    keys_before = sorted(p.name for p in (data_dir / "keys").iterdir())
    assert card.save_pdf(data_dir / "keys" / "signing-key.pem") is None  # a mistyped place: refused, not written
    assert "khóa" in str(refused[0]) and sorted(p.name for p in (data_dir / "keys").iterdir()) == keys_before
    pdf = card.save_pdf(tmp_path / "phieu-khoa")
    assert pdf == tmp_path / "phieu-khoa.pdf" and card.saved == (pdf, tmp_path / "khoa-cong-khai-000.00.13.H40.pub")
    assert "khoa-cong-khai-000.00.13.H40.pub" in dialog_named("keyCardPreview").findChild(
        QtWidgets.QLabel, "keyCardMessage").text()

    from dvc_desktop.package.keys import public_info
    from dvc_desktop.reports.compose import date_line
    from dvc_desktop.services.keys import fingerprint, read_public_key

    own = public_info(data_dir / "keys")
    assert fingerprint(read_public_key(card.saved[1])) == own.fingerprint  # the .pub beside it is the unit's key
    text = flat(pdftotext(pdf))
    for expected in ("Sở Tư pháp", "Mã đơn vị 000.00.13.H40", f"Mã khóa (key ID) {own.key_id_hex}",
                     f"Dấu vân tay {own.fingerprint}", date_line("Thử Nghiệm", date.today()),
                     "GIÁM ĐỐC", "(Ký, ghi rõ họ tên và đóng dấu)"):
        assert expected in text, expected

    assert "còn 12 ngày" in window.deadline_label.text()
    assert reference.deadline.strftime("%d/%m/%Y") in window.deadline_label.text()
    round_label = window.findChild(QtWidgets.QLabel, "roundLabel")
    assert round_label.isVisible() and round_label.text() == f"Đợt: {ROUND} · Căn cứ: {BASIS}"

    dialog_named("keyCardPreview").reject()
    qtbot.waitUntil(lambda: dialog_named("keyCardPreview") is None, timeout=5000)
    window.act_key_card.trigger()  # the menu offers it again
    qtbot.waitUntil(lambda: dialog_named("keyCardPreview") is not None, timeout=10_000)
    dialog_named("keyCardPreview").reject()

    application.window.close()
    application.shutdown()
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.keys import list_trusted
    from dvc_desktop.services.settings import get_identity

    with open_context(data_dir) as context:
        with context.transaction() as session:
            identity = get_identity(session)
        assert (identity.role.value, identity.unit_code, identity.province_name) == \
            ("department", "000.00.13.H40", "Tỉnh Thử Nghiệm")
        assert [k.fingerprint for k in list_trusted(context)] == [reference.fingerprint]  # the package imported


def test_the_first_look_reads_the_round_the_package_announced(data_dir, reference):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.first_look import first_look
    from dvc_desktop.services.keys import generate_signing_key
    from dvc_desktop.services.packages import import_packages
    from dvc_desktop.services.setup import initialise
    from dvc_desktop.services.workspace import snapshot

    with open_context(data_dir) as context:
        initialise(context, "department", "000.00.13.H40", "Sở Tư pháp", "H40", "Tỉnh Thử Nghiệm", "thunghiem.gov.vn")
        generate_signing_key(context, UNIT_PASS)
        assert import_packages(context, [reference.path], expected_fingerprint=reference.fingerprint)[0].status \
            != "rejected"
        usual = snapshot(context)
    look = first_look(data_dir, date.today())
    assert look is not None
    look.lock.release()
    seen = look.snapshot
    assert (seen.round_name, seen.round_basis, seen.deadline) == (usual.round_name, usual.round_basis,
                                                                   usual.deadline) == (ROUND, BASIS, reference.deadline)


def test_a_reference_refused_at_the_finish_leaves_nothing_and_the_wizard_starts_again(
        qtbot, open_app, data_dir, reference, reporter):
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    find = wizard.findChild
    wizard.next()
    application.wizard.open_reference(reference.path)
    click(qtbot, find(QtWidgets.QTreeWidget, "unitTree"), "Sở Tư pháp")
    find(QtWidgets.QCheckBox, "fingerprintCheck").setChecked(True)
    wizard.next()
    for name in ("passphraseEdit", "repeatEdit"):
        type_text(qtbot, find(QtWidgets.QLineEdit, name), UNIT_PASS)
    data = bytearray(reference.path.read_bytes())  # the file changes on the USB stick before Finish
    data[-10] ^= 0xFF
    reference.path.write_bytes(bytes(data))
    wizard.button(QtWidgets.QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: dialog_named("SetupWizard") not in (None, wizard), timeout=10_000)
    assert reporter.last_message and not ready
    assert not (data_dir / "keys").exists() or list((data_dir / "keys").iterdir()) == []
    with sqlite3.connect(data_dir / DB_FILE_NAME) as connection:
        assert connection.execute("SELECT count(*) FROM settings WHERE key = 'identity'").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)


def test_the_wizard_says_the_passphrase_minimum_shows_it_on_request_and_offers_no_reference_to_a_province(
        qtbot, open_app):
    application, ready = open_app(demo=False, wait=False)
    qtbot.waitUntil(lambda: dialog_named("SetupWizard") is not None, timeout=10_000)
    wizard = dialog_named("SetupWizard")
    find = wizard.findChild
    find(QtWidgets.QRadioButton, "provinceRadio").setChecked(True)
    wizard.next()
    assert not find(QtWidgets.QPushButton, "referenceButton").isVisible()  # the office makes the reference
    wizard.back()
    find(QtWidgets.QRadioButton, "departmentRadio").setChecked(True)
    key_page = find(QtWidgets.QWizardPage, "keyPage")
    assert "ít nhất 8 ký tự" in key_page.subTitle()
    passphrase = find(QtWidgets.QLineEdit, "passphraseEdit")
    show = find(QtWidgets.QCheckBox, "showPassphraseCheck")
    assert passphrase.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(8, show.height() // 2))
    assert passphrase.echoMode() == QtWidgets.QLineEdit.EchoMode.Normal
    assert find(QtWidgets.QLineEdit, "repeatEdit").echoMode() == QtWidgets.QLineEdit.EchoMode.Normal
