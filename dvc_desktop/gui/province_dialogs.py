"""The province window's dialogs: a unit's detail, and the options of a publication."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.preferences import last_folder, remember_folder
from dvc_desktop.gui.forms import add_choice, chosen
from dvc_desktop.gui.labels import day, form_label, moment, plan_label, unit_state_label
from dvc_desktop.gui.qt import Qt, QtCore, QtWidgets
from dvc_desktop.gui.tables import readonly_table
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.status import UnitDetail


def _t(text: str, **params: object) -> str:
    return translate("province_dialogs", text, **params)


def _plain(text: str) -> QtWidgets.QLabel:
    """A label showing data: never read as HTML."""
    label = plain(QtWidgets.QLabel(text))
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(parent: QtWidgets.QWidget, name: str, headers: list[str],
           rows: Sequence[tuple[str, ...]]) -> QtWidgets.QTableWidget:
    table = readonly_table(parent, name, headers, rows=len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class UnitDetailDialog(QtWidgets.QDialog):
    """Where one unit stands: its forms, its packages, its websites; a button shows its rows."""

    def __init__(self, detail: "UnitDetail", level_name: str, show_rows: Callable[[str], None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDetailDialog")
        unit = detail.status
        self.setWindowTitle(_t("Đơn vị: {name}", name=unit.name))
        self.resize(760, 560)
        facts = QtWidgets.QFormLayout()
        facts.addRow(_t("Mã đơn vị:"), _plain(unit.code))
        if unit.replaced_by:
            facts.addRow(_t("Sáp nhập vào:"), _plain(unit.replaced_by))
        facts.addRow(_t("Cấp:"), _plain(level_name))
        state = _plain(unit_state_label(unit.state, unit.sent_late))
        state.setObjectName("unitState")
        facts.addRow(_t("Tình trạng:"), state)
        forms = ", ".join(f"{form_label(form)}: {unit.by_form.get(form, 0)}"
                          for form in ("toan_trinh", "mot_phan", "chua_truc_tuyen", ""))
        facts.addRow(_t("Phân loại:"), _plain(forms))
        facts.addRow(_t("Xem xét:"), plain(QtWidgets.QLabel(_t("chờ xem xét {waiting}; trả lại {returned}",
                                                          waiting=unit.awaiting_review, returned=unit.returned))))
        submissions = [(str(s.sequence), moment(datetime.fromisoformat(s.imported_at)),
                        moment(datetime.fromisoformat(s.created_at)),
                        "—" if s.procedures is None else str(s.procedures),
                        _t("+{added} / −{removed} / ~{changed}", added=s.added, removed=s.removed, changed=s.changed),
                        s.key_id)
                       for s in detail.submissions]
        self.submissions = _table(self, "unitSubmissions", [_t("Gói số"), _t("Nhận lúc"), _t("Đơn vị ký lúc"),
                                                            _t("Số TTHC"), _t("Thêm / bớt / sửa"), _t("Khóa")],
                                  submissions)
        websites = [(w.name, w.url, plan_label(w.plan_status), day(w.target_date)) for w in detail.websites]
        self.websites = _table(self, "unitWebsites", [_t("Tên"), _t("Địa chỉ"), _t("Kế hoạch"), _t("Hạn chuyển đổi")],
                               websites)
        show = QtWidgets.QPushButton(_t("&Xem các phân loại của đơn vị"), self)
        show.setObjectName("showUnitRows")
        show.clicked.connect(lambda: self._show_rows(show_rows, unit.code))
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(show, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(plain(QtWidgets.QLabel(_t("Các gói đã nhận:"), self)))
        layout.addWidget(self.submissions, 2)
        if not submissions:
            self.submissions.hide()
            layout.addWidget(plain(QtWidgets.QLabel(_t("Chưa nhận gói nào của đơn vị này."), self)))
        layout.addWidget(plain(QtWidgets.QLabel(_t("Trang thông tin điện tử:"), self)))
        layout.addWidget(self.websites, 1)
        layout.addWidget(buttons)

    def _show_rows(self, show_rows: Callable[[str], None], code: str) -> None:
        show_rows(code)
        self.accept()


class PublishDialog(QtWidgets.QDialog):
    """What to publish and where: the official appendix of the Chairman's decision (its number and date,
    optional columns, communes that disagree) or the working draft (one level or unit, every procedure);
    the format follows the extension. `publish(path, **options)` with the options of services.publication."""

    def __init__(self, levels: list[tuple[str, str]], units: list[tuple[str, str]],
                 publish: Callable[..., None], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(_t("Công bố Danh mục"))
        self._publish = publish
        self.kind = QtWidgets.QComboBox(self)
        self.kind.setObjectName("publishKind")
        add_choice(self.kind, _t("Phụ lục kèm quyết định của Chủ tịch (chính thức)"), "official")
        add_choice(self.kind, _t("Bản làm việc (mọi phân loại, theo đơn vị)"), "draft")
        self.level = QtWidgets.QComboBox(self)
        self.level.setObjectName("publishLevel")
        add_choice(self.level, _t("Mọi cấp"), None)
        for code, name in levels:
            add_choice(self.level, name, code)
        self.unit = QtWidgets.QComboBox(self)
        self.unit.setObjectName("publishUnit")
        add_choice(self.unit, _t("Mọi đơn vị"), None)
        for code, name in units:
            add_choice(self.unit, name, code)
        self.include_all = QtWidgets.QCheckBox(
            _t("Gồm cả các thủ tục chưa đơn vị nào phân loại (đánh dấu “Chưa phân loại”) để rà soát"), self)
        self.include_all.setObjectName("publishAll")
        # Left out by default: what the office returned or has not reviewed, and unclassified rows.
        self.leave_out = {
            "returned": QtWidgets.QCheckBox(_t("câu trả lời bị t&rả lại"), self),
            "unreviewed": QtWidgets.QCheckBox(_t("chưa &xem xét"), self),
            "unclassified": QtWidgets.QCheckBox(_t("chưa &phân loại"), self),
        }
        leave_out = QtWidgets.QHBoxLayout()
        for name, box in self.leave_out.items():
            box.setObjectName(f"leaveOut_{name}")
            box.setChecked(True)
            leave_out.addWidget(box)
        leave_out.addStretch(1)
        self.leave_out["unreviewed"].setToolTip(_t("Câu trả lời Văn phòng chưa chấp nhận hay trả lại trong Danh mục "
                                                   "tổng hợp."))
        self.decision = QtWidgets.QLineEdit(self)
        self.decision.setObjectName("publishDecision")
        self.decision.setPlaceholderText(_t("Ví dụ: 1234/QĐ-UBND (để trống nếu chưa có số)"))
        self.decision.setAccessibleName(_t("Số quyết định ban hành"))
        self.decision_dated = QtWidgets.QCheckBox(_t("Ngày &ký:"), self)
        self.decision_dated.setObjectName("publishDecisionDated")
        self.decision_date = QtWidgets.QDateEdit(QtCore.QDate.currentDate(), self)
        self.decision_date.setObjectName("publishDecisionDate")
        self.decision_date.setDisplayFormat("dd/MM/yyyy")
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setEnabled(False)
        self.decision_dated.toggled.connect(self.decision_date.setEnabled)
        when = QtWidgets.QHBoxLayout()
        when.addWidget(self.decision, 1)
        when.addWidget(self.decision_dated)
        when.addWidget(self.decision_date)
        self.with_decision = QtWidgets.QCheckBox(_t("Cột «Quyết định công bố TTHC»"), self)
        self.with_decision.setObjectName("publishColumnDecision")
        self.with_proactive = QtWidgets.QCheckBox(_t("Cột «Mức chủ động» (Điều 16 Nghị định 224/2026)"), self)
        self.with_proactive.setObjectName("publishColumnProactive")
        self.refuse_disagreement = QtWidgets.QCheckBox(
            _t("Từ chối công bố (mặc định: ghi tên các xã ở cột Ghi chú)"), self)
        self.refuse_disagreement.setToolTip(_t("Bỏ đánh dấu: thủ tục cấp xã ghi theo hình thức của đa số xã, các "
                                               "xã trả lời khác được nêu tên ở cột Ghi chú."))
        self.refuse_disagreement.setObjectName("publishRefuseDisagreement")
        self.path = QtWidgets.QLineEdit(str(last_folder() / "danh-muc.xlsx"), self)
        self.path.setObjectName("publishPath")
        browse = QtWidgets.QPushButton(_t("C&họn…"), self)
        browse.clicked.connect(self._browse)
        where = QtWidgets.QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.message = plain(QtWidgets.QLabel(self))
        self.message.setObjectName("publishMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        form = QtWidgets.QFormLayout()
        form.addRow(_t("&Loại:"), self.kind)
        form.addRow(_t("&Cấp:"), self.level)
        form.addRow(_t("Đơn &vị:"), self.unit)
        form.addRow("", self.include_all)
        form.addRow(_t("Bỏ ra khỏi Danh mục:"), leave_out)
        decision_label = plain(QtWidgets.QLabel(_t("Số &quyết định ban hành:"), self))
        decision_label.setBuddy(self.decision)
        form.addRow(decision_label, when)
        form.addRow(_t("Cột thêm:"), self.with_decision)
        form.addRow("", self.with_proactive)
        form.addRow(_t("Xã trả lời khác nhau:"), self.refuse_disagreement)
        where_label = plain(QtWidgets.QLabel(_t("&Tệp (.xlsx, .csv, .json):"), self))
        where_label.setBuddy(self.path)  # the field is a row of two widgets: the label needs its buddy
        form.addRow(where_label, where)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(_t("Công &bố"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unit.currentIndexChanged.connect(self._kind_changed)
        self.include_all.toggled.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        """The official appendix covers every unit and only classified procedures; its own options."""
        official = chosen(self.kind) == "official"
        self.unit.setEnabled(not official)
        self.include_all.setEnabled(not official and chosen(self.unit) is None)
        # The appendix lists classified answers only; the draft with every procedure lists unclassified ones.
        unclassified = self.leave_out["unclassified"]
        forced = official or (self.include_all.isEnabled() and self.include_all.isChecked())
        unclassified.setEnabled(not forced)
        if forced:
            unclassified.setChecked(official)
        for widget in (self.with_decision, self.with_proactive, self.refuse_disagreement):
            widget.setEnabled(official)

    def _browse(self) -> None:
        chosen_path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, _t("Công bố Danh mục"), self.path.text(), _t("Sổ tính Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
        if chosen_path:
            remember_folder(chosen_path)
            self.path.setText(chosen_path)

    def _accept(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() not in (".xlsx", ".csv", ".json"):
            self.message.setText(_t("Tên tệp phải kết thúc bằng .xlsx, .csv hoặc .json."))
            return
        if not path.parent.is_dir():
            self.message.setText(_t("Không có thư mục {folder}.", folder=path.parent))
            return
        official = chosen(self.kind) == "official"
        unit = None if official else chosen(self.unit)
        columns = tuple(name for name, box in (("announcing_decision", self.with_decision),
                                               ("proactive_level", self.with_proactive)) if official and box.isChecked())
        self.accept()
        self._publish(path, include_all=self.include_all.isChecked() and not official and unit is None,
                      level=chosen(self.level), unit=unit, kind=chosen(self.kind),
                      decision_number=self.decision.text().strip(),
                      decision_date=self.decision_date.date().toPython() if self.decision_dated.isChecked() else None,
                      columns=columns,
                      commune_disagreement="refuse" if official and self.refuse_disagreement.isChecked() else "named",
                      leave_out=tuple(name for name, box in self.leave_out.items() if box.isChecked()))
