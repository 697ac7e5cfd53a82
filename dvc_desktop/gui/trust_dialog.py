"""The province trusts a unit's signing key: choose the unit's .pub file and the unit (typed without
diacritics), compare the fingerprint with the unit by telephone, confirm. The list of trusted keys
offers revocation. A package signed by a key not yet trusted opens the same dialog."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.file_dialogs import ask_open_path
from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.dialog_jobs import show_message, submit
from dvc_desktop.gui.dialogs import confirm
from dvc_desktop.gui.forms import child, load_as
from dvc_desktop.gui.labels import key_state_label, moment
from dvc_desktop.gui.qt import QObject, Qt, QtGui, QtWidgets
from dvc_desktop.gui.unit_picker import UnitPicker
from dvc_desktop.i18n import translate
from dvc_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.keys import TrustedKeyView
    from dvc_desktop.services.packages import ImportResult
    from dvc_desktop.services.units import UnitView


def _t(text: str, **params: object) -> str:
    return translate("trust", text, **params)


def _fingerprint_font() -> QtGui.QFont:
    font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    return font


class TrustKeyDialog(QObject):
    """objectName "trustKeyDialog". `submit(path, unit_code)` runs once the key is read, the unit
    chosen and the fingerprint confirmed."""

    def __init__(self, parent: QtWidgets.QWidget, runner: "Runner", units: list["UnitView"],
                 submit: Callable[[Path, str], None], unit: str | None = None, note: str = "") -> None:
        dialog = load_as("trust_key.ui", QtWidgets.QDialog, parent)
        super().__init__(dialog)
        self.dialog, self.runner, self._submit = dialog, runner, submit
        self.key_path: Path | None = None
        self.path = child(dialog, QtWidgets.QLineEdit, "pathEdit")
        self.path.setPlaceholderText(_t("Đường dẫn tệp .pub, hoặc bấm Chọn tệp…"))
        self.path.editingFinished.connect(self._path_typed)
        child(dialog, QtWidgets.QPushButton, "browseButton").clicked.connect(self._browse)
        self.search = child(dialog, QtWidgets.QLineEdit, "unitSearch")
        self.search.setPlaceholderText(_t("Ví dụ: so tu phap"))
        self.picker = UnitPicker(self.search, child(dialog, QtWidgets.QListWidget, "unitList"))
        self.picker.set_units([(u.code, u.name) for u in units if u.state == "active" and u.kind != "province"])
        if not (unit and self.picker.select(unit)):
            self.picker.listing.setCurrentRow(-1)  # no unit until the clerk chooses one
        self.fingerprint = child(dialog, QtWidgets.QLabel, "fingerprintLabel")
        self.fingerprint.setFont(_fingerprint_font())
        self.fingerprint.setText(_t("(chưa đọc tệp khóa)"))
        self.confirmed = child(dialog, QtWidgets.QCheckBox, "confirmCheck")
        self.error = child(dialog, QtWidgets.QLabel, "errorLabel")
        note_label = child(dialog, QtWidgets.QLabel, "noteLabel")
        show_message(note_label, note)
        buttons = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_t("&Xác nhận tin cậy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(dialog.reject)
        self.picker.chosen_changed.connect(lambda _code: self._unconfirm())
        self.confirmed.toggled.connect(lambda _on: self._enable())
        self._enable()
        (self.search if unit is None else self.path).setFocus()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _unconfirm(self) -> None:
        """A different key or unit needs its own telephone check."""
        self.confirmed.setChecked(False)
        self._enable()

    def _enable(self) -> None:
        ready = self.key_path is not None and self.picker.chosen() is not None
        self.confirmed.setEnabled(ready)
        self.ok.setEnabled(ready and self.confirmed.isChecked())

    def _browse(self) -> None:
        chosen = ask_open_path(self.dialog, _t("Khóa công khai của đơn vị"), _t("Khóa công khai minisign (*.pub)"))
        if chosen is not None:
            self.load_key(chosen)

    def _path_typed(self) -> None:
        text = self.path.text().strip()
        if text and (self.key_path is None or Path(text).expanduser() != self.key_path):
            self.load_key(Path(text).expanduser())

    def load_key(self, path: Path) -> None:
        """Read the key file on the worker and show its fingerprint (what the file dialog leads to)."""
        self.path.setText(str(path))
        self.key_path = None
        self._unconfirm()

        def job(context):
            from dvc_desktop.services.keys import fingerprint, read_public_key

            return fingerprint(read_public_key(path))

        def shown(text: str) -> None:
            self.key_path = path
            self.fingerprint.setText(text)
            show_message(self.error, "")
            self._enable()

        def failed(error: BaseException) -> None:
            self.fingerprint.setText(_t("(chưa đọc tệp khóa)"))
            text = str(error) if isinstance(error, ServiceError) else f"{type(error).__name__}: {error}"
            show_message(self.error, text)

        self.runner.run(job, shown, failed)

    def _accept(self) -> None:
        unit = self.picker.chosen()
        if self.key_path is not None and unit and self.confirmed.isChecked():
            self._submit(self.key_path, unit)


class TrustedKeysDialog(QObject):
    """The keys the province trusts, with revocation (objectName "trustedKeysDialog")."""

    def __init__(self, parent: QtWidgets.QWidget, revoke: Callable[["TrustedKeyView"], None],
                 add: Callable[[], None]) -> None:
        dialog = load_as("trusted_keys.ui", QtWidgets.QDialog, parent)
        super().__init__(dialog)
        self.dialog, self.rows = dialog, []  # type: ignore[var-annotated]
        self.table = child(dialog, QtWidgets.QTableWidget, "keys")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.revoke_button = child(dialog, QtWidgets.QPushButton, "revokeButton")
        self.revoke_button.clicked.connect(lambda: self._revoke_selected(revoke))
        child(dialog, QtWidgets.QPushButton, "addButton").clicked.connect(add)
        child(dialog, QtWidgets.QDialogButtonBox, "buttons").rejected.connect(dialog.reject)
        self.table.itemSelectionChanged.connect(self._enable)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def fill(self, keys: list["TrustedKeyView"], names: dict[str, str]) -> None:
        chosen = self.selected()
        self.rows = keys
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            values = (key.unit_code, names.get(key.unit_code, ""), key.key_id, key.fingerprint,
                      moment(datetime.fromisoformat(key.added_at)), key_state_label(key.state))
            for column, text in enumerate(values):
                item = QtWidgets.QTableWidgetItem(text)
                if key.state != "active":
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        keep = next((r for r, k in enumerate(keys) if chosen and k.key_id == chosen.key_id), 0 if keys else -1)
        if keep >= 0:
            self.table.selectRow(keep)
        self._enable()

    def selected(self) -> "TrustedKeyView | None":
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _revoke_selected(self, revoke: Callable[["TrustedKeyView"], None]) -> None:
        key = self.selected()
        if key is not None:
            revoke(key)

    def _enable(self) -> None:
        key = self.selected()
        self.revoke_button.setEnabled(key is not None and key.state == "active")


def _units(context: Any) -> list["UnitView"]:
    from dvc_desktop.services.units import list_units

    return list_units(context)


class KeyActions(QObject):
    """The window's key actions; `selected()` is the unit chosen in the window, if any."""

    def __init__(self, window: QtWidgets.QMainWindow, runner: "Runner", report: Callable[[BaseException], None],
                 selected: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window, self.runner, self.report, self.selected = window, runner, report, selected
        self.dialog: TrustKeyDialog | None = None
        self.keys_dialog: TrustedKeysDialog | None = None
        self.act_trust = make_action(window, _t("Tin cậy &khóa của một đơn vị…"), self.trust, "Ctrl+K", "trust")
        self.act_keys = make_action(window, _t("&Các khóa được tin cậy…"), self.show_keys, None, "trustedKeys")

    def actions(self) -> list:
        return [self.act_trust, self.act_keys]

    def trust(self, unit: str | None = None, path: Path | None = None, note: str = "",
              then: Callable[[], None] | None = None, declined: Callable[[], None] | None = None,
              parent: QtWidgets.QWidget | None = None, guess: bool = True) -> None:
        """Open the dialog with `unit` preselected, else (with `guess`) the unit chosen in the window."""
        preselect = unit or (self.selected() if guess else None)
        dialog: TrustKeyDialog

        def save(key_path: Path, code: str) -> None:
            def job(context):
                from dvc_desktop.services.keys import add_trusted_key

                return add_trusted_key(context, key_path, code)

            def trusted(view: "TrustedKeyView") -> None:
                self.window.statusBar().showMessage(_t("Đã tin cậy khóa {key} cho đơn vị {unit}.", key=view.key_id,
                                                       unit=view.unit_code), 8000)
                if then:
                    then()

            submit(self.runner, job, trusted, dialog.dialog, dialog.error, self.report)

        def show(units: list["UnitView"]) -> None:
            nonlocal dialog
            dialog = self.dialog = TrustKeyDialog(parent or self.window, self.runner, units, save, preselect, note)
            if declined:
                dialog.dialog.rejected.connect(declined)
            dialog.dialog.open()
            if path is not None:
                dialog.load_key(path)

        self.runner.run(_units, show, self.report)

    def offer_for_package(self, result: "ImportResult", retry: Callable[[], None],
                          declined: Callable[[], None]) -> None:
        """A package signed by a key not yet trusted: trust the sender's key, then preview again."""
        who = f"{result.sender} {result.sender_name}".strip()
        head = (_t("Gói {file} của {who} chưa nhập được: {reason}", file=result.file, who=who, reason=result.reason)
                if who else _t("Gói {file} chưa nhập được: {reason}", file=result.file, reason=result.reason))
        note = head + "\n" + _t("Nếu đơn vị đã gửi tệp khóa công khai, chọn tệp đó và đơn vị, đối chiếu dấu vân tay "
                                "qua điện thoại rồi xác nhận: gói sẽ được kiểm tra lại. Bấm Hủy để xem kết quả kiểm "
                                "tra mà không tin cậy khóa nào.")
        self.trust(result.sender or None, note=note, then=retry, declined=declined, guess=False)

    def show_keys(self) -> None:
        def job(context):
            from dvc_desktop.services.keys import list_trusted

            return list_trusted(context), {u.code: u.name for u in _units(context)}

        def revoke(key: "TrustedKeyView") -> None:
            def revoke_job(context):
                from dvc_desktop.services.keys import revoke as revoked

                return revoked(context, key.key_id)

            def done(view: "TrustedKeyView") -> None:
                self.window.statusBar().showMessage(_t("Đã thu hồi khóa {key} của đơn vị {unit}.", key=view.key_id,
                                                       unit=view.unit_code), 8000)
                refresh()

            box = confirm(dialog.dialog, "confirmRevoke", _t("Thu hồi khóa"),
                          _t("Thu hồi khóa {key} của đơn vị {unit}? Các gói ký bằng khóa này sẽ không được nhận nữa.",
                             key=key.key_id, unit=key.unit_code),
                          lambda: self.runner.run(revoke_job, done, self.report))
            box.setTextFormat(Qt.TextFormat.PlainText)

        def refresh() -> None:
            self.runner.run(job, lambda answer: dialog.fill(*answer), self.report)

        dialog = self.keys_dialog = TrustedKeysDialog(self.window, revoke,
                                                      lambda: self.trust(then=refresh, parent=dialog.dialog))
        dialog.dialog.open()
        refresh()
