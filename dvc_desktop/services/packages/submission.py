"""Applying a unit's submission at the province: the unit's snapshot replaced, what changed listed."""

from __future__ import annotations

from typing import Any, cast


from datetime import datetime
from operator import attrgetter

from sqlalchemy import Table, bindparam, delete, insert, literal_column, select, update
from sqlalchemy.orm import Session

from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.indicators import OPTIONAL_FIGURES
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, rule_set_in_force
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.package.acceptance import SubmissionData, figures_in
from dvc_desktop.package.container import PackageRejected
from dvc_desktop.package.records import Classification, Figures, Website
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.dossier_figures import figures_of
from dvc_desktop.services.settings import (
    Identity,
)
from dvc_desktop.services.workspace import PROCEDURE_TEXT_FIELDS
from dvc_desktop.store import models
from dvc_desktop.services.packages.common import Change, FiguresChange, ImportResult, Verified, _day, _t
from dvc_desktop.store.bulk import executemany


# ---------------------------------------------------------------- applying each kind


def _apply_submission(context: ServiceContext, session: Session, identity: Identity, verified: Verified,
                      result: ImportResult) -> None:
    """Replace the unit's snapshot: the diff against the last accepted one is the preview.

    The unit's rows are read as plain columns and compared in Python, and only the differences are
    written, each kind in one executemany. Loading, creating and flushing an ORM object per row took
    half a second for 2,000 rows, over fifteen times SQLite's own insert (bench/packages.py).
    """
    unit_id = session.scalar(select(models.Unit.id).where(models.Unit.code == result.sender))
    if unit_id is None:
        raise PackageRejected("unknown_unit", _t("Đơn vị gửi {code} không có trong cây đơn vị của tỉnh.",
                                                 code=result.sender))
    data = verified.accepted.data
    assert isinstance(data, SubmissionData)  # APPLY is chosen by the manifest's kind
    records = {r.code: r for r in data.classifications}
    current = _current_answers(session, unit_id)
    removed = sorted(set(current) - set(records))
    result.changes.extend(Change(code, "removed", current[code][1][0], None) for code in removed)
    added: list[tuple[Classification, tuple[Any, ...]]] = []
    changed: list[tuple[int, Classification, tuple[Any, ...]]] = []
    for code, record in sorted(records.items()):
        answers = _answers(record)
        if code not in current:
            added.append((record, answers))
            result.changes.append(Change(code, "added", None, record.form))
            continue
        row_id, before = current[code]
        if before != answers:
            changed.append((row_id, record, answers))
            result.changes.append(Change(code, "changed", before[0], answers[0], _what_changed(before, answers)))
    # An answer keeps the rule set it was saved under; an older package says only which rule set its
    # unit worked under when it was made.
    sent_under = verified.manifest.rule_set or rule_set_in_force(context.today()).code
    _write_classifications(session, unit_id, [current[code][0] for code in removed], added, changed, sent_under)
    result.added, result.removed, result.changed = len(added), len(removed), len(changed)
    result.websites_changed = _replace_websites(session, unit_id, data.websites)
    if data.dossier_figures is not None:  # an older package carries none: the unit's figures stay as they are
        result.figures_changes = _replace_figures(session, unit_id, data.dossier_figures)
    session.flush()


CLASSIFICATIONS = cast(Table, models.Classification.__table__)
PROCEDURES = cast(Table, models.Procedure.__table__)
# The answers a submission carries per procedure, in this order (the form first, as the preview shows
# it): compared to make the diff, then written.
_COMPARED = ("form", "reason_code", "legal_provision", "note", "proactive_level", "status",
             "technical_description", "expected_fix_on", "portal_published_on", "portal_link")
_ANSWERS = (*_COMPARED, *CHECKLIST_KEYS)
_WRITTEN = (*_ANSWERS, "rule_set_code", "updated_at", "updated_by", "review_status", "review_comment")  # on import
_REQUIRED = ("form", "reason_code", "legal_provision", "note", "proactive_level", "status")
_required_of, _checklist_of = attrgetter(*_REQUIRED), attrgetter(*CHECKLIST_KEYS)


def _answers(record: Classification) -> tuple[Any, ...]:
    """A package record's answers, in the order of _ANSWERS (an older package has no Art. 14 details)."""
    details = (record.technical_description, _day(record.expected_fix_on), _day(record.portal_published_on),
               record.portal_link)
    return _required_of(record) + details + _checklist_of(record.checklist)


def _current_answers(session: Session, unit_id: int) -> dict[str, tuple[int, tuple[Any, ...]]]:
    """The unit's rows at the province: procedure code → (classification id, answers in the order of _ANSWERS)."""
    c = CLASSIFICATIONS.c
    rows = session.execute(select(PROCEDURES.c.code, c.id, *(c[name] for name in _ANSWERS))
                           .join_from(CLASSIFICATIONS, PROCEDURES, c.procedure_id == PROCEDURES.c.id)
                           .where(c.unit_id == unit_id))
    return {code: (row_id, tuple(answers)) for code, row_id, *answers in rows}


def _what_changed(before: tuple[Any, ...], after: tuple[Any, ...]) -> str:
    """The detail the preview shows: the fields whose answer changed, the checklist as one."""
    names = [name for name, old, new in zip(_COMPARED, before, after) if old != new]
    names += ["checklist"] if before[len(_COMPARED):] != after[len(_COMPARED):] else []
    return ", ".join(names)


