"""The province window's dialogs: a unit's detail, and the options of a publication."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from dvc_desktop.gui.preferences import last_folder, remember_folder
from dvc_desktop.gui.forms import add_choice, child, chosen, load_form
from dvc_desktop.gui.labels import day, form_label, moment, plan_label, unit_state_label
from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.gui.tables import readonly
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.status import UnitDetail


def _t(text: str, **params: object) -> str:
    return translate("province_dialogs", text, **params)


def _fill(table: QtWidgets.QTableWidget, rows: Sequence[tuple[str, ...]]) -> QtWidgets.QTableWidget:
    readonly(table)
    table.setRowCount(len(rows))
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
        layout = QtWidgets.QVBoxLayout(self)
        form = load_form("unit_detail.ui", self)
        layout.addWidget(form)
        get = lambda kind, name: child(form, kind, name)  # noqa: E731
        forms = ", ".join(f"{form_label(form)}: {unit.by_form.get(form, 0)}"
                          for form in ("toan_trinh", "mot_phan", "chua_truc_tuyen", ""))
        for name, text in (("unitCode", unit.code), ("unitReplacedBy", unit.replaced_by or ""),
                           ("unitLevel", level_name), ("unitState", unit_state_label(unit.state, unit.sent_late)),
                           ("unitForms", forms),
                           ("unitReview", _t("chờ xem xét {waiting}; trả lại {returned}",
                                             waiting=unit.awaiting_review, returned=unit.returned))):
            get(QtWidgets.QLabel, name).setText(text)
        facts: QtWidgets.QFormLayout = get(QtWidgets.QFormLayout, "facts")
        facts.setRowVisible(1, bool(unit.replaced_by))  # "Sáp nhập vào" only for a merged unit
        submissions = [(str(s.sequence), moment(datetime.fromisoformat(s.imported_at)),
                        moment(datetime.fromisoformat(s.created_at)),
                        "—" if s.procedures is None else str(s.procedures),
                        _t("+{added} / −{removed} / ~{changed}", added=s.added, removed=s.removed, changed=s.changed),
                        s.key_id or _t("chứng thư số"))
                       for s in detail.submissions]
        self.submissions = _fill(get(QtWidgets.QTableWidget, "unitSubmissions"), submissions)
        self.submissions.setVisible(bool(submissions))
        get(QtWidgets.QLabel, "noSubmissions").setVisible(not submissions)
        websites = [(w.name, w.url, plan_label(w.plan_status), day(w.target_date)) for w in detail.websites]
        self.websites = _fill(get(QtWidgets.QTableWidget, "unitWebsites"), websites)
        show = QtWidgets.QPushButton(_t("&Xem các phân loại của đơn vị"), self)
        show.setObjectName("showUnitRows")
        show.clicked.connect(lambda: self._show_rows(show_rows, unit.code))
        buttons: QtWidgets.QDialogButtonBox = get(QtWidgets.QDialogButtonBox, "unitButtons")
        buttons.addButton(show, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

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
        layout = QtWidgets.QVBoxLayout(self)
        form = load_form("publish.ui", self)
        layout.addWidget(form)
        get = lambda kind, name: child(form, kind, name)  # noqa: E731
        self.kind: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "publishKind")
        add_choice(self.kind, _t("Phụ lục kèm quyết định của Chủ tịch (chính thức)"), "official")
        add_choice(self.kind, _t("Bản làm việc (mọi phân loại, theo đơn vị)"), "draft")
        self.level: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "publishLevel")
        add_choice(self.level, _t("Mọi cấp"), None)
        for code, name in levels:
            add_choice(self.level, name, code)
        self.unit: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "publishUnit")
        add_choice(self.unit, _t("Mọi đơn vị"), None)
        for code, name in units:
            add_choice(self.unit, name, code)
        self.include_all: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "publishAll")
        # Left out by default: what the office returned or has not reviewed, and unclassified rows.
        self.leave_out: dict[str, QtWidgets.QCheckBox] = {
            name: get(QtWidgets.QCheckBox, f"leaveOut_{name}") for name in ("returned", "unreviewed", "unclassified")}
        self.decision: QtWidgets.QLineEdit = get(QtWidgets.QLineEdit, "publishDecision")
        self.decision_dated: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "publishDecisionDated")
        self.decision_date: QtWidgets.QDateEdit = get(QtWidgets.QDateEdit, "publishDecisionDate")
        self.decision_date.setDate(QtCore.QDate.currentDate())
        self.decision_dated.toggled.connect(self.decision_date.setEnabled)
        self.with_decision: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "publishColumnDecision")
        self.with_proactive: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "publishColumnProactive")
        self.refuse_disagreement: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "publishRefuseDisagreement")
        self.path: QtWidgets.QLineEdit = get(QtWidgets.QLineEdit, "publishPath")
        self.path.setText(str(last_folder() / "danh-muc.xlsx"))
        get(QtWidgets.QPushButton, "publishBrowse").clicked.connect(self._browse)
        self.sign: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "publishSign")
        self.path.textChanged.connect(lambda _text: self._kind_changed())
        self.message: QtWidgets.QLabel = get(QtWidgets.QLabel, "publishMessage")
        buttons: QtWidgets.QDialogButtonBox = get(QtWidgets.QDialogButtonBox, "publishButtons")
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(_t("Công &bố"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
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
        # A signed PDF is the official appendix; the other formats are data, not documents.
        self.sign.setEnabled(official and self.path.text().strip().lower().endswith(".pdf"))

    def _browse(self) -> None:
        chosen_path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, _t("Công bố Danh mục"), self.path.text(), _t("Sổ tính Excel (*.xlsx);;PDF (*.pdf);;CSV (*.csv);;JSON (*.json)"))
        if chosen_path:
            remember_folder(chosen_path)
            self.path.setText(chosen_path)

    def _accept(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() not in (".xlsx", ".pdf", ".csv", ".json"):
            self.message.setText(_t("Tên tệp phải kết thúc bằng .xlsx, .pdf, .csv hoặc .json."))
            return
        if path.suffix.lower() == ".pdf" and chosen(self.kind) != "official":
            self.message.setText(_t("Tệp PDF là Danh mục chính thức: chọn loại «Phụ lục kèm quyết định» hoặc một định "
                                    "dạng khác."))
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
                      leave_out=tuple(name for name, box in self.leave_out.items() if box.isChecked()),
                      sign=self.sign.isEnabled() and self.sign.isChecked())
