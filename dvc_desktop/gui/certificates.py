"""Official certificates in the window: the certificate this office or unit signs with (a token through
PKCS#11, or a PKCS#12 file), the token's PIN asked when something is signed (never kept), the CA
certificates, CRLs and unit organisations the province trusts, and the first certificate-signed package
of a unit, whose organisation the office confirms once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.dialog_jobs import submit
from dvc_desktop.gui.dialogs import confirm
from dvc_desktop.gui.file_dialogs import ask_open_path, ask_save_path
from dvc_desktop.gui.labels import moment
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QObject, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.certificates import SigningCertificate
    from dvc_desktop.services.packages import ImportResult


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


def ask_pin(parent: QtWidgets.QWidget, holder: str, then: Callable[[str], None]) -> QtWidgets.QInputDialog:
    """The token's PIN, for one signature: hidden as typed, handed to `then`, kept nowhere."""
    dialog = plain(QtWidgets.QInputDialog(parent))
    dialog.setObjectName("pinDialog")
    dialog.setWindowTitle(_t("Mã PIN của token"))
    dialog.setLabelText(_t("Ký bằng chứng thư số của «{holder}».\nNhập mã PIN của token (hoặc mật khẩu tệp PKCS#12):",
                           holder=holder))
    dialog.setTextEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    dialog.textValueSelected.connect(then)
    dialog.open()
    return dialog


def ask_pin_for_documents(parent: QtWidgets.QWidget, runner: "Runner", report: Callable[[BaseException], None],
                          keep: Callable[[QtWidgets.QInputDialog], None], then: Callable[[str], None]) -> None:
    """The PIN for signing a document with the configured certificate: who signs is read first (a store
    without a certificate is told so, through `report`), then asked; `keep` holds the dialog while open."""
    def signer(context):
        from dvc_desktop.services.document_signing import document_signer

        return document_signer(context)

    runner.run(signer, lambda name: keep(ask_pin(parent, name, then)), report)


def _label(text: str, buddy: QtWidgets.QWidget | None = None) -> QtWidgets.QLabel:
    label = plain(QtWidgets.QLabel(text))
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def describe_certificate(info: dict[str, str]) -> str:
    return _t("Chủ thể: {subject}\nTổ chức: {organisation}\nSố sê-ri: {serial}\nCấp bởi: {issuer}\nHiệu lực: {since} – "
              "{until}\nSHA-256: {sha}", subject=info["subject"], organisation=info["organisation"],
              serial=info["serial"], issuer=info["issuer"], since=info["not_before"][:10],
              until=info["not_after"][:10], sha=info["sha256"])


