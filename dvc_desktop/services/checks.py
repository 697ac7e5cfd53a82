"""Consistency checks of the consolidated catalogue at the province, on the reporting date.

Each finding names its kind, the unit and the procedure, and carries the classification id so a
window can jump to the row. The checks read; they change nothing. They follow the law of the
reporting date (services/reporting.py): the rule set in force then, and the levels that existed then.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

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


def _basis_missing(form: str, reason_code: str, filled: dict[str, bool], rules: RuleSet) -> str:
    """What an explained form lacks under `rules`, in words ("" when nothing); `filled` says which of
    the fields a reason may require hold something."""
    if not reason_code:
        return _t("thiếu lý do") if rules.requires_reason(form) else ""
    reason = rules.reason(reason_code)
    if reason is None:
        return ""  # an earlier rule set's reason: reclassify_nd42 says so
    labels = {"legal_provision": _t("thiếu quy định làm căn cứ"),
              "technical_description": _t("thiếu mô tả vấn đề kỹ thuật"),
              "expected_fix_on": _t("thiếu ngày dự kiến khắc phục")}
    return "; ".join(labels[field] for field in reason.requires if not filled[field])


class _Verdicts:
    """The findings an answer gets, as (kind, message) pairs, worked out once per distinct answer: they
    depend on the form, the reason, the rule set, which basis fields are filled and the checklist, and
    50,000 classifications share a few hundred of those (judging each took 1.2 s)."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.labels = {code: translate("rules", choice.label) for code, choice in rules.forms.items()}
        self._seen: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}

    def __call__(self, key: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
        verdicts = self._seen.get(key)
        if verdicts is None:
            verdicts = self._seen[key] = tuple(self._judge(*key))
        return verdicts

    def _judge(self, form: str | None, reason_code: str | None, rule_set_code: str | None, provision: bool,
               technical: bool, fix_on: bool, published: bool,
               *checklist: bool | None) -> Iterator[tuple[str, str]]:
        rules, labels = self.rules, self.labels
        explained = form in _EXPLAINED
        label = labels.get(form or "", "")
        reason_code = reason_code or ""
        if explained and needs_reclassification(reason_code, rule_set_code or "", rules):
            yield "reclassify_nd42", _t(
                "Một phần theo lý do của Nghị định 42/2022, cần phân loại lại theo Điều 14 Nghị định 224/2026 "
                "(lý do đã ghi: {reason}).", reason=answer_reason_label(reason_code, rule_set_code or ""))
        elif explained:
            assert form is not None  # an explained form is one
            missing = _basis_missing(form, reason_code, {"legal_provision": provision, "technical_description": technical,
                                                         "expected_fix_on": fix_on}, rules)
            if missing:
                yield "partial_without_basis", _t("{form}: {missing} ({rules}).", form=label, missing=missing,
                                                  rules=translate("rules", rules.title))
        if explained and rules.requires_portal_publication and not published:
            yield "portal_unpublished", _t(
                "Lý do {form} chưa công bố trên Cổng Dịch vụ công quốc gia (Điều 14 Nghị định 224/2026).",
                form=label.lower())
        answer = Classification(Checklist(*checklist), Form(form) if form else None)
        suggested = suggest_form(answer.checklist)
        if answer.contradicts_checklist and suggested is not None:  # a contradiction has a suggestion
            yield "contradicts_checklist", _t("Hình thức {form} khác với bảng kiểm ({suggested}).",
                                              form=label, suggested=labels[suggested.value])


def _answers(session: Session) -> Iterator[tuple[Any, ...]]:
    """Every classification as plain tuples through the transaction's sqlite3 cursor (SQLAlchemy's rows
    of 50,000 classifications held 48 MB at once): id, unit code, unit name, level, procedure code,
    origin, then `_Verdicts`' key."""
    c = models.Classification

    def filled(column: Any) -> Any:
        return func.coalesce(column, "") != ""

    query = (select(c.id, models.Unit.code, models.Unit.name, models.Unit.level_code, models.Procedure.code,
                    models.Procedure.origin, c.form, c.reason_code, c.rule_set_code, filled(c.legal_provision),
                    filled(c.technical_description), c.expected_fix_on.is_not(None), c.portal_published_on.is_not(None),
                    *(getattr(c, key) for key in CHECKLIST_KEYS))
             .join(models.Unit, c.unit_id == models.Unit.id)
             .join(models.Procedure, c.procedure_id == models.Procedure.id))
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        # Compiled for the store's own dialect, with no parameters: any driver's cursor runs it.
        cursor.execute(str(query.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})))
        while batch := cursor.fetchmany(2000):
            yield from batch
    finally:
        cursor.close()


def _truth(value: Any) -> bool | None:
    return None if value is None else bool(value)  # sqlite3 gives booleans as integers


def run_checks(context: ServiceContext, as_of: date | None = None) -> list[Finding]:
    """`as_of`: the reporting date (services/reporting.py) whose law the checks follow."""
    findings: list[Finding] = []
    with context.transaction() as session:
        reporting = reporting_date(session, context.today(), as_of)
        rules, day = reporting.rules, reporting.day
        verdicts = _Verdicts(rules)
        labels = verdicts.labels
        identity = require_identity(session)
        # (unit code, unit name, form) of every classified answer, by procedure and level.
        by_level: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
        classified: dict[str, set[str]] = defaultdict(set)
        for (row_id, unit_code, unit_name, level_code, procedure_code, origin, form, reason_code, rule_set_code,
             provision, technical, fix_on, published, *checklist) in _answers(session):
            if form:
                by_level[(procedure_code, level_code)].append((unit_code, unit_name, form))
                classified[level_code].add(procedure_code)
            key = (form, reason_code, rule_set_code, bool(provision), bool(technical), bool(fix_on), bool(published),
                   *map(_truth, checklist))
            for kind, message in verdicts(key):
                findings.append(Finding(kind, unit_code, procedure_code, message, row_id))
            if origin == "local":
                findings.append(Finding("unknown_code", unit_code, procedure_code, _t(
                    "Mã {code} không có trong danh mục tham chiếu.", code=procedure_code), row_id))
        for (code, level), group in sorted(by_level.items()):
            forms = {form for _unit, _name, form in group}
            if len(forms) > 1:
                detail = "; ".join(f"{name}: {labels[form]}" for _unit, name, form in sorted(group))
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
