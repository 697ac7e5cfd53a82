"""Classifying without the window (`dvc-desktop classify …`): one procedure, or a whole spreadsheet
the unit already answered. The editor's rules apply exactly; a refusal changes nothing.

A procedure not yet in the unit's list joins it when the reference catalogue has it. When its
checklist has not been answered at all, the checklist consistent with the stated form is recorded
(as bulk classification does), so a toàn trình can be marked ready; answers already given are kept,
and a form that contradicts them needs a note, as in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status, after_edit, checklist_for
from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError, Issue
from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.excel.catalog_reader import RowRejection
from dvc_desktop.excel.safety import WorkbookRejected
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected, InvalidRequest
from dvc_desktop.services.import_report import ExcelImportReport
from dvc_desktop.services.settings import Role, require_identity
from dvc_desktop.services.workspace import ClassificationRefused, _audit_key, _issues, _own_unit, _store, new_listing
from dvc_desktop.services.workspace_view import to_domain
from dvc_desktop.store import audit, models

if TYPE_CHECKING:
    from dvc_desktop.excel.classification_reader import ClassificationRow

T = TypeVar("T")


def _t(text: str, **params: object) -> str:
    return translate("classify", text, **params)


@dataclass(frozen=True)
class Answer:
    """What the clerk states about one procedure; None leaves the stored value as it is."""

    form: Form
    reason: str | None = None
    provision: str | None = None
    note: str | None = None
    ready: bool = False
    # Decree 224 Art. 14: a technical ground's description and expected fix date; the national portal's
    # publication of the reason (date, link).
    technical_description: str | None = None
    expected_fix_on: date | None = None
    portal_published_on: date | None = None
    portal_link: str | None = None


@dataclass(frozen=True)
class Classified:
    code: str
    name: str
    added_to_list: bool
    changed: bool
    classification: Classification

    def to_json(self) -> dict[str, Any]:
        c = self.classification
        return {"code": self.code, "name": self.name, "added_to_list": self.added_to_list, "changed": self.changed,
                "form": c.form.value if c.form else None, "reason_code": c.reason_code,
                "legal_provision": c.legal_provision, "note": c.note, "status": c.status.value,
                "technical_description": c.technical_description,
                "expected_fix_on": c.expected_fix_on.isoformat() if c.expected_fix_on else None,
                "portal_published_on": c.portal_published_on.isoformat() if c.portal_published_on else None,
                "portal_link": c.portal_link}


def parse_form(text: str) -> Form:
    try:
        return Form(text)
    except ValueError as error:
        raise InvalidRequest(_t("Hình thức «{form}» không hợp lệ: dùng toan_trinh, mot_phan hoặc chua_truc_tuyen.",
                                form=text)) from error


def reason_code(text: str, rules: RuleSet) -> str:
    """A reason as the rule set codes it, or as a clerk writes it (its label, or a unique part of it)."""
    value = clean(text)
    if not value or rules.reason(value) is not None:
        return value
    key = fold(value)
    exact = [r.code for r in rules.reasons if key in (fold(r.label), fold(r.label_en), fold(r.code))]
    partial = [r.code for r in rules.reasons if key in fold(r.label) or fold(r.label) in key]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    raise DomainError(_t("Lý do «{reason}» không khớp lý do nào của {rules}; các mã lý do: {codes}.", reason=value,
                         rules=translate("rules", rules.title), codes=", ".join(r.code for r in rules.reasons)))


def _wanted(current: Classification, answer: Answer, rules: RuleSet) -> Classification:
    reason = current.reason_code if answer.reason is None else reason_code(answer.reason, rules)
    checklist = current.checklist
    if checklist == Checklist():  # nothing answered yet: the checklist the stated form implies
        checklist = checklist_for(answer.form, rules, reason)
    wanted = replace(
        current, checklist=checklist, form=answer.form, reason_code=reason,
        legal_provision=current.legal_provision if answer.provision is None else answer.provision,
        note=current.note if answer.note is None else answer.note,
        technical_description=_kept(current.technical_description, answer.technical_description),
        expected_fix_on=_kept(current.expected_fix_on, answer.expected_fix_on),
        portal_published_on=_kept(current.portal_published_on, answer.portal_published_on),
        portal_link=_kept(current.portal_link, answer.portal_link)).normalised()
    wanted = after_edit(current, wanted)  # a changed answer is ready again only when said so
    return replace(wanted, status=Status.READY) if answer.ready else wanted


def _kept(current: T, stated: T | None) -> T:
    return current if stated is None else stated


class _UnitList:
    """The unit's list and the reference catalogue, inside one transaction."""

    def __init__(self, context: ServiceContext, session: Session) -> None:
        identity = require_identity(session)
        if identity.role != Role.DEPARTMENT:
            raise InvalidRequest(_t("Phân loại TTHC là việc của đơn vị (vai trò department), không phải của tỉnh."))
        self.context, self.session = context, session
        self.unit = _own_unit(session)
        self.rules = rule_set_in_force(context.today())

    def row(self, code: str) -> tuple[models.Classification, bool]:
        """The unit's classification of `code`, taking the procedure into its list if it must."""
        procedure = self.session.scalars(select(models.Procedure).where(models.Procedure.code == code)).one_or_none()
        if procedure is None:
            raise DomainError(_t("Mã {code} không có trong danh mục tham chiếu của tỉnh; nhập gói tham chiếu mới "
                                 "hoặc thêm thủ tục riêng của đơn vị trong cửa sổ.", code=code))
        row = self.session.scalars(select(models.Classification).where(
            models.Classification.unit_id == self.unit.id,
            models.Classification.procedure_id == procedure.id)).one_or_none()
        if row is not None:
            return row, False
        row = new_listing(self.session, self.unit, procedure, self.rules, self.context.actor)
        audit.record(self.session, self.context.actor, "catalogue.add", "classification",
                     _audit_key(self.unit.code, procedure.code))
        return row, True

    def classify(self, code: str, answer: Answer) -> Classified:
        row, added = self.row(code)
        current = to_domain(row)
        wanted = _wanted(current, answer, self.rules)
        issues = _issues(wanted, self.rules)
        if issues:
            raise ClassificationRefused(issues)
        changed = _store(self.session, row, current, wanted, self.rules, self.context.actor)
        return Classified(code, row.procedure.name, added, changed, wanted)


