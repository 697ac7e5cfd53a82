"""The department window: the unit's procedures, the editor beside them, the websites tab.

A thin layer: every user action is an operation (`gui/department_operations.py`, one service call on
the database worker); controllers own the filter bar, the status strip, the undo history and the
Thủ tục menu's actions, and the window wires them to the table and the editor.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.domain.classification import Classification, Status
from dvc_desktop.domain.rulesets import RuleSet
from dvc_desktop.gui import department_operations as ops
from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.editor import ProcedureEditor
from dvc_desktop.gui.collector import settle
from dvc_desktop.gui.excel_import_preview import ExcelImport, catalogue_preview, import_catalogue
from dvc_desktop.gui.filter_bar import FilterBar
from dvc_desktop.gui.packages import DropsPackages
from dvc_desktop.gui.forms import box_layout, child, load_form
from dvc_desktop.gui.help_menu import add_help_menu
from dvc_desktop.gui.office_actions import OfficeActions
from dvc_desktop.gui.operations import ChangeGate
from dvc_desktop.gui.preferences import restore_splitter, save_splitter
from dvc_desktop.gui.procedure_actions import ProcedureActions
from dvc_desktop.gui.procedure_model import Filters, ProcedureTableModel
from dvc_desktop.gui.qt import QAction, QKeySequence, Qt, QtCore, QtWidgets
from dvc_desktop.gui.status_strip import StatusStrip
from dvc_desktop.gui.tables import choosable_columns, show_rows
from dvc_desktop.gui.undo_controller import UndoController
from dvc_desktop.i18n import translate
from dvc_desktop.services.changes import MembershipChange

if TYPE_CHECKING:
    from dvc_desktop.domain.errors import Issue
    from dvc_desktop.gui.certificates import CertificateActions
    from dvc_desktop.gui.dossier_figures_panel import DossierFiguresPanel
    from dvc_desktop.gui.websites_panel import WebsitesPanel
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.gui.operations import Operation
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.changes import Applied
    from dvc_desktop.services.workspace import ProcedureDetail, RecordSaved, Saved
    from dvc_desktop.services.workspace_view import ProcedureRow, WorkspaceSnapshot


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


def load_snapshot(context) -> WorkspaceSnapshot:
    """The unit and its rows. The package state follows in its own job (`load_package_state`): it
    needs the package modules (cryptography, the schemas), which the rows need not wait for."""
    from dvc_desktop.services.workspace import snapshot

    return snapshot(context)


def load_package_state(context) -> tuple[dict | None, dict | None]:
    """(the last submission exported, the last receipt from the province)."""
    from dvc_desktop.services.packages import last_exports, last_receipt

    return last_exports(context).get("submission"), last_receipt(context)


class MainWindow(OfficeActions, DropsPackages, QtWidgets.QMainWindow):
    """The wiring: the panel's widgets, the controllers (filter bar, status strip, undo, procedure
    actions), the editor beside the table and what the editor saves."""

    data_dir: Path  # the Application's, set once the window is made
    DETAIL_WAIT_S = 0.008  # the longest a key waits for the editor's procedure before painting without it

    def __init__(self, runner: "Runner", reporter: "ErrorReporter", today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.runner = runner
        self.reporter = reporter
        self.today = today
        self.rules: RuleSet | None = None
        self.snapshot: WorkspaceSnapshot | None = None
        self.setWindowTitle("DVC Desktop")
        self.resize(1280, 800)
        self.panel = load_form("main_panel.ui", self)
        self.setCentralWidget(self.panel)
        self.table: QtWidgets.QTableView = child(self.panel, QtWidgets.QTableView, "table")
        self.filter_bar = FilterBar(self.panel)
        self.search = self.filter_bar.search
        self.sector_filter, self.level_filter = self.filter_bar.sector, self.filter_bar.level
        self.form_filter, self.status_filter = self.filter_bar.form, self.filter_bar.status
        self.attention_filter = self.filter_bar.attention
        self.strip = StatusStrip(self.panel)
        self.count_label, self.progress_label = self.strip.count_label, self.strip.progress_label
        self.deadline_label = self.strip.deadline_label
        self.empty_frame, self.empty_text, self.empty_button = self._empty_state()
        self.tabs: QtWidgets.QTabWidget = child(self.panel, QtWidgets.QTabWidget, "tabs")

        self.model = ProcedureTableModel(self)
        show_rows(self.table, self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Code, name, sector, form and status fit beside the editor on a 1366×768 laptop; the others are
        # a right-click on the header away (kept for the next session).
        for column, width in enumerate((90, 300, 130, 110, 100, 180, 80, 120)):
            self.table.setColumnWidth(column, width)
        # The name takes the room the other columns leave: no grey gap on a wide screen, less cut text.
        self.table.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        choosable_columns(self.table, ProcedureTableModel.COLUMNS, "procedures", ("levels", "reason", "updated_at"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the editor; arrows move in it

        editor_host = child(self.panel, QtWidgets.QWidget, "editorHost")
        self.editor = ProcedureEditor(editor_host)
        editor_host.layout().addWidget(self.editor.form)
        self.splitter: QtWidgets.QSplitter = child(self.panel, QtWidgets.QSplitter, "splitter")
        self.splitter.setSizes([760, 520])
        # The editor may be folded away (dragged to the edge, or F9) to read the table on a laptop; the
        # table never is.
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        restore_splitter(self.splitter, "department")
        self.splitter.splitterMoved.connect(self._splitter_moved)
        # The websites and the dossier figures are built when their tab is first shown: a large
        # store's window takes keys sooner (bench/startup.py).
        self._websites_page = child(self.panel, QtWidgets.QWidget, "websitesTab")
        self._websites: WebsitesPanel | None = None
        self._figures_page = QtWidgets.QWidget(self.tabs)
        QtWidgets.QVBoxLayout(self._figures_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._figures_page, _t("Số liệ&u hồ sơ"))
        self._figures: DossierFiguresPanel | None = None
        self.tabs.currentChanged.connect(self._tab_shown)

        self._editor_width = 520
        self.gate = ChangeGate(self)
        self.undo = UndoController(self, runner, self.report, self.gate, self.editor.flush, self.say)
        self.undo_stack = self.undo.stack
        self.procedures = ProcedureActions(self, self)
        # Classifications the rules refused, kept with their row until saved or discarded on purpose.
        self.drafts: dict[int, tuple[Classification, list["Issue"]]] = {}
        self._leaving: QtWidgets.QMessageBox | None = None
        self._detail_wanted = ops.Wanted()
        from dvc_desktop.gui.packages import PackageActions

        self.packages = PackageActions(self, runner, self.report, self._imported, after_export=self.start)
        self._certificates: "CertificateActions | None" = None  # made on first use: not on the start's path
        self.catalogue_import = ExcelImport(self, runner, self.report, import_catalogue, catalogue_preview,
                                            self._imported)
        self.setAcceptDrops(True)
        self._build_actions()
        self._wire()
        self.statusBar().showMessage(_t("Đang mở dữ liệu…"))
        self.runner.busy_changed.connect(self._busy)

    # ------------------------------------------------------------ set-up

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], Any], shortcut: Any = None, name: str = "") -> QAction:
            return make_action(self, text, slot, shortcut, name)

        procedures = self.procedures
        self.act_undo, self.act_redo = self.undo.act_undo, self.undo.act_redo
        self.act_find = action(_t("&Tìm thủ tục"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        self.act_add = action(_t("&Thêm từ danh mục tham chiếu…"), procedures.add_from_catalogue, "Ctrl+N", "add")
        self.act_local = action(_t("Tạo thủ tục &riêng của đơn vị…"), procedures.create_local, "Ctrl+Shift+N",
                                "local")
        self.act_remove = action(_t("&Xóa khỏi danh mục của đơn vị…"), procedures.remove_selected,
                                 QKeySequence.StandardKey.Delete, "remove")
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_remove)
        self.act_next = action(_t("Thủ tục tiếp theo"), lambda: self.step(1), "Ctrl+Down", "next")
        self.act_previous = action(_t("Thủ tục trước"), lambda: self.step(-1), "Ctrl+Up", "previous")
        self.act_hide_editor = action(_t("Ẩn &khung phân loại"), self.toggle_editor, "F9", "hideEditor")
        self.act_hide_editor.setCheckable(True)
        self._sync_editor_action()
        self.act_ready = action(_t("Đánh &dấu sẵn sàng"), procedures.mark_ready, "Ctrl+Return", "ready")
        self.act_bulk = action(_t("&Phân loại các thủ tục đã chọn…"), procedures.classify_selected, "Ctrl+K", "bulk")
        self.act_history = action(_t("&Lịch sử sửa đổi"), procedures.show_history, "Ctrl+H", "history")
        self.act_reclassify = action(_t("Phân loại &lại theo Nghị định 224/2026…"), procedures.reclassify, None,
                                     "reclassify")
        self.act_export = action(_t("&Xuất các dòng đã chọn ra Excel…"), procedures.export_selection, "Ctrl+E",
                                 "export")
        self.act_import = action(_t("&Nhập danh mục TTHC từ Excel…"), self.import_catalogue, "Ctrl+I", "import")
        self.act_backup = action(_t("&Sao lưu dữ liệu…"), self.backup, None, "backup")
        self.act_settings = action(_t("&Cài đặt…"), self.open_settings, None, "settings")
        self.act_report_settings = action(_t("Thông tin &văn bản báo cáo (số ký hiệu, người ký)…"),
                                          self.edit_report_settings, None, "reportSettings")
        self.act_export_package = action(_t("&Xuất gói gửi tỉnh…"), self.packages.export_submission,
                                         "Ctrl+Shift+E", "exportPackage")
        self.act_import_package = action(_t("&Nhập gói của tỉnh (tham chiếu, biên nhận)…"),
                                         self.packages.choose_and_import, "Ctrl+O", "importPackage")
        self.act_public_key = action(_t("Xuất &khóa công khai và phiếu khóa…"), self.packages.export_public_key,
                                     None, "publicKey")
        self.act_key_card = action(_t("In &phiếu khóa…"), self.print_key_card, None, "keyCard")
        self.act_generate_key = action(_t("&Tạo khóa ký hoặc khóa thay thế…"), self.packages.generate_key, None,
                                       "generateKey")
        self.act_report = action(_t("Xem trước &báo cáo của đơn vị…"), self.preview_report, "Ctrl+P", "report")
        self.act_quit = action(_t("&Thoát"), self.close, QKeySequence.StandardKey.Quit, "quit")

        bar = self.menuBar()
        file_menu = bar.addMenu(_t("&Tệp"))
        for act in (self.act_import, self.act_export, self.act_report, self.act_backup):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(_t("&Sửa"))
        for act in (self.act_undo, self.act_redo, self.act_find):
            edit_menu.addAction(act)
        procedure_menu = bar.addMenu(_t("Thủ tụ&c"))
        for group in ((self.act_add, self.act_local, self.act_remove), (self.act_bulk, self.act_ready,
                      self.act_reclassify), (self.act_next, self.act_previous, self.act_history),
                      (self.act_hide_editor,)):
            if not procedure_menu.isEmpty():
                procedure_menu.addSeparator()
            for act in group:
                procedure_menu.addAction(act)
        packages_menu = bar.addMenu(_t("&Gói"))
        packages_menu.addAction(self.act_export_package)
        packages_menu.addAction(self.act_import_package)
        packages_menu.addSeparator()
        packages_menu.addAction(self.act_generate_key)
        packages_menu.addAction(self.act_public_key)
        packages_menu.addAction(self.act_key_card)
        self.act_signing_certificate = action(_t("Chứng thư số để ký (to&ken, PKCS#12)…"),
                                              lambda: self.certificates.edit_signing(), None, "signingCertificate")
        self.act_agency_signature = action(_t("Ký số của cơ quan lên văn bản PDF đã &ký…"),
                                           lambda: self.certificates.sign_as_agency(), None, "agencySignature")
        packages_menu.addAction(self.act_signing_certificate)
        tools = bar.addMenu(_t("Cô&ng cụ"))
        tools.addAction(self.act_settings)
        tools.addAction(self.act_report_settings)
        tools.addAction(self.act_agency_signature)
        add_help_menu(self)
        toolbar = self.addToolBar(_t("Thao tác"))
        toolbar.setObjectName("mainToolbar")
        for act in (self.act_add, self.act_bulk, self.act_ready, self.act_undo, self.act_redo, self.act_export):
            toolbar.addAction(act)

    def _empty_state(self) -> tuple[QtWidgets.QFrame, QtWidgets.QLabel, QtWidgets.QPushButton]:
        """Shown instead of silence when the unit's list is empty: what to do next, as a button."""
        frame = QtWidgets.QFrame(self.panel)
        frame.setObjectName("emptyState")
        frame.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        layout = QtWidgets.QHBoxLayout(frame)
        text = plain(QtWidgets.QLabel(frame))
        text.setObjectName("emptyStateText")
        text.setWordWrap(True)
        button = QtWidgets.QPushButton(frame)
        button.setObjectName("emptyStateAction")
        layout.addWidget(text, 1)
        layout.addWidget(button)
        frame.setVisible(False)
        box_layout(self.panel).insertWidget(2, frame)
        self._empty_action: QAction | None = None  # what the button does, as the list's state says
        button.clicked.connect(lambda: self._empty_action is not None and self._empty_action.trigger())
        return frame, text, button

    def _show_empty_state(self, *_args: object) -> None:
        empty = self.snapshot is not None and self.model.total_rows() == 0
        self.empty_frame.setVisible(empty)
        if not empty:
            return
        if self.snapshot.catalogue_size == 0:  # type: ignore[union-attr]
            self.empty_text.setText(_t("Chưa có gói tham chiếu của tỉnh: danh mục thủ tục, danh sách đơn vị và hạn nộp "
                                       "đều đến từ gói đó. Văn phòng UBND tỉnh gửi tệp .dvcpkg; hãy nhập nó."))
            self.empty_button.setText(_t("Nhập gói tham chiếu của tỉnh (Ctrl+O)"))
            self._empty_action = self.act_import_package
        else:
            self.empty_text.setText(_t("Danh sách thủ tục của đơn vị đang trống: thêm các thủ tục đơn vị giải quyết "
                                       "từ danh mục tham chiếu ({n} thủ tục).", n=self.snapshot.catalogue_size))  # type: ignore[union-attr]
            self.empty_button.setText(_t("Thêm thủ tục (Ctrl+N)"))
            self._empty_action = self.act_add

    def _update_ready_action(self, *_args: object) -> None:
        """"Đánh dấu sẵn sàng" only when a selected row is not ready yet."""
        rows = [self.model.row(i) for i in self.selected_ids()]
        self.act_ready.setEnabled(any(r is not None and not r.pending and r.status != Status.READY.value for r in rows))

    def _wire(self) -> None:
        self.filter_bar.changed.connect(self._apply_filters)
        self.model.counts_changed.connect(self.strip.show_counts)
        self.model.rows_changed.connect(self._update_progress)
        self.model.rows_changed.connect(self._show_empty_state)
        self.model.rows_changed.connect(self._update_ready_action)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_ready_action())
        self.editor.classification_edited.connect(self.save_classification)
        self.editor.record_edited.connect(self.save_record)
        self.editor.ready_requested.connect(lambda _id: self.procedures.mark_ready())
        self.editor.history_requested.connect(lambda _id: self.procedures.show_history())
        self.search.returnPressed.connect(self._focus_table)
        self.undo.applied.connect(self._undone)

    def start(self, on_loaded: Callable[[], None] | None = None, snapshot: WorkspaceSnapshot | None = None,
              on_usable: Callable[[], None] | None = None) -> None:
        """Show `snapshot` (the first look read it), or load the workspace on the worker; the window is
        already painted. A large store's first look has only the first screenful whole (`complete` is
        False): the table takes searches at once (`on_usable`), and the whole rows follow from the
        worker (`on_loaded`)."""
        def loaded(snapshot: WorkspaceSnapshot) -> None:
            self._show_snapshot(snapshot)
            if on_usable:
                on_usable()
            if not snapshot.complete:
                self.runner.run(self._whole_rows_job(), whole, self.report, first=True)
                return
            self.runner.run(load_package_state, self._show_package_state, self.report)
            settle()
            if on_loaded:
                on_loaded()

        def whole(snapshot: WorkspaceSnapshot | None) -> None:
            if snapshot is None:  # the usual way, then
                self.runner.run(load_snapshot, whole, self.report)
                return
            scrolled = self.table.verticalScrollBar().value()  # where the user went meanwhile
            self._show_snapshot(snapshot)
            self.table.verticalScrollBar().setValue(scrolled)
            self.runner.run(load_package_state, self._show_package_state, self.report)
            settle()
            if on_loaded:
                on_loaded()

        if snapshot is not None:
            loaded(snapshot)
        else:
            self.runner.run(load_snapshot, loaded, self.report)

    def _whole_rows_job(self) -> Callable[[Any], WorkspaceSnapshot | None]:
        """The rows a large store's first look left pending, read the same way (sqlite3) before the worker
        opens the store with SQLAlchemy (None: not a store the first look reads after all)."""
        from dvc_desktop.gui.worker import without_store
        from dvc_desktop.services.first_look import read_whole

        data_dir, today = self.data_dir, self.today()

        def read(_context: Any) -> WorkspaceSnapshot | None:
            return read_whole(data_dir, today)
        return without_store(read)

    def _show_snapshot(self, snapshot: WorkspaceSnapshot) -> None:
        self.snapshot = snapshot
        self.rules = snapshot.rules
        self.setWindowTitle(f"DVC Desktop — {snapshot.unit_name}")
        self.strip.show_round(snapshot)
        self.editor.set_rules(snapshot.rules)
        self.filter_bar.fill(snapshot)
        current = self.current_id()
        self.model.set_rows(snapshot.rows)
        if not snapshot.complete:
            self.say(_t("Đang đọc {n} thủ tục…", n=len(snapshot.rows)))
            self._select_id(current)
            return
        if self._websites is not None:
            self._websites.configure(snapshot.unit_kind, snapshot.province_domain)
            self._websites.reload()
        if self._figures is not None:
            self._figures.reload()
        self.say(_t("Đã mở dữ liệu: {n} thủ tục.", n=len(snapshot.rows)), 5000)
        self._select_id(current)
        shown = self.current_id()
        if shown is not None and self.editor.showing(shown):
            self.load_detail(shown)  # the store was read afresh (an import, say): so is the editor's procedure
        self._show_empty_state()

    @property
    def websites(self) -> "WebsitesPanel":
        if self._websites is None:
            from dvc_desktop.gui.websites_panel import WebsitesPanel

            self._websites = WebsitesPanel(self.runner, self._websites_page, self.report)
            box_layout(self._websites_page).addWidget(self._websites.form)
            if self.snapshot is not None and self.snapshot.complete:
                self._websites.configure(self.snapshot.unit_kind, self.snapshot.province_domain)
                self._websites.reload()
        return self._websites

    @property
    def figures(self) -> "DossierFiguresPanel":
        if self._figures is None:
            from dvc_desktop.gui.dossier_figures_panel import DossierFiguresPanel

            self._figures = DossierFiguresPanel(self.runner, self.report, self._figures_page)
            box_layout(self._figures_page).addWidget(self._figures)
            if self.snapshot is not None and self.snapshot.complete:
                self._figures.reload()
        return self._figures

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self._websites_page:
            self.websites.form.show()
        elif page is self._figures_page:
            self.figures.show()

    def _show_package_state(self, state: tuple[dict[str, Any] | None, dict[str, Any] | None]) -> None:
        last_export, last_receipt = state
        if self.snapshot is not None:
            self.snapshot = replace(self.snapshot, last_export=last_export, last_receipt=last_receipt)
        self.strip.show_packages(last_export, last_receipt)

    # ------------------------------------------------------------ filters and navigation

    def _apply_filters(self, filters: Filters) -> None:
        current = self.current_id()
        self.model.set_filters(filters)
        self._select_id(current)

    def _update_progress(self, *_args: object) -> None:
        self.strip.show_progress(self.model.all_rows(), self.snapshot, self.today())

    def editor_folded(self) -> bool:
        return self.splitter.sizes()[1] == 0

    def toggle_editor(self) -> None:
        """F9: fold the editor away to read the table, or bring it back (the width it had)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self.editor_folded():
            editor = min(max(self._editor_width, 360), max(total - 300, 0))
            self.splitter.setSizes([total - editor, editor])
        else:
            self._editor_width = sizes[1]
            self.splitter.setSizes([total, 0])
        save_splitter(self.splitter, "department")
        self._sync_editor_action()

    def _splitter_moved(self, *_args: object) -> None:
        save_splitter(self.splitter, "department")
        self._sync_editor_action()

    def _sync_editor_action(self) -> None:
        if hasattr(self, "act_hide_editor"):
            self.act_hide_editor.setChecked(self.editor_folded())

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_bar.focus_search()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.current_id() is None and self.model.rowCount():
            self.table.selectRow(0)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.row_id(r) for r in rows]
        current = self.current_id()
        return [i for i in ids if i is not None] or ([current] if current is not None else [])

    def _select_id(self, row_id: int | None) -> None:
        position = self.model.position_of(row_id) if row_id is not None else None
        if position is None:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self.editor.clear()
            return
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))

    def step(self, delta: int) -> None:
        index = self.table.currentIndex()
        row = (index.row() if index.isValid() else -1) + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def _current_changed(self, current: QtCore.QModelIndex, previous: QtCore.QModelIndex) -> None:
        row_id = self.model.row_id(current.row()) if current.isValid() else None
        left = self.editor.current_id
        self.editor.flush()
        if left is not None and left != row_id and left in self.drafts and self.model.position_of(left) is not None:
            self._ask_before_leaving(left, row_id)
            return
        if row_id is None:
            self.editor.clear()
            return
        if row_id == left and self.editor.showing(row_id):
            return  # the same procedure, found again after a filter: the editor already shows it
        if row_id == self._detail_wanted.row_id and self._detail_wanted.on_its_way:
            return  # found again while its detail is on its way
        self.load_detail(row_id)

    def _ask_before_leaving(self, left: int, wanted: int | None) -> None:
        """The clerk leaves a row whose change the rules refused: back to it, and ask. Nothing is
        dropped without a word ("Sửa tiếp" keeps the change on screen; "Bỏ thay đổi" drops it)."""
        selection = self.table.selectionModel()
        position = self.model.position_of(left)
        selection.blockSignals(True)  # back on the row without reloading it: the change stays in the editor
        if position is not None:
            self.table.selectRow(position)
        selection.blockSignals(False)
        self.table.viewport().update()
        if self._leaving is not None:
            return
        row = self.model.row(left)
        _, issues = self.drafts[left]
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, _t("Thay đổi chưa lưu"),
            _t("Thay đổi của thủ tục {code} chưa được lưu: {reasons}\n\nSửa tiếp để lưu, hay bỏ thay đổi này?",
               code=row.code if row else left, reasons=" ".join(i.message for i in issues)),
            QtWidgets.QMessageBox.StandardButton.NoButton, self))
        box.setObjectName("unsavedChange")
        keep = box.addButton(_t("&Sửa tiếp"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.addButton(_t("&Bỏ thay đổi"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self._leaving = None
            if box.clickedButton() is keep or box.clickedButton() is None:
                if self.editor_folded():  # "Sửa tiếp" needs the editor in view
                    self.toggle_editor()
                self.editor.focus_first_error()
                return
            self.drafts.pop(left, None)
            self.editor.current_id = None  # nothing to keep on screen any more
            if wanted is None:
                self.editor.clear()
            else:
                self._select_id(wanted)

        box.finished.connect(answered)
        self._leaving = box
        box.open()

    def load_detail(self, row_id: int) -> None:
        def show(found: "ProcedureDetail | None") -> None:
            if found is None:  # another row was asked for since
                return
            self._detail_wanted.answered()
            if self.current_id() == found.row.id:
                self.editor.show_detail(found)
                if found.row.id in self.drafts:  # back on a row with a refused change: it is still there
                    self.editor.show_draft(*self.drafts[found.row.id])

        def failed(error: BaseException) -> None:
            self._detail_wanted.answered()
            self.report(error)

        task = self.perform(ops.load_detail(row_id, self._detail_wanted).success(show).failure(failed))
        # The detail takes about a millisecond to read: shown in the same frame as the row that asked for it.
        self.runner.wait_briefly(task, self.DETAIL_WAIT_S)

    # ------------------------------------------------------------ what the editor saves

    def save_classification(self, row_id: int, wanted: Classification) -> None:
        def saved(result: "Saved") -> None:
            self.drafts.pop(row_id, None)
            self.model.update_rows([result.detail.row])
            self.editor.show_saved(result.detail)
            self.undo.record(result.change, _t("phân loại {code}", code=result.detail.row.code))
            self.say(_t("Đã lưu {code}.", code=result.detail.row.code), 3000)

        def refused(error: BaseException) -> None:
            issues = getattr(error, "issues", None)
            if issues is None:
                self.report(error)
                return
            self.drafts[row_id] = (wanted, list(issues))
            if self.editor.current_id == row_id:
                self.editor.show_refused(issues)
            self.say(_t("Chưa lưu: {reason}", reason=str(error)), 8000)

        self.perform(ops.save_answer(row_id, wanted).success(saved).failure(refused))

    def save_record(self, row_id: int, fields: dict[str, str]) -> None:
        def saved(result: "RecordSaved") -> None:
            self.undo.record(result.change, _t("sửa nội dung {code}", code=result.row.code))
            self.show_rows([result.row])

        def refused(error: BaseException) -> None:
            if getattr(error, "issues", None):
                self.say(_t("Chưa lưu: {reason}", reason=str(error)), 8000)
            else:
                self.report(error)

        self.perform(ops.save_record(row_id, fields).success(saved).failure(refused))

    # ------------------------------------------------------------ what the controllers ask of the window

    def perform(self, operation: "Operation[Any]") -> int:
        return operation.run(self.runner, self.report, self.gate, self)

    def show_rows(self, rows: list["ProcedureRow"], select: bool = False) -> None:
        """Rows changed or added: shown again; the editor reloads its row if it is among them."""
        self.model.update_rows(rows)
        current = self.current_id()
        if select and rows:
            self._select_id(rows[0].id)
        elif current is not None and any(r.id == current for r in rows):
            self.load_detail(current)

    def forget_rows(self, ids: list[int]) -> None:
        """Rows no longer in the unit's list."""
        self.model.remove_ids(ids)
        self._select_id(self.current_id())

    def _imported(self) -> None:
        """An import changed rows outside the undo history: the history starts again (an undo would
        meet rows that moved on), and the window reads the store afresh."""
        self.undo.stack.clear()
        self.start()

    def _undone(self, applied: "Applied") -> None:
        if applied.removed:
            self.forget_rows(applied.removed)
        self.show_rows(applied.rows, select=isinstance(applied.change, MembershipChange) and bool(applied.rows))

    def say(self, text: str, ms: int = 0) -> None:
        self.statusBar().showMessage(text, ms)

    def submission_counts(self) -> tuple[int, int, int, int]:
        """(total, ready, unclassified, needing review) of the unit's list, for the package summary."""
        rows = list(self.model.all_rows())
        return (len(rows), sum(r.status == Status.READY.value for r in rows), sum(r.form is None for r in rows),
                sum(r.attention for r in rows))

    def export_selection(self, path: Path | None = None) -> None:
        self.procedures.export_selection(path)

    def preview_report(self) -> None:
        """The unit's summary in the official layout: print preview, print, save as PDF."""
        from dvc_desktop.gui.report_preview import show_report_preview

        self._report_preview = show_report_preview(self, self.runner)

    def import_catalogue(self, path: Path | None = None) -> None:
        """A catalogue from Excel into the unit's own list: a preview (rows to add or update, every refused
        row with its reason, reference records kept), then Apply or Cancel."""
        self.catalogue_import.start(path, _t("Nhập danh mục TTHC"))

    # ------------------------------------------------------------ plumbing

    @property
    def certificates(self) -> "CertificateActions":
        """The certificate actions (gui/certificates.py), made the first time one is used."""
        if self._certificates is None:
            from dvc_desktop.gui.certificates import CertificateActions

            self._certificates = CertificateActions(self, self.runner, self.report)
        return self._certificates

    def report(self, error: BaseException) -> None:
        self.reporter.report(error, parent=self)
        self.say(self.reporter.last_message or "", 8000)

    def report_unless_cancelled(self, error: BaseException) -> None:
        from dvc_desktop.gui.worker import is_cancelled

        if is_cancelled(error):
            self.say(_t("Đã hủy; dữ liệu không thay đổi."), 5000)
        else:
            self.report(error)

    def _busy(self, busy: bool) -> None:
        if busy:
            QtWidgets.QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            while QtWidgets.QApplication.overrideCursor() is not None:
                QtWidgets.QApplication.restoreOverrideCursor()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.editor.flush()  # queued before the worker closes the store
        if self.drafts:
            event.ignore()
            self._ask_before_closing()
            return
        from dvc_desktop.gui.preferences import remember_geometry

        remember_geometry(self)
        super().closeEvent(event)

    def _ask_before_closing(self) -> None:
        """Closing with changes the rules refused: said, with the codes; closing drops them on purpose."""
        asking = self.findChild(QtWidgets.QMessageBox, "unsavedOnClose")
        if asking is not None and asking.isVisible():
            asking.raise_()
            return
        codes = ", ".join(row.code for i in self.drafts if (row := self.model.row(i)) is not None)
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, _t("Thay đổi chưa lưu"),
            _t("Thay đổi của các thủ tục {codes} chưa được lưu vì chưa đúng quy tắc. Đóng và bỏ các thay đổi đó?",
               codes=codes),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No, self))
        box.setObjectName("unsavedOnClose")
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.No)

        def answered(result: int) -> None:
            box.setObjectName("")
            box.deleteLater()
            if result == QtWidgets.QMessageBox.StandardButton.Yes:
                self.drafts.clear()
                self.close()

        box.finished.connect(answered)
        box.open()
