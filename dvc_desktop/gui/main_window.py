"""The department window: the unit's procedures, the editor beside them, the websites tab.

A thin layer: every action is a job on the database worker that calls one service function; the
answers update the table model, the editor and the progress strip.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.file_dialogs import ask_save_path
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.domain.classification import Classification, Form, Status
from dvc_desktop.domain.rulesets import RuleSet
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.combos import eliding
from dvc_desktop.gui.commands import AddProcedures, ChangeClassifications, EditRecord, RemoveProcedures
from dvc_desktop.gui.bulk_classify import BulkClassifyDialog
from dvc_desktop.gui.dialogs import CataloguePicker, LocalProcedureDialog, confirm, show_history
from dvc_desktop.gui.editor import ProcedureEditor
from dvc_desktop.gui.excel_import_preview import ExcelImport, catalogue_preview, import_catalogue
from dvc_desktop.gui.packages import DropsPackages
from dvc_desktop.gui.forms import add_choice, child, chosen, load_form
from dvc_desktop.gui.help_menu import add_help_menu
from dvc_desktop.gui.office_actions import OfficeActions
from dvc_desktop.gui.labels import day, form_label, moment, status_label
from dvc_desktop.gui.dossier_figures_panel import DossierFiguresPanel
from dvc_desktop.gui.preferences import restore_splitter, save_splitter
from dvc_desktop.gui.procedure_model import Filters, ProcedureTableModel
from dvc_desktop.gui.qt import QAction, QKeySequence, Qt, QtCore, QtWidgets, QUndoStack
from dvc_desktop.gui.tables import choosable_columns, show_rows
from dvc_desktop.gui.websites_panel import WebsitesPanel
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.domain.errors import Issue
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.workspace import BulkResult, ProcedureDetail, RemovedItem, Saved
    from dvc_desktop.services.workspace_view import ProcedureRow, WorkspaceSnapshot


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


def load_snapshot(context) -> WorkspaceSnapshot:  # type: ignore[no-untyped-def]
    """The unit and its rows. The package state follows in its own job (`load_package_state`): it
    needs the package modules (cryptography, the schemas), which the rows need not wait for."""
    from dvc_desktop.services.workspace import snapshot

    return snapshot(context)


def load_package_state(context) -> tuple[dict | None, dict | None]:  # type: ignore[no-untyped-def]
    """(the last submission exported, the last receipt from the province)."""
    from dvc_desktop.services.packages import last_exports, last_receipt

    return last_exports(context).get("submission"), last_receipt(context)


class MainWindow(OfficeActions, DropsPackages, QtWidgets.QMainWindow):
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
        get = lambda kind, name: child(self.panel, kind, name)  # noqa: E731
        self.table: QtWidgets.QTableView = get(QtWidgets.QTableView, "table")
        self.search: QtWidgets.QLineEdit = get(QtWidgets.QLineEdit, "searchEdit")
        self.sector_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "sectorFilter")
        self.level_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "levelFilter")
        self.form_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "formFilter")
        self.status_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "statusFilter")
        self.attention_filter: QtWidgets.QCheckBox = get(QtWidgets.QCheckBox, "attentionFilter")
        for combo in (self.sector_filter, self.level_filter, self.form_filter, self.status_filter):
            eliding(combo)
        self.count_label: QtWidgets.QLabel = get(QtWidgets.QLabel, "countLabel")
        # What the amber rows mean, said once under the table (the colour of row_model's attention).
        legend = plain(QtWidgets.QLabel(_t("Dòng màu hổ phách: cần xem lại (chưa có hình thức, bảng kiểm chưa đủ, "
                                          "hoặc hình thức khác gợi ý của bảng kiểm)."), self.panel))
        legend.setObjectName("attentionLegend")
        legend.setStyleSheet("color: #8a5300;")
        legend.setWordWrap(True)  # never what sets the window's minimum width
        self.count_label.parentWidget().layout().addWidget(legend)
        self.progress_label: QtWidgets.QLabel = get(QtWidgets.QLabel, "progressLabel")
        self.progress_bar: QtWidgets.QProgressBar = get(QtWidgets.QProgressBar, "progressBar")
        self.deadline_label: QtWidgets.QLabel = get(QtWidgets.QLabel, "deadlineLabel")
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.round_label = self._round_line()
        self.empty_frame, self.empty_text, self.empty_button = self._empty_state()
        self.package_label: QtWidgets.QLabel = get(QtWidgets.QLabel, "packageLabel")
        self.tabs: QtWidgets.QTabWidget = get(QtWidgets.QTabWidget, "tabs")

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
        self.model.counts_changed.connect(self._show_counts)
        self.model.rows_changed.connect(self._update_progress)
        self.model.rows_changed.connect(self._show_empty_state)
        self.model.rows_changed.connect(self._update_ready_action)

        self.editor = ProcedureEditor(get(QtWidgets.QWidget, "editorHost"))
        get(QtWidgets.QWidget, "editorHost").layout().addWidget(self.editor.form)
        self.splitter: QtWidgets.QSplitter = get(QtWidgets.QSplitter, "splitter")
        self.splitter.setSizes([760, 520])
        # The editor may be folded away (dragged to the edge, or F9) to read the table on a laptop; the
        # table never is.
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        restore_splitter(self.splitter, "department")
        self.splitter.splitterMoved.connect(lambda *_: (save_splitter(self.splitter, "department"),
                                                        self._sync_editor_action()))
        self.websites = WebsitesPanel(runner, get(QtWidgets.QWidget, "websitesTab"), self.report)
        get(QtWidgets.QWidget, "websitesTab").layout().addWidget(self.websites.form)
        self.figures = DossierFiguresPanel(runner, self.report, self.tabs)
        self.tabs.addTab(self.figures, _t("Số liệ&u hồ sơ"))

        self._editor_width = 520
        self.undo_stack = QUndoStack(self)
        # Classifications the rules refused, kept with their row until saved or discarded on purpose.
        self.drafts: dict[int, tuple[Classification, list["Issue"]]] = {}
        self._leaving: QtWidgets.QMessageBox | None = None
        from dvc_desktop.gui.packages import PackageActions

        self.packages = PackageActions(self, runner, self.report, self.start)
        self.catalogue_import = ExcelImport(self, runner, self.report, import_catalogue, catalogue_preview,
                                            self.start)
        self.setAcceptDrops(True)
        self._build_actions()
        self._wire()
        self.statusBar().showMessage(_t("Đang mở dữ liệu…"))
        self.runner.busy_changed.connect(self._busy)

    # ------------------------------------------------------------ set-up

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], Any], shortcut: Any = None, name: str = "") -> QAction:
            return make_action(self, text, slot, shortcut, name)

        self.act_undo = self.undo_stack.createUndoAction(self, _t("&Hoàn tác"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, _t("&Làm lại"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # a duplicate would make the shortcut ambiguous
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.act_redo.setShortcuts(redo_keys)
        for act in (self.act_undo, self.act_redo):
            self.addAction(act)
        self.act_find = action(_t("&Tìm thủ tục"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        self.act_add = action(_t("&Thêm từ danh mục tham chiếu…"), self.add_from_catalogue, "Ctrl+N", "add")
        self.act_local = action(_t("Tạo thủ tục &riêng của đơn vị…"), self.create_local, "Ctrl+Shift+N", "local")
        self.act_remove = action(_t("&Xóa khỏi danh mục của đơn vị…"), self.remove_selected,
                                 QKeySequence.StandardKey.Delete, "remove")
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_remove)
        self.act_next = action(_t("Thủ tục tiếp theo"), lambda: self.step(1), "Ctrl+Down", "next")
        self.act_previous = action(_t("Thủ tục trước"), lambda: self.step(-1), "Ctrl+Up", "previous")
        self.act_hide_editor = action(_t("Ẩn &khung phân loại"), self.toggle_editor, "F9", "hideEditor")
        self.act_hide_editor.setCheckable(True)
        self._sync_editor_action()
        self.act_ready = action(_t("Đánh &dấu sẵn sàng"), self.mark_ready, "Ctrl+Return", "ready")
        self.act_bulk = action(_t("&Phân loại các thủ tục đã chọn…"), self.bulk_classify, "Ctrl+K", "bulk")
        self.act_history = action(_t("&Lịch sử sửa đổi"), self.show_history, "Ctrl+H", "history")
        self.act_reclassify = action(_t("Phân loại &lại theo Nghị định 224/2026…"), self.reclassify, None,
                                     "reclassify")
        self.act_export = action(_t("&Xuất các dòng đã chọn ra Excel…"), self.export_selection, "Ctrl+E", "export")
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
        for act in (self.act_add, self.act_local, self.act_remove, None, self.act_bulk, self.act_ready,
                    self.act_reclassify, None, self.act_next, self.act_previous, self.act_history, None,
                    self.act_hide_editor):
            procedure_menu.addSeparator() if act is None else procedure_menu.addAction(act)
        packages_menu = bar.addMenu(_t("&Gói"))
        packages_menu.addAction(self.act_export_package)
        packages_menu.addAction(self.act_import_package)
        packages_menu.addSeparator()
        packages_menu.addAction(self.act_generate_key)
        packages_menu.addAction(self.act_public_key)
        packages_menu.addAction(self.act_key_card)
        tools = bar.addMenu(_t("Cô&ng cụ"))
        tools.addAction(self.act_settings)
        tools.addAction(self.act_report_settings)
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
        self.panel.layout().insertWidget(2, frame)
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

    def _round_line(self) -> QtWidgets.QLabel:
        """Under the progress strip, beside the deadline: the round and the letter it rests on (a
        basis can be long, so it wraps on a line of its own rather than widen the strip)."""
        label = plain(QtWidgets.QLabel(self.panel))
        label.setObjectName("roundLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(False)
        self.panel.layout().insertWidget(1, label)
        return label

    def _update_ready_action(self, *_args: object) -> None:
        """"Đánh dấu sẵn sàng" only when a selected row is not ready yet."""
        rows = [self.model.row(i) for i in self.selected_ids()]
        self.act_ready.setEnabled(any(r is not None and not r.pending and r.status != Status.READY.value for r in rows))

    def _wire(self) -> None:
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.sector_filter, self.level_filter, self.form_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.attention_filter.toggled.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_ready_action())
        self.editor.classification_edited.connect(self.save_classification)
        self.editor.record_edited.connect(self.save_record)
        self.editor.ready_requested.connect(lambda _id: self.mark_ready())
        self.editor.history_requested.connect(lambda _id: self.show_history())
        self.search.returnPressed.connect(self._focus_table)

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
        self._show_round(snapshot)
        self.editor.set_rules(snapshot.rules)
        self._fill_filters(snapshot)
        current = self.current_id()
        for widget in (self.sector_filter, self.level_filter, self.form_filter, self.status_filter,
                       self.attention_filter):
            widget.setEnabled(snapshot.complete)  # they look at what pending rows do not have yet
        self.model.set_rows(snapshot.rows)
        if not snapshot.complete:
            self.statusBar().showMessage(_t("Đang đọc {n} thủ tục…", n=len(snapshot.rows)))
            self._select_id(current)
            return
        self.websites.configure(snapshot.unit_kind, snapshot.province_domain)
        self.websites.reload()
        self.figures.reload()
        self.statusBar().showMessage(_t("Đã mở dữ liệu: {n} thủ tục.", n=len(snapshot.rows)), 5000)
        self._select_id(current)
        self._show_empty_state()

    def _show_round(self, snapshot: WorkspaceSnapshot) -> None:
        parts = [_t("Đợt: {name}", name=snapshot.round_name)] if snapshot.round_name else []
        if snapshot.round_basis:
            parts.append(_t("Căn cứ: {basis}", basis=snapshot.round_basis))
        self.round_label.setText(" · ".join(parts))
        self.round_label.setVisible(bool(parts))

    def _show_package_state(self, state: tuple[dict | None, dict | None]) -> None:
        from datetime import datetime

        last_export, last_receipt = state
        if self.snapshot is not None:
            self.snapshot = replace(self.snapshot, last_export=last_export, last_receipt=last_receipt)
        parts = []
        if last_export:
            at = datetime.fromisoformat(last_export["at"])
            parts.append(_t("Gói gần nhất: số {n}, {at}", n=last_export["sequence"], at=moment(at)))
        if last_receipt:
            at = datetime.fromisoformat(last_receipt["accepted_at"])
            returned = sum(c["status"] == "returned" for c in last_receipt["comments"])
            text = _t("Tỉnh đã nhận gói số {n} ngày {day}", n=last_receipt["accepted_sequence"],
                      day=moment(at))
            if returned:
                text += _t(" · {n} thủ tục bị trả lại", n=returned)
            parts.append(text)
        self.package_label.setText(" · ".join(parts))

    def _fill_filters(self, snapshot: WorkspaceSnapshot) -> None:
        def fill(combo: QtWidgets.QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
            combo.blockSignals(True)
            combo.clear()
            add_choice(combo, everything, None)
            for text, value in items:
                add_choice(combo, text, value)
            combo.blockSignals(False)

        sectors = sorted({row.sector for row in snapshot.rows if row.sector}, key=fold)
        fill(self.sector_filter, _t("Mọi lĩnh vực"), [(s, s) for s in sectors])
        fill(self.level_filter, _t("Mọi cấp"), [(name, code) for code, name in snapshot.levels])
        fill(self.form_filter, _t("Mọi hình thức"),
             [(form_label(f.value), f.value) for f in Form] + [(form_label(None), "")])
        fill(self.status_filter, _t("Mọi trạng thái"), [(status_label(s.value), s.value) for s in Status])

    # ------------------------------------------------------------ filters and navigation

    def _apply_filters(self) -> None:
        current = self.current_id()
        self.model.set_filters(Filters(
            text=fold(self.search.text()),
            sector=chosen(self.sector_filter),
            level=chosen(self.level_filter),
            form=chosen(self.form_filter),
            status=chosen(self.status_filter),
            attention_only=self.attention_filter.isChecked(),
        ))
        self._select_id(current)

    def _show_counts(self, shown: int, total: int) -> None:
        self.count_label.setText(_t("Hiển thị {shown} / {total} thủ tục", shown=shown, total=total))

    def _update_progress(self, *_args: object) -> None:
        if self.snapshot is not None and not self.snapshot.complete:
            self.progress_label.setText(_t("Đang đọc danh sách thủ tục…"))
            return
        rows = self.model.all_rows()
        total = len(rows)
        ready_value = Status.READY.value  # looked up once: per row it cost 8 ms of 10 for 20,000 rows
        classified = sum(1 for r in rows if r.form)
        ready = sum(1 for r in rows if r.status == ready_value)
        attention = sum(1 for r in rows if r.attention)
        self.progress_label.setText(_t("Đã phân loại {classified}/{total} · Sẵn sàng {ready} · Cần xem lại {attention}",
                                       classified=classified, total=total, ready=ready, attention=attention))
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(ready)
        self.progress_bar.setFormat(_t("%p% sẵn sàng"))
        deadline = self.snapshot.deadline if self.snapshot else None
        if deadline is None:
            self.deadline_label.setText(_t("Hạn nộp: chưa đặt"))
        else:
            left = (deadline - self.today()).days
            suffix = _t("còn {n} ngày", n=left) if left >= 0 else _t("đã quá {n} ngày", n=-left)
            self.deadline_label.setText(_t("Hạn nộp: {day} ({suffix})", day=day(deadline), suffix=suffix))

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

    def _sync_editor_action(self) -> None:
        if hasattr(self, "act_hide_editor"):
            self.act_hide_editor.setChecked(self.editor_folded())

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

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
        self.load_detail(row_id)

    def _ask_before_leaving(self, left: int, wanted: int | None) -> None:
        """The clerk leaves a row whose change the rules refused: back to it, and ask. Nothing is
        dropped without a word ("Sửa tiếp" keeps the change on screen; "Bỏ thay đổi" drops it)."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # back on the row without reloading it: the change stays in the editor
        self.table.selectRow(self.model.position_of(left))  # type: ignore[arg-type]
        selection.blockSignals(False)
        self.table.viewport().update()
        if self._leaving is not None:
            return
        row = self.model.row(left)
        _, issues = self.drafts[left]
        box = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, _t("Thay đổi chưa lưu"),
            _t("Thay đổi của thủ tục {code} chưa được lưu: {reasons}\n\nSửa tiếp để lưu, hay bỏ thay đổi này?",
               code=row.code, reasons=" ".join(i.message for i in issues)),
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
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import detail

            return detail(context, row_id)

        def show(found: "ProcedureDetail") -> None:
            if self.current_id() == found.row.id:
                self.editor.show_detail(found)
                if found.row.id in self.drafts:  # back on a row with a refused change: it is still there
                    self.editor.show_draft(*self.drafts[found.row.id])

        self.runner.run(job, show, self.report)

    # ------------------------------------------------------------ saving

    def save_classification(self, row_id: int, wanted: Classification) -> None:
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import save_classification

            return save_classification(context, row_id, wanted)

        def saved(result: "Saved") -> None:
            self.drafts.pop(row_id, None)
            self.model.update_rows([result.detail.row])
            self.editor.show_saved(result.detail)
            if result.before != result.detail.classification:
                self.undo_stack.push(ChangeClassifications(
                    self, {row_id: result.before}, {row_id: result.detail.classification},
                    _t("phân loại {code}", code=result.detail.row.code)))
            self.statusBar().showMessage(_t("Đã lưu {code}.", code=result.detail.row.code), 3000)

        def refused(error: BaseException) -> None:
            issues = getattr(error, "issues", None)
            if issues is None:
                self.report(error)
                return
            self.drafts[row_id] = (wanted, list(issues))
            if self.editor.current_id == row_id:
                self.editor.show_refused(issues)
            self.statusBar().showMessage(_t("Chưa lưu: {reason}", reason=str(error)), 8000)

        self.runner.run(job, saved, refused)

    def save_record(self, row_id: int, fields: dict[str, str]) -> None:
        before = {}
        if self.editor._detail is not None and self.editor._detail.row.id == row_id:
            known = dict(self.editor._detail.fields, name=self.editor._detail.row.name)
            before = {key: known.get(key, "") for key in fields}

        def done(row: "ProcedureRow") -> None:
            self.undo_stack.push(EditRecord(self, row_id, before, fields, _t("sửa nội dung {code}", code=row.code)))
            self._after_change([row])

        self._run_record(row_id, fields, done)

    def _run_record(self, row_id: int, fields: dict[str, str], done: Callable[["ProcedureRow"], None]) -> None:
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import update_local_fields

            return update_local_fields(context, row_id, fields)

        def refused(error: BaseException) -> None:
            issues = getattr(error, "issues", None)
            if issues:
                self.statusBar().showMessage(_t("Chưa lưu: {reason}", reason=str(error)), 8000)
            else:
                self.report(error)

        self.runner.run(job, done, refused)

    def _after_change(self, rows: list["ProcedureRow"]) -> None:
        self.model.update_rows(rows)
        current = self.current_id()
        if current is not None and any(r.id == current for r in rows):
            self.load_detail(current)

    # -- the Workspace protocol used by undo commands

    def apply_states(self, states: dict[int, Classification]) -> None:
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import load_rows, set_classifications

            set_classifications(context, states)
            return load_rows(context, list(states))

        self.runner.run(job, self._after_change, self.report)

    def apply_record(self, row_id: int, fields: dict[str, str]) -> None:
        self._run_record(row_id, fields, lambda row: self._after_change([row]))

    def apply_remove(self, ids: list[int], done: Callable[[list["RemovedItem"]], None]) -> None:
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import remove

            return remove(context, ids)

        def removed(items: list["RemovedItem"]) -> None:
            done(items)
            self.model.remove_ids(ids)
            self._select_id(self.current_id())

        self.runner.run(job, removed, self.report)

    def apply_put_back(self, items: list["RemovedItem"]) -> None:
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import load_rows, put_back

            return load_rows(context, put_back(context, items))

        def back(rows: list["ProcedureRow"]) -> None:
            self.model.update_rows(rows)
            if rows:
                self._select_id(rows[0].id)

        self.runner.run(job, back, self.report)

    # ------------------------------------------------------------ actions

    def mark_ready(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.editor.flush()

        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import load_rows, mark_ready

            result = mark_ready(context, ids)
            return result, load_rows(context, result.changed)

        self.runner.run(job, lambda answer: self._bulk_done(answer, "ready"), self.report)

    @staticmethod
    def _bulk_texts(kind: str, n: int) -> tuple[str, str]:
        """(status bar message, undo menu text) for a bulk action on n procedures."""
        if kind == "ready":
            return (_t("Đã đánh dấu sẵn sàng {n} thủ tục.", n=n), _t("đánh dấu sẵn sàng {n} thủ tục", n=n))
        return _t("Đã phân loại {n} thủ tục.", n=n), _t("phân loại {n} thủ tục", n=n)

    def _bulk_done(self, answer: tuple["BulkResult", list["ProcedureRow"]], kind: str) -> None:
        result, rows = answer
        message, undo_text = self._bulk_texts(kind, len(result.changed))
        if result.changed:
            self._push_bulk(result, undo_text)
            self._after_change(rows)
        if result.refused:
            self._show_refusals(result.refused)
        else:
            self.statusBar().showMessage(message, 4000)

    def _push_bulk(self, result: "BulkResult", undo_text: str) -> None:
        """Undo needs the states after the change: read them back on the worker, then push."""
        ids = list(result.changed)

        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import detail

            return {row_id: detail(context, row_id).classification for row_id in ids}

        self.runner.run(job, lambda after: self.undo_stack.push(ChangeClassifications(
            self, dict(result.before), after, undo_text)), self.report)

    def _show_refusals(self, refused: dict[int, str]) -> None:
        lines = []
        for row_id, reason in list(refused.items())[:10]:
            row = self.model.row(row_id)
            lines.append(f"• {row.code if row else row_id}: {reason}")
        if len(refused) > 10:
            lines.append(_t("… và {n} thủ tục khác.", n=len(refused) - 10))
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, _t("Một số thủ tục chưa đổi"),
                                    _t("{n} thủ tục được giữ nguyên vì chưa đủ điều kiện:", n=len(refused))
                                    + "\n" + "\n".join(lines), QtWidgets.QMessageBox.StandardButton.Ok, self))
        box.setObjectName("refusalsBox")
        box.open()
        self.statusBar().showMessage(_t("{n} thủ tục chưa đủ điều kiện.", n=len(refused)), 8000)

    def submission_counts(self) -> tuple[int, int, int, int]:
        """(total, ready, unclassified, needing review) of the unit's list, for the package summary."""
        rows = list(self.model.all_rows())
        return (len(rows), sum(r.status == Status.READY.value for r in rows), sum(r.form is None for r in rows),
                sum(r.attention for r in rows))

    def bulk_classify(self) -> None:
        ids = self.selected_ids()
        if not ids or self.rules is None:
            return
        dialog = BulkClassifyDialog(self.rules, len(ids), self)

        def accepted() -> None:
            form_code, reason, provision = dialog.values()
            form = Form(form_code)

            def job(context):  # type: ignore[no-untyped-def]
                from dvc_desktop.services.workspace import classify_in_bulk, load_rows

                result = classify_in_bulk(context, ids, form, reason, provision)
                return result, load_rows(context, result.changed)

            self.runner.run(job, lambda answer: self._bulk_done(answer, "classify"), self.report)

        dialog.dialog.accepted.connect(accepted)
        dialog.dialog.open()
        self._bulk_dialog = dialog  # kept alive while open

    def reclassify(self) -> None:
        """Decree 42 reasons → Decree 224 Art. 14 grounds, confirmed by the clerk (services/reclassify.py)."""
        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.reclassify import proposals
            from dvc_desktop.services.reporting import reporting_date

            with context.transaction() as session:
                rules = reporting_date(session, context.today()).rules
            return proposals(context), rules

        self.runner.run(job, self._show_reclassify, self.report)

    def _show_reclassify(self, found: tuple[list, "RuleSet"]) -> None:
        from dvc_desktop.gui.reclassify_dialog import ReclassifyDialog

        proposals, rules = found
        if not proposals:
            self.statusBar().showMessage(_t("Không có phân loại nào cần phân loại lại theo Nghị định 224/2026."), 6000)
            return
        dialog = ReclassifyDialog(proposals, rules, self)

        def confirmed(codes: list[str], picked: dict[str, str]) -> None:
            def job(context):  # type: ignore[no-untyped-def]
                from dvc_desktop.services.reclassify import apply_reclassification
                from dvc_desktop.services.workspace import load_rows

                done = apply_reclassification(context, codes, picked)
                return done, load_rows(context, [p.classification_id for p in done.applied])

            def applied(answer) -> None:  # type: ignore[no-untyped-def]
                done, rows = answer
                self._after_change(rows)
                message = _t("Đã phân loại lại {n} thủ tục theo Điều 14 Nghị định 224/2026.", n=len(done.applied))
                if done.need_details:
                    message += " " + _t("{n} thủ tục có lý do kỹ thuật cần bổ sung mô tả và ngày dự kiến khắc phục.",
                                        n=len(done.need_details))
                self.statusBar().showMessage(message, 10000)

            self.runner.run(job, applied, self.report)

        dialog.confirmed.connect(confirmed)
        dialog.open()
        self._reclassify_dialog = dialog  # kept alive while open

    def add_from_catalogue(self) -> None:
        picker = CataloguePicker(self.runner, self)
        picker.create_local_requested.connect(self.create_local)

        def accepted() -> None:
            chosen = picker.selected_ids()
            if not chosen:
                return

            def job(context):  # type: ignore[no-untyped-def]
                from dvc_desktop.services.workspace import add_procedures, load_rows

                return load_rows(context, add_procedures(context, chosen))

            def added(rows: list["ProcedureRow"]) -> None:
                self.undo_stack.push(AddProcedures(self, [r.id for r in rows], _t("thêm {n} thủ tục", n=len(rows))))
                self.model.update_rows(rows)
                if rows:
                    self._select_id(rows[0].id)
                self.statusBar().showMessage(_t("Đã thêm {n} thủ tục vào danh mục của đơn vị.", n=len(rows)), 4000)

            self.runner.run(job, added, self.report)

        picker.dialog.accepted.connect(accepted)
        picker.dialog.open()
        self._picker = picker

    def create_local(self) -> None:
        from dvc_desktop.services.levels import bundled_levels

        # Only levels in force: cấp huyện was abolished on 1/7/2025 (Law 72/2025), so a new procedure
        # cannot be created at it (existing rows keep theirs, flagged for update).
        today = self.today()
        retired = {lv.code for lv in bundled_levels() if lv.active_to is not None and lv.active_to < today}
        levels = [(code, name) for code, name in (self.snapshot.levels if self.snapshot else []) if code not in retired]

        def submit(values: dict) -> None:
            def job(context):  # type: ignore[no-untyped-def]
                from dvc_desktop.services.workspace import LocalProcedure, create_local_procedure, load_rows

                return load_rows(context, [create_local_procedure(context, LocalProcedure(**values))])

            def created(rows: list["ProcedureRow"]) -> None:
                dialog.dialog.accept()
                self.undo_stack.push(AddProcedures(self, [r.id for r in rows], _t("tạo thủ tục {code}", code=rows[0].code)))
                self.model.update_rows(rows)
                self._select_id(rows[0].id)

            def refused(error: BaseException) -> None:
                issues = getattr(error, "issues", None)
                dialog.show_refused(issues) if issues else self.report(error)

            self.runner.run(job, created, refused)

        dialog = LocalProcedureDialog(levels, self, submit)
        dialog.dialog.open()
        self._local_dialog = dialog

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = ", ".join(self.model.row(i).code for i in ids[:5] if self.model.row(i))
        confirm(self, "confirmRemove", _t("Xóa khỏi danh mục"),
                _t("Xóa {n} thủ tục ({names}) khỏi danh mục của đơn vị? Có thể hoàn tác bằng Ctrl+Z.",
                   n=len(ids), names=names + ("…" if len(ids) > 5 else "")),
                lambda: self.apply_remove(ids, lambda items: self.undo_stack.push(
                    RemoveProcedures(self, items, _t("xóa {n} thủ tục", n=len(items))))))

    def show_history(self) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        row = self.model.row(row_id)

        def job(context):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import history

            return history(context, row_id)

        self.runner.run(job, lambda entries: show_history(f"{row.code} — {row.name}", entries, self), self.report)

    def preview_report(self) -> None:
        """The unit's summary in the official layout: print preview, print, save as PDF."""
        from dvc_desktop.gui.report_preview import show_report_preview

        self._report_preview = show_report_preview(self, self.runner)

    def export_selection(self, path: Path | None = None) -> None:
        # What the action says: the rows selected, in the table's order (Ctrl+A selects every row shown).
        selected = set(self.selected_ids())
        ids = [i for i in self.model.visible_ids() if i in selected]
        if path is None:
            path = ask_save_path(self, _t("Xuất ra Excel"), "danh-muc-thu-tuc.xlsx", _t("Sổ tính Excel (*.xlsx)"))
            if path is None:
                return
        target = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

        def job(context, progress):  # type: ignore[no-untyped-def]
            from dvc_desktop.services.workspace import export_rows

            return export_rows(context, ids, target, progress)

        self.runner.run(job, lambda written: self.statusBar().showMessage(
            _t("Đã xuất {n} thủ tục ra {path}.", n=len(ids), path=written), 6000),
            self._report_unless_cancelled, label=_t("Đang xuất {n} thủ tục ra Excel…", n=len(ids)), parent=self)

    def import_catalogue(self, path: Path | None = None) -> None:
        """A catalogue from Excel into the unit's own list: a preview (rows to add or update, every refused
        row with its reason, reference records kept), then Apply or Cancel."""
        self.catalogue_import.start(path, _t("Nhập danh mục TTHC"))

    # ------------------------------------------------------------ plumbing

    def report(self, error: BaseException) -> None:
        self.reporter.report(error, parent=self)
        self.statusBar().showMessage(self.reporter.last_message or "", 8000)

    def _report_unless_cancelled(self, error: BaseException) -> None:
        from dvc_desktop.gui.worker import is_cancelled

        if is_cancelled(error):
            self.statusBar().showMessage(_t("Đã hủy; dữ liệu không thay đổi."), 5000)
        else:
            self.report(error)

    def _busy(self, busy: bool) -> None:
        if busy:
            QtWidgets.QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            while QtWidgets.QApplication.overrideCursor() is not None:
                QtWidgets.QApplication.restoreOverrideCursor()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
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
        codes = ", ".join(self.model.row(i).code for i in self.drafts if self.model.position_of(i) is not None)
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
