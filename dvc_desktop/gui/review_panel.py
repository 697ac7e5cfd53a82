"""The consolidated catalogue with the office's review: filter every unit's rows, read one, then
accept or return the selection with a comment (returned items go back in the unit's receipt)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Callable

from dvc_desktop.domain.moments import vietnam_time
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.consolidated_model import ConsolidatedFilters, ConsolidatedTableModel
from dvc_desktop.gui.forms import add_choice, child, chosen, panel_form, select_choice
from dvc_desktop.gui.labels import answer_label, form_label, review_label
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QtCore, QtGui, Qt, QtWidgets
from dvc_desktop.gui.row_model import ID_ROLE
from dvc_desktop.gui.tables import choosable_columns, show_rows
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.domain.rulesets import RuleSet
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.consolidation import ConsolidatedDetail, ConsolidatedRow


def _t(text: str, **params: object) -> str:
    return translate("review", text, **params)


class ReviewPanel(QtWidgets.QWidget):
    reviewed = QtCore.Signal()  # decisions were stored: the dashboard's counts changed
    reload_wanted = QtCore.Signal()  # another staff member changed what was shown: read everything again

    def __init__(self, runner: "Runner", report: Callable[[BaseException], None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.report = runner, report
        self.rules: "RuleSet | None" = None
        self.model = ConsolidatedTableModel(self)
        self._build()
        # The search applies on the event loop's next turn, so keys already queued (a paste, an input
        # method's syllable) filter once; no longer debounced: a filter over 50,000 rows fits in a
        # frame (bench/province.py), and the 120 ms wait was most of what a key took to show.
        self._search_timer = QtCore.QTimer(self, singleShot=True, interval=0)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.unit_filter, self.level_filter, self.sector_filter, self.form_filter, self.review_filter):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.model.counts_changed.connect(self._show_counts)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._codes: frozenset[str] | None = None
        self._detail_for: int | None = None

    def _build(self) -> None:
        form = panel_form(self, "review_panel.ui")
        get = lambda kind, name: child(form, kind, name)  # noqa: E731
        self.search: QtWidgets.QLineEdit = get(QtWidgets.QLineEdit, "catalogueSearch")
        self.unit_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "catalogueUnitFilter")
        self.level_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "catalogueLevelFilter")
        self.sector_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "catalogueSectorFilter")
        self.form_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "catalogueFormFilter")
        add_choice(self.form_filter, _t("Mọi hình thức"), None)
        for form_code in ("toan_trinh", "mot_phan", "chua_truc_tuyen", ""):
            add_choice(self.form_filter, form_label(form_code), form_code)
        self.review_filter: QtWidgets.QComboBox = get(QtWidgets.QComboBox, "catalogueReviewFilter")
        add_choice(self.review_filter, _t("Mọi kết quả xem xét"), None)
        for state in ("", "accepted", "returned"):
            add_choice(self.review_filter, review_label(state), state)
        self.clear_button: QtWidgets.QPushButton = get(QtWidgets.QPushButton, "clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.counts: QtWidgets.QLabel = get(QtWidgets.QLabel, "catalogueCounts")
        self.finding_note: QtWidgets.QLabel = get(QtWidgets.QLabel, "findingNote")

        self.table: QtWidgets.QTableView = get(QtWidgets.QTableView, "catalogueTable")
        show_rows(self.table, self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 90, 260, 130, 70, 100, 160, 120, 115)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.Stretch)  # the name fills the rest
        # Unit, code, name, form and the review's state fit beside the detail on a laptop; the rest is a
        # right-click on the header away (kept for the next session).
        choosable_columns(self.table, self.model.COLUMNS, "consolidated", ("sector", "level", "reason", "updated_at"))

        self.detail: QtWidgets.QTextBrowser = get(QtWidgets.QTextBrowser, "reviewDetail")
        self.comment: QtWidgets.QPlainTextEdit = get(QtWidgets.QPlainTextEdit, "reviewComment")
        self.accept_button: QtWidgets.QPushButton = get(QtWidgets.QPushButton, "acceptButton")
        self.return_button: QtWidgets.QPushButton = get(QtWidgets.QPushButton, "returnButton")
        self.accept_button.clicked.connect(lambda: self.decide("accepted"))
        self.return_button.clicked.connect(lambda: self.decide("returned"))
        for keys, decision in (("Ctrl+Return", "accepted"), ("Ctrl+Shift+Return", "returned")):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self, lambda d=decision: self.decide(d))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.review_message: QtWidgets.QLabel = get(QtWidgets.QLabel, "reviewMessage")
        splitter: QtWidgets.QSplitter = get(QtWidgets.QSplitter, "reviewSplitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 330])
        self._selection_changed()

    # -- data in

    def set_rows(self, rows: list["ConsolidatedRow"], units: list[tuple[str, str]], levels: list[tuple[str, str]],
                 rules: "RuleSet") -> None:
        self.rules = rules
        self._fill(self.unit_filter, _t("Mọi đơn vị"), units)
        self._fill(self.level_filter, _t("Mọi cấp"), levels)
        sectors = sorted({row.sector for row in rows if row.sector}, key=fold)
        self._fill(self.sector_filter, _t("Mọi lĩnh vực"), [(s, s) for s in sectors])
        self.model.set_rows(rows)
        self._apply_filters()

    def _fill(self, combo: QtWidgets.QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        current = chosen(combo) if combo.count() else None
        combo.blockSignals(True)
        combo.clear()
        add_choice(combo, everything, None)
        for value, text in choices:
            add_choice(combo, text, value)
        select_choice(combo, current)
        combo.blockSignals(False)

    # -- filters

    def _apply_filters(self) -> None:
        self.model.set_filters(ConsolidatedFilters(
            text=fold(self.search.text()), unit=chosen(self.unit_filter), level=chosen(self.level_filter),
            sector=chosen(self.sector_filter), form=chosen(self.form_filter), review=chosen(self.review_filter),
            codes=self._codes))

    def clear_filters(self) -> None:
        self._codes = None
        self.finding_note.hide()
        for combo in (self.unit_filter, self.level_filter, self.sector_filter, self.form_filter, self.review_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_filters()

    def show_unit(self, unit_code: str) -> None:
        self.clear_filters()
        select_choice(self.unit_filter, unit_code)

    def show_finding(self, codes: set[str], unit_code: str, classification_id: int | None, note: str) -> int:
        """Only the rows a consistency finding points at; returns how many there are."""
        self.clear_filters()
        self._codes = frozenset(codes)
        if unit_code:
            self.unit_filter.blockSignals(True)
            select_choice(self.unit_filter, unit_code)
            self.unit_filter.blockSignals(False)
        self._apply_filters()
        self.finding_note.setText(_t("Đang xem các dòng của kết quả kiểm tra: {note}", note=note))
        self.finding_note.show()
        if classification_id is not None:
            self.select_ids([classification_id])
        elif self.model.rowCount():
            self.table.selectRow(0)
        return self.model.rowCount()

    def _show_counts(self, shown: int, total: int) -> None:
        self.counts.setText(_t("Hiển thị {shown}/{total} phân loại", shown=shown, total=total))

    # -- selection and detail

    def selected_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def select_ids(self, ids: list[int]) -> None:
        selection = QtCore.QItemSelection()
        for row_id in ids:
            position = self.model.position_of(row_id)
            if position is not None:
                selection.select(self.model.index(position, 0), self.model.index(position, self.model.columnCount() - 1))
        flags = (QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QtCore.QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])
            # The view's own setCurrentIndex would apply the keyboard's modifiers (Ctrl toggles).
            self.table.selectionModel().setCurrentIndex(selection.indexes()[0],
                                                        QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.accept_button.setEnabled(bool(ids))
        self.return_button.setEnabled(bool(ids))
        self.review_message.clear()
        if len(ids) != 1:
            self._detail_for = None
            self.detail.setHtml(_t("<p>Chọn một dòng để xem chi tiết; chọn nhiều dòng để xem xét cùng lúc.</p>")
                                if not ids else _t("<p>Đã chọn {n} phân loại.</p>", n=len(ids)))
            return
        self._load_detail(ids[0])

    def _load_detail(self, wanted: int) -> None:
        self._detail_for = wanted

        def job(context):
            from dvc_desktop.services.consolidation import consolidated_detail

            return consolidated_detail(context, wanted)

        def show(detail: "ConsolidatedDetail") -> None:
            if self._detail_for == wanted:
                self.detail.setHtml(self._detail_html(detail))

        def failed(error: BaseException) -> None:
            if getattr(error, "retryable", False):  # the server out of reach: said here, not in a box
                if self._detail_for == wanted:
                    self.detail.setHtml(f"<p>{escape(str(error))}</p>")
                return
            self.report(error)

        self.runner.run(job, show, failed, offer_retry=False)

    def _detail_html(self, d: "ConsolidatedDetail") -> str:
        row = d.row
        questions = {choice.code: translate("rules", choice.label) for choice in self.rules.checklist} if self.rules else {}
        checklist = "".join(f"<li>{escape(questions.get(key, key))}: <b>{escape(answer_label(answer))}</b></li>"
                            for key, answer in d.checklist)
        lines = [
            f"<h3>{escape(row.code)} — {escape(row.name)}</h3>",
            f"<p>{escape(_t('Đơn vị'))}: <b>{escape(row.unit_name)}</b> ({escape(row.level)})<br>",
            f"{escape(_t('Lĩnh vực'))}: {escape(row.sector or '—')}<br>",
            f"{escape(_t('Hình thức'))}: <b>{escape(form_label(row.form))}</b>",
            f" ({escape(_t('bảng kiểm gợi ý'))}: {escape(form_label(d.suggested_form))})</p>",
            f"<ul>{checklist}</ul>",
        ]
        if row.reason:
            lines.append(f"<p>{escape(_t('Lý do'))}: {escape(row.reason)}</p>")
        if d.legal_provision:
            lines.append(f"<p>{escape(_t('Quy định làm căn cứ'))}: {escape(d.legal_provision)}</p>")
        if d.technical_description:
            fix = d.expected_fix_on.strftime("%d/%m/%Y") if d.expected_fix_on else "—"
            lines.append(f"<p>{escape(_t('Vấn đề kỹ thuật'))}: {escape(d.technical_description)}<br>"
                         f"{escape(_t('Dự kiến khắc phục'))}: {escape(fix)}</p>")
        if row.form in ("mot_phan", "chua_truc_tuyen"):
            published = (_t("ngày {day}", day=d.portal_published_on.strftime("%d/%m/%Y")) + (
                f" — {d.portal_link}" if d.portal_link else "")) if d.portal_published_on else _t("chưa công bố")
            lines.append(f"<p>{escape(_t('Công bố trên Cổng Dịch vụ công quốc gia'))}: {escape(published)}</p>")
        if d.rule_set:
            lines.append(f"<p>{escape(_t('Lưu theo'))}: {escape(d.rule_set)}</p>")
        if d.note:
            lines.append(f"<p>{escape(_t('Ghi chú của đơn vị'))}: {escape(d.note)}</p>")
        review = review_label(row.review_status)
        comment = f": {escape(row.review_comment)}" if row.review_comment else ""
        by = ""
        if d.reviewed_by and d.reviewed_at is not None and row.review_status:
            by = "<br>" + escape(_t("bởi {who}, lúc {at}", who=d.reviewed_by, at=vietnam_time(d.reviewed_at)))
        lines.append(f"<p>{escape(_t('Xem xét'))}: <b>{escape(review)}</b>{comment}{by}</p>")
        return "".join(lines)

    # -- decisions

    def decide(self, decision: str) -> None:
        ids = self.selected_ids()
        if not ids:
            self._refuse(_t("Chọn ít nhất một dòng trong bảng trước."))
            return
        comment = self.comment.toPlainText()
        if decision == "returned" and not comment.strip():
            self._refuse(_t("Ghi ý kiến để đơn vị biết cần sửa gì, rồi bấm Trả lại."))
            self.comment.setFocus()
            return

        # The versions shown: a row another staff member (or a unit's new package) changed since is
        # refused with who and when, never overwritten (several staff on one server).
        seen = {row_id: row.version for row_id in ids if (row := self.model.row(row_id)) is not None}

        def job(context):
            from dvc_desktop.services.review import review

            return review(context, ids, decision, comment, seen=seen)

        def done(rows: list["ConsolidatedRow"]) -> None:
            self.model.update_rows(rows)
            self.comment.clear()
            self.select_ids([row.id for row in rows])
            self.review_message.setStyleSheet("color: #26734d")
            self.review_message.setText(_t("Đã ghi: {decision} {n} phân loại.", decision=review_label(decision),
                                           n=len(rows)))
            if len(rows) == 1:  # the same row stays selected: its detail says the new review now
                self._load_detail(rows[0].id)
            self.reviewed.emit()

        self.runner.run(job, done, self._decision_failed)

    def _decision_failed(self, error: BaseException) -> None:
        from dvc_desktop.services.errors import ChangedMeanwhile

        if not isinstance(error, ChangedMeanwhile):
            self.report(error)
            return
        self._refuse(str(error))  # the comment typed stays, to decide again once reloaded
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, _t("Phân loại đã thay đổi"),
                                          str(error), QtWidgets.QMessageBox.StandardButton.Close, self))
        box.setObjectName("changedMeanwhileBox")
        reload_button = box.addButton(_t("&Tải lại để xem"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        reload_button.setObjectName("reloadButton")
        box.button(QtWidgets.QMessageBox.StandardButton.Close).setText(_t("Đóng"))
        box.setDefaultButton(reload_button)

        def answered(_result: int) -> None:
            box.deleteLater()
            if box.clickedButton() is reload_button:
                self.reload_wanted.emit()

        box.finished.connect(answered)
        self._changed_box = box  # kept referenced while open
        box.open()

    def _refuse(self, text: str) -> None:
        self.review_message.setStyleSheet("color: #b00020")
        self.review_message.setText(text)
