"""The indicators tab: catalogue-side figures per unit, level or sector, and for a reporting period
the dossier figures units entered, with their ratios (formulas: docs/indicators.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.file_dialogs import ask_save_path
from dvc_desktop.gui.forms import add_choice, child, chosen, panel_form, select_choice
from dvc_desktop.domain.rulesets import rule_set_title
from dvc_desktop.gui.labels import period_label, share, unit_level_label
from dvc_desktop.gui.qt import QtCore, QtGui, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.indicators import IndicatorReport


def _t(text: str, **params: object) -> str:
    return translate("indicators_panel", text, **params)


class IndicatorsPanel(QtWidgets.QWidget):
    def __init__(self, runner: "Runner", report: Callable[[BaseException], None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.report_error = runner, report
        form = panel_form(self, "indicators_panel.ui")
        self.grouping: QtWidgets.QComboBox = child(form, QtWidgets.QComboBox, "indicatorsGrouping")
        for value, text in (("unit", _t("Theo đơn vị")), ("level", _t("Theo cấp")), ("sector", _t("Theo lĩnh vực"))):
            add_choice(self.grouping, text, value)
        self.period: QtWidgets.QComboBox = child(form, QtWidgets.QComboBox, "indicatorsPeriod")
        add_choice(self.period, _t("Không kèm số liệu hồ sơ"), None)
        # The reporting date whose law the figures follow; unticked: the open round's, else today.
        self.as_of_check: QtWidgets.QCheckBox = child(form, QtWidgets.QCheckBox, "indicatorsAsOfCheck")
        self.as_of: QtWidgets.QDateEdit = child(form, QtWidgets.QDateEdit, "indicatorsAsOf")
        self.as_of.setDate(QtCore.QDate.currentDate())
        self.as_of_check.toggled.connect(self.as_of.setEnabled)
        self.as_of_check.toggled.connect(lambda _on: self.reload())
        self.as_of.dateChanged.connect(lambda _d: self.reload() if self.as_of_check.isChecked() else None)
        self.export_button: QtWidgets.QPushButton = child(form, QtWidgets.QPushButton, "indicatorsExport")
        self.export_button.clicked.connect(lambda: self.export())
        self.note: QtWidgets.QLabel = child(form, QtWidgets.QLabel, "indicatorsNote")
        self.table: QtWidgets.QTableWidget = child(form, QtWidgets.QTableWidget, "indicatorsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.shown: "IndicatorReport | None" = None
        self._period_offered = False  # the latest period is chosen once, when figures first appear
        self._stale = True  # read when the tab is first shown, not with the rest of the window
        self.grouping.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())

    def mark_stale(self) -> None:
        """The store changed: read again now if the tab is on screen, otherwise when it is shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def chosen_as_of(self) -> date | None:
        if not self.as_of_check.isChecked():
            return None
        day = self.as_of.date()
        return date(day.year(), day.month(), day.day())

    def reload(self) -> None:
        self._stale = False
        by, period, as_of = chosen(self.grouping), chosen(self.period), self.chosen_as_of()

        def job(context):
            from dvc_desktop.services.indicators import columns, indicator_report, periods_with_figures, table

            report = indicator_report(context, by, period, as_of)
            return report, columns(report), table(report), periods_with_figures(context)

        self.runner.run(job, self._show, self.report_error)

    def _show(self, answer) -> None:
        report, header, lines, periods = answer
        self.shown = report
        current = chosen(self.period)
        self.period.blockSignals(True)
        self.period.clear()
        add_choice(self.period, _t("Không kèm số liệu hồ sơ"), None)
        for code in periods:
            add_choice(self.period, period_label(code), code)
        select_choice(self.period, current)
        self.period.blockSignals(False)
        if not self._period_offered and periods and current is None:
            self._period_offered = True
            select_choice(self.period, periods[0])  # reloads with the latest quarter's figures
            return
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(lines))
        self.table.setHorizontalHeaderLabels([column.header for column in header])
        bold = QtGui.QFont(self.table.font())
        bold.setBold(True)
        by_level = chosen(self.grouping) == "level"
        for row, line in enumerate(lines):
            last = row == len(lines) - 1
            for column, (spec, value) in enumerate(zip(header, line)):
                text = _cell(spec.kind, value)
                if by_level and column == 0:
                    text = unit_level_label(text)  # "Cấp tỉnh", not the stored key "tinh"
                item = QtWidgets.QTableWidgetItem(text)
                if spec.kind != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if last:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        catalogue = report.catalogue
        source = {"as_of": _t("đã chọn"), "round": _t("của đợt đang mở"), "today": _t("hôm nay")}.get(
            catalogue.date_source, "")
        law = _t("Ngày báo cáo {day} ({source}), bộ quy tắc {rules}. Tỷ lệ toàn trình / đủ điều kiện tính trên TTHC "
                 "đủ điều kiện toàn trình theo CSDLQG (Quyết định 766/QĐ-TTg); cột «ước tính theo lý do» chỉ để "
                 "tham khảo.", day=catalogue.made_on.strftime("%d/%m/%Y"), source=source,
                 rules=rule_set_title(catalogue.rule_set))
        dossiers = report.dossiers
        if dossiers is None:
            self.note.setText(law + " " + _t("Chọn một kỳ báo cáo để xem thêm số liệu hồ sơ do các đơn vị nhập."))
        else:
            self.note.setText(law + " " + _t("Kỳ {period}: {reporting}/{expected} đơn vị đã nhập số liệu hồ sơ.",
                                             period=period_label(dossiers.period), reporting=dossiers.units_reporting,
                                             expected=dossiers.units_expected))

    def export(self, path: Path | None = None) -> None:
        if path is None:
            path = ask_save_path(self, _t("Xuất bảng chỉ số"), "chi-so.xlsx", _t("Sổ tính Excel (*.xlsx);;CSV (*.csv)"))
            if path is None:
                return
        by, period, target, as_of = chosen(self.grouping), chosen(self.period), path, self.chosen_as_of()

        def job(context, progress):
            from dvc_desktop.services.indicators import export_indicators

            return export_indicators(context, target, by, period, progress=progress, as_of=as_of)

        def done(_report) -> None:
            window = self.window()
            assert isinstance(window, QtWidgets.QMainWindow)
            window.statusBar().showMessage(_t("Đã ghi bảng chỉ số vào {path}.", path=target), 8000)

        self.runner.run(job, done, self.report_error, label=_t("Đang ghi bảng chỉ số…"), parent=self)


def _cell(kind: str, value: object) -> str:
    if value is None or value == "":
        return "" if kind == "text" else "—"
    if kind == "share":
        return share(value)  # type: ignore[arg-type]
    if kind == "count":
        return f"{value:,}".replace(",", ".")
    return str(value)

