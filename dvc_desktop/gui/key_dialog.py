"""Creating the unit's signing key in the window (Gói → Tạo khóa ký…): the first key, or its
replacement, which the next package announces to the province. The passphrase is asked twice, its
minimum length is said before it is typed, and it can be shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QObject, QtWidgets
from dvc_desktop.i18n import translate
from dvc_desktop.package.keys import MIN_PASSPHRASE_LENGTH

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.keys import KeyInfo


def _t(text: str, **params: object) -> str:
    return translate("keys_window", text, **params)


class KeyDialog(QObject):
    """The dialog and its work; `created(info)` is called once the key is in place."""

    def __init__(self, parent: QtWidgets.QWidget, runner: "Runner", replacing: bool,
                 created: Callable[["KeyInfo"], None]) -> None:
        super().__init__(parent)
        self.runner, self.created = runner, created
        self.dialog = QtWidgets.QDialog(parent)
        self.dialog.setObjectName("keyDialog")
        self.dialog.setWindowTitle(_t("Tạo khóa thay thế") if replacing else _t("Tạo khóa ký"))
        layout = QtWidgets.QFormLayout(self.dialog)
        intro = plain(QtWidgets.QLabel(
            (_t("Khóa mới được gói kế tiếp thông báo cho Văn phòng UBND tỉnh, ký bằng khóa hiện tại; sau gói đó, "
                "khóa mới ký các gói. ") if replacing else _t("Khóa ký xác nhận các gói đơn vị gửi tỉnh. "))
            + _t("Mật khẩu cần ít nhất {n} ký tự; hãy ghi nhớ: không khôi phục được.", n=MIN_PASSPHRASE_LENGTH),
            self.dialog))
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.passphrase = QtWidgets.QLineEdit(self.dialog)
        self.passphrase.setObjectName("newPassphrase")
        self.repeat = QtWidgets.QLineEdit(self.dialog)
        self.repeat.setObjectName("repeatPassphrase")
        for line in (self.passphrase, self.repeat):
            line.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        first = plain(QtWidgets.QLabel(_t("&Mật khẩu:"), self.dialog))
        first.setBuddy(self.passphrase)
        second = plain(QtWidgets.QLabel(_t("&Nhập lại:"), self.dialog))
        second.setBuddy(self.repeat)
        layout.addRow(first, self.passphrase)
        layout.addRow(second, self.repeat)
        self.show = QtWidgets.QCheckBox(_t("&Hiện mật khẩu"), self.dialog)
        self.show.setObjectName("showPassphrase")
        self.show.toggled.connect(self._show_text)
        layout.addRow(self.show)
        self.error = plain(QtWidgets.QLabel(self.dialog))
        self.error.setObjectName("keyDialogError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addRow(self.error)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self.dialog)
        buttons.setObjectName("buttons")
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(_t("&Tạo khóa"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.dialog.reject)
        layout.addRow(buttons)
        self.buttons = buttons

    def open(self) -> None:
        self.dialog.open()
        self.passphrase.setFocus()

    def _show_text(self, shown: bool) -> None:
        mode = QtWidgets.QLineEdit.EchoMode.Normal if shown else QtWidgets.QLineEdit.EchoMode.Password
        for line in (self.passphrase, self.repeat):
            line.setEchoMode(mode)

    def _create(self) -> None:
        passphrase, repeated = self.passphrase.text(), self.repeat.text()
        self.buttons.setEnabled(False)

        def job(context):
            from dvc_desktop.services.keys import generate_signing_key

            return generate_signing_key(context, passphrase, repeated)

        def done(info: "KeyInfo") -> None:
            self.dialog.accept()
            self.created(info)

        def refused(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(str(error))
            self.error.setVisible(True)

        self.runner.run(job, done, refused)
