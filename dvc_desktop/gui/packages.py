"""Packages in the window: export with a passphrase, import with a preview (Apply / Cancel),
drag-and-drop of .dvcpkg files, the first-contact fingerprint check of the province's key, and (at
the province) the offer to trust the key of a unit whose package is signed by a key not yet trusted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.file_dialogs import ask_open_paths, ask_save_path
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.dialogs import confirm
from dvc_desktop.gui.forms import child, load_as
from dvc_desktop.gui.labels import form_label
from dvc_desktop.gui.qt import QObject, Qt, QtCore, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.packages import ExportOutlook, ExportResult, ImportResult


def _t(text: str, **params: object) -> str:
    return translate("packages", text, **params)


def ask_passphrase(parent: QtWidgets.QWidget, then: Callable[[str], None]) -> QtWidgets.QInputDialog:
    dialog = plain(QtWidgets.QInputDialog(parent))
    dialog.setObjectName("passphraseDialog")
    dialog.setWindowTitle(_t("Mật khẩu khóa ký"))
    dialog.setLabelText(_t("Nhập mật khẩu của khóa ký của đơn vị:"))
    dialog.setTextEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    dialog.textValueSelected.connect(then)
    dialog.open()
    return dialog


def with_signing_secrets(parent: QtWidgets.QWidget, runner: "Runner", report: Callable[[BaseException], None],
                         keep: list[object], passphrase: str | None, pin: str | None,
                         then: Callable[[str | None, str | None], None]) -> None:
    """What signing a package asks of the person, and only that: the key's passphrase when the store has a
    minisign key, the token's PIN when it signs with a certificate; then `then(passphrase, pin)`."""
    def needs(context):
        from dvc_desktop.services.packages import signing_needs

        return signing_needs(context)

    def asked(answer) -> None:
        if answer.passphrase and passphrase is None:
            keep.append(ask_passphrase(parent, lambda text: with_signing_secrets(
                parent, runner, report, keep, text, pin, then)))
        elif answer.pin and pin is None:
            from dvc_desktop.gui.certificates import ask_pin

            keep.append(ask_pin(parent, answer.certificate_holder or "", lambda text: with_signing_secrets(
                parent, runner, report, keep, passphrase, text, then)))
        else:
            then(passphrase if answer.passphrase else None, pin if answer.pin else None)

    runner.run(needs, asked, report)


def package_files(mime: QtCore.QMimeData) -> list[Path]:
    """The .dvcpkg files among what is dragged onto the window."""
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".dvcpkg")]


class DropsPackages:
    """Mixin for a main window with a `packages: PackageActions`: .dvcpkg files dropped on it are previewed."""

    packages: "PackageActions"

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if package_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = package_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.packages.preview(files)


def choose_save_path(parent: QtWidgets.QWidget, title: str, default_name: str) -> Path | None:
    """Where to save a package: the folder last used (gui/file_dialogs.py), under `default_name`."""
    return ask_save_path(parent, title, default_name, _t("Gói DVC Desktop (*.dvcpkg)"))


def open_folder(folder: Path) -> None:
    """The folder in the system's file manager (Explorer on Windows)."""
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder)))


# offer_trust(result, retry, declined): a package's signer is not trusted yet; `retry` previews the
# files again once its key is trusted, `declined` shows the preview as it is.
OfferTrust = Callable[["ImportResult", Callable[[], None], Callable[[], None]], None]
# offer_organisation: the same for a unit's first certificate-signed package (confirm its organisation).


