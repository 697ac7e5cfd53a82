"""Reclassifying the answers given under Decree 42/2022 with Decree 224/2026 Art. 14's grounds.

From 1/7/2026 a một phần must rest on one of Art. 14's four grounds. Answers saved before carry a
Decree 42 reason (the province's working convention): each gets a proposed ground, from the rule set's
data (`replaces`: in person → presence required by a regulation; site inspection → on-site
verification; fees, result, technical → another technical issue), which the clerk confirms or changes.
Applying keeps everything else of the answer; a technical ground then needs its description and
expected fix date, so such an answer goes back to draft until the clerk fills them in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.domain.classification import readiness_issues
from dvc_desktop.domain.rulesets import RuleSet, answer_reason_label
from dvc_desktop.i18n import translate
from dvc_desktop.services.checks import needs_reclassification
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.workspace import _as_dict, _audit_key, _own_unit
from dvc_desktop.services.workspace_view import to_domain
from dvc_desktop.store import audit, models


def _t(text: str, **params: object) -> str:
    return translate("reclassify", text, **params)


@dataclass(frozen=True)
class Proposal:
    classification_id: int
    code: str
    name: str
    form: str
    old_code: str
    old_label: str  # in the words of the rule set the answer was saved under
    new_code: str
    new_label: str
    needs: tuple[str, ...]  # what the proposed ground still needs (technical: description, fix date)

    def to_json(self) -> dict[str, Any]:
        return {"classification_id": self.classification_id, "code": self.code, "name": self.name,
                "form": self.form, "old_reason": self.old_label, "old_reason_code": self.old_code,
                "new_reason": self.new_label, "new_reason_code": self.new_code, "needs": list(self.needs)}


@dataclass
class Reclassified:
    applied: list[Proposal] = field(default_factory=list)
    need_details: list[str] = field(default_factory=list)  # codes back to draft until described


def _proposal(row: models.Classification, rules: RuleSet, new_code: str | None = None) -> Proposal:
    successor = rules.successor_of(row.reason_code)
    choice = rules.reason(new_code) if new_code else successor or rules.reasons_for(row.form or "mot_phan")[0]
    if choice is None or (row.form or "") not in choice.forms:
        raise InvalidRequest(_t("Lý do «{reason}» không dùng được cho {code} theo {rules}; chọn một trong: {codes}.",
                                reason=new_code, code=row.procedure.code, rules=translate("rules", rules.title),
                                codes=", ".join(r.code for r in rules.reasons_for(row.form or "mot_phan"))))
    current = to_domain(row)
    needs = tuple(f for f in choice.requires if not getattr(current, f))
    return Proposal(row.id, row.procedure.code, row.procedure.name, row.form or "", row.reason_code,
                    answer_reason_label(row.reason_code, row.rule_set_code), choice.code,
                    translate("rules", choice.label), needs)


def _rows(session: Session, rules: RuleSet) -> list[models.Classification]:
    unit = _own_unit(session)
    rows = session.scalars(select(models.Classification).where(
        models.Classification.unit_id == unit.id, models.Classification.form.in_(("mot_phan", "chua_truc_tuyen")))
        .options(selectinload(models.Classification.procedure)))
    return sorted((r for r in rows if needs_reclassification(r.reason_code, r.rule_set_code, rules)),
                  key=lambda r: r.procedure.code)


def proposals(context: ServiceContext) -> list[Proposal]:
    """The unit's answers to reclassify, each with its proposed Art. 14 ground (empty before 1/7/2026)."""
    with context.transaction() as session:
        rules = reporting_date(session, context.today()).rules
        return [_proposal(row, rules) for row in _rows(session, rules)]


def apply_reclassification(context: ServiceContext, codes: Iterable[str] | None = None,
                           chosen: Mapping[str, str] | None = None) -> Reclassified:
    """Apply the proposals (or the clerk's `chosen` ground per code) to `codes` (default: all), in one
    transaction with an audit entry each; a code with nothing to reclassify is refused and nothing changes."""
    chosen = dict(chosen or {})
    result = Reclassified()
    with context.transaction() as session:
        rules = reporting_date(session, context.today()).rules
        rows = {row.procedure.code: row for row in _rows(session, rules)}
        wanted = list(codes) if codes else sorted(rows)
        unknown = sorted((set(wanted) | set(chosen)) - set(rows))
        if unknown:
            raise InvalidRequest(_t("Không có gì cần phân loại lại ở mã: {codes}.", codes=", ".join(unknown)))
        for code in wanted:
            row = rows[code]
            proposal = _proposal(row, rules, chosen.get(code))
            before = to_domain(row)
            row.reason_code, row.rule_set_code = proposal.new_code, rules.code
            row.updated_at, row.updated_by = datetime.now(timezone.utc), context.actor
            after = to_domain(row)
            if readiness_issues(after, rules):
                row.status = "draft"  # a technical ground waits for its description and fix date
                after = to_domain(row)
            if proposal.needs:
                result.need_details.append(code)
            audit.record(session, context.actor, "classification.reclassify", "classification",
                         _audit_key(row.unit.code, code), before=_as_dict(before), after=_as_dict(after),
                         rule_set=rules.code)
            result.applied.append(proposal)
    return result
