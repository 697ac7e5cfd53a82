"""The small dialogs of the units list: add or rename a unit (ui/unit_edit.ui), retire one with an
optional successor chosen by typing (ui/unit_retire.ui). Each hands its values to `submit`, which
runs the service and answers with `accept()` or a refusal shown in the dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.dialog_jobs import show_message
from dvc_desktop.gui.forms import add_choice, child, chosen, load_as, select_choice
from dvc_desktop.gui.labels import unit_kind_label, unit_level_label
from dvc_desktop.gui.qt import QObject, Qt, QtWidgets
from dvc_desktop.gui.unit_picker import UnitPicker
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.units import UnitView

LEVELS = ("tinh", "xa")
KINDS = ("department", "commune")


def _t(text: str, **params: object) -> str:
    return translate("unit_dialogs", text, **params)


class UnitDialog(QObject):
    """Add a unit (code, name, level, kind), or rename one (`unit` given: only the name changes).
    objectName "unitDialog"; `submit(code, name, level, kind or None)`."""

    def __init__(self, parent: QtWidgets.QWidget, submit: Callable[[str, str, str, str | None], None],
                 unit: "UnitView | None" = None) -> None:
        dialog = load_as("unit_edit.ui", QtWidgets.QDialog, parent)
        super().__init__(dialog)
        self.dialog, self._submit = dialog, submit
        self.code = child(dialog, QtWidgets.QLineEdit, "codeEdit")
        self.name = child(dialog, QtWidgets.QLineEdit, "nameEdit")
        self.level = child(dialog, QtWidgets.QComboBox, "levelCombo")
        self.kind = child(dialog, QtWidgets.QComboBox, "kindCombo")
        self.error = child(dialog, QtWidgets.QLabel, "errorLabel")
        for level in LEVELS:
            add_choice(self.level, unit_level_label(level), level)
        add_choice(self.kind, _t("Theo cấp (Sở, ban, ngành ở cấp tỉnh; UBND xã ở cấp xã)"), None)
        for kind in KINDS:
            add_choice(self.kind, unit_kind_label(kind), kind)
        buttons = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(dialog.reject)
        if unit is None:
            dialog.setWindowTitle(_t("Thêm đơn vị"))
            self.ok.setText(_t("Thêm"))
            self.code.setFocus()
        else:
            dialog.setWindowTitle(_t("Đổi tên đơn vị"))
            self.ok.setText(_t("Đổi tên"))
            self.code.setText(unit.code)
            self.code.setReadOnly(True)
            self.name.setText(unit.name)
            self.name.selectAll()
            select_choice(self.level, unit.level)
            select_choice(self.kind, unit.kind if unit.kind in KINDS else None)
            self.level.setEnabled(False)
            self.kind.setEnabled(False)
            self.name.setFocus()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _accept(self) -> None:
        self._submit(self.code.text(), self.name.text(), chosen(self.level), chosen(self.kind))

    def show_refused(self, message: str) -> None:
        show_message(self.error, message)


class RetireUnitDialog(QObject):
    """Retire a unit; the successor is optional and chosen by typing its name without diacritics.
    objectName "retireUnitDialog"; `submit(code, successor or None)`."""

    def __init__(self, parent: QtWidgets.QWidget, unit: "UnitView", candidates: list["UnitView"],
                 submit: Callable[[str, str | None], None]) -> None:
        dialog = load_as("unit_retire.ui", QtWidgets.QDialog, parent)
        super().__init__(dialog)
        self.dialog, self.unit, self._submit = dialog, unit, submit
        child(dialog, QtWidgets.QLabel, "unitLabel").setText(
            _t("Giải thể hoặc sáp nhập: {name} ({code})", name=unit.name, code=unit.code))
        self.search = child(dialog, QtWidgets.QLineEdit, "successorSearch")
        self.search.setPlaceholderText(_t("Ví dụ: an binh"))
        self.picker = UnitPicker(self.search, child(dialog, QtWidgets.QListWidget, "successorList"))
        self.picker.set_units([(u.code, u.name) for u in candidates
                               if u.code != unit.code and u.state == "active" and u.kind != "province"],
                              none_text=_t("— Không có đơn vị tiếp nhận (giải thể) —"))
        self.error = child(dialog, QtWidgets.QLabel, "errorLabel")
        buttons = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_t("&Giải thể / sáp nhập"))
        self.picker.chosen_changed.connect(lambda _code: self.ok.setEnabled(self.picker.has_choice()))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(dialog.reject)
        self.search.setFocus()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _accept(self) -> None:
        if self.picker.has_choice():
            self._submit(self.unit.code, self.picker.chosen())

    def show_refused(self, message: str) -> None:
        show_message(self.error, message)
