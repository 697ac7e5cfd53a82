"""Above the department's table: the search box, the four filter lists and "cần xem lại". It says
which rows to show (`changed(Filters)`); the window applies them and keeps the current row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dvc_desktop.domain.classification import Form, Status
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.combos import eliding
from dvc_desktop.gui.forms import add_choice, child, chosen
from dvc_desktop.gui.labels import form_label, status_label
from dvc_desktop.gui.procedure_model import Filters
from dvc_desktop.gui.qt import QObject, Qt, QtWidgets, Signal
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.workspace_view import WorkspaceSnapshot


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


class FilterBar(QObject):
    changed = Signal(object)  # Filters

    def __init__(self, panel: QtWidgets.QWidget) -> None:
        super().__init__(panel)
        self.search: QtWidgets.QLineEdit = child(panel, QtWidgets.QLineEdit, "searchEdit")
        self.sector: QtWidgets.QComboBox = child(panel, QtWidgets.QComboBox, "sectorFilter")
        self.level: QtWidgets.QComboBox = child(panel, QtWidgets.QComboBox, "levelFilter")
        self.form: QtWidgets.QComboBox = child(panel, QtWidgets.QComboBox, "formFilter")
        self.status: QtWidgets.QComboBox = child(panel, QtWidgets.QComboBox, "statusFilter")
        self.attention: QtWidgets.QCheckBox = child(panel, QtWidgets.QCheckBox, "attentionFilter")
        self.search.textChanged.connect(self._changed)
        for combo in self._lists:
            eliding(combo)
            combo.currentIndexChanged.connect(self._changed)
        self.attention.toggled.connect(self._changed)

    @property
    def _lists(self) -> tuple[QtWidgets.QComboBox, ...]:
        return self.sector, self.level, self.form, self.status

    def filters(self) -> Filters:
        return Filters(text=fold(self.search.text()), sector=chosen(self.sector), level=chosen(self.level),
                       form=chosen(self.form), status=chosen(self.status),
                       attention_only=self.attention.isChecked())

    def _changed(self, *_args: object) -> None:
        self.changed.emit(self.filters())

    def fill(self, snapshot: "WorkspaceSnapshot") -> None:
        """The lists' choices from the unit's rows; the lists wait while rows are pending (they look at
        what pending rows do not have yet). The search box never waits."""
        def fill(combo: QtWidgets.QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
            combo.blockSignals(True)
            combo.clear()
            add_choice(combo, everything, None)
            for text, value in items:
                add_choice(combo, text, value)
            combo.blockSignals(False)

        sectors = sorted({row.sector for row in snapshot.rows if row.sector}, key=fold)
        fill(self.sector, _t("Mọi lĩnh vực"), [(s, s) for s in sectors])
        fill(self.level, _t("Mọi cấp"), [(name, code) for code, name in snapshot.levels])
        fill(self.form, _t("Mọi hình thức"), [(form_label(f.value), f.value) for f in Form] + [(form_label(None), "")])
        fill(self.status, _t("Mọi trạng thái"), [(status_label(s.value), s.value) for s in Status])
        for widget in (*self._lists, self.attention):
            widget.setEnabled(snapshot.complete)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
