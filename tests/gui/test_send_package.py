"""Sending the package from the window: a missing key is said before anything is asked; a summary of
what the package holds; a default file name that never overwrites the last one; a confirmation that
stays, with "Mở thư mục"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dvc_desktop.gui import packages as gui_packages
from dvc_desktop.gui.qt import Qt, QtWidgets
from tests.gui.conftest import activate, dialog_named, type_text
from tests.gui.test_packages_window import answer_passphrase
from tests.package.conftest import UNIT, UNIT_PASS, classify_some, offices  # noqa: F401 (fixture)
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


def test_the_clerk_sends_the_package_with_a_summary_a_new_name_and_a_lasting_confirmation(
        qtbot, offices, reporter, monkeypatch):
    classify_some(offices.unit, 5)
    asked: list[str] = []
    opened: list[object] = []

    def save_dialog(parent, title, default_name):  # the native dialog, as the clerk answers it
        asked.append(default_name)
        return offices.tmp / default_name

    monkeypatch.setattr(gui_packages, "choose_save_path", save_dialog)
    monkeypatch.setattr(gui_packages, "open_folder", opened.append)
    application, window = open_window(qtbot, offices.unit, reporter)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog_named("exportSummary") is not None, timeout=10_000)
    summary = dialog_named("exportSummary")
    total, ready, unclassified, attention = window.submission_counts()
    assert "Gói số 1" in summary.text() and f"{ready} sẵn sàng" in summary.text()
    assert f"{unclassified} chưa phân loại" in summary.text() and "Vẫn gửi?" in summary.text()
    assert not asked  # nothing asked before the clerk says to go on
    summary.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    answer_passphrase(qtbot, UNIT_PASS)
    qtbot.waitUntil(lambda: dialog_named("exportDone") is not None, timeout=10_000)
    first = f"goi-{UNIT}-so-1-{date.today().isoformat()}.dvcpkg"
    assert asked == [first] and (offices.tmp / first).exists()
    done = dialog_named("exportDone")
    assert str(offices.tmp / first) in done.text()
    folder = next(b for b in done.buttons() if b.text().replace("&", "") == "Mở thư mục")
    folder.click()
    assert opened == [offices.tmp] and done.isVisible()  # the confirmation stays while the folder opens
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10_000)  # the reload after an export is done:
    # the confirmation is still there
    assert dialog_named("exportDone") is done
    done.button(QtWidgets.QMessageBox.StandardButton.Close).click()

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog_named("exportSummary") is not None, timeout=10_000)
    assert "Gói số 2" in dialog_named("exportSummary").text()
    dialog_named("exportSummary").button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    answer_passphrase(qtbot, UNIT_PASS)
    qtbot.waitUntil(lambda: len(asked) == 2 and (offices.tmp / asked[1]).exists(), timeout=10_000)
    assert asked[1] == f"goi-{UNIT}-so-2-{date.today().isoformat()}.dvcpkg"  # never the last one's name
    assert (offices.tmp / first).exists()


def test_a_unit_without_a_key_is_told_before_any_file_or_passphrase(qtbot, offices, reporter, monkeypatch):
    import shutil

    shutil.rmtree(offices.unit / "keys")
    asked: list[str] = []
    monkeypatch.setattr(gui_packages, "choose_save_path", lambda *args, **kwargs: asked.append("file"))
    application, window = open_window(qtbot, offices.unit, reporter)
    window.act_export_package.trigger()
    qtbot.waitUntil(lambda: dialog_named("noSigningKey") is not None, timeout=10_000)
    box = dialog_named("noSigningKey")
    assert "chưa có khóa ký" in box.text()
    assert not asked and dialog_named("passphraseDialog") is None
    # The key is made right there: the passphrase's minimum said first, shown on request, asked twice.
    next(b for b in box.buttons() if b.text().replace("&", "") == "Tạo khóa ký…").click()
    qtbot.waitUntil(lambda: dialog_named("keyDialog") is not None, timeout=10_000)
    dialog = dialog_named("keyDialog")
    assert "ít nhất 8 ký tự" in " ".join(label.text() for label in dialog.findChildren(QtWidgets.QLabel))
    first = dialog.findChild(QtWidgets.QLineEdit, "newPassphrase")
    repeat = dialog.findChild(QtWidgets.QLineEdit, "repeatPassphrase")
    type_text(qtbot, first, "mật khẩu mới dài")
    type_text(qtbot, repeat, "mật khẩu khác hẳn")
    qtbot.keyClick(dialog.findChild(QtWidgets.QCheckBox, "showPassphrase"), Qt.Key.Key_Space)
    assert first.echoMode() == QtWidgets.QLineEdit.EchoMode.Normal
    ok = dialog.findChild(QtWidgets.QDialogButtonBox, "buttons").button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    ok.click()
    error = dialog.findChild(QtWidgets.QLabel, "keyDialogError")
    qtbot.waitUntil(lambda: error.isVisible() and "không khớp" in error.text(), timeout=10_000)
    repeat.clear()
    type_text(qtbot, repeat, "mật khẩu mới dài")
    ok.click()
    qtbot.waitUntil(lambda: (offices.unit / "keys" / "signing-key.json").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog_named("keyCardPreview") is not None, timeout=10_000)  # the card to send
    dialog_named("keyCardPreview").reject()


def test_the_window_demo_signs_with_its_documented_passphrase(qtbot, open_app, tmp_path):
    """`scripts/run --demo` comes with a key (README: passphrase dulieumau2026), so the loop can be tried."""
    from dvc_desktop.demo.build import DEMO_SIGNING_PASSPHRASE

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert DEMO_SIGNING_PASSPHRASE in readme
    window = open_app(demo=True)
    out = tmp_path / "goi-mau.dvcpkg"
    window.packages.export_submission(out, passphrase=DEMO_SIGNING_PASSPHRASE)
    qtbot.waitUntil(lambda: out.exists(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog_named("exportDone") is not None, timeout=10_000)
    dialog_named("exportDone").close()
