"""The consistency checks: findings in a table, by kind and by unit with their counts; Enter or a double
click shows its rows. By default the conflicts to settle are shown, not the hundreds of procedures no
unit has classified yet (a kind of its own in the list), and the count follows the filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.plain_text import plain_tooltip
from dvc_desktop.gui.forms import add_choice, child, chosen, panel_form, select_choice
from dvc_desktop.gui.qt import QtCore, QtGui, Qt, QtWidgets
from dvc_desktop.gui.tables import item_data, readonly
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.checks import Finding

INDEX_ROLE = Qt.ItemDataRole.UserRole
TO_SETTLE = "*settle"  # every kind but the procedures nobody has classified yet
WAITING_KINDS = frozenset({"unclassified_at_level"})  # work not yet done, rather than a conflict


def _t(text: str, **params: object) -> str:
    return translate("checks_panel", text, **params)


def kind_label(kind: str) -> str:
    return {
        "disagreement": _t("Đơn vị cùng cấp phân loại khác nhau"),
        "unclassified_at_level": _t("Chưa đơn vị nào phân loại"),
        "partial_without_basis": _t("Một phần thiếu lý do hoặc quy định"),
        "reclassify_nd42": _t("Lý do theo Nghị định 42, cần phân loại lại"),
        "portal_unpublished": _t("Lý do chưa công bố trên Cổng DVCQG"),
        "contradicts_checklist": _t("Trái với bảng kiểm"),
        "unknown_code": _t("Mã không có trong danh mục tham chiếu"),
        "level_update": _t("Cần cập nhật cấp thực hiện"),
        "website": _t("Trang thông tin điện tử"),
    }.get(kind, kind)


class ChecksPanel(QtWidgets.QWidget):
    rows_wanted = QtCore.Signal(object)  # the Finding whose rows the office wants to see
    refresh_wanted = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        form = panel_form(self, "checks_panel.ui")
        self.kind_filter: QtWidgets.QComboBox = child(form, QtWidgets.QComboBox, "checkKindFilter")
        self.unit_filter: QtWidgets.QComboBox = child(form, QtWidgets.QComboBox, "checkUnitFilter")
        self.summary: QtWidgets.QLabel = child(form, QtWidgets.QLabel, "checksSummary")
        self.rerun: QtWidgets.QPushButton = child(form, QtWidgets.QPushButton, "rerunChecks")
        self.rerun.clicked.connect(self.refresh_wanted.emit)
        self.table = readonly(child(form, QtWidgets.QTableWidget, "checksTable"))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        opener = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.findings: list["Finding"] = []
        self.unit_names: dict[str, str] = {}
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._show())
        self.unit_filter.currentIndexChanged.connect(lambda _i: self._show())

    def set_findings(self, findings: list["Finding"], unit_names: dict[str, str]) -> None:
        from dvc_desktop.services.checks import KINDS

        self.findings, self.unit_names = findings, unit_names
        current = chosen(self.kind_filter) if self.kind_filter.count() else TO_SETTLE
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        settle = sum(1 for f in findings if f.kind not in WAITING_KINDS)
        add_choice(self.kind_filter, _t("Cần xử lý ({n})", n=settle), TO_SETTLE)
        add_choice(self.kind_filter, _t("Mọi loại ({n})", n=len(findings)), None)
        for kind in KINDS:
            count = sum(1 for f in findings if f.kind == kind)
            add_choice(self.kind_filter, f"{kind_label(kind)} ({count})", kind)
        select_choice(self.kind_filter, current)
        self.kind_filter.blockSignals(False)
        unit = chosen(self.unit_filter) if self.unit_filter.count() else None
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        add_choice(self.unit_filter, _t("Mọi đơn vị"), None)
        per_unit: dict[str, int] = {}
        for finding in findings:
            if finding.unit_code:
                per_unit[finding.unit_code] = per_unit.get(finding.unit_code, 0) + 1
        for code, count in sorted(per_unit.items(), key=lambda item: (-item[1], item[0])):
            add_choice(self.unit_filter, f"{unit_names.get(code, code)} ({count})", code)
        select_choice(self.unit_filter, unit)
        self.unit_filter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        kind, unit = chosen(self.kind_filter), chosen(self.unit_filter)
        shown = [(i, f) for i, f in enumerate(self.findings)
                 if (kind is None or f.kind == kind or (kind == TO_SETTLE and f.kind not in WAITING_KINDS))
                 and (unit is None or f.unit_code == unit)]
        if not self.findings:
            self.summary.setText(_t("Không thấy vấn đề nào."))
        else:
            self.summary.setText(_t("Hiển thị {shown} / {n} vấn đề", shown=len(shown), n=len(self.findings)))
        self.table.setRowCount(len(shown))
        for row, (index, finding) in enumerate(shown):
            values = (kind_label(finding.kind), self.unit_names.get(finding.unit_code, finding.unit_code),
                      finding.procedure_code, finding.message)
            for column, text in enumerate(values):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(INDEX_ROLE, index)
                if column == 3:
                    item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def shown_kinds(self) -> list[str]:
        return [self.findings[item_data(self.table, row, INDEX_ROLE)].kind for row in range(self.table.rowCount())]

    def select_kind(self, kind: str | None) -> None:
        """`None`: every kind."""
        select_choice(self.kind_filter, kind)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.rows_wanted.emit(self.findings[item_data(self.table, rows[0].row(), INDEX_ROLE)])