class PackageActions(QObject):
    """Export and import for a window; `after_import` refreshes whatever the window shows (and
    `after_export`, when given, after an export, which changes no row)."""

    def __init__(self, window: QtWidgets.QMainWindow, runner: "Runner", report: Callable[[BaseException], None],
                 after_import: Callable[[], None], offer_trust: OfferTrust | None = None,
                 after_export: Callable[[], None] | None = None,
                 offer_organisation: OfferTrust | None = None) -> None:
        super().__init__(window)
        self.window, self.runner, self.report, self.after_import = window, runner, report, after_import
        self.after_export = after_export or after_import
        self.offer_trust = offer_trust
        self.offer_organisation = offer_organisation
        self._keep: list[object] = []

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- export

    def export_submission(self, path: Path | None = None, passphrase: str | None = None,
                          done: Callable[["ExportResult"], None] | None = None, pin: str | None = None,
                          asked: bool = False) -> None:
        """Without a path, as the clerk sends it: the missing key is said first; then what the package holds
        ("Gói số 2: 185 sẵn sàng, …"), the file (a new name each time), the passphrase, the confirmation."""
        if path is None:
            def outlook(context):
                from dvc_desktop.services.packages import export_outlook

                return export_outlook(context)

            self.runner.run(outlook, lambda outlook: self._before_export(outlook, done), self.report)
            return
        target = path if path.suffix == ".dvcpkg" else path.with_suffix(".dvcpkg")
        if not asked:
            with_signing_secrets(self.window, self.runner, self.report, self._keep, passphrase, pin,
                                 lambda secret, token_pin: self.export_submission(target, secret, done, token_pin, True))
            return

        def job(context):
            from dvc_desktop.services.packages import export_submission

            return export_submission(context, target, passphrase, pin)

        def written(result: "ExportResult") -> None:
            self._status(_t("Đã xuất gói số {n} ({records} thủ tục) vào {path}.", n=result.sequence,
                            records=result.records, path=result.path))
            self.after_export()  # the window shows the last export
            self._exported(result)
            if done:
                done(result)

        self.runner.run(job, written, self.report)

    def generate_key(self) -> None:
        """Gói → Tạo khóa ký…: a first key is followed by its key card (to send to the province); a
        replacement is said to travel with the next package."""
        def job(context):
            from dvc_desktop.services.keys import keys_dir, stored_public_key

            return stored_public_key(keys_dir(context)) is not None

        self.runner.run(job, self._open_key_dialog, self.report)

    def _open_key_dialog(self, replacing: bool) -> None:
        from dvc_desktop.gui.key_dialog import KeyDialog

        def created(info) -> None:
            if info.pending_rotation:
                self._status(_t("Đã tạo khóa thay thế {key}; gói kế tiếp sẽ thông báo khóa này cho tỉnh.",
                                key=info.pending_rotation))
                return
            self._status(_t("Đã tạo khóa ký {key}.", key=info.key_id))
            card = getattr(self.window, "print_key_card", None)
            if callable(card):
                card()

        dialog = KeyDialog(self.window, self.runner, replacing, created)
        self._keep.append(dialog)
        dialog.open()

    def _before_export(self, outlook: "ExportOutlook", done: Callable[["ExportResult"], None] | None) -> None:
        if not outlook.has_key and not outlook.has_certificate:
            box = plain(QtWidgets.QMessageBox(
                QtWidgets.QMessageBox.Icon.Warning, _t("Chưa có khóa ký"),
                _t("Đơn vị chưa có khóa ký nên chưa xuất được gói. Hãy tạo khóa, gửi phiếu khóa cho Văn phòng UBND "
                   "tỉnh, rồi xuất gói."), QtWidgets.QMessageBox.StandardButton.Cancel, self.window))
            box.setObjectName("noSigningKey")
            create = box.addButton(_t("&Tạo khóa ký…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(create)
            box.finished.connect(lambda _r: self.generate_key() if box.clickedButton() is create else None)
            self._keep.append(box)
            box.open()
            return
        counts = getattr(self.window, "submission_counts", lambda: None)()
        text = _t("Gói số {n} gửi Văn phòng UBND tỉnh.", n=outlook.sequence)
        if counts is not None:
            total, ready, unclassified, attention = counts
            if ready == total:
                text += " " + _t("Cả {total} thủ tục đã sẵn sàng.", total=total)
            else:
                text += " " + _t("{total} thủ tục: {ready} sẵn sàng, {unclassified} chưa phân loại, {attention} cần "
                                 "xem lại. Tỉnh nhận cả những thủ tục chưa sẵn sàng như chúng đang có. Vẫn gửi?",
                                 total=total, ready=ready, unclassified=unclassified, attention=attention)
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question, _t("Xuất gói gửi tỉnh"), text,
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No, self.window))
        box.setObjectName("exportSummary")
        box.button(QtWidgets.QMessageBox.StandardButton.Yes).setText(_t("&Tiếp tục…"))
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Yes)

        def answered(result: int) -> None:
            if result != QtWidgets.QMessageBox.StandardButton.Yes:
                return
            path = choose_save_path(self.window, _t("Xuất gói gửi tỉnh"), outlook.file_name)
            if path is not None:
                self.export_submission(path, None, done)

        box.finished.connect(answered)
        self._keep.append(box)
        box.open()

    def _exported(self, result: "ExportResult") -> None:
        """A confirmation that stays until closed (the status bar's was gone at the next reload)."""
        signed_with = (_t("khóa {key}", key=result.key_id) if result.key_id else "") + (
            (_t(" và ") if result.key_id else "") + _t("chứng thư số của «{holder}»", holder=result.certificate)
            if result.certificate else "")
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information, _t("Đã xuất gói"),
            _t("Đã xuất gói số {n} ({records} thủ tục), ký bằng {signed}, vào:\n{path}\n\nGửi tệp này cho Văn phòng "
               "UBND tỉnh.", n=result.sequence, records=result.records, signed=signed_with, path=result.path),
            QtWidgets.QMessageBox.StandardButton.Close, self.window))
        box.setObjectName("exportDone")
        folder = box.addButton(_t("&Mở thư mục"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
        folder.clicked.disconnect()  # stays open: the clerk may still want to read the path
        folder.clicked.connect(lambda: open_folder(result.path.parent))
        self._keep.append(box)
        box.open()

    # -- keys

    def export_public_key(self, path: Path | None = None) -> None:
        """The unit's public key for the province, and its fingerprint to read out or print."""
        if path is None:
            path = ask_save_path(self.window, _t("Xuất khóa công khai"), "khoa-cong-khai.pub",
                                 _t("Khóa công khai minisign (*.pub)"))
            if path is None:
                return
        target = path

        def job(context):
            from dvc_desktop.services.keys import export_public_key, key_info

            export_public_key(context, target)
            return key_info(context)

        def written(info) -> None:
            box = plain(QtWidgets.QMessageBox(
                QtWidgets.QMessageBox.Icon.Information, _t("Phiếu khóa"),
                _t("Đã ghi khóa công khai vào {path}.\n\nMã khóa: {key}\nDấu vân tay:\n{fp}\n\nGửi tệp này cho "
                   "Văn phòng UBND tỉnh và đọc dấu vân tay cho cán bộ tiếp nhận để đối chiếu.",
                   path=target, key=info.key_id, fp=info.fingerprint),
                QtWidgets.QMessageBox.StandardButton.Ok, self.window))
            box.setObjectName("keyCard")
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._keep.append(box)
            box.open()

        self.runner.run(job, written, self.report)

    # -- import

    def choose_and_import(self) -> None:
        chosen = ask_open_paths(self.window, _t("Nhập gói"), _t("Gói DVC Desktop (*.dvcpkg)"))
        if chosen:
            self.preview(chosen)

    def preview(self, paths: list[Path], fingerprint: str | None = None, offer: bool = True) -> None:
        """Verify and compute the differences (a dry run); the user then applies or cancels. With
        `offer`, a package signed by a key not yet trusted first offers to trust that key."""
        def job(context, progress):
            from dvc_desktop.services.packages import import_packages

            return import_packages(context, paths, dry_run=True, expected_fingerprint=fingerprint, progress=progress)

        self.runner.run(job, lambda results: self._show_preview(paths, results, fingerprint, offer), self.report,
                        label=_t("Đang kiểm tra {n} gói…", n=len(paths)), parent=self.window)

    def _show_preview(self, paths: list[Path], results: list["ImportResult"], fingerprint: str | None,
                      offer: bool = True) -> None:
        unconfirmed = next((r for r in results if r.code == "unconfirmed_key"), None)
        if unconfirmed is not None and fingerprint is None:
            self._confirm_fingerprint(paths, unconfirmed.fingerprint)
            return
        organisation = next((r for r in results if r.code == "unconfirmed_certificate"), None)
        if organisation is not None and offer and self.offer_organisation is not None:
            self.offer_organisation(organisation, lambda: self.preview(paths, fingerprint),
                                    lambda: self._show_preview(paths, results, fingerprint, offer=False))
            return
        unknown = next((r for r in results if r.code == "unknown_signer"), None)
        if unknown is not None and offer and self.offer_trust is not None:
            self.offer_trust(unknown, lambda: self.preview(paths, fingerprint),
                             lambda: self._show_preview(paths, results, fingerprint, offer=False))
            return
        trust = None
        if unknown is not None and self.offer_trust is not None:
            offer_trust = self.offer_trust

            def trust() -> None:  # from the preview itself: trust the key, then preview again
                offer_trust(unknown, lambda: self.preview(paths, fingerprint),
                            lambda: self._show_preview(paths, results, fingerprint, offer=False))

        dialog = ImportPreview(results, self.window, trust)
        self._keep.append(dialog)
        # What is applied is what was previewed: each file's bytes as the preview read them (by SHA-256).
        applicable = {str(p): r.sha256 for p, r in zip(paths, results) if r.status == "would_import"}
        dialog.dialog.accepted.connect(lambda: self._apply(applicable, fingerprint))
        dialog.dialog.open()

    def _confirm_fingerprint(self, paths: list[Path], shown: str) -> None:
        confirm(self.window, "confirmFingerprint", _t("Xác nhận khóa của tỉnh"),
                _t("Đây là lần đầu nhận gói của tỉnh. Dấu vân tay của khóa ký:\n\n{fp}\n\nDấu vân tay này có khớp "
                   "với dấu vân tay Văn phòng UBND tỉnh cung cấp (qua điện thoại hoặc phiếu khóa) không?", fp=shown),
                lambda: self.preview(paths, shown))

    def _apply(self, previewed: dict[str, str], fingerprint: str | None) -> None:
        if not previewed:
            return
        paths = [Path(name) for name in previewed]

        def job(context, progress):
            from dvc_desktop.services.packages import import_packages

            return import_packages(context, paths, expected_fingerprint=fingerprint, progress=progress,
                                   previewed=previewed)

        def done(results: list["ImportResult"]) -> None:
            imported = sum(r.status == "imported" for r in results)
            refused = [r for r in results if r.status == "rejected"]
            self._status(_t("Đã nhập {n} gói; từ chối {m}.", n=imported, m=len(refused)))
            if refused:
                self.report_refusals(refused)
            self.after_import()

        self.runner.run(job, done, self.report, label=_t("Đang nhập {n} gói…", n=len(paths)), parent=self.window)

    def report_refusals(self, refused: list["ImportResult"]) -> None:
        text = "\n".join(f"• {r.file}: {r.reason}" for r in refused)
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, _t("Gói bị từ chối"), text,
                                    QtWidgets.QMessageBox.StandardButton.Ok, self.window))
        box.setObjectName("refusedPackages")
        self._keep.append(box)
        box.open()