def _write_classifications(session: Session, unit_id: int, removed: list[int],
                           added: list[tuple[Classification, tuple[Any, ...]]], changed: list[tuple[int, Classification, tuple[Any, ...]]],
                           rule_set_code: str) -> None:
    """Delete, update and insert, one executemany each; a new answer is reviewed afresh."""
    def written(record: Classification, answers: tuple[Any, ...]) -> tuple[Any, ...]:  # in the order of _WRITTEN
        return (*answers, record.rule_set_code or rule_set_code, datetime.fromisoformat(record.updated_at),
                "package", "", "")

    by_id = CLASSIFICATIONS.c.id == bindparam("row_id")
    executemany(session, delete(CLASSIFICATIONS).where(by_id), ("row_id",), [(row_id,) for row_id in removed])
    # A new answer is a new version: a reviewer's decision on what they read before it is refused.
    executemany(session, update(CLASSIFICATIONS).where(by_id).values(version=CLASSIFICATIONS.c.version + literal_column("1")),
                ("row_id", *_WRITTEN),
                 [(row_id, *written(record, answers)) for row_id, record, answers in changed])
    if added:
        procedure_ids = _procedure_ids(session, [record for record, _ in added])
        executemany(session, insert(CLASSIFICATIONS), ("unit_id", "procedure_id", *_WRITTEN),
                     [(unit_id, procedure_ids[record.code], *written(record, answers)) for record, answers in added])


def _procedure_ids(session: Session, records: list[Classification]) -> dict[str, int]:
    """The province's procedure id of each record's code; a code it does not know becomes a local procedure."""
    codes = [record.code for record in records]
    wanted = select(PROCEDURES.c.code, PROCEDURES.c.id)
    # A few codes are looked up; for many, reading every code is quicker than long IN lists.
    ids = dict(session.execute(wanted.where(PROCEDURES.c.code.in_(codes)) if len(codes) <= 500 else wanted).all())
    local = {record.code: _local_procedure(session, record) for record in records if record.code not in ids}
    if local:
        session.flush()
        ids.update({code: procedure.id for code, procedure in local.items()})
    return ids


def _replace_figures(session: Session, unit_id: int, records: list[Figures]) -> list[FiguresChange]:
    """The unit's quarters become exactly those of the package; each difference is reported."""
    existing = {row.period: row for row in session.scalars(
        select(models.DossierFigureSet).where(models.DossierFigureSet.unit_id == unit_id))}
    incoming = {r.period: r for r in records}
    changes = []
    for period in sorted(set(existing) | set(incoming)):
        row, record = existing.get(period), incoming.get(period)
        before = figures_of(row) if row is not None else None
        after = figures_in(record) if record is not None else None
        if record is None:
            changes.append(FiguresChange(period, "removed", before, None))
            session.delete(row)
            continue
        if row is None:
            changes.append(FiguresChange(period, "added", None, after))
            row = models.DossierFigureSet(unit_id=unit_id, period=period)
            session.add(row)
        elif before != after:
            changes.append(FiguresChange(period, "changed", before, after))
        else:
            continue
        row.received_total, row.received_online = record.received_total, record.received_online
        row.with_fees, row.paid_online = record.with_fees, record.paid_online
        for name in OPTIONAL_FIGURES:
            setattr(row, name, getattr(record, name))
        row.updated_at, row.updated_by = datetime.fromisoformat(record.updated_at), "package"
    return changes


def _local_procedure(session: Session, record: Classification) -> models.Procedure:
    """A code the province does not know: kept as the unit's local procedure (flagged by the checks)."""
    code = parse_procedure_code(record.code)
    procedure = models.Procedure(
        code=code.value, national_code=code.national, name=clean(record.name), name_folded=fold(record.name),
        origin="local", **{k: clean(v) for k, v in record.fields.items() if k in PROCEDURE_TEXT_FIELDS})
    known_levels = set(session.scalars(select(models.Level.code)))
    procedure.levels = [models.ProcedureLevel(level_code=c) for c in record.level_codes if c in known_levels]
    if record.sector:
        sector = session.scalars(select(models.Sector).where(models.Sector.name_folded == fold(record.sector))).first()
        procedure.sector = sector or models.Sector(name=clean(record.sector), name_folded=fold(record.sector))
    session.add(procedure)
    return procedure


def _replace_websites(session: Session, unit_id: int, websites: list[Website]) -> int:
    existing = list(session.scalars(select(models.Website).where(models.Website.unit_id == unit_id)))
    def key(site: tuple[Any, ...]) -> tuple[Any, ...]:  # None sorts before any value
        return tuple((value is not None, value) for value in site)

    before = sorted(((w.name, w.url, w.linked_from_portal, w.plan_status, w.target_date, w.ipv6, w.emc_connected_on)
                     for w in existing), key=key)
    after = sorted(((w.name, w.url, w.linked_from_portal, w.plan_status, _day(w.target_date), w.ipv6,
                     _day(w.emc_connected_on)) for w in websites), key=key)
    if before == after:
        return 0
    for site in existing:
        session.delete(site)
    for name, url, linked, plan, target, ipv6, emc in after:
        session.add(models.Website(unit_id=unit_id, name=name, url=url, linked_from_portal=linked, plan_status=plan,
                                   target_date=target, ipv6=ipv6, emc_connected_on=emc))
    return len(set(before) ^ set(after))
