"""Tệp → Máy chủ dữ liệu và tên cán bộ…: where the province's store lives (a PostgreSQL server, or the
file on this computer), "Thử kết nối", and the staff member's name the audit log records."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop import local_settings
from dvc_desktop.gui.forms import child, load_as
from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.gui.worker import without_store
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.server import ConnectionReport


def _t(text: str, **params: object) -> str:
    return translate("server_settings", text, **params)


class ServerSettings:
    """The dialog; `saved(message)` is told what changed once it is saved."""

    def __init__(self, parent: QtWidgets.QWidget, runner: "Runner", data_dir: Path,
                 saved: Callable[[str], None]) -> None:
        self.runner, self.data_dir, self._saved = runner, data_dir, saved
        self.dialog = load_as("server_settings.ui", QtWidgets.QDialog, parent)
        self.url: QtWidgets.QLineEdit = child(self.dialog, QtWidgets.QLineEdit, "serverUrl")
        self.staff: QtWidgets.QLineEdit = child(self.dialog, QtWidgets.QLineEdit, "staffName")
        self.result: QtWidgets.QLabel = child(self.dialog, QtWidgets.QLabel, "connectionResult")
        self.test_button: QtWidgets.QPushButton = child(self.dialog, QtWidgets.QPushButton, "testConnection")
        buttons = child(self.dialog, QtWidgets.QDialogButtonBox, "buttons")
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save).setText(_t("&Lưu"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(_t("Hủy"))
        self.url.setText(local_settings.saved_database_url(data_dir) or "")
        self.staff.setText(local_settings.staff_name(data_dir) or "")
        self.test_button.clicked.connect(self.test)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.dialog.reject)
        self.dialog.open()

    def test(self) -> None:
        value = self.url.text().strip()
        if not value:
            self._say(False, _t("Chưa có địa chỉ máy chủ: máy này dùng kho của mình."))
            return
        self.test_button.setEnabled(False)
        self.result.setText(_t("Đang kết nối…"))

        @without_store  # needs no store: it also runs when the current one cannot be opened
        def job(_context: Any) -> "ConnectionReport":
            from dvc_desktop.services.server import test_connection

            return test_connection(value)

        def done(report: "ConnectionReport") -> None:
            self.test_button.setEnabled(True)
            self._say(report.ok, report.message)

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self._say(False, str(error))

        self.runner.run(job, done, failed)

    def _say(self, ok: bool, text: str) -> None:
        self.result.setStyleSheet("color: #26734d" if ok else "color: #b00020")
        self.result.setText(text)

    def save(self) -> None:
        from dvc_desktop.services.errors import InvalidRequest
        from dvc_desktop.services.server import use_server

        before = local_settings.saved_database_url(self.data_dir)
        try:
            url = use_server(self.data_dir, self.url.text().strip() or None)
        except InvalidRequest as refused:  # a password in the URL, another kind of database
            self._say(False, str(refused))
            self.url.setFocus()
            return
        local_settings.save_staff_name(self.data_dir, self.staff.text())
        from dvc_desktop.services.context import current_actor

        actor = current_actor(self.data_dir)

        def rename(context: Any) -> None:  # from the next action on, the audit log names them
            context.actor = actor

        self.runner.run(rename)
        self.dialog.accept()
        moved = url != before
        self._saved(_t("Đã lưu. Tên cán bộ ghi vào nhật ký: {name}.", name=actor)
                    + (" " + _t("Mở lại ứng dụng để dùng kho mới.") if moved else ""))
