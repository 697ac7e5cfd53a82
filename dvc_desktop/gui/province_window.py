"""The provincial office's window: every unit and where its submission stands.

The consolidation, review and publication tools build on this window; today it lists the units
expected to submit, from the same `status` service as the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.status import StatusReport


class ProvinceWindow(QtWidgets.QMainWindow):
    def __init__(self, runner: "Runner", reporter: "ErrorReporter") -> None:
        super().__init__()
        self.runner = runner
        self.reporter = reporter
        self.setWindowTitle("DVC Desktop")
        self.resize(1000, 700)
        self.table = QtWidgets.QTableWidget(0, 4, self)
        self.table.setObjectName("unitsTable")
        self.table.setHorizontalHeaderLabels([translate("province", "Mã đơn vị"), translate("province", "Đơn vị"),
                                              translate("province", "Gói gần nhất"), translate("province", "Tình trạng")])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QtWidgets.QLabel(self)
        body = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        quit_action = self.menuBar().addMenu(translate("province", "&Tệp")).addAction(translate("province", "&Thoát"))
        quit_action.triggered.connect(self.close)

    def start(self, on_loaded=None) -> None:  # type: ignore[no-untyped-def]
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.status import status

            return status(context)

        def show(report: "StatusReport") -> None:
            self.setWindowTitle(f"DVC Desktop — {report.unit_name}")
            self.summary.setText(translate(
                "province", "Danh mục tham chiếu: {n} TTHC; số phân loại đã có hình thức: {c}; hạn nộp {deadline}.",
                n=report.procedures, c=report.classified, deadline=report.deadline or "—"))
            states = {"on_time": translate("province", "Đúng hạn"), "late": translate("province", "Trễ hạn"),
                      "never": translate("province", "Chưa nộp")}
            self.table.setRowCount(len(report.units))
            for row, unit in enumerate(report.units):
                values = (unit.code, unit.name, unit.last_import_at or "—", states[unit.state])
                for column, text in enumerate(values):
                    self.table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
            self.table.resizeColumnsToContents()
            if on_loaded:
                on_loaded()

        self.runner.run(job, show, lambda error: self.reporter.report(error, parent=self))

