"""A procedure's "đủ điều kiện toàn trình (CSDLQG)": yes, no or not known, as the national database says.

The scored indicator of Decision 766/QĐ-TTg counts the procedures the national database declares
eligible (docs/indicators.md). The dialog only records what the clerk reads there; the store is
written by `services.catalog.set_eligibility(context, code, value)` on the worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner


def _t(text: str, **params: object) -> str:
    return translate("eligibility", text, **params)


class EligibilityDialog(QtWidgets.QDialog):
    """Set yes / no / not known for one procedure; `saved(code, value)` once the store has it."""

    saved = QtCore.Signal(str, object)

    def __init__(self, runner: "Runner", code: str, name: str, current: bool | None,
                 report: Callable[[BaseException], None], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibilityDialog")
        self.setWindowTitle(_t("Đủ điều kiện toàn trình (CSDLQG)"))
        self.runner, self.code, self.report = runner, code, report
        intro = plain(QtWidgets.QLabel(_t("Thủ tục {code} — {name}.\nGhi đúng như Cơ sở dữ liệu quốc gia về thủ tục hành "
                                    "chính đánh dấu; tỷ lệ toàn trình / đủ điều kiện (Quyết định 766/QĐ-TTg) tính "
                                    "trên các thủ tục «Có».", code=code, name=name), self))
        intro.setWordWrap(True)
        self.choices = {
            True: QtWidgets.QRadioButton(_t("&Có: đủ điều kiện toàn trình"), self),
            False: QtWidgets.QRadioButton(_t("&Không đủ điều kiện"), self),
            None: QtWidgets.QRadioButton(_t("C&hưa rõ (chưa tra CSDLQG)"), self),
        }
        for value, button in self.choices.items():
            button.setObjectName({True: "eligibleYes", False: "eligibleNo", None: "eligibleUnknown"}[value])
        self.choices[current].setChecked(True)
        self.error = plain(QtWidgets.QLabel(self))
        self.error.setObjectName("eligibilityError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> bool | None:
        return next(value for value, button in self.choices.items() if button.isChecked())

    def save(self) -> None:
        code, value = self.code, self.value()
        self.ok_button.setEnabled(False)

        def job(context):
            from dvc_desktop.services import catalog

            return catalog.set_eligibility(context, code, value)

        def done(_result) -> None:
            self.saved.emit(code, value)
            self.accept()

        self.runner.run(job, done, self._refused)

    def _refused(self, error: BaseException) -> None:
        from dvc_desktop.services.errors import ServiceError

        self.ok_button.setEnabled(True)
        if isinstance(error, ServiceError):
            self.error.setText(str(error))
        else:
            self.report(error)
