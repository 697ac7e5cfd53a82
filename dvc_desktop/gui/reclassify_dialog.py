"""The clerk confirms how each answer given under Decree 42 is reclassified with Decree 224 Art. 14's grounds.

One line per answer: the reason it was saved with (in its rule set's words), the proposed ground
(a choice among those Art. 14 allows for its form), and a tick. "Áp dụng" hands the ticked lines to
`services.reclassify.apply_reclassification` on the worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.domain.rulesets import RuleSet
from dvc_desktop.gui.forms import add_choice, chosen
from dvc_desktop.gui.qt import Qt, QtCore, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.reclassify import Proposal


def _t(text: str, **params: object) -> str:
    return translate("reclassify", text, **params)


class ReclassifyDialog(QtWidgets.QDialog):
    """`confirmed(codes, chosen)` when the clerk applies: the ticked codes and the ground chosen for each."""

    confirmed = QtCore.Signal(list, dict)
    COLUMNS = 5

    def __init__(self, proposals: Sequence["Proposal"], rules: RuleSet, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reclassifyDialog")
        self.setWindowTitle(_t("Phân loại lại theo Điều 14 Nghị định 224/2026"))
        self.proposals = list(proposals)
        intro = plain(QtWidgets.QLabel(_t(
            "Từ 01/7/2026, dịch vụ một phần phải dựa trên một trong các lý do của Điều 14 Nghị định 224/2026. "
            "{n} phân loại còn ghi lý do theo Nghị định 42/2022: kiểm tra lý do đề xuất cho từng thủ tục, sửa nếu "
            "cần, rồi bấm Áp dụng. Lý do kỹ thuật cần thêm mô tả vấn đề và ngày dự kiến khắc phục: các thủ tục đó "
            "trở về bản nháp để bổ sung.", n=len(self.proposals)), self))
        intro.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(len(self.proposals), self.COLUMNS, self)
        self.table.setObjectName("reclassifyTable")
        self.table.setHorizontalHeaderLabels([_t("Áp dụng"), _t("Mã TTHC"), _t("Tên thủ tục"),
                                              _t("Lý do đã ghi (Nghị định 42/2022)"), _t("Lý do theo Điều 14")])
        self.table.verticalHeader().setVisible(False)
        self.choices: list[QtWidgets.QComboBox] = []
        for row, proposal in enumerate(self.proposals):
            tick = QtWidgets.QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, tick)
            for column, text in ((1, proposal.code), (2, proposal.name), (3, proposal.old_label)):
                item = QtWidgets.QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            combo = QtWidgets.QComboBox(self.table)
            combo.setAccessibleName(_t("Lý do theo Điều 14 cho {code}", code=proposal.code))
            for reason in rules.reasons_for(proposal.form or "mot_phan"):
                add_choice(combo, translate("rules", reason.label), reason.code)
            combo.setCurrentIndex(max(0, combo.findData(proposal.new_code)))
            self.table.setCellWidget(row, 4, combo)
            self.choices.append(combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(_t("Á&p dụng"))
        self.apply_button.setObjectName("applyButton")
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(lambda _item: self.apply_button.setEnabled(bool(self.ticked())))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(980, 460)

    def ticked(self) -> list[int]:
        return [row for row in range(self.table.rowCount())
                if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked]

    def _apply(self) -> None:
        rows = self.ticked()
        codes = [self.proposals[row].code for row in rows]
        picked = {self.proposals[row].code: chosen(self.choices[row]) for row in rows}
        self.confirmed.emit(codes, picked)
        self.accept()
