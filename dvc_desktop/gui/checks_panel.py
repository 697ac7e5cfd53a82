"""The consistency checks: every finding in a table; Enter or a double click shows its rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.plain_text import plain, plain_tooltip
from dvc_desktop.gui.forms import add_choice, chosen
from dvc_desktop.gui.qt import QtCore, QtGui, Qt, QtWidgets
from dvc_desktop.gui.tables import readonly_table
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.checks import Finding

INDEX_ROLE = Qt.ItemDataRole.UserRole


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
        self.kind_filter = QtWidgets.QComboBox(self)
        self.kind_filter.setObjectName("checkKindFilter")
        self.kind_filter.setAccessibleName(_t("Lọc theo loại kiểm tra"))
        self.summary = plain(QtWidgets.QLabel(self))
        self.summary.setObjectName("checksSummary")
        self.rerun = QtWidgets.QPushButton(_t("&Kiểm tra lại"), self)
        self.rerun.setObjectName("rerunChecks")
        self.rerun.clicked.connect(self.refresh_wanted.emit)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.kind_filter, 1)
        top.addWidget(self.summary, 2)
        top.addWidget(self.rerun)
        self.table = readonly_table(self, "checksTable", [_t("Loại"), _t("Đơn vị"), _t("Mã TTHC"), _t("Nội dung")],
                                    _t("Kết quả kiểm tra tính nhất quán"))
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        opener = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.findings: list["Finding"] = []
        self.unit_names: dict[str, str] = {}
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._show())

    def set_findings(self, findings: list["Finding"], unit_names: dict[str, str]) -> None:
        from dvc_desktop.services.checks import KINDS

        self.findings, self.unit_names = findings, unit_names
        current = chosen(self.kind_filter) if self.kind_filter.count() else None
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        add_choice(self.kind_filter, _t("Mọi loại ({n})", n=len(findings)), None)
        for kind in KINDS:
            count = sum(1 for f in findings if f.kind == kind)
            add_choice(self.kind_filter, f"{kind_label(kind)} ({count})", kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)) if current else 0)
        self.kind_filter.blockSignals(False)
        self.summary.setText(_t("{n} vấn đề cần xử lý", n=len(findings)) if findings
                             else _t("Không thấy vấn đề nào."))
        self._show()

    def _show(self) -> None:
        kind = chosen(self.kind_filter)
        shown = [(i, f) for i, f in enumerate(self.findings) if kind is None or f.kind == kind]
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
        return [self.findings[self.table.item(row, 0).data(INDEX_ROLE)].kind for row in range(self.table.rowCount())]

    def select_kind(self, kind: str | None) -> None:
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)) if kind else 0)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.rows_wanted.emit(self.findings[self.table.item(rows[0].row(), 0).data(INDEX_ROLE)])
