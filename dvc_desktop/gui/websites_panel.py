"""The websites tab: the unit's sites, the domain-rule check as you type, the conversion plan."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dvc_desktop.gui.plain_text import plain, plain_tooltip
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.domain.websites import PlanStatus, domain_issues
from dvc_desktop.gui.forms import add_choice, child, chosen, load_form, select_choice
from dvc_desktop.gui.labels import day, plan_label
from dvc_desktop.gui.qt import QObject, QtCore, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.websites import WebsiteRow

CHECK_COLUMN = 5  # then IPv6 and the EMC connection date
OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b00020;"


class WebsitesPanel(QObject):
    def __init__(self, runner: "Runner", parent: QtWidgets.QWidget, report_error) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report_error = report_error
        self.form = load_form("websites.ui", parent)
        self.table = child(self.form, QtWidgets.QTableWidget, "table")
        self.name = child(self.form, QtWidgets.QLineEdit, "nameEdit")
        self.url = child(self.form, QtWidgets.QLineEdit, "urlEdit")
        self.url_check = child(self.form, QtWidgets.QLabel, "urlCheck")
        self.linked = child(self.form, QtWidgets.QCheckBox, "linkedCheck")
        self.plan = child(self.form, QtWidgets.QComboBox, "planCombo")
        self.has_target = child(self.form, QtWidgets.QCheckBox, "hasTargetCheck")
        self.target = child(self.form, QtWidgets.QDateEdit, "targetDateEdit")
        self.ipv6 = child(self.form, QtWidgets.QComboBox, "ipv6Combo")
        self.has_emc = child(self.form, QtWidgets.QCheckBox, "emcCheck")
        self.emc = child(self.form, QtWidgets.QDateEdit, "emcDateEdit")
        self.error = child(self.form, QtWidgets.QLabel, "formError")
        for value in (None, True, False):
            add_choice(self.ipv6, _ipv6_label(value), value)
        self.emc.setDate(QtCore.QDate.currentDate())
        self.emc.setEnabled(False)
        self.has_emc.toggled.connect(self.emc.setEnabled)
        for status in PlanStatus:
            add_choice(self.plan, plan_label(status.value), status.value)
        self.target.setDate(QtCore.QDate.currentDate().addMonths(6))
        self.target.setEnabled(False)
        self.has_target.toggled.connect(self.target.setEnabled)
        self.url.textChanged.connect(self._check_url)
        self.table.itemSelectionChanged.connect(self._load_selected)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(CHECK_COLUMN, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        child(self.form, QtWidgets.QPushButton, "newButton").clicked.connect(self.new)
        child(self.form, QtWidgets.QPushButton, "saveButton").clicked.connect(self.save)
        child(self.form, QtWidgets.QPushButton, "deleteButton").clicked.connect(self.delete)
        self.unit_kind = UnitKind.DEPARTMENT
        self.province_domain = ""
        self.rows: list[WebsiteRow] = []
        self.editing_id: int | None = None

    def configure(self, unit_kind: str, province_domain: str) -> None:
        self.unit_kind = UnitKind(unit_kind)
        self.province_domain = province_domain

    def reload(self) -> None:
        def job(context):
            from dvc_desktop.services.websites import list_websites

            return list_websites(context)

        self.runner.run(job, self._show, self.report_error)

    def _show(self, rows: list["WebsiteRow"], select_id: int | None = None) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for position, row in enumerate(rows):
            check = " ".join(i.message for i in row.issues) or translate("websites", "Đạt")
            values = (row.name, row.url, translate("websites", "Có") if row.linked_from_portal else
                      translate("websites", "Chưa"), plan_label(row.plan_status), day(row.target_date), check,
                      _ipv6_label(row.ipv6), day(row.emc_connected_on))
            for column, text in enumerate(values):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if column == CHECK_COLUMN:
                    item.setForeground(QtCore.Qt.GlobalColor.darkRed if row.issues else QtCore.Qt.GlobalColor.darkGreen)
                    item.setToolTip(plain_tooltip(text))
                self.table.setItem(position, column, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        if select_id is not None:
            for position, row in enumerate(rows):
                if row.id == select_id:
                    self.table.selectRow(position)

    def _load_selected(self) -> None:
        selected = self.table.selectedItems()
        if not selected:
            return
        row_id = selected[0].data(Qt.ItemDataRole.UserRole)
        row = next(r for r in self.rows if r.id == row_id)
        self.editing_id = row.id
        self.name.setText(row.name)
        self.url.setText(row.url)
        self.linked.setChecked(row.linked_from_portal)
        select_choice(self.plan, row.plan_status)
        self.has_target.setChecked(row.target_date is not None)
        if row.target_date:
            self.target.setDate(QtCore.QDate(row.target_date.year, row.target_date.month, row.target_date.day))
        select_choice(self.ipv6, row.ipv6)
        self.has_emc.setChecked(row.emc_connected_on is not None)
        if row.emc_connected_on:
            self.emc.setDate(QtCore.QDate(row.emc_connected_on.year, row.emc_connected_on.month,
                                          row.emc_connected_on.day))
        self.error.setVisible(False)

    def _check_url(self, text: str) -> None:
        """The domain rule, checked live as the clerk types (pure domain code, no store)."""
        if not text.strip():
            self.url_check.setText("")
            return
        if not self.province_domain:
            self.url_check.setText(translate("websites", "Chưa có tên miền Cổng tỉnh để đối chiếu."))
            return
        issues = domain_issues(text, self.unit_kind, self.province_domain)
        self.url_check.setStyleSheet(BAD_STYLE if issues else OK_STYLE)
        self.url_check.setText(" ".join(i.message for i in issues) or
                               translate("websites", "Đúng quy định tên miền."))

    def new(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        for edit in (self.name, self.url):
            edit.clear()
        self.linked.setChecked(False)
        self.plan.setCurrentIndex(0)
        self.has_target.setChecked(False)
        self.ipv6.setCurrentIndex(0)
        self.has_emc.setChecked(False)
        self.error.setVisible(False)
        self.name.setFocus()

    def save(self) -> None:
        qdate = self.target.date()
        target = date(qdate.year(), qdate.month(), qdate.day()) if self.has_target.isChecked() else None
        emc_day = self.emc.date()
        emc = date(emc_day.year(), emc_day.month(), emc_day.day()) if self.has_emc.isChecked() else None
        args = (self.editing_id, self.name.text(), self.url.text(), self.linked.isChecked(),
                chosen(self.plan), target)
        extra = {"ipv6": chosen(self.ipv6), "emc_connected_on": emc}

        def job(context):
            from dvc_desktop.services.websites import list_websites, save_website

            saved = save_website(context, *args, **extra)
            return saved, list_websites(context)

        self.runner.run(job, self._saved, self._refused)

    def _saved(self, result) -> None:
        saved, rows = result
        self.editing_id = saved.id
        self.error.setVisible(False)
        self._show(rows, select_id=saved.id)

    def _refused(self, error: BaseException) -> None:
        issues = getattr(error, "issues", None)
        if issues:
            self.error.setText(" ".join(i.message for i in issues))
            self.error.setVisible(True)
        else:
            self.report_error(error)

    def delete(self) -> None:
        if self.editing_id is None:
            return
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question, translate("websites", "Xóa trang"),
            translate("websites", "Xóa trang «{name}» khỏi danh sách?", name=self.name.text()),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No, self.form))
        if box.exec() != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        website_id = self.editing_id

        def job(context):
            from dvc_desktop.services.websites import delete_website, list_websites

            delete_website(context, website_id)
            return list_websites(context)

        self.runner.run(job, self._reloaded, self.report_error)

    def _reloaded(self, rows: list["WebsiteRow"]) -> None:
        self.new()
        self._show(rows)


def _ipv6_label(value: bool | None) -> str:
    if value is None:
        return translate("websites", "Chưa rõ")
    return translate("websites", "Có") if value else translate("websites", "Chưa")
