"""Consistency checks of the consolidated catalogue at the province, on the reporting date.

Each finding names its kind, the unit and the procedure, and carries the classification id so a
window can jump to the row. The checks read; they change nothing. They follow the law of the
reporting date (services/reporting.py): the rule set in force then, and the levels that existed then.
"""

from __future__ import annotations

from typing import Any

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import selectinload

from dvc_desktop.domain.classification import Checklist, Classification, Form, suggest_form
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, RuleSet, answer_reason_label, rule_set_by_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.i18n import translate
from dvc_desktop.services.catalog import level_update_needed
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.settings import require_identity
from dvc_desktop.services.websites import site_issues
from dvc_desktop.store import models

KINDS = ("disagreement", "unclassified_at_level", "partial_without_basis", "reclassify_nd42", "portal_unpublished",
         "contradicts_checklist", "unknown_code", "level_update", "website")
_EXPLAINED = (Form.PARTIAL.value, Form.NOT_ONLINE.value)


def _t(text: str, **params: object) -> str:
    return translate("checks", text, **params)


@dataclass(frozen=True)
class Finding:
    kind: str
    unit_code: str
    procedure_code: str
    message: str
    classification_id: int | None = None


def _saved_under(rule_set_code: str) -> RuleSet | None:
    try:
        return rule_set_by_code(rule_set_code)
    except DomainError:
        return None


def needs_reclassification(reason_code: str, rule_set_code: str, rules: RuleSet) -> bool:
    """An answer whose reason belongs to an earlier rule set than the one of the reporting date (a
    Decree 42 reason after 1/7/2026): the clerk must choose again among Art. 14's grounds."""
    if not reason_code or rules.reason(reason_code) is not None:
        return False
    if rules.successor_of(reason_code) is not None:
        return True
    earlier = _saved_under(rule_set_code)
    return (earlier is not None and earlier.effective_from < rules.effective_from
            and earlier.reason(reason_code) is not None)


def _basis_missing(row: Row[Any], rules: RuleSet) -> str:
    """What an explained form lacks under `rules`, in words ("" when nothing)."""
    if not row.reason_code:
        return _t("thiếu lý do") if rules.requires_reason(row.form) else ""
    reason = rules.reason(row.reason_code)
    if reason is None:
        return ""  # an earlier rule set's reason: reclassify_nd42 says so
    labels = {"legal_provision": _t("thiếu quy định làm căn cứ"),
              "technical_description": _t("thiếu mô tả vấn đề kỹ thuật"),
              "expected_fix_on": _t("thiếu ngày dự kiến khắc phục")}
    return "; ".join(labels[field] for field in reason.requires if not getattr(row, field))


