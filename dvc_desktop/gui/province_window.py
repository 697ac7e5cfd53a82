"""The provincial office's window: every unit and where its submission stands, and the packages.

Units' packages are imported here (menu, Ctrl+O, or dropped onto the window) through a preview;
the reference package for all units and a receipt for the selected unit are exported from here.
The consolidation, review and publication tools build on this window.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dvc_desktop.gui.labels import moment
from dvc_desktop.gui.packages import DropsPackages, PackageActions, ask_passphrase, choose_save_path
from dvc_desktop.gui.qt import QAction, QKeySequence, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.packages import ExportResult
    from dvc_desktop.services.status import StatusReport


def _t(text: str, **params: object) -> str:
    return translate("province", text, **params)


class ProvinceWindow(DropsPackages, QtWidgets.QMainWindow):
    def __init__(self, runner: "Runner", reporter: "ErrorReporter") -> None:
        super().__init__()
        self.runner = runner
        self.reporter = reporter
        self.setWindowTitle("DVC Desktop")
        self.resize(1100, 720)
        self.table = QtWidgets.QTableWidget(0, 5, self)
        self.table.setObjectName("unitsTable")
        self.table.setAccessibleName(_t("Các đơn vị và tình trạng nộp gói"))
        self.table.setHorizontalHeaderLabels([_t("Mã đơn vị"), _t("Đơn vị"), _t("Gói gần nhất"), _t("Nhận lúc"),
                                              _t("Tình trạng")])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setObjectName("summaryLabel")
        body = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.setAcceptDrops(True)
        self.packages = PackageActions(self, runner, self.report, self.start)
        self._build_menus()

    def _build_menus(self) -> None:
        def action(text: str, slot, shortcut: str | None = None, name: str = "") -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.act_import = action(_t("&Nhập gói của các đơn vị…"), self.packages.choose_and_import, "Ctrl+O", "import")
        self.act_reference = action(_t("Xuất gói &tham chiếu cho các đơn vị…"), self.export_reference, None, "reference")
        self.act_receipt = action(_t("Xuất &biên nhận cho đơn vị đang chọn…"), self.export_receipt, "Ctrl+R", "receipt")
        self.act_trust = action(_t("Tin cậ&y khóa của đơn vị đang chọn…"), self.trust_selected, None, "trust")
        self.act_publish = action(_t("&Công bố Danh mục (Excel, CSV, JSON)…"), self.publish, "Ctrl+P", "publish")
        quit_action = action(_t("&Thoát"), self.close, "Ctrl+Q", "quit")
        file_menu = self.menuBar().addMenu(_t("&Tệp"))
        file_menu.addAction(self.act_publish)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        packages = self.menuBar().addMenu(_t("&Gói"))
        for act in (self.act_import, self.act_reference, self.act_receipt, self.act_trust):
            packages.addAction(act)

    def report(self, error: BaseException) -> None:
        self.reporter.report(error, parent=self)

    def start(self, on_loaded=None) -> None:  # type: ignore[no-untyped-def]
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.status import status

            return status(context)

        def show(report: "StatusReport") -> None:
            self.setWindowTitle(f"DVC Desktop — {report.unit_name}")
            self.summary.setText(_t(
                "Danh mục tham chiếu: {n} TTHC; số phân loại đã có hình thức: {c}; hạn nộp {deadline}.",
                n=report.procedures, c=report.classified, deadline=report.deadline or "—"))
            states = {"on_time": _t("Đúng hạn"), "late": _t("Trễ hạn"), "never": _t("Chưa nộp")}
            self.table.setRowCount(len(report.units))
            for row, unit in enumerate(report.units):
                received = moment(datetime.fromisoformat(unit.last_import_at)) if unit.last_import_at else "—"
                values = (unit.code, unit.name, str(unit.last_sequence or "—"), received, states[unit.state])
                for column, text in enumerate(values):
                    item = QtWidgets.QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, unit.code)
                    self.table.setItem(row, column, item)
            self.table.resizeColumnsToContents()
            if on_loaded:
                on_loaded()

        self.runner.run(job, show, self.report)

    def selected_unit(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def publish(self, path: Path | None = None, include_all: bool | None = None) -> None:
        """The Danh mục, written off the GUI thread with a progress dialog; the format follows the extension."""
        if path is None:
            chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
                self, _t("Công bố Danh mục"), str(Path.home() / "danh-muc.xlsx"),
                _t("Sổ tính Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
        if include_all is None:
            answer = QtWidgets.QMessageBox.question(
                self, _t("Công bố Danh mục"),
                _t("Gồm cả các thủ tục chưa đơn vị nào phân loại (đánh dấu “Chưa phân loại”) để rà soát?"))
            include_all = answer == QtWidgets.QMessageBox.StandardButton.Yes
        target, everything = path, include_all

        def job(context, progress):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.publication import publish

            return publish(context, target, include_all=everything, progress=progress)

        def done(catalogue) -> None:  # type: ignore[no-untyped-def]
            self.statusBar().showMessage(_t("Đã ghi Danh mục ({n} thủ tục) vào {path}.",
                                            n=catalogue.counts.procedures, path=target), 8000)

        def failed(error: BaseException) -> None:
            from dvc_desktop.gui.worker import is_cancelled

            if is_cancelled(error):
                self.statusBar().showMessage(_t("Đã hủy; không ghi tệp nào."), 5000)
            else:
                self.report(error)

        self.runner.run(job, done, failed, label=_t("Đang ghi Danh mục…"), parent=self)

    def trust_selected(self, path: Path | None = None) -> None:
        unit = self.selected_unit()
        if unit is None:
            self.statusBar().showMessage(_t("Chọn một đơn vị trong bảng trước."), 5000)
            return
        self.packages.trust_unit_key(unit, path)

    def export_reference(self, path: Path | None = None, passphrase: str | None = None) -> None:
        path = path or choose_save_path(self, _t("Xuất gói tham chiếu"), "tham-chieu.dvcpkg")
        if path is None:
            return
        if passphrase is None:
            self._dialog = ask_passphrase(self, lambda text: self.export_reference(path, text))
            return
        target = path

        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.packages import export_reference

            return export_reference(context, target, passphrase)

        self.runner.run(job, self._exported, self.report)

    def export_receipt(self, path: Path | None = None, passphrase: str | None = None) -> None:
        unit = self.selected_unit()
        if unit is None:
            self.statusBar().showMessage(_t("Chọn một đơn vị trong bảng trước."), 5000)
            return
        path = path or choose_save_path(self, _t("Xuất biên nhận"), f"bien-nhan-{unit}.dvcpkg")
        if path is None:
            return
        if passphrase is None:
            self._dialog = ask_passphrase(self, lambda text: self.export_receipt(path, text))
            return
        target = path

        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.packages import export_receipt

            return export_receipt(context, unit, target, passphrase)

        self.runner.run(job, self._exported, self.report)

    def _exported(self, result: "ExportResult") -> None:
        from dvc_desktop.services.packages import kind_label

        self.statusBar().showMessage(_t("Đã ghi gói {kind} số {n} vào {path}.", kind=kind_label(result.kind), n=result.sequence,
                                        path=result.path), 8000)