def classify(context: ServiceContext, code: str, answer: Answer) -> Classified:
    """One procedure, one transaction: refused (nothing changed, not even the list) if a rule is broken."""
    try:
        parsed = parse_procedure_code(code).value
    except DomainError as error:
        raise InvalidRequest(str(error)) from error
    try:
        with context.transaction() as session:
            return _UnitList(context, session).classify(parsed, answer)
    except DomainError as error:
        raise InvalidRequest(str(error)) from error


# ---------------------------------------------------------------- a spreadsheet the unit already answered


class ClassifyImportReport(ExcelImportReport):
    """`added` counts procedures that joined the unit's list, `updated` classifications changed."""


def import_classifications_excel(context: ServiceContext, path: Path, dry_run: bool = False,
                                 progress: Progress = no_progress) -> ClassifyImportReport:
    """Every readable row applied with the editor's rules, the others refused with their reason; one
    transaction (rolled back for a dry run)."""
    from dvc_desktop.excel.classification_reader import read_classifications

    with context.transaction() as session:
        _UnitList(context, session)  # the role, before reading a large file
    try:
        sheet = read_classifications(path, progress)
    except WorkbookRejected as error:
        raise InputRejected(str(error)) from error
    report = ClassifyImportReport(path.name, sheet.sheet, sheet.header_row, rejected=list(sheet.rejected),
                                  dry_run=dry_run)
    with context.transaction() as session:
        unit_list = _UnitList(context, session)
        for row in sheet.rows:
            try:
                with session.begin_nested():  # a refused row leaves no trace, not even in the list
                    done = unit_list.classify(row.code.value, _answer_of(row, unit_list.rules))
            except ClassificationRefused as error:
                report.rejected.append(RowRejection(row.row, _issues_text(error.issues)))
                continue
            except DomainError as error:
                report.rejected.append(RowRejection(row.row, str(error)))
                continue
            report.added += done.added_to_list
            if done.changed:
                report.updated += 1
            else:
                report.unchanged += 1
        report.rejected.sort(key=lambda r: r.row)
        if dry_run:
            session.rollback()
            return report
        audit.record(session, context.actor, "classify.import_excel", "catalog", path.name, added=report.added,
                     updated=report.updated, unchanged=report.unchanged, rejected=len(report.rejected))
    return report


def _answer_of(row: ClassificationRow, rules: RuleSet) -> Answer:
    """A spreadsheet row as the clerk's answer: "Mức độ 4" and the like through the rule set's mapping."""
    form = row.form or (rules.form_from_legacy_level(row.legacy_level) if row.legacy_level else None)
    if form is None:
        raise DomainError(_t("Không đọc được hình thức của mã {code}.", code=row.code.value))
    return Answer(Form(form), row.reason, row.provision, row.note or None)


def _issues_text(issues: list[Issue]) -> str:
    return " ".join(issue.message for issue in issues)
