"""Classify many selected procedures at once: one form, and for một phần its legal ground and provision."""

from __future__ import annotations

from dvc_desktop.domain.classification import Form
from dvc_desktop.domain.rulesets import RuleSet
from dvc_desktop.gui.dialogs import _show_error
from dvc_desktop.gui.forms import add_choice, child, chosen, load_as
from dvc_desktop.gui.labels import form_label
from dvc_desktop.gui.qt import QObject, QtWidgets
from dvc_desktop.i18n import translate


class BulkClassifyDialog(QObject):
    def __init__(self, rules: RuleSet, count: int, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.rules = rules
        self.dialog = load_as("bulk_classify.ui", QtWidgets.QDialog, parent)
        child(self.dialog, QtWidgets.QLabel, "summaryLabel").setText(
            translate("bulk", "Áp dụng cho {n} thủ tục đã chọn.", n=count))
        self.form = child(self.dialog, QtWidgets.QComboBox, "formCombo")
        self.reason = child(self.dialog, QtWidgets.QComboBox, "reasonCombo")
        self.provision = child(self.dialog, QtWidgets.QLineEdit, "provisionEdit")
        self.error = child(self.dialog, QtWidgets.QLabel, "errorLabel")
        for form in Form:
            add_choice(self.form, form_label(form.value), form.value)
        add_choice(self.reason, translate("bulk", "— chọn lý do —"), "")
        for reason in rules.partial_reasons:
            add_choice(self.reason, translate("rules", reason.label), reason.code)
        self.form.currentIndexChanged.connect(self._partial_fields)
        self._partial_fields()
        buttons = child(self.dialog, QtWidgets.QDialogButtonBox, "buttons")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.dialog.reject)

    def _partial_fields(self) -> None:
        partial = chosen(self.form) == Form.PARTIAL.value
        self.reason.setEnabled(partial)
        self.provision.setEnabled(partial)

    def _accept(self) -> None:
        if chosen(self.form) == Form.PARTIAL.value:
            reason = self.rules.reason(chosen(self.reason))
            if reason is None and self.rules.partial_requires_reason:
                _show_error(self.error, translate("bulk", "Dịch vụ một phần phải nêu lý do (chọn trong danh sách)."))
                return
            if reason is not None and "legal_provision" in reason.requires and not self.provision.text().strip():
                _show_error(self.error, translate("bulk", "Lý do này phải ghi quy định làm căn cứ."))
                return
            if reason is not None and "technical_description" in reason.requires:
                # Each technical ground has its own description and fix date (Decree 224 Art. 14).
                _show_error(self.error, translate(
                    "bulk", "Lý do kỹ thuật cần mô tả vấn đề và ngày dự kiến khắc phục của từng thủ tục: hãy "
                    "phân loại từng thủ tục trong khung bên phải."))
                return
        self.dialog.accept()

    def values(self) -> tuple[str, str, str]:
        partial = chosen(self.form) == Form.PARTIAL.value
        return (chosen(self.form), chosen(self.reason) if partial else "",
                self.provision.text().strip() if partial else "")
