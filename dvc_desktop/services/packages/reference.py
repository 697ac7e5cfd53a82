"""Applying the province's reference package at a unit: units, sectors, the catalogue, the round and
the procedures assigned to the unit; and a peek at one before any store exists (the first-run wizard)."""

from __future__ import annotations


import base64
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.rulesets import rule_set_in_force
from dvc_desktop.domain.text import fold
from dvc_desktop.package.records import as_plain
from dvc_desktop.package.acceptance import ReferenceData, accept_self_signed_reference
from dvc_desktop.package.container import PackageRejected, read_file
from dvc_desktop.package.minisign import MinisignPublicKey
from dvc_desktop.package.records import ProcedureRecord, Province, SectorRecord, UnitRecord
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected
from dvc_desktop.services.keys import trust_key
from dvc_desktop.services.rounds import announce_round
from dvc_desktop.services.settings import (
    Identity, put_deadline, put_identity, put_setting,
)
from dvc_desktop.services.workspace import PROCEDURE_TEXT_FIELDS
from dvc_desktop.store import models
from dvc_desktop.services.packages.common import ImportResult, Verified, _now, _t
from dvc_desktop.services.packages.submission import CLASSIFICATIONS, PROCEDURES


def _apply_reference(context: ServiceContext, session: Session, identity: Identity, verified: Verified,
                     result: ImportResult) -> None:
    """Take the province's units, sectors, catalogue, rules and deadline; pin its key on first contact."""
    data = verified.accepted.data
    assert isinstance(data, ReferenceData)  # APPLY is chosen by the manifest's kind
    province = data.province
    if province.code != identity.province_code:
        raise PackageRejected("wrong_recipient", _t("Gói tham chiếu của tỉnh {code}, không phải {me}.",
                                                    code=province.code, me=identity.province_code))
    for level in data.levels:
        row = session.get(models.Level, level.code) or models.Level(code=level.code)
        row.name, row.aliases, row.sort_order = level.name, list(level.aliases), level.sort_order
        row.active_from = date.fromisoformat(level.active_from) if level.active_from else None
        row.active_to = date.fromisoformat(level.active_to) if level.active_to else None
        session.merge(row)
    session.flush()
    _apply_units(session, data.units)
    sectors = _apply_sectors(session, data.sectors)
    existing = {p.code: p for p in session.scalars(select(models.Procedure).options(selectinload(models.Procedure.levels)))}
    for record in data.procedures:
        procedure = existing.get(record.code)
        if procedure is None:
            code = parse_procedure_code(record.code)
            procedure = models.Procedure(code=code.value, national_code=code.national, origin="reference")
            session.add(procedure)
            result.added += 1
        elif procedure.name != record.name or procedure.reference_form != record.reference_form:
            result.changed += 1
        procedure.name, procedure.name_folded = record.name, fold(record.name)
        procedure.sector = sectors.get(fold(record.sector)) if record.sector else None
        procedure.reference_form, procedure.legacy_level = record.reference_form, record.legacy_level
        for key, value in record.fields.items():
            if key in PROCEDURE_TEXT_FIELDS:
                setattr(procedure, key, value)
        if sorted(lv.level_code for lv in procedure.levels) != sorted(record.level_codes):
            procedure.levels = [models.ProcedureLevel(level_code=c) for c in record.level_codes]
    _take_assigned(context, session, identity, data.procedures, result)
    rules = data.rules
    put_deadline(session, date.fromisoformat(rules.deadline) if rules.deadline else None)
    if rules.round is not None:
        announce_round(session, as_plain(rules.round))
    else:
        put_setting(session, "round", None)
    put_identity(session, Identity(identity.role, identity.unit_code, identity.unit_name, identity.province_code,
                                   province.name, province.domain))
    if verified.key is None and verified.opened.key_id is not None:  # first contact: the fingerprint was confirmed
        trust_key(session, result.sender, MinisignPublicKey(
            verified.opened.key_id, base64.b64decode(province.public_key)), context.actor)
    session.flush()


def _apply_units(session: Session, units: list[UnitRecord]) -> None:
    rows = {u.code: u for u in session.scalars(select(models.Unit))}
    for unit in units:
        row = rows.get(unit.code) or models.Unit(code=unit.code)
        row.name, row.name_folded, row.kind, row.level_code = unit.name, fold(unit.name), unit.kind, unit.level_code
        row.state = unit.state
        rows[unit.code] = row
        session.add(row)
    for unit in units:
        rows[unit.code].parent = rows.get(unit.parent_code) if unit.parent_code else None
        rows[unit.code].replaced_by = rows.get(unit.replaced_by or "")
    session.flush()


def _take_assigned(context: ServiceContext, session: Session, identity: Identity, procedures: list[ProcedureRecord],
                   result: ImportResult) -> None:
    """The procedures the province assigns to this unit join its own list, unclassified: a clerk
    starts from the unit's list, not from the whole catalogue. Procedures already there are kept."""
    wanted = [record.code for record in procedures if identity.unit_code in record.units]
    if not wanted:
        return
    unit = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()
    ids = dict(session.execute(select(PROCEDURES.c.code, PROCEDURES.c.id)).all())
    have = set(session.scalars(select(models.Classification.procedure_id)
                               .where(models.Classification.unit_id == unit.id)))
    rules = rule_set_in_force(context.today()).code
    new = [ids[code] for code in wanted if code in ids and ids[code] not in have]
    if new:
        session.execute(insert(CLASSIFICATIONS), [
            {"unit_id": unit.id, "procedure_id": procedure_id, "status": "draft", "rule_set_code": rules,
             "reason_code": "", "legal_provision": "", "note": "", "updated_at": _now(), "updated_by": "reference",
             "review_status": "", "review_comment": ""} for procedure_id in new])
    result.assigned = len(new)


def _apply_sectors(session: Session, sectors: list[SectorRecord]) -> dict[str, models.Sector]:
    known = {s.name_folded: s for s in session.scalars(select(models.Sector))}
    for sector in sectors:
        key = fold(sector.name)
        row = known.get(key) or models.Sector(name=sector.name, name_folded=key)
        row.code, row.ministry_code = sector.code, sector.ministry_code
        known[key] = row
        session.add(row)
    session.flush()
    return known


@dataclass(frozen=True)
class ReferencePeek:
    """What a first-run wizard shows from a reference package before any store exists."""

    fingerprint: str
    province: Province
    units: list[UnitRecord]


def peek_reference(path: Path) -> ReferencePeek:
    """Read a reference package without a store: checked like an import, signed by the key it carries.

    Trust comes from the user comparing the fingerprint; the import that follows checks it again.
    """
    try:
        accepted = accept_self_signed_reference(read_file(path))
    except PackageRejected as error:
        raise InputRejected(str(error)) from error
    data = accepted.data
    assert isinstance(data, ReferenceData)
    return ReferencePeek(accepted.signer_fingerprint, data.province, list(data.units))