class ImportPreview:
    """Verified packages and their differences; Áp dụng imports those that can be. With `trust`, a
    package signed by a key not yet trusted offers, right there, to trust that key for its unit."""

    def __init__(self, results: list["ImportResult"], parent: QtWidgets.QWidget,
                 trust: Callable[[], None] | None = None) -> None:
        self.results = results
        self.dialog = load_as("import_preview.ui", QtWidgets.QDialog, parent)
        self.files = child(self.dialog, QtWidgets.QTableWidget, "files")
        self.changes = child(self.dialog, QtWidgets.QTableWidget, "changes")
        buttons = child(self.dialog, QtWidgets.QDialogButtonBox, "buttons")
        self.apply_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(_t("Áp dụng"))
        buttons.accepted.connect(self.dialog.accept)
        buttons.rejected.connect(self.dialog.reject)
        ready = sum(r.status == "would_import" for r in results)
        self.apply_button.setEnabled(ready > 0)
        counts = _t("{ready} gói sẽ được nhập, {already} đã nhập trước đây, {rejected} bị từ chối.", ready=ready,
                    already=sum(r.status == "already_imported" for r in results),
                    rejected=sum(r.status == "rejected" for r in results))
        if ready:
            then = _t("Chưa có gì thay đổi: bấm Áp dụng để nhập, Hủy để bỏ qua.")
        else:  # Áp dụng is greyed out: never offered in words
            then = _t("Không có gói nào để nhập; dữ liệu không thay đổi.")
            cancel = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(_t("Đóng"))
            cancel.setDefault(True)
        self.trust_button: QtWidgets.QPushButton | None = None
        untrusted = next((r for r in results if r.code == "unknown_signer"), None)
        if trust is not None and untrusted is not None:
            unit = f"{untrusted.sender_name} ({untrusted.sender})" if untrusted.sender_name else untrusted.sender
            self.trust_button = buttons.addButton(_t("Tin cậy khóa này cho đơn vị {unit}…", unit=unit),
                                                  QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
            self.trust_button.setObjectName("trustFromPreview")
            self.trust_button.setToolTip(_t("Chọn tệp khóa công khai đơn vị đã gửi và đối chiếu dấu vân tay qua điện "
                                            "thoại trước khi tin cậy; gói được kiểm tra lại ngay."))
            self.trust_button.clicked.connect(self.dialog.reject)
            self.trust_button.clicked.connect(trust)
            then = _t("Gói của {unit} được ký bằng khóa chưa tin cậy: bấm «Tin cậy khóa này…» để đối chiếu dấu vân tay "
                      "và tin cậy khóa, hoặc Đóng.", unit=unit) if not ready else then
        child(self.dialog, QtWidgets.QLabel, "summaryLabel").setText(counts + " " + then)
        self.files.setRowCount(len(results))
        for row, r in enumerate(results):
            status = {"would_import": _t("Sẽ nhập"), "already_imported": _t("Đã nhập trước đây"),
                      "rejected": _t("Từ chối")}.get(r.status, r.status)
            values = (r.file, status, f"{r.sender} {r.sender_name}".strip(), str(r.sequence or ""), str(r.added),
                      str(r.removed), str(r.changed), r.reason)
            for column, text in enumerate(values):
                item = QtWidgets.QTableWidgetItem(text)
                if r.status == "rejected":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.files.setItem(row, column, item)
        self.files.resizeColumnsToContents()
        self.files.horizontalHeader().setStretchLastSection(True)
        self.files.verticalHeader().setVisible(False)
        self.changes.verticalHeader().setVisible(False)
        self.files.currentCellChanged.connect(lambda row, *_: self.show_changes(row))
        self.changes.horizontalHeader().setStretchLastSection(True)
        if results:
            self.files.selectRow(0)
            self.show_changes(0)

    def show_changes(self, row: int) -> None:
        if not 0 <= row < len(self.results):
            return
        names = {"added": _t("Thêm"), "removed": _t("Bỏ"), "changed": _t("Đổi")}
        changes = self.results[row].changes
        figures = self.results[row].figures_changes
        self.changes.setRowCount(len(changes) + len(figures))
        lines = [(change.code, names.get(change.change, change.change),
                  form_label(change.before) if change.change != "added" else "",
                  form_label(change.after) if change.change != "removed" else "", change.detail)
                 for change in changes]
        # The unit's dossier figures per quarter come with the package too (docs/indicators.md).
        lines += [(_t("Số liệu hồ sơ {period}", period=f.period), names.get(f.change, f.change),
                   _figures_text(f.before), _figures_text(f.after), "") for f in figures]
        for position, values in enumerate(lines):
            for column, text in enumerate(values):
                self.changes.setItem(position, column, QtWidgets.QTableWidgetItem(text))
        self.changes.resizeColumnsToContents()


def _figures_text(figures) -> str:
    if figures is None:
        return ""
    return _t("tiếp nhận {total} (trực tuyến {online}); có phí {fees} (nộp trực tuyến {paid})",
              total=figures.received_total, online=figures.received_online, fees=figures.with_fees,
              paid=figures.paid_online)
