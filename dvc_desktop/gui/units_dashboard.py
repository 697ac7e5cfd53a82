"""The units dashboard: every unit the reference data expects, its last package, its forms, its state.

Sortable by any column and filtered by state, level and name; Enter or a double click opens the
unit's detail. A retired unit (merged or dissolved) is shown as such and never as late; a unit whose
package came after the deadline says so. The buttons above the table carry the units list's actions.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from dvc_desktop.gui.forms import child, panel_form
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.labels import moment, unit_state_label
from dvc_desktop.gui.qt import QtCore, QtGui, Qt, QtWidgets
from dvc_desktop.gui.tables import item_data, readonly
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.status import UnitStatus

CODE_ROLE = Qt.ItemDataRole.UserRole
STATES = ("late", "never", "changed", "returned", "incomplete", "on_time", "retired")
# Green only for done: sent, every answer classified and reviewed, none sent back.
STATE_COLOURS = {"late": "#b00020", "never": "#8a5300", "changed": "#1a5fb4", "returned": "#a14d00",
                 "incomplete": "#8a5300", "on_time": "#26734d", "retired": "#77767b"}
SENT_LATE_COLOUR = "#a14d00"
SENT_LATE = "sent_late"  # the state filter's entry for units that sent after the deadline


def _t(text: str, **params: object) -> str:
    return translate("dashboard", text, **params)


class _Item(QtWidgets.QTableWidgetItem):
    """Sorts by its key (numbers as numbers, names without diacritics), shows its text."""

    def __init__(self, text: str, key: object, code: str) -> None:
        super().__init__(text)
        self.key = key
        self.setData(CODE_ROLE, code)

    def __lt__(self, other: QtWidgets.QTableWidgetItem) -> bool:
        other_key = getattr(other, "key", None)
        try:
            return self.key < other_key  # type: ignore[operator]
        except TypeError:
            return str(self.key) < str(other_key)


class UnitsDashboard(QtWidgets.QWidget):
    unit_opened = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        form = panel_form(self, "units_dashboard.ui")
        self.search: QtWidgets.QLineEdit = child(form, QtWidgets.QLineEdit, "unitSearch")
        self.state_filter: QtWidgets.QComboBox = child(form, QtWidgets.QComboBox, "unitStateFilter")
        self.state_filter.addItem(_t("Mọi tình trạng"), "*")
        for state in STATES:
            self.state_filter.addItem(unit_state_label(state), state)
        self.state_filter.addItem(_t("Nộp trễ hạn"), SENT_LATE)
        self.level_filter: QtWidgets.QComboBox = child(form, QtWidgets.QComboBox, "unitLevelFilter")
        self.counts: QtWidgets.QLabel = child(form, QtWidgets.QLabel, "unitCounts")
        self.actions_row: QtWidgets.QHBoxLayout = child(form, QtWidgets.QHBoxLayout, "actionsRow")
        self.table = readonly(child(form, QtWidgets.QTableWidget, "unitsTable"))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self._units: list["UnitStatus"] = []
        self.search.textChanged.connect(lambda _text: self._apply_filters())
        self.state_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.level_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        opener = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)

    def add_actions(self, actions: list[QtGui.QAction]) -> None:
        """A button per action above the table (the window's menu has the same actions)."""
        for action in actions:
            button = QtWidgets.QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"{action.objectName()}Button")
            self.actions_row.insertWidget(self.actions_row.count() - 1, button)

    def set_levels(self, levels: list[tuple[str, str]]) -> None:
        current = self.level_filter.currentData()
        self.level_filter.blockSignals(True)
        self.level_filter.clear()
        self.level_filter.addItem(_t("Mọi cấp"), "*")
        for code, name in levels:
            self.level_filter.addItem(name, code)
        index = self.level_filter.findData(current) if current else 0
        self.level_filter.setCurrentIndex(max(index, 0))
        self.level_filter.blockSignals(False)

    def set_units(self, units: list["UnitStatus"], level_names: dict[str, str]) -> None:
        self._units = units
        selected = self.selected_unit()
        sorting = self.table.horizontalHeader().sortIndicatorSection(), self.table.horizontalHeader().sortIndicatorOrder()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            received = moment(datetime.fromisoformat(unit.last_import_at)) if unit.last_import_at else "—"
            forms = unit.by_form
            cells: list[tuple[str, object]] = [
                (unit.code, unit.code), (unit.name, fold(unit.name)),
                (level_names.get(unit.level, unit.level), unit.level),
                (_state_text(unit), STATES.index(unit.state) if unit.state in STATES else len(STATES)),
                (str(unit.last_sequence or "—"), unit.last_sequence or 0),
                (received, unit.last_import_at or ""),
                (_number(unit.last_procedures), unit.last_procedures or 0),
            ]
            for form in ("toan_trinh", "mot_phan", "chua_truc_tuyen", ""):
                cells.append((str(forms.get(form, 0)), forms.get(form, 0)))
            cells += [(str(unit.awaiting_review), unit.awaiting_review), (str(unit.returned), unit.returned)]
            for column, (text, key) in enumerate(cells):
                item = _Item(text, key, unit.code)
                if column == 3:
                    item.setForeground(QtGui.QBrush(QtGui.QColor(_state_colour(unit))))
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(*sorting)
        self.table.resizeColumnsToContents()
        self._apply_filters()
        if selected:
            self.select_unit(selected)

    def _apply_filters(self) -> None:
        text = fold(self.search.text())
        state, level = self.state_filter.currentData(), self.level_filter.currentData()
        by_code = {u.code: u for u in self._units}
        shown = 0
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            unit = by_code.get(item.data(CODE_ROLE)) if item else None
            visible = unit is not None and (
                (not text or text in fold(unit.name) or text in unit.code.lower())
                and (state in (None, "*", unit.state) or (state == SENT_LATE and unit.sent_late))
                and level in (None, "*", unit.level))
            self.table.setRowHidden(row, not visible)
            shown += visible
        late = sum(1 for u in self._units if u.state == "late")
        never = sum(1 for u in self._units if u.state == "never")
        changed = sum(1 for u in self._units if u.state == "changed")
        self.counts.setText(_t("Hiển thị {shown}/{total} · trễ hạn {late} · chưa nộp {never} · chờ xem xét {changed}",
                               shown=shown, total=len(self._units), late=late, never=never, changed=changed))

    def selected_unit(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(CODE_ROLE) if item else None

    def select_unit(self, code: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(CODE_ROLE) == code:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return True
        return False

    def open_selected(self) -> None:
        code = self.selected_unit()
        if code:
            self.unit_opened.emit(code)

    def shown_codes(self) -> list[str]:
        return [item_data(self.table, row, CODE_ROLE) for row in range(self.table.rowCount())
                if not self.table.isRowHidden(row)]


def _state_text(unit: "UnitStatus") -> str:
    text = unit_state_label(unit.state, unit.sent_late)
    if unit.state == "retired" and unit.replaced_by:
        text = _t("{state} (→ {code})", state=text, code=unit.replaced_by)
    return text


def _state_colour(unit: "UnitStatus") -> str:
    if unit.sent_late and unit.state in ("on_time", "incomplete"):
        return SENT_LATE_COLOUR
    return STATE_COLOURS.get(unit.state, "#000000")


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)
