"""The report's document details (Decree 30/2020/NĐ-CP, App. I): number sign, the issuer's full name,
"Kính gửi", the drafting unit kept on file, and the signer. Opened from the Báo cáo / Công cụ menu and
from the print preview's toolbar; saved through `services.report_settings` on the worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import Qt, QtCore, QtWidgets
from dvc_desktop.i18n import translate
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.report_settings import ReportSettings, split_title, validate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner


def _t(text: str, **params: object) -> str:
    return translate("report_settings", text, **params)


class ReportSettingsDialog(QtWidgets.QDialog):
    """`chosen(ReportSettings)` once the fields are valid; a problem is shown in the dialog, which stays open."""

    chosen = QtCore.Signal(object)

    def __init__(self, current: ReportSettings, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportSettingsDialog")
        self.setWindowTitle(_t("Thông tin văn bản báo cáo"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = plain(QtWidgets.QLabel(_t(
            "In trên mọi báo cáo theo thể thức Nghị định 30/2020/NĐ-CP. Để trống «Số ký hiệu» thì phần số để "
            "văn thư ghi tay; để trống người ký thì chức vụ lấy theo loại đơn vị."), self))
        intro.setWordWrap(True)
        self.abbreviation = self._line("abbreviationEdit", current.abbreviation, _t("ví dụ VPUBND, STP"))
        self.full_name = self._line("fullNameEdit", current.full_name,
                                    _t("tên đầy đủ, không viết tắt (ví dụ Văn phòng Ủy ban nhân dân tỉnh …)"))
        self.recipient = self._line("recipientEdit", current.recipient, _t("để trống: không in dòng Kính gửi"))
        self.drafting_unit = self._line("draftingUnitEdit", current.drafting_unit, _t("ví dụ KSTT"))
        self.signer_title = QtWidgets.QPlainTextEdit("\n".join(current.signer_title), self)
        self.signer_title.setObjectName("signerTitleEdit")
        self.signer_title.setTabChangesFocus(True)  # Tab moves on, as in the other fields
        self.signer_title.setPlaceholderText(_t("mỗi dòng một chức danh, ví dụ:\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"))
        self.signer_title.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.signer_name = self._line("signerNameEdit", current.signer_name, _t("họ và tên"))
        form = QtWidgets.QFormLayout()
        abbreviation_row = QtWidgets.QHBoxLayout()
        prefix = plain(QtWidgets.QLabel(_t("Số: …/BC-"), self))
        abbreviation_row.addWidget(prefix)
        abbreviation_row.addWidget(self.abbreviation, 1)
        for label, field in ((_t("Số &ký hiệu:"), abbreviation_row), (_t("&Tên cơ quan ban hành:"), self.full_name),
                             (_t("Kính &gửi:"), self.recipient), (_t("Đơn vị &soạn thảo (Lưu: VT, …):"),
                                                                  self.drafting_unit),
                             (_t("&Chức vụ người ký:"), self.signer_title), (_t("&Họ tên người ký:"), self.signer_name)):
            form.addRow(label, field)
            buddy = form.labelForField(field)
            if isinstance(buddy, QtWidgets.QLabel) and field is abbreviation_row:
                buddy.setBuddy(self.abbreviation)
        self.problem = plain(QtWidgets.QLabel(self))
        self.problem.setObjectName("reportSettingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("reportSettingsButtons")
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save).setText(_t("&Lưu"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(_t("&Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _line(self, name: str, value: str, placeholder: str) -> QtWidgets.QLineEdit:
        edit = QtWidgets.QLineEdit(value, self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def entered(self) -> ReportSettings:
        return ReportSettings(self.abbreviation.text(), self.full_name.text(), self.recipient.text(),
                              self.drafting_unit.text(), split_title(self.signer_title.toPlainText()),
                              self.signer_name.text())

    def save(self) -> None:
        try:
            settings = validate(self.entered())
        except InvalidRequest as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        self.chosen.emit(settings)
        self.accept()


def edit_report_settings(parent: QtWidgets.QWidget, runner: "Runner",
                         on_saved: Callable[[ReportSettings], None] | None = None,
                         on_error: Callable[[BaseException], None] | None = None) -> None:
    """Read the settings, open the dialog, save what the user confirms (each on the worker thread)."""
    from dvc_desktop.services.report_settings import get_report_settings, save_report_settings

    report = on_error or getattr(parent, "report", None)

    def load(context):
        with context.transaction() as session:
            return get_report_settings(session)

    def saved(settings: ReportSettings) -> None:
        status = getattr(parent, "statusBar", None)
        if callable(status):
            status().showMessage(_t("Đã lưu thông tin văn bản báo cáo."), 5000)
        if on_saved is not None:
            on_saved(settings)

    def show(current: ReportSettings) -> None:
        dialog = ReportSettingsDialog(current, parent)
        dialog.chosen.connect(lambda settings: runner.run(
            lambda context: save_report_settings(context, settings), saved, report))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    runner.run(load, show, report)
