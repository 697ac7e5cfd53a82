"""First run: role, unit, province, signing key.

A department starts from the province's reference package: it compares the province key's
fingerprint by telephone, finds its unit in the package's list (search without diacritics, retired
units left out) and takes the province fields from the package. Otherwise the unit comes from the
bundled demo tree or is typed in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from dvc_desktop.gui.file_dialogs import ask_open_path
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.domain.codes import parse_province_code, parse_unit_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.forms import child, load_as
from dvc_desktop.gui.qt import QtGui, QtWidgets, Qt
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
        self.wizard = plain(load_as("setup_wizard.ui", QtWidgets.QWizard, parent, {"QWizardPage": ValidatedPage}))
        self.wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
        get = lambda kind, name: child(self.wizard, kind, name)  # noqa: E731
        self.department_radio = get(QtWidgets.QRadioButton, "departmentRadio")
        self.unit_page = get(ValidatedPage, "unitPage")
        self.key_page = get(ValidatedPage, "keyPage")
        self.province_code = get(QtWidgets.QLineEdit, "provinceCodeEdit")
        self.province_name = get(QtWidgets.QLineEdit, "provinceNameEdit")
        self.province_domain = get(QtWidgets.QLineEdit, "provinceDomainEdit")
        self.unit_search = get(QtWidgets.QLineEdit, "unitSearchEdit")
        self.unit_tree = get(QtWidgets.QTreeWidget, "unitTree")
        self.unit_code = get(QtWidgets.QLineEdit, "unitCodeEdit")
        self.unit_name = get(QtWidgets.QLineEdit, "unitNameEdit")
        self.unit_error = get(QtWidgets.QLabel, "unitError")
        self.passphrase = get(QtWidgets.QLineEdit, "passphraseEdit")
        self.repeat = get(QtWidgets.QLineEdit, "repeatEdit")
        self.key_error = get(QtWidgets.QLabel, "keyError")
        self.key_card_hint = get(QtWidgets.QLabel, "keyCardHint")
        self.reference_button = get(QtWidgets.QPushButton, "referenceButton")
        self.show_passphrase = get(QtWidgets.QCheckBox, "showPassphraseCheck")
        self.show_passphrase.toggled.connect(self._show_passphrase)
        self.reference_label = get(QtWidgets.QLabel, "referenceLabel")
        self.fingerprint_box = get(QtWidgets.QGroupBox, "fingerprintBox")
        self.fingerprint_text = get(QtWidgets.QLabel, "fingerprintText")
        self.fingerprint_check = get(QtWidgets.QCheckBox, "fingerprintCheck")
        self.fingerprint_text.setFont(_fingerprint_font())
        self.reference_button.clicked.connect(lambda: self.open_reference())
        self.reference: Path | None = None
        self.fingerprint: str | None = None
        self._bundled = units
        self._units: dict[str, dict] = {}  # code → the unit as the tree shows it
        self._keys: dict[str, str] = {}  # code → folded name and code, for the search
        self._offered: set[str] | None = None  # with a reference package: the codes a unit may choose
        self.unit_page.validator = self._check_unit
        self.key_page.validator = self._check_key
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.NextButton, translate("wizard", "Tiếp >"))
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.BackButton, translate("wizard", "< Quay lại"))
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.FinishButton, translate("wizard", "Hoàn tất"))
        self.wizard.setButtonText(QtWidgets.QWizard.WizardButton.CancelButton, translate("wizard", "Hủy"))
        self._show_units(units if units is not None else bundled_units())
        self.unit_tree.currentItemChanged.connect(self._pick)
        self.unit_search.textChanged.connect(self._filter)
        self.wizard.currentIdChanged.connect(self._entered)
        # A retired province code is warned about (naming its successor), never refused.
        self.province_warning = plain(QtWidgets.QLabel(self.unit_page))
        self.province_warning.setObjectName("provinceCodeWarning")
        self.province_warning.setWordWrap(True)
        self.province_warning.setStyleSheet("color: #9a6700;")
        self.province_warning.setVisible(False)
        if self.unit_page.layout() is not None:
            self.unit_page.layout().addWidget(self.province_warning)
        self.province_code.textChanged.connect(self._warn_province)
        self._warn_province()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QtWidgets.QLineEdit.EchoMode.Normal if shown else QtWidgets.QLineEdit.EchoMode.Password
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(mode)

    def _warn_province(self, *_: object) -> None:
        from dvc_desktop.services.setup import identity_warnings

        warnings = identity_warnings(self.province_code.text())
        self.province_warning.setText("\n".join(warnings))
        self.province_warning.setVisible(bool(warnings))

    # ------------------------------------------------------------ the province's reference package

    def open_reference(self, path: Path | None = None) -> None:
        """Start from the province's reference package: its units (retired ones left out), its
        province fields (read-only then), and its key's fingerprint to compare by telephone."""
        from dvc_desktop.services.errors import InputRejected
        from dvc_desktop.services.packages import peek_reference

        if path is None:
            path = ask_open_path(self.wizard, translate("wizard", "Gói tham chiếu của tỉnh"),
                                 translate("wizard", "Gói DVC Desktop (*.dvcpkg)"))
            if path is None:
                return
        try:
            peek = peek_reference(path)
        except InputRejected as error:
            self.reference_label.setText(str(error))
            return
        self.reference, self.fingerprint = path, peek.fingerprint
        province = peek.province
        common = {"province_code": province.code, "province_name": province.name,
                  "province_domain": province.domain}
        units = [{"code": u.code, "name": u.name, "parent": u.parent_code,
                  "selectable": u.parent_code is not None and u.kind != "province", **common}
                 for u in peek.units if u.state != "retired"]
        self._show_units(units)
        self._offered = {str(u["code"]) for u in units if u["selectable"]}
        for edit, text in ((self.province_code, province.code), (self.province_name, province.name),
                           (self.province_domain, province.domain)):
            edit.setText(text)
            edit.setReadOnly(True)
        for edit in (self.unit_code, self.unit_name):
            edit.clear()
            edit.setReadOnly(True)  # the unit comes from the package's list
        self.reference_label.setText(translate(
            "wizard", "Gói tham chiếu của {province}: {n} đơn vị. Đối chiếu dấu vân tay, rồi tìm và chọn đơn vị "
            "của mình.", province=province.name, n=len(self._offered)))
        self.fingerprint_text.setText(peek.fingerprint)
        self.fingerprint_check.setChecked(False)
        self.fingerprint_box.setVisible(True)
        self.unit_error.setVisible(False)
        self.unit_search.clear()
        self.unit_search.setFocus()

    def _forget_reference(self) -> None:
        """Back to typing the unit in (the province's office sets itself up without a package)."""
        self.reference = self.fingerprint = self._offered = None
        for edit in (self.province_code, self.province_name, self.province_domain, self.unit_code, self.unit_name):
            edit.setReadOnly(False)
        self.fingerprint_box.setVisible(False)
        self.reference_label.setText(translate("wizard", "Chưa có gói tham chiếu: danh sách dưới đây là tỉnh mẫu."))
        self._show_units(self._bundled if self._bundled is not None else bundled_units())

    def _entered(self, page_id: int) -> None:
        """The unit page offers the reference package to a department only."""
        department = self.department_radio.isChecked()
        page = self.wizard.page(page_id)
        if page is self.unit_page:
            if not department and self.reference is not None:
                self._forget_reference()
            for widget in (self.reference_button, self.reference_label):
                widget.setVisible(department)
            self.fingerprint_box.setVisible(department and self.reference is not None)
            self.unit_page.setSubTitle(translate(
                "wizard", "Mở gói tham chiếu (.dvcpkg) Văn phòng UBND tỉnh gửi, đối chiếu dấu vân tay khóa của tỉnh "
                "qua điện thoại, rồi tìm và chọn đơn vị của mình.") if department else translate(
                "wizard", "Chọn đơn vị trong danh sách hoặc nhập mã và tên."))
            (self.unit_search if self.reference is not None or not department else self.reference_button).setFocus()
        elif page is self.key_page:
            self.key_card_hint.setVisible(department)

    # ------------------------------------------------------------ the unit list and its search

    def _show_units(self, units: list[dict]) -> None:
        self.unit_tree.clear()
        self._units = {unit["code"]: unit for unit in units}
        self._keys = {unit["code"]: f"{fold(unit['name'])} {unit['code'].lower()}" for unit in units}
        items: dict[str, QtWidgets.QTreeWidgetItem] = {}
        for unit in units:
            item = QtWidgets.QTreeWidgetItem([unit["name"], unit["code"]])
            item.setData(0, Qt.ItemDataRole.UserRole, unit["code"])
            items[unit["code"]] = item
        for unit in units:  # parents first or not: every item exists before any is placed
            parent = items.get(unit.get("parent") or "")
            item = items[unit["code"]]
            (parent.addChild(item) if parent is not None and parent is not item else self.unit_tree.addTopLevelItem(item))
        self.unit_tree.expandAll()
        self.unit_tree.resizeColumnToContents(0)
        if self.unit_search.text():
            self._filter(self.unit_search.text())

    def _filter(self, text: str) -> None:
        """Units whose name or code holds the folded text (no diacritics, any case), with their parents;
        the first match becomes the chosen one unless the chosen one still matches."""
        key = fold(text)
        for index in range(self.unit_tree.topLevelItemCount()):
            self._show_matching(self.unit_tree.topLevelItem(index), key)
        current = self.unit_tree.currentItem()
        if key and (current is None or not self._matches(current, key)):
            match = next((item for item in self._items() if self._matches(item, key)), None)
            if match is not None:
                self.unit_tree.setCurrentItem(match)

    def _show_matching(self, item: QtWidgets.QTreeWidgetItem, key: str) -> bool:
        below = [self._show_matching(below, key) for i in range(item.childCount()) if (below := item.child(i))]
        shown = not key or key in self._keys.get(item.data(0, Qt.ItemDataRole.UserRole), "") or any(below)
        item.setHidden(not shown)
        return shown

    def _matches(self, item: QtWidgets.QTreeWidgetItem, key: str) -> bool:
        code = item.data(0, Qt.ItemDataRole.UserRole)
        return self._units.get(code, {}).get("selectable", True) and key in self._keys.get(code, "")

    def _items(self):
        """Every item, in the order the tree shows them."""
        stack = [self.unit_tree.topLevelItem(i) for i in reversed(range(self.unit_tree.topLevelItemCount()))]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))

    def _pick(self, item: QtWidgets.QTreeWidgetItem | None) -> None:
        unit = self._units.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        if not unit:
            return
        if unit.get("selectable", True):
            self.unit_code.setText(unit["code"])
            self.unit_name.setText(unit["name"])
        for edit, key in ((self.province_code, "province_code"), (self.province_name, "province_name"),
                          (self.province_domain, "province_domain")):
            if unit.get(key):
                edit.setText(unit[key])

    # ------------------------------------------------------------ checks and answers

    def _check_unit(self) -> bool:
        problems = self._unit_problems()
        self.unit_error.setText(" ".join(problems))
        self.unit_error.setVisible(bool(problems))
        return not problems

    def _unit_problems(self) -> list[str]:
        if self._offered is not None:  # from the package: a unit of its list, its key compared
            problems = [] if self.unit_code.text() in self._offered else [
                translate("wizard", "Hãy tìm và chọn đơn vị của mình trong danh sách của gói tham chiếu.")]
            if not self.fingerprint_check.isChecked():
                problems.append(translate("wizard", "Hãy đối chiếu dấu vân tay khóa của tỉnh rồi đánh dấu xác nhận."))
            return problems
        problems = []
        for check in (lambda: parse_province_code(self.province_code.text()),
                      lambda: parse_unit_code(self.unit_code.text())):
            try:
                check()
            except DomainError as error:
                problems.append(str(error))
        if not self.unit_name.text().strip():
            problems.append(translate("wizard", "Tên đơn vị đang để trống."))
        return problems

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
        department = self.department_radio.isChecked()
        return SetupAnswers(
            role="department" if department else "province",
            unit_code=self.unit_code.text(),
            unit_name=self.unit_name.text(),
            province_code=self.province_code.text(),
            province_name=self.province_name.text(),
            province_domain=self.province_domain.text(),
            passphrase=self.passphrase.text(),
            reference=self.reference if department else None,
            fingerprint=self.fingerprint if department else None,
        )


def _fingerprint_font() -> QtGui.QFont:
    """Fixed-width and larger: ten groups of four read out on the telephone."""
    font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) + 4)
    font.setBold(True)
    return font


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
