"""Consistency checks of the consolidated catalogue at the province (first part of the province issue).

Each finding names its kind, the unit and the procedure, and carries the classification id so a
window can jump to the row. The checks read; they change nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from dvc_desktop.domain.classification import Checklist, Classification, Form, suggest_form
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.domain.websites import PlanStatus, Website, domain_issues, plan_issues
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.settings import require_identity
from dvc_desktop.store import models

KINDS = ("disagreement", "unclassified_at_level", "partial_without_basis", "contradicts_checklist", "unknown_code",
         "website")


def _t(text: str, **params: object) -> str:
    return translate("checks", text, **params)


@dataclass(frozen=True)
class Finding:
    kind: str
    unit_code: str
    procedure_code: str
    message: str
    classification_id: int | None = None


def run_checks(context: ServiceContext, as_of: date | None = None) -> list[Finding]:
    """`as_of`: the reporting date (services/reporting.py) whose law the checks follow."""
    findings: list[Finding] = []
    with context.transaction() as session:
        reporting = reporting_date(session, context.today(), as_of)
        rules = reporting.rules
        labels = {code: translate("rules", choice.label) for code, choice in rules.forms.items()}
        identity = require_identity(session)
        # Plain columns, not ORM objects: 20,000 classifications read in a fraction of a second.
        rows = session.execute(
            select(models.Classification.id, models.Classification.form, models.Classification.reason_code,
                   models.Classification.legal_provision, models.Classification.note,
                   *(getattr(models.Classification, k) for k in CHECKLIST_KEYS),
                   models.Unit.code.label("unit_code"), models.Unit.name.label("unit_name"), models.Unit.level_code,
                   models.Procedure.code.label("procedure_code"), models.Procedure.origin)
            .join(models.Unit, models.Classification.unit_id == models.Unit.id)
            .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)).all()
        by_level: dict[tuple[str, str], list] = defaultdict(list)  # type: ignore[type-arg]
        classified: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            by_level[(row.procedure_code, row.level_code)].append(row)
            if row.form:
                classified[row.level_code].add(row.procedure_code)
            c = Classification(Checklist(*(getattr(row, k) for k in CHECKLIST_KEYS)),
                               Form(row.form) if row.form else None, row.reason_code, row.legal_provision, row.note)
            if row.form == Form.PARTIAL.value and not (row.reason_code and row.legal_provision):
                findings.append(Finding("partial_without_basis", row.unit_code, row.procedure_code, _t(
                    "Một phần nhưng thiếu lý do hoặc quy định pháp luật chuyên ngành."), row.id))
            if c.contradicts_checklist:
                findings.append(Finding("contradicts_checklist", row.unit_code, row.procedure_code, _t(
                    "Hình thức {form} khác với bảng kiểm ({suggested}).", form=labels[row.form],
                    suggested=labels[suggest_form(c.checklist).value]), row.id))
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
        levels_of: dict[str, list[str]] = defaultdict(list)
        for code, level in session.execute(
                select(models.Procedure.code, models.ProcedureLevel.level_code)
                .join(models.ProcedureLevel, models.ProcedureLevel.procedure_id == models.Procedure.id)
                .where(models.Procedure.origin == "reference").order_by(models.Procedure.code)):
            levels_of[code].append(level)
        for code, levels in levels_of.items():
            for level in levels:
                if code not in classified[level]:
                    findings.append(Finding("unclassified_at_level", "", code, _t(
                        "Chưa đơn vị nào ở cấp {level} phân loại thủ tục này.", level=level)))
        for site in session.scalars(select(models.Website).options(selectinload(models.Website.unit))):
            record = Website(site.unit.code, site.name, site.url, site.linked_from_portal,
                             PlanStatus(site.plan_status), site.target_date)
            issues = domain_issues(site.url, UnitKind(site.unit.kind), identity.province_domain) \
                if identity.province_domain else []
            for issue in issues + plan_issues(record, reporting.day):
                findings.append(Finding("website", site.unit.code, "", f"{site.url}: {issue.message}"))
    return findings
