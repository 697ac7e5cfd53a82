"""The department's dossier figures per quarter (docs/indicators.md): enter, check as you type, save.

The figures travel to the province in the unit's next package. Rules (online within the total,
paid online within those with fees) are the domain's, checked live and again when saving.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.domain.indicators import (
    OPTIONAL_FIGURES, DossierFigures, Period, figure_label, figures_issues, quarter_of,
)
from dvc_desktop.gui.labels import period_label, share
from dvc_desktop.gui.qt import Qt, QtWidgets
from dvc_desktop.gui.tables import item_data, readonly_table
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.dossier_figures import FiguresRow

FIELDS = tuple(f.name for f in fields(DossierFigures))
BASE_FIELDS = tuple(name for name in FIELDS if name not in OPTIONAL_FIGURES)
NOT_ENTERED = -1  # an optional figure's spin box at -1 shows "—": not entered (None), never 0
BAD_STYLE = "color: #b00020;"


def _t(text: str, **params: object) -> str:
    return translate("figures", text, **params)


def recent_quarters(today: date, count: int = 8) -> list[Period]:
    """The current quarter and the ones before it, newest first."""
    current = quarter_of(today)
    quarters, year, quarter = [], current.year, current.quarter or 1
    for _ in range(count):
        quarters.append(Period(year, quarter))
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return quarters


class DossierFiguresPanel(QtWidgets.QWidget):
    def __init__(self, runner: "Runner", report: Callable[[BaseException], None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.report = runner, report
        self.rows: list["FiguresRow"] = []
        self.period = QtWidgets.QComboBox(self)
        self.period.setObjectName("figuresPeriod")
        self.period.setEditable(False)
        for quarter in recent_quarters(date.today()):
            self.period.addItem(period_label(quarter.code), quarter.code)
        self.spins: dict[str, QtWidgets.QSpinBox] = {}
        form = QtWidgets.QFormLayout()
        form.addRow(_t("&Kỳ báo cáo:"), self.period)
        for name in FIELDS:
            optional = name in OPTIONAL_FIGURES
            spin = QtWidgets.QSpinBox(self)
            spin.setObjectName(f"figures_{name}")
            spin.setRange(NOT_ENTERED if optional else 0, 1_000_000_000)
            if optional:
                spin.setSpecialValueText("—")
                spin.setValue(NOT_ENTERED)
                spin.setToolTip(_t("Không bắt buộc; để «—» nếu đơn vị không thống kê số này."))
            spin.setGroupSeparatorShown(True)
            spin.setAccessibleName(figure_label(name))
            spin.valueChanged.connect(lambda _v: self._check())
            self.spins[name] = spin
            text = figure_label(name) + (_t(" (không bắt buộc)") if optional else "") + ":"
            label = plain(QtWidgets.QLabel(text, self))
            label.setWordWrap(True)  # long figure names must not widen the whole window
            label.setBuddy(spin)
            form.addRow(label, spin)
        self.ratios = plain(QtWidgets.QLabel(self))
        self.ratios.setObjectName("figuresRatios")
        self.ratios.setWordWrap(True)
        self.issues = plain(QtWidgets.QLabel(self))
        self.issues.setObjectName("figuresIssues")
        self.issues.setStyleSheet(BAD_STYLE)
        self.issues.setWordWrap(True)
        form.addRow("", self.ratios)
        form.addRow("", self.issues)
        self.save_button = QtWidgets.QPushButton(_t("&Lưu số liệu"), self)
        self.save_button.setObjectName("figuresSave")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QtWidgets.QPushButton(_t("&Xóa số liệu của kỳ"), self)
        self.delete_button.setObjectName("figuresDelete")
        self.delete_button.clicked.connect(self.delete)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.message = plain(QtWidgets.QLabel(self))
        self.message.setObjectName("figuresMessage")
        self.message.setWordWrap(True)
        headers = ([_t("Kỳ")] + [figure_label(name) for name in BASE_FIELDS]
                   + [_t("Tỷ lệ trực tuyến"), _t("Tỷ lệ thanh toán trực tuyến")]
                   + [figure_label(name) for name in OPTIONAL_FIGURES]
                   + [_t("Tỷ lệ trực tuyến toàn trình"), _t("Tỷ lệ xử lý trực tuyến"),
                      _t("Tỷ lệ trực tuyến toàn trình / hồ sơ của TTHC đủ điều kiện")])
        self.table = readonly_table(self, "figuresTable", headers, _t("Số liệu hồ sơ đã nhập theo quý"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._load_selected)
        note = plain(QtWidgets.QLabel(_t("Số liệu theo quý gửi tỉnh cùng gói tiếp theo; số liệu năm là tổng các quý. "
                                   "Tỷ lệ trực tuyến = hồ sơ nhận trực tuyến / hồ sơ tiếp nhận; tỷ lệ thanh toán trực tuyến = hồ sơ "
                                   "thanh toán trực tuyến / hồ sơ có phí, lệ phí."), self))
        note.setWordWrap(True)
        left = QtWidgets.QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.message)
        left.addStretch(1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 1)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(note)
        right.addWidget(self.table, 1)
        layout.addLayout(right, 2)
        self.period.currentIndexChanged.connect(lambda _i: self._show_period())
        self._check()

    # -- the form

    def figures(self) -> DossierFigures:
        entered: dict[str, Any] = {name: None if spin.value() == NOT_ENTERED and name in OPTIONAL_FIGURES
                                   else spin.value() for name, spin in self.spins.items()}
        return DossierFigures(**entered)

    def _check(self) -> list:
        figures = self.figures()
        issues = figures_issues(figures)
        self.issues.setText("\n".join(issue.message for issue in issues))
        for name, spin in self.spins.items():
            spin.setStyleSheet(BAD_STYLE if any(issue.field == name for issue in issues) else "")
        self.ratios.setText(_t("Trực tuyến: {online} · thanh toán trực tuyến: {paid} · trực tuyến toàn trình: {full} · "
                               "xử lý trực tuyến: {processed} · toàn trình / đủ điều kiện: {eligible}",
                               online=share(figures.online_share), paid=share(figures.paid_online_share),
                               full=share(figures.full_online_share), processed=share(figures.processed_online_share),
                               eligible=share(figures.eligible_full_online_share)))
        self.save_button.setEnabled(not issues)
        return issues

    def _show_period(self) -> None:
        """Choosing a quarter shows what was entered for it (or zeros)."""
        code = self.period.currentData()
        row = next((r for r in self.rows if r.period == code), None)
        figures = row.figures if row else DossierFigures()
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            value = getattr(figures, name)
            spin.setValue(NOT_ENTERED if value is None else value)
            spin.blockSignals(False)
        self.delete_button.setEnabled(row is not None)
        self._check()

    def _load_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            code = item_data(self.table, selected[0].row(), Qt.ItemDataRole.UserRole)
            index = self.period.findData(code)
            if index < 0:  # an older quarter than the list offers
                self.period.addItem(period_label(code), code)
                index = self.period.count() - 1
            self.period.setCurrentIndex(index)

    # -- store

    def reload(self) -> None:
        def job(context):
            from dvc_desktop.services.dossier_figures import list_figures

            return list_figures(context)

        self.runner.run(job, self._show_rows, self.report)

    def _show_rows(self, rows: list["FiguresRow"]) -> None:
        self.rows = rows
        ordered = sorted(rows, key=lambda r: r.period, reverse=True)
        self.table.setRowCount(len(ordered))
        for position, row in enumerate(ordered):
            f = row.figures
            values = [period_label(row.period)] + [_count(getattr(f, name)) for name in BASE_FIELDS]
            values += [share(f.online_share), share(f.paid_online_share)]
            values += [_count(getattr(f, name)) for name in OPTIONAL_FIGURES]
            values += [share(f.full_online_share), share(f.processed_online_share),
                       share(f.eligible_full_online_share)]
            for column, text in enumerate(values):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.period)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(position, column, item)
        self.table.resizeColumnsToContents()
        self._show_period()

    def save(self) -> None:
        if self._check():
            return
        period, figures = self.period.currentData(), self.figures()

        def job(context):
            from dvc_desktop.services.dossier_figures import list_figures, set_figures

            set_figures(context, period, figures)
            return list_figures(context)

        def done(rows: list["FiguresRow"]) -> None:
            self._show_rows(rows)
            self.message.setText(_t("Đã lưu số liệu kỳ {period}; số liệu sẽ gửi tỉnh cùng gói tiếp theo.",
                                    period=period_label(period)))

        self.runner.run(job, done, self._refused)

    def delete(self) -> None:
        period = self.period.currentData()

        def job(context):
            from dvc_desktop.services.dossier_figures import delete_figures, list_figures

            delete_figures(context, period)
            return list_figures(context)

        def done(rows: list["FiguresRow"]) -> None:
            self._show_rows(rows)
            self.message.setText(_t("Đã xóa số liệu kỳ {period}.", period=period_label(period)))

        self.runner.run(job, done, self._refused)

    def _refused(self, error: BaseException) -> None:
        from dvc_desktop.services.errors import ServiceError

        if isinstance(error, ServiceError):
            self.issues.setText(str(error))
        else:
            self.report(error)


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")
