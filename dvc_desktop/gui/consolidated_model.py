"""The consolidated catalogue's table: every unit's classifications, filtered as the office reviews."""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.domain.text import fold
from dvc_desktop.gui.labels import form_label, moment, review_label
from dvc_desktop.gui.qt import QtCore
from dvc_desktop.gui.row_model import RowTableModel
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.consolidation import ConsolidatedRow


@dataclass(frozen=True)
class ConsolidatedFilters:
    text: str = ""  # already folded
    unit: str | None = None
    level: str | None = None
    sector: str | None = None
    form: str | None = None  # "" means not classified
    review: str | None = None  # "" means awaiting review
    codes: frozenset[str] | None = None  # rows a consistency finding points at

    def apply(self, rows: dict[int, "ConsolidatedRow"], ids: list[int]) -> list[int]:
        if self.codes is not None:
            ids = [i for i in ids if rows[i].code in self.codes]
        if self.unit is not None:
            ids = [i for i in ids if rows[i].unit_code == self.unit]
        if self.level is not None:
            ids = [i for i in ids if rows[i].level_code == self.level]
        if self.sector is not None:
            ids = [i for i in ids if rows[i].sector == self.sector]
        if self.form is not None:
            ids = [i for i in ids if (rows[i].form or "") == self.form]
        if self.review is not None:
            ids = [i for i in ids if rows[i].review_status == self.review]
        return ids

    def accepts(self, row: "ConsolidatedRow") -> bool:
        return self.text in row.search_key and bool(self.apply({row.id: row}, [row.id]))


class ConsolidatedTableModel(RowTableModel["ConsolidatedRow"]):
    COLUMNS = ("unit_name", "code", "name", "sector", "level", "form", "reason", "review_status", "updated_at")
    TOOLTIP_COLUMNS = frozenset({"name", "reason", "review_status"})

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__((
            translate("table", "Đơn vị"), translate("table", "Mã TTHC"), translate("table", "Tên thủ tục"),
            translate("table", "Lĩnh vực"), translate("table", "Cấp"), translate("table", "Hình thức"),
            translate("table", "Lý do"), translate("table", "Xem xét"), translate("table", "Sửa lần cuối"),
        ), ConsolidatedFilters(), parent)

    def _sort_key(self, column: str) -> Callable[["ConsolidatedRow"], Any]:
        if column in ("unit_name", "name", "sector", "reason", "level"):
            folded: dict[str, str] = {}  # units and sectors repeat: fold each name once

            def key(row: "ConsolidatedRow") -> tuple[str, str, str]:
                value = getattr(row, column)
                if value not in folded:
                    folded[value] = fold(value)
                return folded[value], row.code, row.unit_code
            return key
        if column == "form":
            return lambda row: (row.form or "", row.code, row.unit_code)
        return attrgetter(column, "code", "unit_code")

    def _highlighted(self, row: "ConsolidatedRow") -> bool:
        return row.attention or row.review_status == "returned"

    def _display(self, row: "ConsolidatedRow", column: str) -> str:
        if column == "form":
            return form_label(row.form)
        if column == "review_status":
            label = review_label(row.review_status)
            return f"{label}: {row.review_comment}" if row.review_comment else label
        if column == "updated_at":
            return moment(row.updated_at)
        return getattr(row, column)