def run_checks(context: ServiceContext, as_of: date | None = None) -> list[Finding]:
    """`as_of`: the reporting date (services/reporting.py) whose law the checks follow."""
    findings: list[Finding] = []
    with context.transaction() as session:
        reporting = reporting_date(session, context.today(), as_of)
        rules, day = reporting.rules, reporting.day
        labels = {code: translate("rules", choice.label) for code, choice in rules.forms.items()}
        identity = require_identity(session)
        # Plain columns, not ORM objects: 20,000 classifications read in a fraction of a second.
        c = models.Classification
        rows = session.execute(
            select(c.id, c.form, c.reason_code, c.legal_provision, c.note, c.rule_set_code, c.technical_description,
                   c.expected_fix_on, c.portal_published_on,
                   *(getattr(c, k) for k in CHECKLIST_KEYS),
                   models.Unit.code.label("unit_code"), models.Unit.name.label("unit_name"), models.Unit.level_code,
                   models.Procedure.code.label("procedure_code"), models.Procedure.origin)
            .join(models.Unit, c.unit_id == models.Unit.id)
            .join(models.Procedure, c.procedure_id == models.Procedure.id)).all()
        by_level: dict[tuple[str, str], list[Any]] = defaultdict(list[Any])
        classified: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            by_level[(row.procedure_code, row.level_code)].append(row)
            if row.form:
                classified[row.level_code].add(row.procedure_code)
            answer = Classification(Checklist(*(getattr(row, k) for k in CHECKLIST_KEYS)),
                                    Form(row.form) if row.form else None, row.reason_code, row.legal_provision,
                                    row.note)
            explained = row.form in _EXPLAINED
            if explained and needs_reclassification(row.reason_code, row.rule_set_code, rules):
                findings.append(Finding("reclassify_nd42", row.unit_code, row.procedure_code, _t(
                    "Một phần theo lý do của Nghị định 42/2022, cần phân loại lại theo Điều 14 Nghị định 224/2026 "
                    "(lý do đã ghi: {reason}).", reason=answer_reason_label(row.reason_code, row.rule_set_code)),
                    row.id))
            elif explained:
                missing = _basis_missing(row, rules)
                if missing:
                    findings.append(Finding("partial_without_basis", row.unit_code, row.procedure_code, _t(
                        "{form}: {missing} ({rules}).", form=labels[row.form], missing=missing,
                        rules=translate("rules", rules.title)), row.id))
            if explained and rules.requires_portal_publication and row.portal_published_on is None:
                findings.append(Finding("portal_unpublished", row.unit_code, row.procedure_code, _t(
                    "Lý do {form} chưa công bố trên Cổng Dịch vụ công quốc gia (Điều 14 Nghị định 224/2026).",
                    form=labels[row.form].lower()), row.id))
            suggested = suggest_form(answer.checklist)
            if answer.contradicts_checklist and suggested is not None:  # a contradiction has a suggestion
                findings.append(Finding("contradicts_checklist", row.unit_code, row.procedure_code, _t(
                    "Hình thức {form} khác với bảng kiểm ({suggested}).", form=labels[row.form],
                    suggested=labels[suggested.value]), row.id))
            if row.origin == "local":
                findings.append(Finding("unknown_code", row.unit_code, row.procedure_code, _t(
                    "Mã {code} không có trong danh mục tham chiếu.", code=row.procedure_code), row.id))
        for (code, level), group in sorted(by_level.items()):
            forms = {r.form for r in group if r.form}
            if len(forms) > 1:
                detail = "; ".join(f"{r.unit_name}: {labels[r.form]}" for r in sorted(group, key=lambda r: r.unit_code)
                                   if r.form)
                findings.append(Finding("disagreement", "", code, _t(
                    "Các đơn vị cùng cấp phân loại khác nhau: {detail}", detail=detail)))
        # A level abolished before the reporting date (cấp huyện from 1/7/2025) expects nobody's answer.
        gone = set(session.scalars(select(models.Level.code).where(models.Level.active_to < day)))
        levels_of: dict[str, list[str]] = defaultdict(list)
        for code, level in session.execute(
                select(models.Procedure.code, models.ProcedureLevel.level_code)
                .join(models.ProcedureLevel, models.ProcedureLevel.procedure_id == models.Procedure.id)
                .where(models.Procedure.origin == "reference").order_by(models.Procedure.code)):
            levels_of[code].append(level)
        for code, levels in levels_of.items():
            for level in levels:
                if level not in gone and code not in classified[level]:
                    findings.append(Finding("unclassified_at_level", "", code, _t(
                        "Chưa đơn vị nào ở cấp {level} phân loại thủ tục này.", level=level)))
        for code in level_update_needed(session):
            findings.append(Finding("level_update", "", code, _t(
                "Cần cập nhật cấp thực hiện: danh mục ghi cấp huyện, cấp này không còn từ 01/7/2025.")))
        for site in session.scalars(select(models.Website).options(selectinload(models.Website.unit))):
            for issue in site_issues(site, identity, day):
                findings.append(Finding("website", site.unit.code, "", f"{site.url}: {issue.message}"))
    return findings