class SigningCertificateDialog(QObject):
    """Cài đặt › Chứng thư số để ký (objectName "signingCertificateDialog"). `save(source, pin, timestamp)`
    runs when the person confirms; the PIN only proves the token opens and is dropped."""

    def __init__(self, parent: QtWidgets.QWidget, current: "SigningCertificate | None", timestamp: str,
                 suggestions: list[str], save: Callable[[Any, str, str], None], forget: Callable[[], None]) -> None:
        dialog = QtWidgets.QDialog(parent)
        super().__init__(dialog)
        self.dialog = dialog
        dialog.setObjectName("signingCertificateDialog")
        dialog.setWindowTitle(_t("Chứng thư số để ký"))
        dialog.setMinimumWidth(640)
        layout = QtWidgets.QVBoxLayout(dialog)
        self.current = _label(describe_certificate(current.certificate.as_dict()) if current else
                              _t("Chưa có chứng thư số: gói và tài liệu chỉ được ký bằng khóa minisign (nếu có)."))
        self.current.setObjectName("currentCertificate")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.current)

        self.token_choice = QtWidgets.QRadioButton(_t("Token &USB (PKCS#11)"))
        self.token_choice.setObjectName("tokenChoice")
        self.file_choice = QtWidgets.QRadioButton(_t("Tệp &PKCS#12 (.p12, .pfx)"))
        self.file_choice.setObjectName("pkcs12Choice")
        layout.addWidget(self.token_choice)
        token_form = QtWidgets.QFormLayout()
        self.library = QtWidgets.QComboBox()
        self.library.setObjectName("libraryCombo")
        self.library.setEditable(True)
        self.library.addItems(suggestions)
        editor = self.library.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(_t("Thư viện PKCS#11 của token, ví dụ eps2003csp11.dll"))
        library_row = QtWidgets.QHBoxLayout()
        library_row.addWidget(self.library, 1)
        browse_library = QtWidgets.QPushButton(_t("Chọn tệp thư &viện…"))
        browse_library.setAutoDefault(False)
        browse_library.clicked.connect(self._browse_library)
        library_row.addWidget(browse_library)
        token_form.addRow(_label(_t("&Thư viện:"), self.library), library_row)
        self.token = QtWidgets.QLineEdit()
        self.token.setObjectName("tokenEdit")
        self.token.setPlaceholderText(_t("Nhãn token, như phần mềm của token hiển thị"))
        token_form.addRow(_label(_t("Nhãn t&oken:"), self.token), self.token)
        self.key = QtWidgets.QLineEdit()
        self.key.setObjectName("keyLabelEdit")
        token_form.addRow(_label(_t("Nhãn &khóa:"), self.key), self.key)
        layout.addLayout(token_form)
        layout.addWidget(self.file_choice)
        file_row = QtWidgets.QHBoxLayout()
        self.pkcs12 = QtWidgets.QLineEdit()
        self.pkcs12.setObjectName("pkcs12Edit")
        file_row.addWidget(self.pkcs12, 1)
        browse_file = QtWidgets.QPushButton(_t("C&họn tệp PKCS#12…"))
        browse_file.setAutoDefault(False)
        browse_file.clicked.connect(self._browse_pkcs12)
        file_row.addWidget(browse_file)
        layout.addLayout(file_row)

        form = QtWidgets.QFormLayout()
        self.pin = QtWidgets.QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(_t("Chỉ để kiểm tra token mở được; không lưu"))
        form.addRow(_label(_t("&Mã PIN:"), self.pin), self.pin)
        self.timestamp = QtWidgets.QLineEdit(timestamp)
        self.timestamp.setObjectName("timestampEdit")
        self.timestamp.setPlaceholderText(_t("Để trống: ký không kèm dấu thời gian (PAdES B-B)"))
        form.addRow(_label(_t("Máy chủ &dấu thời gian:"), self.timestamp), self.timestamp)
        layout.addLayout(form)
        self.error = _label("")
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("buttons")
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_t("Dùng &chứng thư này"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(_t("Hủy"))
        if current is not None:
            stop = buttons.addButton(_t("Thôi ký bằng chứng thư &số"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
            stop.setObjectName("forgetButton")
            stop.clicked.connect(forget)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        source = current.source.as_dict() if current else {"kind": "pkcs11"}
        if source["kind"] == "pkcs12":
            self.file_choice.setChecked(True)
            self.pkcs12.setText(source["path"])
        else:
            self.token_choice.setChecked(True)
            if current is not None:
                self.library.setEditText(source["library"])
                self.token.setText(source["token_label"])
                self.key.setText(source["key_label"])
        self._save = save
        for widget in (self.token_choice, self.file_choice):
            widget.toggled.connect(self._enable)
        for edit in (self.token, self.key, self.pkcs12, self.pin):
            edit.textChanged.connect(self._enable)
        self.library.editTextChanged.connect(self._enable)
        self._enable()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def source(self) -> Any:
        from dvc_desktop.services.certificates import Pkcs12Source, TokenSource

        if self.token_choice.isChecked():
            return TokenSource(self.library.currentText().strip(), self.token.text().strip(), self.key.text().strip())
        return Pkcs12Source(self.pkcs12.text().strip())

    def _enable(self) -> None:
        token = self.token_choice.isChecked()
        for widget in (self.library, self.token, self.key):
            widget.setEnabled(token)
        self.pkcs12.setEnabled(not token)
        filled = (all((self.library.currentText().strip(), self.token.text().strip(), self.key.text().strip()))
                  if token else bool(self.pkcs12.text().strip()))
        self.ok.setEnabled(filled and bool(self.pin.text()))

    def _browse_library(self) -> None:
        chosen = ask_open_path(self.dialog, _t("Thư viện PKCS#11 của token"),
                               _t("Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)"))
        if chosen is not None:
            self.library.setEditText(str(chosen))

    def _browse_pkcs12(self) -> None:
        chosen = ask_open_path(self.dialog, _t("Tệp chứng thư số PKCS#12"), _t("PKCS#12 (*.p12 *.pfx)"))
        if chosen is not None:
            self.pkcs12.setText(str(chosen))

    def _accept(self) -> None:
        if self.ok.isEnabled():
            self._save(self.source(), self.pin.text(), self.timestamp.text().strip())


class CertificateTrustDialog(QObject):
    """The CA certificates, CRLs and unit organisations the office trusts, and whether it refuses packages
    signed with a minisign key only (objectName "certificateTrustDialog")."""

    def __init__(self, parent: QtWidgets.QWidget, actions: "CertificateActions") -> None:
        dialog = QtWidgets.QDialog(parent)
        super().__init__(dialog)
        self.dialog, self.actions = dialog, actions
        dialog.setObjectName("certificateTrustDialog")
        dialog.setWindowTitle(_t("Chứng thư số được tin cậy"))
        dialog.setMinimumSize(900, 420)
        layout = QtWidgets.QVBoxLayout(dialog)
        intro = _label(_t("Gói ký bằng chứng thư số được nhận khi chứng thư dẫn tới một chứng thư CA dưới đây, không có "
                          "trong CRL đã nạp, và tổ chức ghi trong chứng thư đã được xác nhận là của đơn vị gửi."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setObjectName("trustTabs")
        self.cas = self._table("caTable", (_t("Chủ thể"), _t("Hết hạn"), _t("SHA-256")))
        self.crls = self._table("crlTable", (_t("Nơi cấp"), _t("Cập nhật"), _t("Hạn kế tiếp"), _t("Số bị thu hồi")))
        self.orgs = self._table("organisationTable", (_t("Mã đơn vị"), _t("Tổ chức trong chứng thư"),
                                                      _t("Xác nhận lúc"), _t("Người xác nhận")))
        ca_page = self._page(self.cas, [(_t("&Thêm chứng thư CA…"), "addCaButton", actions.add_ca),
                                        (_t("&Bỏ tin cậy CA đang chọn…"), "removeCaButton", self._remove_ca)])
        crl_page = self._page(self.crls, [(_t("&Nạp CRL từ tệp…"), "addCrlButton", actions.add_crl)])
        org_page = self._page(self.orgs, [])
        self.tabs.addTab(ca_page, _t("Chứng thư &CA"))
        self.tabs.addTab(crl_page, _t("C&RL"))
        self.tabs.addTab(org_page, _t("Tổ chức của đơn &vị"))
        layout.addWidget(self.tabs, 1)
        self.require = QtWidgets.QCheckBox(_t("Chỉ nhận gói ký bằng chứng thư &số (từ chối gói chỉ ký bằng khóa minisign)"))
        self.require.setObjectName("requireCertificate")
        self.require.clicked.connect(lambda on: actions.set_policy(on))
        layout.addWidget(self.require)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Close).setText(_t("Đóng"))
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self.ca_rows: list[Any] = []
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @staticmethod
    def _table(name: str, titles: tuple[str, ...]) -> QtWidgets.QTableWidget:
        table = QtWidgets.QTableWidget(0, len(titles))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(titles))
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _page(table: QtWidgets.QTableWidget, buttons: list[tuple[str, str, Callable[[], None]]]) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(table, 1)
        row = QtWidgets.QHBoxLayout()
        for text, name, slot in buttons:
            button = QtWidgets.QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    @staticmethod
    def _fill(table: QtWidgets.QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def fill(self, cas: list[Any], crls: list[Any], organisations: list[Any], required: bool) -> None:
        self.ca_rows = cas
        self._fill(self.cas, [(c.subject, c.not_after[:10], c.sha256) for c in cas])
        self._fill(self.crls, [(c.issuer, c.this_update[:10], (c.next_update or "")[:10], str(c.revoked))
                               for c in crls])
        self._fill(self.orgs, [(o.unit_code, o.organisation, moment(datetime.fromisoformat(o.confirmed_at)),
                                o.confirmed_by) for o in organisations])
        self.require.setChecked(required)

    def _remove_ca(self) -> None:
        rows = self.cas.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.ca_rows):
            self.actions.remove_ca(self.ca_rows[rows[0].row()])


class CertificateActions(QObject):
    """The window's certificate actions: the signing certificate (both windows), what the province trusts."""

    def __init__(self, window: QtWidgets.QMainWindow, runner: "Runner", report: Callable[[BaseException], None]) -> None:
        super().__init__(window)
        self.window, self.runner, self.report = window, runner, report
        self.trust_dialog: CertificateTrustDialog | None = None
        self.signing_dialog: SigningCertificateDialog | None = None
        self._keep: list[object] = []
        self.act_signing = make_action(window, _t("Chứng thư số để ký (to&ken, PKCS#12)…"), self.edit_signing, None,
                                       "signingCertificate")
        self.act_trust = make_action(window, _t("Chứng thư số được tin cậy (C&A, CRL, tổ chức)…"), self.show_trust,
                                     None, "trustedCertificates")
        self.act_agency = make_action(window, _t("Ký số của cơ quan lên văn bản PDF đã &ký…"), self.sign_as_agency,
                                      None, "agencySignature")

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- the certificate this store signs with

    def edit_signing(self) -> None:
        def job(context):
            from dvc_desktop.services.certificates import library_suggestions, signing_certificate
            from dvc_desktop.services.document_signing import timestamp_url

            return signing_certificate(context), timestamp_url(context), library_suggestions()

        self.runner.run(job, lambda answer: self._open_signing(*answer), self.report)

    def _open_signing(self, current: "SigningCertificate | None", timestamp: str, suggestions: list[str]) -> None:
        dialog: SigningCertificateDialog

        def save(source: Any, pin: str, url: str) -> None:
            def job(context):
                from dvc_desktop.services.certificates import configure_signing_certificate
                from dvc_desktop.services.document_signing import set_timestamp_url

                configured = configure_signing_certificate(context, source, pin)
                set_timestamp_url(context, url)
                return configured

            def saved(configured: "SigningCertificate") -> None:
                self._status(_t("Từ nay gói và tài liệu được ký bằng chứng thư số của «{holder}».",
                                holder=configured.certificate.common_name))

            submit(self.runner, job, saved, dialog.dialog, dialog.error, self.report)

        def forget() -> None:
            def job(context):
                from dvc_desktop.services.certificates import forget_signing_certificate

                forget_signing_certificate(context)

            def done(_none: None) -> None:
                self._status(_t("Đã thôi ký bằng chứng thư số."))
                dialog.dialog.accept()

            self.runner.run(job, done, self.report)

        dialog = self.signing_dialog = SigningCertificateDialog(self.window, current, timestamp, suggestions, save,
                                                                forget)
        dialog.dialog.open()

    def sign_as_agency(self, source: Path | None = None, target: Path | None = None, pin: str | None = None) -> None:
        """The văn thư's step: a PDF the person with authority signed, signed again with the agency's
        certificate over the left third of that signature (Decree 30/2020, Appendix I)."""
        source = source or ask_open_path(self.window, _t("Văn bản PDF đã có chữ ký của người có thẩm quyền"),
                                         _t("Tệp PDF (*.pdf)"))
        if source is None:
            return
        target = target or ask_save_path(self.window, _t("Lưu văn bản đã ký số của cơ quan"),
                                         f"{source.stem}-co-quan-ky.pdf", _t("Tệp PDF (*.pdf)"))
        if target is None:
            return
        if pin is None:
            ask_pin_for_documents(self.window, self.runner, self.report, self._keep.append,
                                  lambda text: self.sign_as_agency(source, target, text))
            return
        secret = pin

        def job(context, progress):
            from dvc_desktop.services.document_signing import sign_as_agency

            progress(0, 0)
            return sign_as_agency(context, source, target, secret)

        def done(signed: Any) -> None:
            self._status(_t("Đã ký số của cơ quan (PAdES {level}) vào {path}.", level=signed.level, path=target)
                         + (" " + signed.notice if signed.notice else ""))

        self.runner.run(job, done, self.report, label=_t("Đang ký số…"), parent=self.window)

    # -- what the province trusts

    def show_trust(self) -> None:
        dialog = self.trust_dialog = CertificateTrustDialog(self.window, self)
        dialog.dialog.open()
        self.refresh()

    def refresh(self) -> None:
        def job(context):
            from dvc_desktop.services import certificates

            return (certificates.list_trusted_cas(context), certificates.list_crls(context),
                    certificates.list_organisations(context), certificates.requires_certificate(context))

        def shown(answer: tuple) -> None:
            if self.trust_dialog is not None:
                self.trust_dialog.fill(*answer)

        self.runner.run(job, shown, self.report)

    def _parent(self) -> QtWidgets.QWidget:
        return self.trust_dialog.dialog if self.trust_dialog is not None else self.window

    def _load(self, path: Path | None, title: str, filters: str, service: str,
              said: Callable[[Any], str]) -> None:
        """A file chosen (or given), handed to `services.certificates.<service>` on the worker; the status bar
        says `said(result)` and the dialog shows the new state."""
        chosen = path or ask_open_path(self._parent(), title, filters)
        if chosen is None:
            return

        def job(context):
            from dvc_desktop.services import certificates

            return getattr(certificates, service)(context, chosen)

        def loaded(result: Any) -> None:
            self._status(said(result))
            self.refresh()

        self.runner.run(job, loaded, self.report)

    def add_ca(self, path: Path | None = None) -> None:
        self._load(path, _t("Chứng thư CA"), _t("Chứng thư số (*.pem *.crt *.cer *.der);;Mọi tệp (*)"),
                   "add_trusted_cas", lambda views: _t("Đã tin cậy {n} chứng thư CA.", n=sum(v.added for v in views)))

    def remove_ca(self, view: Any) -> None:
        def job(context):
            from dvc_desktop.services.certificates import remove_trusted_ca

            return remove_trusted_ca(context, view.sha256)

        box = confirm(self._parent(), "confirmRemoveCa", _t("Thôi tin cậy CA"),
                      _t("Thôi tin cậy «{subject}»? Gói ký bằng chứng thư do CA này cấp sẽ không được nhận nữa.",
                         subject=view.subject),
                      lambda: self.runner.run(job, lambda _v: self.refresh(), self.report))
        box.setTextFormat(Qt.TextFormat.PlainText)

    def add_crl(self, path: Path | None = None) -> None:
        self._load(path, _t("Danh sách chứng thư bị thu hồi (CRL)"), _t("CRL (*.crl *.pem *.der);;Mọi tệp (*)"),
                   "add_crl", lambda view: _t("Đã nạp CRL của «{issuer}» ({n} chứng thư bị thu hồi).",
                                              issuer=view.issuer, n=view.revoked))

    def set_policy(self, required: bool) -> None:
        def job(context):
            from dvc_desktop.services.certificates import set_require_certificate

            set_require_certificate(context, required)

        self.runner.run(job, lambda _none: self.refresh(), self.report)

    def offer_for_package(self, result: "ImportResult", retry: Callable[[], None],
                          declined: Callable[[], None]) -> None:
        """A unit's first package signed with a certificate: show who signed, and confirm once that this
        organisation is the unit's; the files are then checked again."""
        info = result.certificate or {}
        who = f"{result.sender} {result.sender_name}".strip()
        text = _t("Đơn vị {who} lần đầu gửi gói ký bằng chứng thư số.\n\n{certificate}\n\nXác nhận chứng thư số của tổ "
                  "chức «{organisation}» ký cho đơn vị {unit}? Từ nay chứng thư khác của cùng tổ chức này (gia hạn, "
                  "token mới) cũng được nhận; chứng thư của tổ chức khác bị từ chối.", who=who,
                  certificate=describe_certificate(info) if info else "", organisation=info.get("organisation", ""),
                  unit=result.sender)

        def confirmed() -> None:
            def job(context):
                from dvc_desktop.services.certificates import confirm_organisation

                return confirm_organisation(context, result.sender, info.get("organisation", ""))

            self.runner.run(job, lambda _view: retry(), self.report)

        box = confirm(self.window, "confirmOrganisation", _t("Xác nhận tổ chức của đơn vị"), text, confirmed)
        box.setTextFormat(Qt.TextFormat.PlainText)

        def answered(_result: int) -> None:
            if box.clickedButton() is not box.button(QtWidgets.QMessageBox.StandardButton.Yes):
                declined()

        box.finished.connect(answered)
