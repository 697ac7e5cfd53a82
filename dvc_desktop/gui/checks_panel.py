"""The consistency checks: findings in a table, by kind and by unit with their counts; Enter or a double
click shows its rows. By default the conflicts to settle are shown, not the hundreds of procedures no
unit has classified yet (a kind of its own in the list), and the count follows the filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.plain_text import plain_tooltip
from dvc_desktop.gui.forms import add_choice, child, chosen, panel_form, select_choice
from dvc_desktop.gui.qt import QtCore, QtGui, Qt, QtWidgets
from dvc_desktop.gui.tables import readonly
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


class FindingsModel(QtCore.QAbstractTableModel):
    """The findings shown, one a row (a model over the list, not an item per cell: 14,000 findings at
    50,000 classifications took 0.2 s and tens of megabytes as table items)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_t("Loại"), _t("Đơn vị"), _t("Mã TTHC"), _t("Nội dung"))
        self._shown: list[tuple[int, "Finding"]] = []  # (index in the panel's findings, the finding)
        self._unit_names: dict[str, str] = {}
        self._kinds: dict[str, str] = {}

    def show(self, shown: list[tuple[int, "Finding"]], unit_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._shown, self._unit_names = shown, unit_names
        self._kinds = {}
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        position, finding = self._shown[index.row()]
        if role == INDEX_ROLE:
            return position
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and index.column() == 3):
            text = self._text(finding, index.column())
            return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
        return None

    def _text(self, finding: "Finding", column: int) -> str:
        if column == 0:
            label = self._kinds.get(finding.kind)
            if label is None:
                label = self._kinds[finding.kind] = kind_label(finding.kind)
            return label
        if column == 1:
            return self._unit_names.get(finding.unit_code, finding.unit_code)
        return finding.procedure_code if column == 2 else finding.message

    def finding_index(self, row: int) -> int:
        """Where the finding on this row sits in the panel's `findings`."""
        return self._shown[row][0]


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
        self.model = FindingsModel(self)
        self.table = readonly(child(form, QtWidgets.QTableView, "checksTable"))
        self.table.setModel(self.model)
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
        self.model.show(shown, self.unit_names)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def shown_kinds(self) -> list[str]:
        return [self.findings[self.model.finding_index(row)].kind for row in range(self.model.rowCount())]

    def select_kind(self, kind: str | None) -> None:
        """`None`: every kind."""
        select_choice(self.kind_filter, kind)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.rows_wanted.emit(self.findings[self.model.finding_index(rows[0].row())])
