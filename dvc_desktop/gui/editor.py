"""The panel that shows one procedure and its classification; every edit is saved at once.

The panel never touches the store: it emits what the clerk set, and the window saves it through
the worker and answers with `show_saved` or `show_refused`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status, suggest_form
from dvc_desktop.domain.errors import Issue
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, RuleSet, answer_reason_label, rule_set_title
from dvc_desktop.gui.combos import eliding
from dvc_desktop.gui.forms import add_choice, child, chosen, load_form, select_choice
from dvc_desktop.gui.labels import answer_label, form_label, status_label
from dvc_desktop.gui.qt import QKeySequence, QObject, QtCore, QtGui, QTimer, QtWidgets, Signal, SignalInstance
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.workspace import ProcedureDetail

CHECK_WIDGETS = dict(zip(CHECKLIST_KEYS, ("checkInfoOnline", "checkSubmittedOnline", "checkProcessedOnline",
                                          "checkFeesOnline", "checkResultOnline")))
RECORD_WIDGETS = {
    "name": "nameEdit", "steps": "stepsEdit", "method": "methodEdit", "processing_time": "processingTimeEdit",
    "applicants": "applicantsEdit", "executing_agency": "agencyEdit", "forms": "formsEdit", "result": "resultEdit",
    "requirements": "requirementsEdit", "fees": "feesEdit", "legal_basis": "legalBasisEdit",
    "announcing_decision": "decisionEdit",
}
ERROR_LABELS = {"form": "formError", "checklist": "formError", "reason_code": "reasonError",
                "legal_provision": "provisionError", "note": "noteError", "proactive_level": "formError",
                "technical_description": "technicalError", "expected_fix_on": "fixError",
                "portal_published_on": "portalError", "portal_link": "portalError"}
EXPLAINED_FORMS = (Form.PARTIAL.value, Form.NOT_ONLINE.value)
TEXT_SAVE_DELAY_MS = 700


class ProcedureEditor(QObject):
    classification_edited = Signal(int, object)  # classification id, Classification
    record_edited = Signal(int, dict)  # classification id, {field: text} of a local procedure
    ready_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.form = load_form("editor.ui", parent)
        self.current_id: int | None = None
        self._detail: ProcedureDetail | None = None
        self._rules: RuleSet | None = None
        self._loading = False
        self.checks = {key: child(self.form, QtWidgets.QComboBox, name) for key, name in CHECK_WIDGETS.items()}
        self.form_combo = child(self.form, QtWidgets.QComboBox, "formCombo")
        self.reason_combo = child(self.form, QtWidgets.QComboBox, "reasonCombo")
        self.provision_edit = child(self.form, QtWidgets.QLineEdit, "provisionEdit")
        self.note_edit = child(self.form, QtWidgets.QLineEdit, "noteEdit")
        self.proactive_combo = child(self.form, QtWidgets.QComboBox, "proactiveCombo")
        # Decree 224 Art. 14: a technical ground's description and fix date; the reason's publication.
        self.technical_edit = child(self.form, QtWidgets.QLineEdit, "technicalEdit")
        self.fix_check = child(self.form, QtWidgets.QCheckBox, "fixDateCheck")
        self.fix_date = child(self.form, QtWidgets.QDateEdit, "fixDateEdit")
        self.portal_check = child(self.form, QtWidgets.QCheckBox, "portalCheck")
        self.portal_date = child(self.form, QtWidgets.QDateEdit, "portalDateEdit")
        self.portal_link_edit = child(self.form, QtWidgets.QLineEdit, "portalLinkEdit")
        self.rule_set_label = child(self.form, QtWidgets.QLabel, "ruleSetLabel")
        self.suggested_label = child(self.form, QtWidgets.QLabel, "suggestedLabel")
        self.title_label = child(self.form, QtWidgets.QLabel, "titleLabel")
        self.status_label = child(self.form, QtWidgets.QLabel, "statusLabel")
        self.issues_label = child(self.form, QtWidgets.QLabel, "issuesLabel")
        self.review_label = child(self.form, QtWidgets.QLabel, "reviewLabel")
        self.ready_button = child(self.form, QtWidgets.QPushButton, "readyButton")
        self.history_button = child(self.form, QtWidgets.QPushButton, "historyButton")
        self.errors = {name: child(self.form, QtWidgets.QLabel, name) for name in set(ERROR_LABELS.values())}
        self.record = {key: child(self.form, QtWidgets.QWidget, name) for key, name in RECORD_WIDGETS.items()}
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._text_timer.timeout.connect(self._emit_classification)
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._record_timer.timeout.connect(self._emit_record)
        self._dirty_record: set[str] = set()
        for combo in (*self.checks.values(), self.form_combo, self.reason_combo, self.proactive_combo):
            eliding(combo)
        # The fields get the larger share of a laptop's narrow editor; the questions wrap.
        grid = child(self.form, QtWidgets.QGridLayout, "classificationLayout")
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._wire()
        self.set_enabled(False)

    def _wire(self) -> None:
        for combo in self.checks.values():
            for answer in (None, True, False):
                add_choice(combo, answer_label(answer), answer)
            combo.currentIndexChanged.connect(self._on_checklist_changed)
        self.form_combo.currentIndexChanged.connect(self._on_form_changed)
        self.reason_combo.currentIndexChanged.connect(self._on_reason_changed)
        self.proactive_combo.currentIndexChanged.connect(self._emit_classification)
        for check, day in ((self.fix_check, self.fix_date), (self.portal_check, self.portal_date)):
            check.toggled.connect(lambda on, d=day: self._date_toggled(d, on))
            day.dateChanged.connect(lambda _d: self._emit_classification())
        for edit in (self.provision_edit, self.note_edit, self.technical_edit, self.portal_link_edit):
            edit.textEdited.connect(lambda _t: self._text_timer.start())
            edit.editingFinished.connect(self._flush_text)
            edit.installEventFilter(self)
        self.ready_button.clicked.connect(lambda: self._request(self.ready_requested))
        self.history_button.clicked.connect(lambda: self._request(self.history_requested))
        for key, widget in self.record.items():
            if isinstance(widget, QtWidgets.QLineEdit):
                widget.textEdited.connect(lambda _t, k=key: self._record_changed(k))
                widget.editingFinished.connect(self._emit_record)
            else:
                widget.textChanged.connect(lambda k=key: self._record_changed(k))

    # -- showing

    def set_rules(self, rules: RuleSet) -> None:
        """Fill the choices from the rule set in force (labels of the checklist, reasons, levels)."""
        self._rules = rules
        self._loading = True
        for item in rules.checklist:
            child(self.form, QtWidgets.QLabel, CHECK_WIDGETS[item.code] + "Label").setText(
                translate("rules", item.label))
        self.form_combo.clear()
        add_choice(self.form_combo, form_label(None), None)
        for form in Form:
            add_choice(self.form_combo, form_label(form.value), form.value)
        self._fill_reasons(None, "", "")
        self.proactive_combo.clear()
        add_choice(self.proactive_combo, translate("editor", "Không"), None)
        for level in rules.proactive_levels:
            add_choice(self.proactive_combo, translate("editor", "Mức {level}", level=level), level)
        self.proactive_combo.setEnabled(bool(rules.proactive_levels))
        self._loading = False

    def _fill_reasons(self, form: str | None, current: str, saved_under: str) -> None:
        """The grounds the rule set allows for `form`; a stored reason it does not know (an earlier rule
        set's) stays shown, in its own words, until the clerk reclassifies it."""
        if self._rules is None:
            return
        loading, self._loading = self._loading, True
        self.reason_combo.clear()
        add_choice(self.reason_combo, translate("editor", "— chọn lý do —"), "")
        for reason in self._rules.reasons_for(form or Form.PARTIAL.value):
            add_choice(self.reason_combo, translate("rules", reason.label), reason.code)
        if current and self.reason_combo.findData(current) < 0:
            add_choice(self.reason_combo, translate("editor", "{reason} (theo {rules}: cần phân loại lại)",
                                                    reason=answer_reason_label(current, saved_under),
                                                    rules=rule_set_title(saved_under)), current)
        select_choice(self.reason_combo, current)
        self._loading = loading

    def set_enabled(self, enabled: bool) -> None:
        for box in ("classificationBox", "recordBox"):
            child(self.form, QtWidgets.QGroupBox, box).setEnabled(enabled)
        self.ready_button.setEnabled(enabled)
        self.history_button.setEnabled(enabled)

    def clear(self) -> None:
        self.flush()
        self.current_id = None
        self._detail = None
        self.title_label.setText(translate("editor", "Chọn một thủ tục trong danh sách"))
        self.set_enabled(False)

    def showing(self, row_id: int) -> bool:
        """The editor holds this procedure's detail (read from the store, perhaps with a draft on it)."""
        return self._detail is not None and self._detail.row.id == row_id

    def show_detail(self, detail: "ProcedureDetail") -> None:
        if self.current_id is not None and self.current_id != detail.row.id:
            self.flush()
        self.current_id = detail.row.id
        self._detail = detail
        self._loading = True
        try:
            self.title_label.setText(f"{detail.row.code} — {detail.row.name}")
            self._show_classification(detail.classification, detail.rule_set_code)
            self._show_record(detail)
            self._clear_errors()
            self._show_status(detail.classification, detail.issues)
            self._show_review(detail)
        finally:
            self._loading = False
        self.set_enabled(True)
        self.ready_button.setEnabled(detail.classification.status != Status.READY)  # already ready: nothing to mark

    def _show_classification(self, c: Classification, saved_under: str = "") -> None:
        for key, answer in zip(CHECKLIST_KEYS, c.checklist.answers()):
            select_choice(self.checks[key], answer)
        select_choice(self.form_combo, c.form.value if c.form else None)
        self._fill_reasons(c.form.value if c.form else None, c.reason_code, saved_under)
        self.provision_edit.setText(c.legal_provision)
        self.note_edit.setText(c.note)
        select_choice(self.proactive_combo, c.proactive_level)
        self.technical_edit.setText(c.technical_description)
        _show_day(self.fix_check, self.fix_date, c.expected_fix_on, default_days=90)
        _show_day(self.portal_check, self.portal_date, c.portal_published_on)
        self.portal_link_edit.setText(c.portal_link)
        self._show_rule_set(c, saved_under)
        self._update_suggestion()
        self._update_reason_enabled()

    def _show_record(self, detail: "ProcedureDetail") -> None:
        values = dict(detail.fields, name=detail.row.name)
        for key, widget in self.record.items():
            text = values.get(key, "")
            if isinstance(widget, QtWidgets.QLineEdit):
                widget.setText(text)
            elif widget.toPlainText() != text:  # setPlainText lays the document out again, even for the same text
                widget.setPlainText(text)
            widget.setReadOnly(not detail.editable_record)
        self._dirty_record.clear()
        child(self.form, QtWidgets.QLabel, "sectorValue").setText(detail.sector or "—")
        child(self.form, QtWidgets.QLabel, "levelsValue").setText(detail.row.levels or "—")
        reference = form_label(detail.reference_form) if detail.reference_form else "—"
        if detail.legacy_level:
            reference += translate("editor", " (mức độ {level} cũ)", level=detail.legacy_level)
        child(self.form, QtWidgets.QLabel, "referenceValue").setText(reference)
        dossier = "\n".join(
            translate("editor", "• {name}: {originals} bản chính, {copies} bản sao{required}", name=d.name,
                      originals=d.originals, copies=d.copies,
                      required="" if d.required else translate("editor", " (nếu có)"))
            for d in detail.dossier)
        child(self.form, QtWidgets.QLabel, "dossierValue").setText(dossier or "—")

    def _show_review(self, detail: "ProcedureDetail") -> None:
        """The province's answer from its last receipt."""
        if detail.review_status == "returned":
            text = translate("editor", "Tỉnh trả lại: {comment}", comment=detail.review_comment)
        elif detail.review_status == "accepted":
            text = translate("editor", "Tỉnh đã chấp nhận.") + (f" {detail.review_comment}" if detail.review_comment else "")
        else:
            text = ""
        self.review_label.setText(text)
        self.review_label.setVisible(bool(text))  # pinned above the form: an empty line would waste it

    def _show_status(self, c: Classification, issues: tuple[Issue, ...] | list[Issue]) -> None:
        self.status_label.setText(translate("editor", "Trạng thái: {status}", status=status_label(c.status.value)))
        self.ready_button.setEnabled(c.status != Status.READY)  # already ready: nothing to mark
        if issues:
            self.issues_label.setText(translate("editor", "Cần xem lại: ") + " ".join(i.message for i in issues))
        elif c.contradicts_checklist:
            self.issues_label.setText(translate("editor", "Cần xem lại: hình thức khác với gợi ý của bảng kiểm "
                                                          "(đã có ghi chú)."))
        else:
            self.issues_label.setText("")
        self.issues_label.setVisible(bool(self.issues_label.text()))

    # -- editing

    def current_classification(self) -> Classification:
        status = self._detail.classification.status if self._detail else Status.DRAFT
        form = chosen(self.form_combo)
        return Classification(
            checklist=Checklist(*(chosen(self.checks[key]) for key in CHECKLIST_KEYS)),
            form=Form(form) if form else None,
            reason_code=chosen(self.reason_combo) or "",
            legal_provision=self.provision_edit.text(),
            note=self.note_edit.text(),
            proactive_level=chosen(self.proactive_combo),
            status=status,  # a change takes a ready answer back to draft: the service's rule (after_edit)
            technical_description=self.technical_edit.text(),
            expected_fix_on=self.fix_date.date().toPython() if self.fix_check.isChecked() else None,
            portal_published_on=self.portal_date.date().toPython() if self.portal_check.isChecked() else None,
            portal_link=self.portal_link_edit.text(),
        )

    def _on_checklist_changed(self) -> None:
        self._update_suggestion()
        self._emit_classification()

    def _on_form_changed(self) -> None:
        form = chosen(self.form_combo)
        if not self._loading:
            self._fill_reasons(form, chosen(self.reason_combo) or "",
                               self._detail.rule_set_code if self._detail else "")
        self._update_reason_enabled()
        self._emit_classification()

    def _on_reason_changed(self) -> None:
        self._update_reason_enabled()
        self._emit_classification()

    def _update_suggestion(self) -> None:
        answers = Checklist(*(chosen(self.checks[key]) for key in CHECKLIST_KEYS))
        suggested = suggest_form(answers)
        text = form_label(suggested.value) if suggested else translate("editor", "chưa đủ câu trả lời")
        self.suggested_label.setText(translate("editor", "Gợi ý theo bảng kiểm: {form}", form=text))

    def _update_reason_enabled(self) -> None:
        """Only what the chosen form and ground need is open: a legal ground its provision, a technical
        ground its description and fix date (Decree 224 Art. 14), an explained form its publication."""
        form = chosen(self.form_combo)
        explained = form in EXPLAINED_FORMS and bool(self._rules and self._rules.reasons_for(form))
        reason = self._rules.reason(chosen(self.reason_combo) or "") if self._rules else None
        technical = reason is not None and reason.kind == "technical"
        self.reason_combo.setEnabled(explained)
        self.provision_edit.setEnabled(explained and not technical)
        for widget in (self.technical_edit, self.fix_check):
            widget.setEnabled(explained and technical)
        self.fix_date.setEnabled(explained and technical and self.fix_check.isChecked())
        published = form in EXPLAINED_FORMS
        for widget in (self.portal_check, self.portal_link_edit):
            widget.setEnabled(published)
        self.portal_date.setEnabled(published and self.portal_check.isChecked())
        if not self._loading and not explained:
            self._loading = True
            self.reason_combo.setCurrentIndex(0)
            self.provision_edit.clear()
            self.technical_edit.clear()
            self.fix_check.setChecked(False)
            self._loading = False
        if not self._loading and not published:
            self._loading = True
            self.portal_check.setChecked(False)
            self.portal_link_edit.clear()
            self._loading = False

    # The classification's text fields, and the part of the classification each one shows.
    def _text_fields(self) -> dict[QtWidgets.QLineEdit, str]:
        return {self.provision_edit: "legal_provision", self.note_edit: "note",
                self.technical_edit: "technical_description", self.portal_link_edit: "portal_link"}

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """Ctrl+Z / Ctrl+Y in a classification field mean what they mean everywhere in the window: the
        labelled undo of the last saved edit (a line edit's own undo would fight the autosave). Text
        typed but not saved yet is simply taken back to the saved value."""
        kind = event.type()
        if kind in (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress) \
                and watched in self._text_fields() and isinstance(event, QtGui.QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            if undo or event.matches(QKeySequence.StandardKey.Redo):
                pending = undo and self._text_timer.isActive()
                if kind == QtCore.QEvent.Type.ShortcutOverride:
                    if pending:
                        event.accept()  # the field gets the key press: taken back below
                    return True  # otherwise not accepted: the window's Undo / Redo action runs
                if pending:
                    self._take_back(watched)
                return True  # never the line edit's own undo
        return super().eventFilter(watched, event)

    def _take_back(self, edit: QtWidgets.QLineEdit) -> None:
        if self._detail is None:
            return
        edit.setText(getattr(self._detail.classification, self._text_fields()[edit]))
        if self.current_classification() == self._detail.classification:
            self._text_timer.stop()

    def _flush_text(self) -> None:
        if self._text_timer.isActive():
            self._text_timer.stop()
            self._emit_classification()

    def _request(self, signal: SignalInstance) -> None:
        if self.current_id is not None:
            signal.emit(self.current_id)

    def _date_toggled(self, edit: QtWidgets.QDateEdit, on: bool) -> None:
        edit.setEnabled(on)
        self._emit_classification()

    def _emit_classification(self) -> None:
        if self._loading or self.current_id is None:
            return
        self._text_timer.stop()
        wanted = self.current_classification()
        if self._detail is not None and wanted == self._detail.classification:
            return
        self.classification_edited.emit(self.current_id, wanted)

    def _record_changed(self, key: str) -> None:
        if self._loading or not (self._detail and self._detail.editable_record):
            return
        self._dirty_record.add(key)
        self._record_timer.start()

    def _emit_record(self) -> None:
        self._record_timer.stop()
        if not self._dirty_record or self.current_id is None:
            return
        values = {}
        for key in sorted(self._dirty_record):
            widget = self.record[key]
            values[key] = widget.text() if isinstance(widget, QtWidgets.QLineEdit) else widget.toPlainText()
        self._dirty_record.clear()
        self.record_edited.emit(self.current_id, values)

    def flush(self) -> None:
        """Save what is still waiting for the typing pause (before moving to another record)."""
        self._flush_text()
        self._emit_record()

    # -- answers from the window

    def show_saved(self, detail: "ProcedureDetail") -> None:
        if detail.row.id != self.current_id:
            return
        # The fields stay as the clerk left them: later edits may already be on their way.
        self._detail = detail
        self._clear_errors()
        self._show_status(detail.classification, detail.issues)
        self._show_rule_set(detail.classification, detail.rule_set_code)

    def _show_rule_set(self, c: Classification, saved_under: str) -> None:
        """Each answer is shown with the rule set it was saved under."""
        self.rule_set_label.setText(translate("editor", "Lưu theo: {rules}", rules=rule_set_title(saved_under))
                                    if saved_under and c.form else "")

    def show_refused(self, issues: list[Issue]) -> None:
        """Inline messages next to the fields to fix; the refused change is not saved."""
        self._clear_errors()
        grouped: dict[str, list[str]] = {}
        for issue in issues:
            grouped.setdefault(ERROR_LABELS.get(issue.field, "formError"), []).append(issue.message)
        for name, messages in grouped.items():
            label = self.errors[name]
            label.setText(translate("editor", "Chưa lưu: ") + " ".join(messages))
            label.setVisible(True)

    def show_draft(self, draft: Classification, issues: list[Issue]) -> None:
        """A change the rules refused, put back on screen with its messages (the stored answer is
        unchanged until the clerk completes it)."""
        self._loading = True
        try:
            self._show_classification(draft, self._detail.rule_set_code if self._detail else "")
        finally:
            self._loading = False
        self.show_refused(issues)

    def focus_first_error(self) -> None:
        for field, name in ERROR_LABELS.items():
            if self.errors[name].isVisibleTo(self.form):
                widget = self._widget_for(field)
                if widget is not None:
                    widget.setFocus()
                return

    def _widget_for(self, field: str) -> QtWidgets.QWidget | None:
        return {"form": self.form_combo, "reason_code": self.reason_combo, "legal_provision": self.provision_edit,
                "note": self.note_edit, "technical_description": self.technical_edit,
                "expected_fix_on": self.fix_check}.get(field)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def error_text(self, field: str) -> str:
        label = self.errors[ERROR_LABELS[field]]
        return label.text() if label.isVisibleTo(self.form) else ""


def _show_day(check: QtWidgets.QCheckBox, edit: QtWidgets.QDateEdit, day: "date | None", default_days: int = 0) -> None:
    """A date that may be absent: the box says whether it is there; an absent one offers a sensible day."""
    check.setChecked(day is not None)
    shown = day if day is not None else date.today() + timedelta(days=default_days)
    edit.setDate(QtCore.QDate(shown.year, shown.month, shown.day))
    edit.setEnabled(day is not None)
