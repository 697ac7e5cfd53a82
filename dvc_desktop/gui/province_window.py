"""The provincial office's window: who has delivered, the consolidated catalogue and its review,
the consistency checks, and publication.

Tabs: units dashboard · consolidated catalogue (review) · checks · indicators. Units' packages are imported here
(menu, Ctrl+O, or dropped onto the window) through a preview; the reference package and a receipt
for the selected unit are exported from here. The units list (units_screen), the review rounds
(round_dialogs), the trusted keys (trust_dialog) and the catalogue's Excel import
(excel_import_preview) each have their own module. Everything is read in one job on the worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.collector import settle as settle_collector
from dvc_desktop.gui.forms import child, load_form
from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.checks_panel import ChecksPanel
from dvc_desktop.gui.office_actions import OfficeActions
from dvc_desktop.gui.excel_import_preview import ExcelImport, catalogue_preview, import_catalogue
from dvc_desktop.gui.indicators_panel import IndicatorsPanel
from dvc_desktop.gui.labels import day
from dvc_desktop.gui.packages import DropsPackages, PackageActions, choose_save_path, with_signing_secrets
from dvc_desktop.gui.province_dialogs import PublishDialog, UnitDetailDialog
from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.gui.review_panel import ReviewPanel
from dvc_desktop.gui.round_dialogs import RoundActions, round_summary
from dvc_desktop.gui.certificates import CertificateActions, ask_pin_for_documents
from dvc_desktop.gui.trust_dialog import KeyActions
from dvc_desktop.gui.units_dashboard import UnitsDashboard
from dvc_desktop.gui.units_screen import UnitsActions
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.province_view import ProvinceView
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.checks import Finding
    from dvc_desktop.services.packages import ExportResult
    from dvc_desktop.services.round_view import RoundView
    from dvc_desktop.services.status import StatusReport, UnitDetail


def _t(text: str, **params: object) -> str:
    return translate("province", text, **params)


def _settle_and_waiting(findings: list) -> tuple[int, int]:
    """The findings to settle (conflicts) and the procedures no unit has classified yet (work to do)."""
    from dvc_desktop.gui.checks_panel import WAITING_KINDS

    waiting = sum(1 for f in findings if f.kind in WAITING_KINDS)
    return len(findings) - waiting, waiting


class ProvinceWindow(OfficeActions, DropsPackages, QtWidgets.QMainWindow):
    data_dir: Path  # the Application's, set once the window is made

    def __init__(self, runner: "Runner", reporter: "ErrorReporter") -> None:
        super().__init__()
        self.runner = runner
        self.reporter = reporter
        self._dialog: QtWidgets.QDialog | None = None  # the one open (kept referenced while it is)
        self.setWindowTitle("DVC Desktop")
        self.resize(1280, 800)
        body = load_form("province_window.ui", self)
        self.setCentralWidget(body)
        self.summary: QtWidgets.QLabel = child(body, QtWidgets.QLabel, "summaryLabel")
        self.first_steps: QtWidgets.QFrame = child(body, QtWidgets.QFrame, "firstSteps")
        self.first_steps_text: QtWidgets.QLabel = child(body, QtWidgets.QLabel, "firstStepsText")
        # A province with no units or no catalogue yet: the first round's steps, as buttons (the same
        # actions as the menus: units from Excel, the catalogue from Excel, a review round).
        self.first_step_buttons: dict[str, QtWidgets.QPushButton] = {
            name: child(body, QtWidgets.QPushButton, f"firstStep_{name}") for name in ("units", "catalogue", "round")}
        self.dashboard = UnitsDashboard(self)
        self.table = self.dashboard.table
        self.review = ReviewPanel(runner, self.report, self)
        self.checks = ChecksPanel(self)
        self.indicators = IndicatorsPanel(runner, self.report, self)
        self.tabs: QtWidgets.QTabWidget = child(body, QtWidgets.QTabWidget, "provinceTabs")
        self.tabs.addTab(self.dashboard, _t("Đơn &vị"))
        self.tabs.addTab(self.review, _t("Danh mục tổng &hợp"))
        self.tabs.addTab(self.checks, _t("&Kiểm tra"))
        self.tabs.addTab(self.indicators, _t("&Chỉ số"))
        self.setAcceptDrops(True)
        self.view: "ProvinceView | None" = None
        self.keys = KeyActions(self, runner, self.report, self.selected_unit)
        self.certificates = CertificateActions(self, runner, self.report)
        self._asked: list[object] = []  # the passphrase and PIN dialogs open, kept referenced
        self.packages = PackageActions(self, runner, self.report, self.start, self.keys.offer_for_package,
                                       offer_organisation=self.certificates.offer_for_package)
        self.units = UnitsActions(self, runner, self.report, self.dashboard.selected_unit,
                                  lambda then: self.start(on_shown=then), self.dashboard.select_unit)
        self.dashboard.add_actions(self.units.actions())
        self.rounds = RoundActions(self, runner, self.report, self.current_round, self.today, self.start)
        self.catalogue_import = ExcelImport(self, runner, self.report, import_catalogue, catalogue_preview,
                                            self.start)
        self.dashboard.unit_opened.connect(self.open_unit)
        self.review.reviewed.connect(self._refresh_dashboard)
        self.review.reload_wanted.connect(lambda: self.start())
        from dvc_desktop.gui.others_changes import OthersChangesWatcher

        self.others_changes = OthersChangesWatcher(
            runner, child(body, QtWidgets.QFrame, "othersChanged"), child(body, QtWidgets.QLabel, "othersChangedText"),
            child(body, QtWidgets.QPushButton, "othersChangedReload"), lambda: self.start(), self)
        self.checks.rows_wanted.connect(self.show_finding)
        self.checks.refresh_wanted.connect(lambda: self.start())
        self._build_menus()
        self.first_step_buttons["units"].clicked.connect(self.units.act_import.trigger)
        self.first_step_buttons["catalogue"].clicked.connect(self.act_import_catalogue.trigger)
        self.first_step_buttons["round"].clicked.connect(self.rounds.act_open.trigger)

    def _show_first_steps(self, view: "ProvinceView") -> None:
        has_units = any(u.state != "retired" for u in view.report.units)
        has_catalogue = view.report.procedures > 0
        self.first_steps.setVisible(not (has_units and has_catalogue))
        missing = [text for done, text in ((has_units, _t("danh sách đơn vị")), (has_catalogue, _t("danh mục TTHC")),
                                           (view.round is not None, _t("đợt rà soát"))) if not done]
        self.first_steps_text.setText(_t("Lần rà soát đầu tiên: còn thiếu {missing}. Làm lần lượt các bước bên cạnh, "
                                         "rồi xuất gói tham chiếu cho các đơn vị.", missing=", ".join(missing)))
        for name, done in (("units", has_units), ("catalogue", has_catalogue), ("round", view.round is not None)):
            self.first_step_buttons[name].setEnabled(not done)

    def _build_menus(self) -> None:
        def action(text: str, slot, shortcut: str | None = None, name: str = ""):
            return make_action(self, text, slot, shortcut, name)

        self.act_import = action(_t("&Nhập gói của các đơn vị…"), self.packages.choose_and_import, "Ctrl+O", "import")
        self.act_reference = action(_t("Xuất gói &tham chiếu cho các đơn vị…"), self.export_reference, None, "reference")
        self.act_receipt = action(_t("Xuất &biên nhận cho đơn vị đang chọn…"), self.export_receipt, "Ctrl+R", "receipt")
        self.act_trust, self.act_trusted_keys = self.keys.actions()
        self.act_import_catalogue = action(_t("Nhập danh &mục TTHC từ Excel…"), self.import_catalogue, "Ctrl+I",
                                           "importCatalogue")
        # Ctrl+P prints (the report's preview) in both windows, as everywhere; publishing has its own keys.
        self.act_publish = action(_t("&Công bố Danh mục (Excel, CSV, JSON)…"), self.choose_publication, "Ctrl+Shift+B",
                                  "publish")
        self.act_report = action(_t("Xem trước &báo cáo tổng hợp…"), self.preview_report, "Ctrl+P", "report")
        self.act_unit_report = action(_t("Báo cáo của đơn vị đang c&họn…"), self.preview_unit_report, None,
                                      "unitReport")
        self.act_report_settings = action(_t("Thông tin &văn bản báo cáo (số ký hiệu, người ký)…"),
                                          self.edit_report_settings, None, "reportSettings")
        self.act_reload = action(_t("&Tải lại"), self.start, "F5", "reload")
        # The office's own signing key: the units check its fingerprint on the reference package.
        self.act_generate_key = action(_t("Tạo khóa ký hoặc khóa t&hay thế…"), self.packages.generate_key, None,
                                       "generateKey")
        self.act_public_key = action(_t("Xuất khóa công khai và &phiếu khóa…"), self.packages.export_public_key,
                                     None, "publicKey")
        self.act_key_card = action(_t("&In phiếu khóa của Văn phòng…"), self.print_key_card, None, "keyCard")
        self.act_backup = action(_t("&Sao lưu dữ liệu…"), self.backup, None, "backup")
        self.act_settings = action(_t("Cài đặt &ngôn ngữ…"), self.open_settings, None, "settings")
        self.act_server = action(_t("Máy chủ &dữ liệu và tên cán bộ…"), self.open_server_settings, None,
                                 "serverSettings")
        quit_action = action(_t("&Thoát"), self.close, "Ctrl+Q", "quit")
        file_menu = self.menuBar().addMenu(_t("&Tệp"))
        for act in (self.act_import_catalogue, self.act_publish, self.act_reload, None, self.act_backup,
                    self.act_settings, self.act_server):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        units = self.menuBar().addMenu(_t("Đơ&n vị"))
        for act in self.units.actions():
            units.addAction(act)
        rounds = self.menuBar().addMenu(_t("Đợt &rà soát"))
        for act in self.rounds.actions():
            rounds.addAction(act)
        packages = self.menuBar().addMenu(_t("&Gói"))
        for act in (self.act_import, self.act_reference, self.act_receipt):
            packages.addAction(act)
        packages.addSeparator()
        packages.addAction(self.act_trust)
        packages.addAction(self.act_trusted_keys)
        packages.addAction(self.certificates.act_trust)
        packages.addSeparator()
        for act in (self.act_generate_key, self.act_public_key, self.act_key_card, self.certificates.act_signing):
            packages.addAction(act)
        reports = self.menuBar().addMenu(_t("&Báo cáo"))
        reports.addAction(self.act_report)
        reports.addAction(self.act_unit_report)
        reports.addSeparator()
        reports.addAction(self.act_report_settings)
        reports.addAction(self.certificates.act_agency)
        from dvc_desktop.gui.help_menu import add_help_menu

        add_help_menu(self)

    def report(self, error: BaseException) -> None:
        self.reporter.report(error, parent=self)

    # -- loading

    def start(self, on_loaded: Callable[[], None] | None = None,
              on_shown: Callable[[], None] | None = None) -> None:
        """Read the store: the units and the consolidated table first, shown at once (`on_shown`); the
        checks next (the slowest part), then their counts in the summary and the Kiểm tra tab
        (`on_loaded` once everything is shown)."""
        def findings_job(context):
            from dvc_desktop.services.province_view import load_findings

            return load_findings(context)

        def checked(findings: list) -> None:
            if self.view is None:
                return
            self.view = view = replace(self.view, findings=findings)
            self._show_summary(view)
            self.checks.set_findings(findings, {u.code: u.name for u in view.report.units})
            self.tabs.setTabText(2, _t("&Kiểm tra ({n})", n=_settle_and_waiting(findings)[0]))  # the conflicts
            settle_collector()  # the consolidated rows stay out of later collections
            if on_loaded:
                on_loaded()

        def show(view: "ProvinceView") -> None:
            self.view = view
            report = view.report
            self.setWindowTitle(f"DVC Desktop — {report.unit_name}")
            self._show_summary(view)
            self.rounds.update(view.round)
            self.dashboard.set_levels(view.levels)
            self.dashboard.set_units(report.units, dict(view.levels))
            units = [(u.code, u.name) for u in report.units]
            self.review.set_rows(view.rows, units, view.levels, view.rules)
            self.indicators.mark_stale()
            self._show_first_steps(view)
            self.others_changes.reset()  # what others change from now on is offered as a reload
            self.runner.run(findings_job, checked, self.report)
            if on_shown:
                on_shown()

        def job(context):
            from dvc_desktop.services.province_view import load_view  # the services load on the worker's side

            return load_view(context, checks=False)

        self.runner.run(job, show, self.report)

    def _show_summary(self, view: "ProvinceView") -> None:
        report = view.report
        late = sum(1 for u in report.units if u.state == "late")
        sent_late = sum(1 for u in report.units if u.sent_late)
        deadline = day(date.fromisoformat(report.deadline)) if report.deadline else "—"
        if view.findings is None:
            counts = _t("Danh mục tham chiếu: {n} TTHC · {c} câu trả lời đã phân loại · hạn nộp {deadline} · "
                        "{late} đơn vị trễ hạn · {sent_late} đơn vị nộp trễ · đang kiểm tra tính nhất quán…",
                        n=report.procedures, c=report.classified, deadline=deadline, late=late, sent_late=sent_late)
        else:
            settle, waiting = _settle_and_waiting(view.findings)
            counts = _t("Danh mục tham chiếu: {n} TTHC · {c} câu trả lời đã phân loại · hạn nộp {deadline} · "
                        "{late} đơn vị trễ hạn · {sent_late} đơn vị nộp trễ · {findings} vấn đề cần xử lý · "
                        "{waiting} thủ tục chưa đơn vị nào phân loại.",
                        n=report.procedures, c=report.classified, deadline=deadline, late=late,
                        sent_late=sent_late, findings=settle, waiting=waiting)
        self.summary.setText(f"{round_summary(view.round, self.today())}\n{counts}")

    def current_round(self) -> "RoundView | None":
        return self.view.round if self.view else None

    def today(self) -> date:
        """The store's today (as the services judge deadlines), once the view is read."""
        return self.view.today if self.view and self.view.today else date.today()

    def _refresh_dashboard(self) -> None:
        """After a review only the units' counts change: the catalogue rows are already updated."""
        def job(context):
            from dvc_desktop.services.status import status

            return status(context)

        def show(report: "StatusReport") -> None:
            if self.view is not None:
                self.dashboard.set_units(report.units, dict(self.view.levels))

        self.runner.run(job, show, self.report)

    # -- navigation between tabs

    def open_unit(self, code: str) -> None:
        def job(context):
            from dvc_desktop.services.status import unit_detail

            return unit_detail(context, code)

        def show(detail: "UnitDetail") -> None:
            level = dict(self.view.levels).get(detail.status.level, detail.status.level) if self.view else ""
            dialog = UnitDetailDialog(detail, level, self.show_unit_rows, self)
            self._dialog = dialog
            dialog.open()

        self.runner.run(job, show, self.report)

    def show_unit_rows(self, code: str) -> None:
        self.review.show_unit(code)
        self.tabs.setCurrentWidget(self.review)
        self.review.table.setFocus()

    def show_finding(self, finding: "Finding") -> None:
        if finding.kind == "website":
            self.open_unit(finding.unit_code)
            return
        count = self.review.show_finding({finding.procedure_code}, finding.unit_code, finding.classification_id,
                                         finding.message)
        self.tabs.setCurrentWidget(self.review)
        self.review.table.setFocus()
        if count == 0:
            self.statusBar().showMessage(_t("Không có phân loại nào của mã {code}: chưa đơn vị nào phân loại thủ tục này.",
                                            code=finding.procedure_code), 8000)

    def selected_unit(self) -> str | None:
        if self.tabs.currentWidget() is self.review:
            ids = self.review.selected_ids()
            row = self.review.model.row(ids[0]) if ids else None
            if row is not None:
                return row.unit_code
        return self.dashboard.selected_unit()

    # -- reports and publication

    def preview_report(self) -> None:
        """The province summary in the official layout: print preview, print, save as PDF."""
        from dvc_desktop.gui.report_preview import show_report_preview

        self._report_preview = show_report_preview(self, self.runner)

    def preview_unit_report(self) -> None:
        from dvc_desktop.gui.report_preview import show_report_preview

        unit = self.selected_unit()
        if unit is None:
            self.statusBar().showMessage(_t("Chọn một đơn vị trong bảng trước."), 5000)
            return
        self._report_preview = show_report_preview(self, self.runner, unit)

    def import_catalogue(self, path: Path | None = None) -> None:
        """The reference catalogue from Excel: a preview (added, updated, refused rows, agencies no unit
        matches), then Apply or Cancel."""
        self.catalogue_import.start(path, _t("Nhập danh mục TTHC"))

    def choose_publication(self) -> None:
        """What stands open is said first (checks, returned and unreviewed answers, late units, unclassified
        procedures); the publication dialog follows on the officer's word."""
        open_items = self._open_items()
        if not open_items:
            self._open_publish_dialog()
            return
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, _t("Trước khi công bố"),
            _t("Còn việc chưa xong: {items}.\n\nDanh mục chính thức chỉ gồm các thủ tục đã phân loại. Vẫn công bố?",
               items="; ".join(open_items)),
            QtWidgets.QMessageBox.StandardButton.Cancel, self))
        box.setObjectName("publishOpenItems")
        go_on = box.addButton(_t("&Tiếp tục công bố…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._open_publish_dialog() if box.clickedButton() is go_on else None)
        self._dialog = box
        box.open()

    def _open_items(self) -> list[str]:
        view = self.view
        if view is None:
            return []
        units = view.report.units
        counts = (
            (_settle_and_waiting(view.findings or [])[0], _t("{n} vấn đề kiểm tra cần xử lý")),
            (int(view.findings is None), _t("kiểm tra tính nhất quán chưa xong")),
            (sum(u.returned for u in units), _t("{n} câu trả lời bị trả lại")),
            (sum(u.awaiting_review for u in units), _t("{n} câu trả lời chưa xem xét")),
            (sum(1 for u in units if u.state in ("late", "never")), _t("{n} đơn vị chưa nộp")),
            (sum(u.by_form.get("", 0) for u in units), _t("{n} thủ tục chưa phân loại")),
        )
        return [text.format(n=n) for n, text in counts if n]

    def _open_publish_dialog(self) -> None:
        view = self.view
        units = [(u.code, u.name) for u in view.report.units] if view else []
        dialog = PublishDialog(view.levels if view else [], units, self.publish, self)
        self._dialog = dialog
        dialog.open()

    def publish(self, path: Path, include_all: bool = False, level: str | None = None, unit: str | None = None,
                kind: str | None = None, **options: object) -> None:
        if options.get("sign") and options.get("pin") is None:  # the token's PIN first, then the long work
            ask_pin_for_documents(self, self.runner, self.report, self._asked.append, lambda pin: self.publish(
                path, include_all, level, unit, kind, **{**options, "pin": pin}))
            return
        self._publish(path, include_all, level, unit, kind, **options)

    def _publish(self, path: Path, include_all: bool = False, level: str | None = None, unit: str | None = None,
                 kind: str | None = None, **options: object) -> None:
        """The Danh mục, written off the GUI thread with a progress dialog; the format follows the extension.
        By default the official appendix of the Chairman's decision; the working draft when asked, or when
        one unit or every procedure is wanted. `options`: decision_number, decision_date, columns,
        commune_disagreement, as_of (services.publication.publish)."""
        target = path
        chosen_kind = kind or ("draft" if include_all or unit else "official")

        def job(context, progress):
            from dvc_desktop.services.publication import publish

            return publish(context, target, level=level, unit=unit, include_all=include_all, progress=progress,
                           kind=chosen_kind, **options)  # type: ignore[arg-type]

        def done(published) -> None:
            if hasattr(published, "parts"):  # the official appendix
                count = sum(part.line_count for part in published.parts)
            else:
                count = published.counts.procedures
            self.statusBar().showMessage(_t("Đã ghi Danh mục ({n} thủ tục) vào {path}.", n=count, path=target), 8000)

        def failed(error: BaseException) -> None:
            from dvc_desktop.gui.worker import is_cancelled

            if is_cancelled(error):
                self.statusBar().showMessage(_t("Đã hủy; không ghi tệp nào."), 5000)
            else:
                self.report(error)

        self.runner.run(job, done, failed, label=_t("Đang ghi Danh mục…"), parent=self)

    # -- packages

    def export_reference(self, path: Path | None = None, passphrase: str | None = None, pin: str | None = None,
                         asked: bool = False) -> None:
        path = path or choose_save_path(self, _t("Xuất gói tham chiếu"), "tham-chieu.dvcpkg")
        if path is None:
            return
        if not asked:
            with_signing_secrets(self, self.runner, self.report, self._asked, passphrase, pin,
                                 lambda secret, token_pin: self.export_reference(path, secret, token_pin, True))
            return
        target = path

        def job(context):
            from dvc_desktop.services.packages import export_reference

            return export_reference(context, target, passphrase, pin)

        self.runner.run(job, self._exported, self.report)

    def export_receipt(self, path: Path | None = None, passphrase: str | None = None, pin: str | None = None,
                       asked: bool = False) -> None:
        unit = self.selected_unit()
        if unit is None:
            self.statusBar().showMessage(_t("Chọn một đơn vị trong bảng trước."), 5000)
            return
        path = path or choose_save_path(self, _t("Xuất biên nhận"), f"bien-nhan-{unit}.dvcpkg")
        if path is None:
            return
        if not asked:
            with_signing_secrets(self, self.runner, self.report, self._asked, passphrase, pin,
                                 lambda secret, token_pin: self.export_receipt(path, secret, token_pin, True))
            return
        target = path

        def job(context):
            from dvc_desktop.services.packages import export_receipt

            return export_receipt(context, unit, target, passphrase, pin)

        self.runner.run(job, self._exported, self.report)

    def _exported(self, result: "ExportResult") -> None:
        from dvc_desktop.services.packages import kind_label

        self.statusBar().showMessage(_t("Đã ghi gói {kind} số {n} vào {path}.", kind=kind_label(result.kind), n=result.sequence,
                                        path=result.path), 8000)


    def open_server_settings(self) -> None:
        from dvc_desktop.gui.server_settings import ServerSettings

        self._server_settings = ServerSettings(self, self.runner, self.data_dir,
                                               lambda said: self.statusBar().showMessage(said, 10_000))

    def closeEvent(self, event) -> None:  # noqa: N802
        from dvc_desktop.gui.preferences import remember_geometry

        self.others_changes.stop()
        remember_geometry(self)
        super().closeEvent(event)
