"""First run: role, unit (from the bundled or imported unit tree, or typed), province, signing key."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from dvc_desktop.domain.codes import parse_province_code, parse_unit_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.gui.forms import child, load_form
from dvc_desktop.gui.qt import QtWidgets, Qt
from dvc_desktop.i18n import translate
from dvc_desktop.package.keys import SigningKeyError, check_passphrase
from dvc_desktop.resources import resource_path


class ValidatedPage(QtWidgets.QWizardPage):
    """A wizard page whose Next/Finish runs a Python check first."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.validator: Callable[[], bool] | None = None

    def validatePage(self) -> bool:  # noqa: N802
        return self.validator() if self.validator else True


@dataclass(frozen=True)
class SetupAnswers:
    role: str
    unit_code: str
    unit_name: str
    province_code: str
    province_name: str
    province_domain: str
    passphrase: str
    reference: Path | None = None  # the province's reference package to import right after set-up
    fingerprint: str | None = None  # its key's fingerprint, compared by the clerk


class SetupWizard:
    def __init__(self, parent: QtWidgets.QWidget | None, units: list[dict] | None = None) -> None:
        self.wizard: QtWidgets.QWizard = load_form("setup_wizard.ui", parent, {"QWizardPage": ValidatedPage})
        self.wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
        get = lambda kind, name: child(self.wizard, kind, name)  # noqa: E731
        self.department_radio = get(QtWidgets.QRadioButton, "departmentRadio")
        self.province_code = get(QtWidgets.QLineEdit, "provinceCodeEdit")
        self.province_name = get(QtWidgets.QLineEdit, "provinceNameEdit")
        self.province_domain = get(QtWidgets.QLineEdit, "provinceDomainEdit")
        self.unit_tree = get(QtWidgets.QTreeWidget, "unitTree")
        self.unit_code = get(QtWidgets.QLineEdit, "unitCodeEdit")
        self.unit_name = get(QtWidgets.QLineEdit, "unitNameEdit")
        self.unit_error = get(QtWidgets.QLabel, "unitError")
        self.passphrase = get(QtWidgets.QLineEdit, "passphraseEdit")
        self.repeat = get(QtWidgets.QLineEdit, "repeatEdit")
        self.key_error = get(QtWidgets.QLabel, "keyError")
        self.reference_label = get(QtWidgets.QLabel, "referenceLabel")
        self.fingerprint_check = get(QtWidgets.QCheckBox, "fingerprintCheck")
        get(QtWidgets.QPushButton, "referenceButton").clicked.connect(lambda: self.open_reference())
        self.reference: Path | None = None
        self.fingerprint: str | None = None
        get(ValidatedPage, "unitPage").validator = self._check_unit
        get(ValidatedPage, "keyPage").validator = self._check_key
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.NextButton, translate("wizard", "Tiếp >"))
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.BackButton, translate("wizard", "< Quay lại"))
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.FinishButton, translate("wizard", "Hoàn tất"))
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.CancelButton, translate("wizard", "Hủy"))
        self._fill_tree(units if units is not None else bundled_units())
        self.unit_tree.currentItemChanged.connect(self._pick)

    def open_reference(self, path: Path | None = None) -> None:
        """Start from the province's reference package: its unit tree, and its key's fingerprint to compare."""
        from dvc_desktop.services.errors import InputRejected
        from dvc_desktop.services.packages import peek_reference

        if path is None:
            chosen, _ = QtWidgets.QFileDialog.getOpenFileName(self.wizard, translate("wizard", "Gói tham chiếu của tỉnh"),
                                                              str(Path.home()), translate("wizard", "Gói DVC Desktop (*.dvcpkg)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            peek = peek_reference(path)
        except InputRejected as error:
            self.reference_label.setText(str(error))
            return
        self.reference, self.fingerprint = path, peek.fingerprint
        province = peek.province
        common = {"province_code": province["code"], "province_name": province["name"],
                  "province_domain": province["domain"]}
        units = [{"code": u["code"], "name": u["name"], "parent": u["parent_code"],
                  "selectable": u["parent_code"] is not None, **common} for u in peek.units]
        self.unit_tree.clear()
        self._fill_tree(units)
        for edit, key in ((self.province_code, "code"), (self.province_name, "name"), (self.province_domain, "domain")):
            edit.setText(province[key])
        self.reference_label.setText(translate(
            "wizard", "Gói tham chiếu của {province}. Dấu vân tay khóa của tỉnh: {fp}", province=province["name"],
            fp=peek.fingerprint))
        self.fingerprint_check.setChecked(False)
        self.fingerprint_check.setVisible(True)

    def _fill_tree(self, units: list[dict]) -> None:
        items: dict[str, QtWidgets.QTreeWidgetItem] = {}
        for unit in units:
            parent = items.get(unit.get("parent") or "")
            item = QtWidgets.QTreeWidgetItem([unit["name"], unit["code"]])
            item.setData(0, Qt.ItemDataRole.UserRole, unit)
            (parent.addChild(item) if parent else self.unit_tree.addTopLevelItem(item))
            items[unit["code"]] = item
        self.unit_tree.expandAll()
        self.unit_tree.resizeColumnToContents(0)

    def _pick(self, item: QtWidgets.QTreeWidgetItem | None) -> None:
        unit = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not unit:
            return
        if unit.get("selectable", True):
            self.unit_code.setText(unit["code"])
            self.unit_name.setText(unit["name"])
        for edit, key in ((self.province_code, "province_code"), (self.province_name, "province_name"),
                          (self.province_domain, "province_domain")):
            if unit.get(key):
                edit.setText(unit[key])

    def _check_unit(self) -> bool:
        problems = []
        for check in (lambda: parse_province_code(self.province_code.text()),
                      lambda: parse_unit_code(self.unit_code.text())):
            try:
                check()
            except DomainError as error:
                problems.append(str(error))
        if not self.unit_name.text().strip():
            problems.append(translate("wizard", "Tên đơn vị đang để trống."))
        if self.reference is not None and not self.fingerprint_check.isChecked():
            problems.append(translate("wizard", "Hãy đối chiếu dấu vân tay khóa của tỉnh rồi đánh dấu xác nhận."))
        self.unit_error.setText(" ".join(problems))
        self.unit_error.setVisible(bool(problems))
        return not problems

    def _check_key(self) -> bool:
        try:
            check_passphrase(self.passphrase.text(), self.repeat.text())
        except SigningKeyError as error:
            self.key_error.setText(str(error))
            self.key_error.setVisible(True)
            return False
        self.key_error.setVisible(False)
        return True

    def answers(self) -> SetupAnswers:
        return SetupAnswers(
            role="department" if self.department_radio.isChecked() else "province",
            unit_code=self.unit_code.text(),
            unit_name=self.unit_name.text(),
            province_code=self.province_code.text(),
            province_name=self.province_name.text(),
            province_domain=self.province_domain.text(),
            passphrase=self.passphrase.text(),
            reference=self.reference,
            fingerprint=self.fingerprint,
        )


def bundled_units() -> list[dict]:
    """The demo province's tree (resources/demo/province.json), until a reference package brings the real one."""
    raw = json.loads(resource_path("demo", "province.json").read_text(encoding="utf-8"))
    province = raw["province"]
    common = {"province_code": province["code"], "province_name": province["name"], "province_domain": province["domain"]}
    root = {"code": f"000.00.00.{province['code']}", "name": f"UBND {province['name']}", "parent": None,
            "selectable": False, **common}
    office = {"code": f"000.00.01.{province['code']}", "name": province["office_name"], "parent": root["code"], **common}
    units = [root, office]
    units += [{"code": d["code"], "name": d["name"], "parent": root["code"], **common} for d in raw["departments"]]
    units += [{"code": c["code"], "name": c["name"], "parent": root["code"], **common} for c in raw["communes"]]
    return units
