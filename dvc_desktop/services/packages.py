"""Signed packages: export (submission, reference, receipt), verify, import with a preview.

Every refusal is an `InputRejected` whose text names the reason in Vietnamese; an import is one
transaction, so a refused or interrupted import changes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Callable

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.dml import UpdateBase

from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.indicators import OPTIONAL_FIGURES, DossierFigures, figures_issues, parse_quarter
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, rule_set_in_force
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.atomic_files import atomic_write
from dvc_desktop.i18n import translate
from dvc_desktop.package import keys as keyfiles
from dvc_desktop.package.container import (
    Opened, PackageRejected, Payload, build_container, build_payload, load_json, open_container,
    read_file, read_payload, verify_signature,
)
from dvc_desktop.package.minisign import MinisignPublicKey, sign
from dvc_desktop.package.schema import KIND_FILES, check, check_manifest
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.assignment import assigned_units
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.dossier_figures import figures_of
from dvc_desktop.services.errors import InputRejected, InvalidRequest, prepare_output, writing_output
from dvc_desktop.services.keys import key_id_hex, keys_dir, stored_public_key, trust_key
from dvc_desktop.services.rounds import announce_round, current_round
from dvc_desktop.services.settings import (
    Identity, Role, get_deadline, get_setting, iso_utc, put_deadline, put_identity, put_setting, require_identity,
)
from dvc_desktop.services.workspace import PROCEDURE_TEXT_FIELDS
from dvc_desktop.store import audit, models
from dvc_desktop.store.database import after_commit
from dvc_desktop.store.migrate import head_revision

FORMAT = "dvc-package"
FORMAT_VERSION = 1
# Files a kind may carry besides KIND_FILES: a submission from before the indicators has no figures.
OPTIONAL_FILES = {"submission": ("dossier_figures",)}


def _t(text: str, **params: object) -> str:
    return translate("package", text, **params)


def kind_label(kind: str) -> str:
    return {"submission": _t("gửi tỉnh"), "reference": _t("tham chiếu"), "receipt": _t("biên nhận")}.get(kind, kind)


def _now() -> datetime:
    return datetime.now(timezone.utc)


# ================================================================ export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    records: int
    size: int
    key_id: str
    announced_key: str | None


def _sign_and_write(context: ServiceContext, session: Session, identity: Identity, kind: str, recipient: str,
                    files: dict[str, object], out: Path, passphrase: str, records: int) -> ExportResult:
    """Number, sign and write one package; the sequence is committed with the caller's transaction."""
    prepare_output(context, out)
    context.db.check_integrity()  # what leaves the office comes from a sound store
    directory = keys_dir(context)
    current = stored_public_key(directory)
    if current is None:
        raise InvalidRequest(_t("Chưa có khóa ký: chạy `dvc-desktop keys generate` trước khi xuất gói."))
    finished = _finish_interrupted_rotation(session, directory)
    if finished is not None:
        current = stored_public_key(directory) or current
    try:
        private = keyfiles.unlock(directory, passphrase)
    except keyfiles.SigningKeyError as error:
        if finished is not None and not isinstance(error, keyfiles.DamagedKeyError):
            raise InvalidRequest(_t(
                "Gói số {sequence} (tệp {file}) đã thông báo khóa mới cho tỉnh nhưng việc xuất bị ngắt trước khi "
                "chuyển khóa; nay khóa mới đã được dùng: hãy nhập mật khẩu của khóa mới.",
                sequence=finished["sequence"], file=finished["file"])) from error
        raise InvalidRequest(str(error)) from error
    sequence = int(get_setting(session, f"sequence.{kind}", 0)) + 1
    encoded = {f"{name}.json": json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
               for name, value in files.items()}
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
        "sender": {"unit_code": identity.unit_code, "unit_name": identity.unit_name},
        "recipient": recipient, "sequence": sequence,
        "created_at": _now().isoformat(timespec="seconds"),
        "schema_version": head_revision(), "rule_set": rule_set_in_force(context.today()).code,
        "key_id": current.key_id_hex,
        "files": [{"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for name, data in sorted(encoded.items())],
    }
    pending = stored_public_key(directory, keyfiles.NEXT_PREFIX)
    if pending is not None:  # a rotation: the old key vouches for the new one
        manifest["next_key"] = {"key_id": pending.key_id_hex,
                                "public_key": base64.b64encode(pending.public_key).decode()}
    payload = build_payload(manifest, encoded)
    comment = (f"dvc-desktop {kind} sender:{identity.unit_code} recipient:{recipient} sequence:{sequence} "
               f"sha256:{hashlib.sha256(payload).hexdigest()}")
    container = build_container(payload, sign(private, current.key_id, payload, comment))
    # Reserve the number, record and audit in the caller's transaction; the file and the key
    # rotation follow its commit. A write that fails after the commit leaves a gap in the
    # sequence, which the province accepts; a commit that fails leaves no file and no new key.
    put_setting(session, f"sequence.{kind}", sequence)
    put_setting(session, f"last_export.{kind}", {"sequence": sequence, "at": manifest["created_at"], "file": out.name,
                                           "records": records, "path": str(out.resolve()),
                                           "sha256": hashlib.sha256(container).hexdigest(),
                                           "announced_key": pending.key_id_hex if pending else None})
    audit.record(session, context.actor, f"package.export.{kind}", "package", f"{identity.unit_code}/{sequence}",
                 file=out.name, sha256=hashlib.sha256(container).hexdigest(), records=records)

    def write_and_rotate() -> None:
        with writing_output(out):
            atomic_write(out, container)
        if pending is not None:
            keyfiles.promote_next(directory)

    after_commit(session, write_and_rotate)
    return ExportResult(out, kind, sequence, records, len(container), current.key_id_hex,
                        pending.key_id_hex if pending else None)


def _finish_interrupted_rotation(session: Session, directory: Path) -> dict | None:
    """A package announcing the waiting key was committed and written whole, but the process ended
    before the key was promoted: the province may already trust the new key and refuse the old one, so
    the rotation is completed now, before anything else is signed. Returns that export's record. When
    the file was never written, the old key signs again and announces the same new key."""
    pending = stored_public_key(directory, keyfiles.NEXT_PREFIX)
    if pending is None:
        return None
    for kind in KIND_FILES:
        last = get_setting(session, f"last_export.{kind}", None)
        if not isinstance(last, dict) or last.get("announced_key") != pending.key_id_hex or not last.get("path"):
            continue
        written = Path(last["path"])
        try:
            whole = written.is_file() and hashlib.sha256(written.read_bytes()).hexdigest() == last.get("sha256")
        except OSError:
            whole = False
        if whole:
            logging.getLogger(__name__).warning("completing the key rotation announced by %s", written)
            keyfiles.promote_next(directory)
            return last
    return None


def _require_role(identity: Identity, role: Role, action: str) -> None:
    if identity.role != role:
        raise InvalidRequest(_t("Thao tác «{action}» chỉ dành cho vai trò {role}.", action=action, role=role.value))


def submission_snapshot(session: Session, unit: models.Unit) -> dict[str, object]:
    rows = session.scalars(
        select(models.Classification).where(models.Classification.unit_id == unit.id)
        .options(selectinload(models.Classification.procedure).selectinload(models.Procedure.levels),
                 selectinload(models.Classification.procedure).selectinload(models.Procedure.sector))
    ).all()
    classifications = []
    for row in sorted(rows, key=lambda r: r.procedure.code):
        procedure = row.procedure
        record = {
            "code": procedure.code, "name": procedure.name, "origin": procedure.origin,
            "sector": procedure.sector.name if procedure.sector else "",
            "level_codes": sorted(lv.level_code for lv in procedure.levels),
            "checklist": {key: getattr(row, key) for key in CHECKLIST_KEYS},
            "form": row.form, "reason_code": row.reason_code, "legal_provision": row.legal_provision,
            "note": row.note, "proactive_level": row.proactive_level, "status": row.status,
            "updated_at": iso_utc(row.updated_at),
            # Decree 224 Art. 14 details, and the rule set the answer was saved under (its words, its checks).
            "rule_set_code": row.rule_set_code, "technical_description": row.technical_description,
            "expected_fix_on": _iso_day(row.expected_fix_on), "portal_published_on": _iso_day(row.portal_published_on),
            "portal_link": row.portal_link,
        }
        if procedure.origin == "local":
            record["fields"] = {k: getattr(procedure, k) or "" for k in PROCEDURE_TEXT_FIELDS}
        classifications.append(record)
    sites = session.scalars(select(models.Website).where(models.Website.unit_id == unit.id).order_by(models.Website.id))
    websites = [{"name": s.name, "url": s.url, "linked_from_portal": s.linked_from_portal,
                 "plan_status": s.plan_status, "target_date": s.target_date.isoformat() if s.target_date else None,
                 "ipv6": s.ipv6, "emc_connected_on": _iso_day(s.emc_connected_on)}
                for s in sites]
    figures = [{"period": f.period, "received_total": f.received_total, "received_online": f.received_online,
                "with_fees": f.with_fees, "paid_online": f.paid_online, "updated_at": iso_utc(f.updated_at),
                **{name: getattr(f, name) for name in OPTIONAL_FIGURES}}
               for f in session.scalars(select(models.DossierFigureSet)
                                        .where(models.DossierFigureSet.unit_id == unit.id)
                                        .order_by(models.DossierFigureSet.period))]
    return {"classifications": classifications, "websites": websites, "dossier_figures": figures}


@dataclass(frozen=True)
class ExportOutlook:
    """What the next submission would be, asked before any file or passphrase: its number, the default
    file name (never the last one's), and whether there is a key to sign it."""

    sequence: int
    unit_code: str
    has_key: bool
    file_name: str


def export_outlook(context: ServiceContext) -> ExportOutlook:
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.DEPARTMENT, "package export")
        sequence = int(get_setting(session, "sequence.submission", 0)) + 1
    name = f"goi-{identity.unit_code}-so-{sequence}-{context.today().isoformat()}.dvcpkg"
    return ExportOutlook(sequence, identity.unit_code, stored_public_key(keys_dir(context)) is not None, name)


def export_submission(context: ServiceContext, out: Path, passphrase: str) -> ExportResult:
    """A unit's full snapshot (classifications and websites) for the province, with the next sequence."""
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.DEPARTMENT, "package export")
        unit = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()
        files = submission_snapshot(session, unit)
        return _sign_and_write(context, session, identity, "submission", identity.province_code, files, out,
                               passphrase, len(files["classifications"]))  # type: ignore[arg-type]


def reference_snapshot(context: ServiceContext, session: Session, identity: Identity) -> dict[str, object]:
    current = stored_public_key(keys_dir(context))
    levels = [{"code": lv.code, "name": lv.name, "aliases": list(lv.aliases or []), "sort_order": lv.sort_order,
               "active_from": lv.active_from.isoformat() if lv.active_from else None,
               "active_to": lv.active_to.isoformat() if lv.active_to else None}
              for lv in session.scalars(select(models.Level).order_by(models.Level.sort_order))]
    units = [{"code": u.code, "name": u.name, "kind": u.kind, "level_code": u.level_code,
              "parent_code": u.parent.code if u.parent else None, "state": u.state,
              "replaced_by": u.replaced_by.code if u.replaced_by else None}
             for u in session.scalars(select(models.Unit).order_by(models.Unit.id))]
    handled_by = assigned_units(session)
    sectors = [{"name": s.name, "code": s.code, "ministry_code": s.ministry_code}
               for s in session.scalars(select(models.Sector).order_by(models.Sector.id))]
    procedures = [
        {"code": p.code, "name": p.name, "sector": p.sector.name if p.sector else "",
         "level_codes": sorted(lv.level_code for lv in p.levels),
         "fields": {k: getattr(p, k) or "" for k in PROCEDURE_TEXT_FIELDS},
         "reference_form": p.reference_form, "legacy_level": p.legacy_level, "units": handled_by.get(p.id, [])}
        for p in session.scalars(select(models.Procedure).where(models.Procedure.origin == "reference")
                                 .options(selectinload(models.Procedure.levels), selectinload(models.Procedure.sector))
                                 .order_by(models.Procedure.code))
    ]
    deadline = get_deadline(session)
    in_round = current_round(session)
    announced = None if in_round is None or in_round.state != "open" else {
        "name": in_round.name, "basis": in_round.basis, "opened_on": in_round.opened_on.isoformat(),
        "deadline": in_round.deadline.isoformat()}
    return {
        "province": {"code": identity.province_code, "name": identity.province_name,
                     "domain": identity.province_domain,
                     "public_key": base64.b64encode(current.public_key).decode() if current else ""},
        "levels": levels, "units": units, "sectors": sectors, "procedures": procedures,
        "rules": {"rule_set": rule_set_in_force(context.today()).code,
                  "deadline": deadline.isoformat() if deadline else None, "round": announced},
    }


def export_reference(context: ServiceContext, out: Path, passphrase: str) -> ExportResult:
    """Units, sectors, the catalogue, the rule set and the deadline, for every unit of the province."""
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.PROVINCE, "reference export")
        files = reference_snapshot(context, session, identity)
        return _sign_and_write(context, session, identity, "reference", identity.province_code, files, out,
                               passphrase, len(files["procedures"]))  # type: ignore[arg-type]


def export_receipt(context: ServiceContext, unit_code: str, out: Path, passphrase: str) -> ExportResult:
    """What the province accepted from a unit, with its review comments, signed for that unit."""
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.PROVINCE, "receipt export")
        last = session.scalars(select(models.PackageImport).where(
            models.PackageImport.sender_code == unit_code, models.PackageImport.kind == "submission")
            .order_by(models.PackageImport.sequence.desc())).first()
        if last is None:
            raise InvalidRequest(_t("Chưa nhận gói nào của đơn vị {code}.", code=unit_code))
        unit = session.scalars(select(models.Unit).where(models.Unit.code == unit_code)).one()
        reviewed = session.execute(
            select(models.Procedure.code, models.Classification.review_status, models.Classification.review_comment)
            .join(models.Classification, models.Classification.procedure_id == models.Procedure.id)
            .where(models.Classification.unit_id == unit.id, models.Classification.review_status != "")
            .order_by(models.Procedure.code)).all()
        count = session.scalar(select(func.count()).select_from(models.Classification)
                               .where(models.Classification.unit_id == unit.id)) or 0
        receipt = {"unit_code": unit_code, "accepted_sequence": last.sequence,
                   "accepted_at": iso_utc(last.imported_at), "procedures": count,
                   "comments": [{"code": c, "status": s, "comment": m} for c, s, m in reviewed]}
        return _sign_and_write(context, session, identity, "receipt", unit_code, {"receipt": receipt}, out,
                               passphrase, len(reviewed))


def last_exports(context: ServiceContext) -> dict[str, dict]:
    with context.transaction() as session:
        return {kind: value for kind in KIND_FILES
                if isinstance(value := get_setting(session, f"last_export.{kind}"), dict)}


# ================================================================ reading and checking


@dataclass
class Change:
    code: str
    change: str  # added | removed | changed
    before: str | None  # form before
    after: str | None  # form after
    detail: str = ""


@dataclass(frozen=True)
class FiguresChange:
    """A quarter of dossier figures that a submission adds, removes or changes at the province."""

    period: str
    change: str  # added | removed | changed
    before: DossierFigures | None
    after: DossierFigures | None


@dataclass
class ImportResult:
    file: str
    status: str  # imported | already_imported | rejected | would_import
    reason: str = ""
    code: str = ""  # stable rejection key
    fingerprint: str = ""  # with code "unconfirmed_key": the key the user is asked to confirm
    kind: str = ""
    sender: str = ""
    sender_name: str = ""
    sequence: int | None = None
    procedures: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    websites_changed: int = 0
    assigned: int = 0  # a reference package: procedures added to the unit's own list
    changes: list[Change] = field(default_factory=list)
    figures_changes: list[FiguresChange] = field(default_factory=list)  # the unit's dossier figures, per quarter
    sha256: str = ""  # of the bytes this result speaks of: the apply takes exactly what was previewed

    @property
    def figures_changed(self) -> int:
        return len(self.figures_changes)

    def to_json(self) -> dict:
        """The documented `package import --json` result (docs/cli.md)."""
        data = {key: getattr(self, key) for key in ("file", "status", "reason", "kind", "sender", "sequence",
                                                    "procedures", "added", "removed", "changed", "websites_changed",
                                                    "figures_changed")}
        if self.kind == "reference":
            data["assigned"] = self.assigned
        data["reason_code"] = self.code
        if self.fingerprint:
            data["fingerprint"] = self.fingerprint
        return data


@dataclass(frozen=True)
class Verified:
    opened: Opened
    payload: Payload
    data: dict[str, object]
    key: models.TrustedKey | None
    signer_fingerprint: str


# A procedure code in its normalised form, ASCII digits only (domain/codes.py: national, case or local):
# such a code parses to itself. Anything else goes through parse_procedure_code, which explains the refusal.
_CANONICAL_CODE = re.compile(r"[0-9]\.[0-9]{6}(\.[0-9]{2}|\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})?")


def _check_data(payload: Payload) -> dict[str, object]:
    manifest = payload.manifest
    kind = manifest["kind"]
    expected = {f"{name}.json" for name in KIND_FILES[kind]}
    optional = {f"{name}.json" for name in OPTIONAL_FILES.get(kind, ())}
    if not expected <= set(payload.files) <= expected | optional:
        raise PackageRejected("wrong_files", _t("Gói loại {kind} phải gồm đúng các tệp: {names}.", kind=kind_label(kind),
                                                names=", ".join(sorted(expected))))
    data = {name: load_json(payload.files, f"{name}.json") for name in (*KIND_FILES[kind], *OPTIONAL_FILES.get(kind, ()))
            if f"{name}.json" in payload.files}
    check(kind, data if kind != "receipt" else data["receipt"], _t("Dữ liệu gói"))
    if "dossier_figures" in data:
        _check_figures(data["dossier_figures"])  # type: ignore[arg-type]
    codes = [r["code"] for r in data.get("classifications", [])] + [p["code"] for p in data.get("procedures", [])]
    codes += [c["code"] for c in data["receipt"]["comments"]] if kind == "receipt" else []
    if kind == "reference":
        _check_unit_tree(data["units"])  # type: ignore[arg-type]
    if len(set(codes)) != len(codes):
        repeated = sorted(code for code, n in Counter(codes).items() if n > 1)[:5]
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: mã lặp lại {codes}.", codes=", ".join(repeated)))
    unknown = sorted({r["reason_code"] for r in data.get("classifications", [])  # type: ignore[union-attr]
                      if r.get("reason_code") and r["reason_code"] not in _known_reasons()})
    if unknown:  # it would be published verbatim, a code no rule set explains
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: lý do không có trong bộ quy tắc nào: {codes}.",
                                           codes=", ".join(unknown[:5])))
    next_key = manifest.get("next_key")
    if next_key and next_key["key_id"] == manifest["key_id"]:
        raise PackageRejected("schema", _t("Manifest thông báo khóa mới trùng với khóa đang ký gói."))
    for code in codes:
        if isinstance(code, str) and _CANONICAL_CODE.fullmatch(code):
            continue  # what the program writes: parsing it again would change nothing
        try:
            parsed = parse_procedure_code(code)
        except DomainError as error:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error
        if parsed.value != code:  # packages are written by the program: codes are already normalised
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: mã «{code}» không ở dạng chuẩn.",
                                               code=code))
    return data


@lru_cache(maxsize=1)
def _known_reasons() -> frozenset[str]:
    """Every reason code of the bundled rule sets (a package from before a change of law keeps its own)."""
    from dvc_desktop.domain.rulesets import bundled_rule_sets

    return frozenset(reason.code for rules in bundled_rule_sets() for reason in rules.reasons)


def _check_figures(records: list[dict]) -> None:
    """The rules a clerk's entry meets (domain/indicators.py), again: the package may be forged."""
    periods = [r["period"] for r in records]
    if len(set(periods)) != len(periods):
        repeated = sorted(p for p, n in Counter(periods).items() if n > 1)
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: kỳ báo cáo lặp lại {periods}.",
                                           periods=", ".join(repeated)))
    for record in records:
        try:
            parse_quarter(record["period"])
        except DomainError as error:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error
        issues = figures_issues(_figures(record))
        if issues:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: kỳ {period}: {error}",
                                               period=record["period"], error=issues[0].message))


def _figures(record: dict) -> DossierFigures:
    """An older package carries only the four required figures; the optional ones are then not entered."""
    return DossierFigures(record["received_total"], record["received_online"], record["with_fees"],
                          record["paid_online"], **{name: record.get(name) for name in OPTIONAL_FIGURES})


def _iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None  # the schema checked the format


def _check_unit_tree(units: list[dict]) -> None:
    """One root, parents that exist, no cycles: the same rules as the domain's unit tree."""
    from dvc_desktop.domain.units import Unit, UnitKind, UnitTree

    try:
        UnitTree.build(Unit(u["code"], u["name"], UnitKind(u["kind"]), u["level_code"], u["parent_code"]) for u in units)
    except DomainError as error:
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error


def _trusted(session: Session, key_id: str) -> models.TrustedKey | None:
    return session.scalars(select(models.TrustedKey).where(models.TrustedKey.key_id == key_id)).one_or_none()


def _verify(session: Session, data: bytes, expected_fingerprint: str | None = None) -> Verified:
    opened = open_container(data)
    key_id = key_id_hex(opened.key_id)
    row = _trusted(session, key_id)
    if row is None:
        key = _first_contact_key(opened, key_id, expected_fingerprint)
    else:
        if row.revoked_at is not None:
            raise PackageRejected("revoked_key", _t("Khóa ký {key} của đơn vị {unit} đã bị thu hồi.",
                                                    key=key_id, unit=row.unit_code))
        if row.replaced_at is not None:
            raise PackageRejected("replaced_key", _t(
                "Khóa ký {key} của đơn vị {unit} đã được thay bằng khóa mới; gói ký bằng khóa cũ không được nhận.",
                key=key_id, unit=row.unit_code))
        key = MinisignPublicKey(opened.key_id, base64.b64decode(row.public_key))
    verify_signature(opened, key)
    payload = read_payload(opened.payload, check_manifest=check_manifest)
    if payload.manifest["key_id"] != key_id:
        raise PackageRejected("tampered", _t("Manifest ghi khóa khác với khóa đã ký gói."))
    if row is not None and payload.manifest["sender"]["unit_code"] != row.unit_code:
        raise PackageRejected("key_mismatch", _t(
            "Gói ghi đơn vị gửi {sender} nhưng được ký bằng khóa của đơn vị {unit}.",
            sender=payload.manifest["sender"]["unit_code"], unit=row.unit_code))
    return Verified(opened, payload, _check_data(payload), row, keyfiles.fingerprint_of(key.key_id, key.public_key))


def _first_contact_key(opened: Opened, key_id: str, expected: str | None) -> MinisignPublicKey:
    """A reference package may bring the province's key the first time, checked by its fingerprint."""
    unsigned = read_payload(opened.payload, check_manifest=check_manifest)  # hostile-safe, not yet trusted
    if unsigned.manifest["kind"] != "reference" or "province.json" not in unsigned.files:
        claimed = unsigned.manifest["sender"]["unit_code"]
        raise PackageRejected("unknown_signer", _t("Gói được ký bằng khóa {key} chưa được tin cậy (gói ghi đơn vị gửi "
                                                   "{unit}).", key=key_id, unit=claimed), claimed_sender=claimed)
    province = load_json(unsigned.files, "province.json")
    try:
        raw = base64.b64decode(province["public_key"], validate=True)  # type: ignore[index]
        key = MinisignPublicKey(opened.key_id, raw)
        shown = keyfiles.fingerprint_of(key.key_id, key.public_key)
    except (TypeError, KeyError, ValueError) as error:
        raise PackageRejected("unknown_signer", _t("Gói được ký bằng khóa {key} chưa được tin cậy.",
                                                   key=key_id)) from error
    if expected is None:
        raise PackageRejected("unconfirmed_key", _t(
            "Khóa của tỉnh chưa được tin cậy. Dấu vân tay của khóa ký gói này: {fp}. Đối chiếu với dấu vân tay "
            "do Văn phòng UBND tỉnh cung cấp rồi xác nhận.", fp=shown), fingerprint=shown)
    if fold(expected).replace(" ", "") != fold(shown).replace(" ", ""):
        raise PackageRejected("fingerprint_mismatch", _t(
            "Dấu vân tay không khớp: gói được ký bằng khóa {fp}, khác với dấu vân tay đã cung cấp.", fp=shown))
    return key


def verify_package(context: ServiceContext, path: Path, expected_fingerprint: str | None = None) -> dict:
    """`package verify --json`: checks everything an import checks except the replay rules; changes nothing."""
    result: dict[str, object] = {"valid": False, "reason": "", "kind": None, "sender": None, "recipient": None,
                                 "sequence": None, "procedures": 0, "file": path.name}
    try:
        data = read_file(path)
        with context.transaction() as session:
            verified = _verify(session, data, expected_fingerprint)
    except PackageRejected as error:
        result.update(reason=str(error), reason_code=error.code)
        return result
    manifest = verified.payload.manifest
    result.update(valid=True, kind=manifest["kind"], sender=manifest["sender"]["unit_code"],
                  recipient=manifest["recipient"], sequence=manifest["sequence"],
                  procedures=_count(verified), key_id=manifest["key_id"], fingerprint=verified.signer_fingerprint,
                  created_at=manifest["created_at"])
    return result


def _count(verified: Verified) -> int:
    data = verified.data
    if "classifications" in data:
        return len(data["classifications"])  # type: ignore[arg-type]
    if "procedures" in data:
        return len(data["procedures"])  # type: ignore[arg-type]
    return int(data["receipt"]["procedures"])  # type: ignore[index]


# ================================================================ import


def import_packages(context: ServiceContext, paths: list[Path], dry_run: bool = False,
                    expected_fingerprint: str | None = None, progress: Progress = no_progress,
                    only_kind: str | None = None, previewed: dict[str, str] | None = None) -> list[ImportResult]:
    """Import each file in its own transaction; one summary line per file, in the order given.

    A dry run (the preview) takes the files in one transaction that is rolled back at the end, each
    file in a savepoint, so the preview of a batch says what importing the batch would do (a second
    package from the same unit is then seen after the first). `previewed` maps a path to the SHA-256
    its preview read: a file changed since is refused, so what is applied is what the user saw.
    """
    results = []
    if dry_run:
        with context.transaction() as session:
            for index, path in enumerate(paths):
                progress(index, len(paths))
                results.append(_import_file(context, path, expected_fingerprint, only_kind, session))
            session.rollback()
        for result in results:
            if result.status == "imported":
                result.status = "would_import"
    else:
        for index, path in enumerate(paths):
            progress(index, len(paths))
            results.append(_import_file(context, path, expected_fingerprint, only_kind,
                                        previewed=(previewed or {}).get(str(path))))
    progress(len(paths), len(paths))
    return results


def import_one(context: ServiceContext, path: Path, dry_run: bool = False,
               expected_fingerprint: str | None = None, only_kind: str | None = None) -> ImportResult:
    return import_packages(context, [path], dry_run, expected_fingerprint, only_kind=only_kind)[0]


def _import_file(context: ServiceContext, path: Path, expected_fingerprint: str | None, only_kind: str | None,
                 preview: Session | None = None, previewed: str | None = None) -> ImportResult:
    """One file: in its own transaction, or in a savepoint of the preview's transaction."""
    result = ImportResult(file=path.name, status="rejected")
    try:
        data = read_file(path)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if previewed is not None and previewed != result.sha256:
            raise PackageRejected("changed_since_preview", _t(
                "Tệp {file} đã thay đổi sau khi xem trước; không nhập. Hãy xem trước lại.", file=path.name))
        if preview is None:
            with context.transaction() as session:
                _import_into(context, session, data, path, expected_fingerprint, only_kind, result)
        else:
            with preview.begin_nested():
                _import_into(context, preview, data, path, expected_fingerprint, only_kind, result)
    except PackageRejected as error:
        result.status = "rejected"
        result.reason, result.code, result.fingerprint = str(error), error.code, error.fingerprint
        result.sender = result.sender or error.claimed_sender
        if result.sender and not result.sender_name:
            # The name this office registered for the claimed code: never the unverified file's word.
            result.sender_name = _registered_name(context, preview, result.sender)
    return result


def _registered_name(context: ServiceContext, preview: Session | None, unit_code: str) -> str:
    query = select(models.Unit.name).where(models.Unit.code == unit_code)
    if preview is not None:
        return preview.scalar(query) or ""
    with context.transaction() as session:
        return session.scalar(query) or ""


def _import_into(context: ServiceContext, session: Session, data: bytes, path: Path,
                 expected_fingerprint: str | None, only_kind: str | None, result: ImportResult) -> None:
    identity = require_identity(session)
    if session.scalars(select(models.PackageImport)
                       .where(models.PackageImport.sha256 == hashlib.sha256(data).hexdigest())).first():
        # The very bytes already accepted: nothing to check again, nothing changes.
        result.status = "already_imported"
        result.reason = _t("Gói này đã được nhập trước đây; không có gì thay đổi.")
        return
    verified = _verify(session, data, expected_fingerprint)
    manifest = verified.payload.manifest
    result.kind, result.sequence = manifest["kind"], manifest["sequence"]
    result.sender, result.sender_name = manifest["sender"]["unit_code"], manifest["sender"]["unit_name"]
    result.procedures = _count(verified)
    _check_addressing(identity, manifest, only_kind)
    _check_sequence(session, manifest)
    APPLY[manifest["kind"]](context, session, identity, verified, result)
    _record(context, session, verified, path, result)
    result.status = "imported"


def import_reference_in(context: ServiceContext, session: Session, path: Path, expected_fingerprint: str | None
                        ) -> ImportResult:
    """The province's reference package imported inside the caller's transaction (the first-run set-up,
    which commits the identity, the key and the reference together); a refusal is an InputRejected."""
    result = ImportResult(file=path.name, status="rejected")
    try:
        _import_into(context, session, read_file(path), path, expected_fingerprint, "reference", result)
    except PackageRejected as error:
        raise InputRejected(str(error)) from error
    return result


def _check_addressing(identity: Identity, manifest: dict, only_kind: str | None) -> None:
    kind = manifest["kind"]
    accepted = {Role.PROVINCE: ("submission",), Role.DEPARTMENT: ("reference", "receipt")}[identity.role]
    if kind not in accepted or (only_kind and kind != only_kind):
        raise PackageRejected("wrong_kind", _t("Gói loại «{kind}» không nhập được ở đây (vai trò {role}).",
                                               kind=kind_label(kind), role=identity.role.value))
    expected = identity.unit_code if kind == "receipt" else identity.province_code
    if manifest["recipient"] != expected:
        raise PackageRejected("wrong_recipient", _t("Gói gửi cho {recipient}, không phải cho {me}.",
                                                    recipient=manifest["recipient"], me=expected))


def _check_sequence(session: Session, manifest: dict) -> None:
    last = session.scalar(select(func.max(models.PackageImport.sequence)).where(
        models.PackageImport.sender_code == manifest["sender"]["unit_code"],
        models.PackageImport.kind == manifest["kind"]))
    if last is not None and manifest["sequence"] <= last:
        raise PackageRejected("replay", _t(
            "Gói số {sequence} cũ hơn hoặc trùng số với gói số {last} đã nhận từ {unit}: từ chối (phát lại).",
            sequence=manifest["sequence"], last=last, unit=manifest["sender"]["unit_code"]))


def _record(context: ServiceContext, session: Session, verified: Verified, path: Path, result: ImportResult) -> None:
    manifest = verified.payload.manifest
    session.add(models.PackageImport(
        kind=manifest["kind"], sender_code=result.sender, sequence=manifest["sequence"],
        sha256=verified.opened.sha256, key_id=manifest["key_id"], file_name=path.name[:255],
        created_at=manifest["created_at"], imported_at=_now(),
        summary={"added": result.added, "removed": result.removed, "changed": result.changed,
                 "websites_changed": result.websites_changed, "procedures": result.procedures,
                 "figures_changed": result.figures_changed}))
    next_key = manifest.get("next_key")
    if next_key and verified.key is not None:
        new_key = MinisignPublicKey(bytes.fromhex(next_key["key_id"])[::-1], base64.b64decode(next_key["public_key"]))
        try:
            trust_key(session, verified.key.unit_code, new_key, context.actor)
        except InputRejected as error:  # the announced key belongs to another unit
            raise PackageRejected("key_mismatch", str(error)) from error
        verified.key.replaced_at = _now()
    audit.record(session, context.actor, f"package.import.{manifest['kind']}", "package",
                 f"{result.sender}/{manifest['sequence']}", file=path.name, sha256=verified.opened.sha256,
                 added=result.added, removed=result.removed, changed=result.changed,
                 figures_changed=[f"{c.change} {c.period}" for c in result.figures_changes])


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
    records = {r["code"]: r for r in verified.data["classifications"]}  # type: ignore[union-attr]
    current = _current_answers(session, unit_id)
    removed = sorted(set(current) - set(records))
    result.changes.extend(Change(code, "removed", current[code][1][0], None) for code in removed)
    added: list[tuple[dict, tuple]] = []
    changed: list[tuple[int, dict, tuple]] = []
    for code, record in sorted(records.items()):
        answers = _answers(record)
        if code not in current:
            added.append((record, answers))
            result.changes.append(Change(code, "added", None, record["form"]))
            continue
        row_id, before = current[code]
        if before != answers:
            changed.append((row_id, record, answers))
            result.changes.append(Change(code, "changed", before[0], answers[0], _what_changed(before, answers)))
    # An answer keeps the rule set it was saved under; an older package says only which rule set its
    # unit worked under when it was made.
    sent_under = str(verified.payload.manifest.get("rule_set") or rule_set_in_force(context.today()).code)
    _write_classifications(session, unit_id, [current[code][0] for code in removed], added, changed, sent_under)
    result.added, result.removed, result.changed = len(added), len(removed), len(changed)
    result.websites_changed = _replace_websites(session, unit_id, verified.data["websites"])  # type: ignore[arg-type]
    if "dossier_figures" in verified.data:  # an older package carries none: the unit's figures stay as they are
        result.figures_changes = _replace_figures(session, unit_id, verified.data["dossier_figures"])  # type: ignore[arg-type]
    session.flush()


CLASSIFICATIONS = models.Classification.__table__
PROCEDURES = models.Procedure.__table__
# The answers a submission carries per procedure, in this order (the form first, as the preview shows
# it): compared to make the diff, then written.
_COMPARED = ("form", "reason_code", "legal_provision", "note", "proactive_level", "status",
             "technical_description", "expected_fix_on", "portal_published_on", "portal_link")
_ANSWERS = (*_COMPARED, *CHECKLIST_KEYS)
_WRITTEN = (*_ANSWERS, "rule_set_code", "updated_at", "updated_by", "review_status", "review_comment")  # on import
_REQUIRED = ("form", "reason_code", "legal_provision", "note", "proactive_level", "status")
_required_of, _checklist_of = itemgetter(*_REQUIRED), itemgetter(*CHECKLIST_KEYS)


def _answers(record: dict) -> tuple:
    """A package record's answers, in the order of _ANSWERS (an older package has no Art. 14 details)."""
    details = (record.get("technical_description", ""), _day(record.get("expected_fix_on")),
               _day(record.get("portal_published_on")), record.get("portal_link", ""))
    return _required_of(record) + details + _checklist_of(record["checklist"])


def _current_answers(session: Session, unit_id: int) -> dict[str, tuple[int, tuple]]:
    """The unit's rows at the province: procedure code → (classification id, answers in the order of _ANSWERS)."""
    c = CLASSIFICATIONS.c
    rows = session.execute(select(PROCEDURES.c.code, c.id, *(c[name] for name in _ANSWERS))
                           .join_from(CLASSIFICATIONS, PROCEDURES, c.procedure_id == PROCEDURES.c.id)
                           .where(c.unit_id == unit_id))
    return {code: (row_id, tuple(answers)) for code, row_id, *answers in rows}


def _what_changed(before: tuple, after: tuple) -> str:
    """The detail the preview shows: the fields whose answer changed, the checklist as one."""
    names = [name for name, old, new in zip(_COMPARED, before, after) if old != new]
    names += ["checklist"] if before[len(_COMPARED):] != after[len(_COMPARED):] else []
    return ", ".join(names)


def _write_classifications(session: Session, unit_id: int, removed: list[int], added: list[tuple[dict, tuple]],
                           changed: list[tuple[int, dict, tuple]], rule_set_code: str) -> None:
    """Delete, update and insert, one executemany each; a new answer is reviewed afresh."""
    def written(record: dict, answers: tuple) -> tuple:  # in the order of _WRITTEN
        return (*answers, record.get("rule_set_code") or rule_set_code, datetime.fromisoformat(record["updated_at"]),
                "package", "", "")

    by_id = CLASSIFICATIONS.c.id == bindparam("row_id")
    _executemany(session, delete(CLASSIFICATIONS).where(by_id), ("row_id",), [(row_id,) for row_id in removed])
    _executemany(session, update(CLASSIFICATIONS).where(by_id), ("row_id", *_WRITTEN),
                 [(row_id, *written(record, answers)) for row_id, record, answers in changed])
    if added:
        procedure_ids = _procedure_ids(session, [record for record, _ in added])
        _executemany(session, insert(CLASSIFICATIONS), ("unit_id", "procedure_id", *_WRITTEN),
                     [(unit_id, procedure_ids[record["code"]], *written(record, answers)) for record, answers in added])


def _executemany(session: Session, statement: UpdateBase, names: tuple[str, ...], rows: list[tuple]) -> None:
    """Run `statement` once per row (its values in the order of `names`) with one executemany of the driver,
    in the session's transaction.

    Core's own executemany (`session.execute(statement, dicts)`) builds and converts every parameter of
    every row in Python: for 2,000 new rows that cost about as much again as SQLite's own insert
    (bench/packages.py). Here the statement is compiled once for the connection's dialect; the values
    of columns whose type converts them (dates, booleans) go through that type's own bind processor, so
    what is stored is the same; and the driver gets one tuple per row (a dict, for a driver with named
    parameters).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(names))
    columns = dict(zip(names, zip(*rows)))  # name → the values of every row
    for name, bind in compiled.binds.items():
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None and name in columns:
            # Bind processors are pure functions: each distinct value is converted once (a boolean: thrice).
            columns[name] = tuple(map(lru_cache(maxsize=None, typed=True)(convert), columns[name]))
    order = compiled.positiontup
    connection.exec_driver_sql(compiled.string, list(zip(*(columns[name] for name in order))) if order is not None
                               else [dict(zip(columns, values)) for values in zip(*columns.values())])


def _procedure_ids(session: Session, records: list[dict]) -> dict[str, int]:
    """The province's procedure id of each record's code; a code it does not know becomes a local procedure."""
    codes = [record["code"] for record in records]
    wanted = select(PROCEDURES.c.code, PROCEDURES.c.id)
    # A few codes are looked up; for many, reading every code is quicker than long IN lists.
    ids = dict(session.execute(wanted.where(PROCEDURES.c.code.in_(codes)) if len(codes) <= 500 else wanted).all())
    local = {record["code"]: _local_procedure(session, record) for record in records if record["code"] not in ids}
    if local:
        session.flush()
        ids.update({code: procedure.id for code, procedure in local.items()})
    return ids


def _replace_figures(session: Session, unit_id: int, records: list[dict]) -> list[FiguresChange]:
    """The unit's quarters become exactly those of the package; each difference is reported."""
    existing = {row.period: row for row in session.scalars(
        select(models.DossierFigureSet).where(models.DossierFigureSet.unit_id == unit_id))}
    incoming = {r["period"]: r for r in records}
    changes = []
    for period in sorted(set(existing) | set(incoming)):
        row, record = existing.get(period), incoming.get(period)
        before = figures_of(row) if row is not None else None
        after = _figures(record) if record is not None else None
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
        row.received_total, row.received_online = record["received_total"], record["received_online"]
        row.with_fees, row.paid_online = record["with_fees"], record["paid_online"]
        for name in OPTIONAL_FIGURES:
            setattr(row, name, record.get(name))
        row.updated_at, row.updated_by = datetime.fromisoformat(record["updated_at"]), "package"
    return changes


def _local_procedure(session: Session, record: dict) -> models.Procedure:
    """A code the province does not know: kept as the unit's local procedure (flagged by the checks)."""
    code = parse_procedure_code(record["code"])
    fields = record.get("fields", {})
    procedure = models.Procedure(
        code=code.value, national_code=code.national, name=clean(record["name"]), name_folded=fold(record["name"]),
        origin="local", **{k: clean(v) for k, v in fields.items() if k in PROCEDURE_TEXT_FIELDS})
    known_levels = set(session.scalars(select(models.Level.code)))
    procedure.levels = [models.ProcedureLevel(level_code=c) for c in record["level_codes"] if c in known_levels]
    if record["sector"]:
        sector = session.scalars(select(models.Sector).where(models.Sector.name_folded == fold(record["sector"]))).first()
        procedure.sector = sector or models.Sector(name=clean(record["sector"]), name_folded=fold(record["sector"]))
    session.add(procedure)
    return procedure


def _replace_websites(session: Session, unit_id: int, websites: list[dict]) -> int:
    existing = list(session.scalars(select(models.Website).where(models.Website.unit_id == unit_id)))
    def key(site: tuple) -> tuple:  # None sorts before any value
        return tuple((value is not None, value) for value in site)

    before = sorted(((w.name, w.url, w.linked_from_portal, w.plan_status, w.target_date, w.ipv6, w.emc_connected_on)
                     for w in existing), key=key)
    after = sorted(((w["name"], w["url"], w["linked_from_portal"], w["plan_status"], _day(w["target_date"]),
                     w.get("ipv6"), _day(w.get("emc_connected_on"))) for w in websites), key=key)
    if before == after:
        return 0
    for site in existing:
        session.delete(site)
    for name, url, linked, plan, target, ipv6, emc in after:
        session.add(models.Website(unit_id=unit_id, name=name, url=url, linked_from_portal=linked, plan_status=plan,
                                   target_date=target, ipv6=ipv6, emc_connected_on=emc))
    return len(set(before) ^ set(after))


def _apply_reference(context: ServiceContext, session: Session, identity: Identity, verified: Verified,
                     result: ImportResult) -> None:
    """Take the province's units, sectors, catalogue, rules and deadline; pin its key on first contact."""
    data = verified.data
    province = data["province"]  # type: ignore[index]
    if province["code"] != identity.province_code:
        raise PackageRejected("wrong_recipient", _t("Gói tham chiếu của tỉnh {code}, không phải {me}.",
                                                    code=province["code"], me=identity.province_code))
    for level in data["levels"]:  # type: ignore[union-attr]
        row = session.get(models.Level, level["code"]) or models.Level(code=level["code"])
        row.name, row.aliases, row.sort_order = level["name"], level["aliases"], level["sort_order"]
        row.active_from = date.fromisoformat(level["active_from"]) if level.get("active_from") else None
        row.active_to = date.fromisoformat(level["active_to"]) if level.get("active_to") else None
        session.merge(row)
    session.flush()
    _apply_units(session, data["units"])  # type: ignore[arg-type]
    sectors = _apply_sectors(session, data["sectors"])  # type: ignore[arg-type]
    existing = {p.code: p for p in session.scalars(select(models.Procedure).options(selectinload(models.Procedure.levels)))}
    for record in data["procedures"]:  # type: ignore[union-attr]
        procedure = existing.get(record["code"])
        if procedure is None:
            code = parse_procedure_code(record["code"])
            procedure = models.Procedure(code=code.value, national_code=code.national, origin="reference")
            session.add(procedure)
            result.added += 1
        elif procedure.name != record["name"] or procedure.reference_form != record["reference_form"]:
            result.changed += 1
        procedure.name, procedure.name_folded = record["name"], fold(record["name"])
        procedure.sector = sectors.get(fold(record["sector"])) if record["sector"] else None
        procedure.reference_form, procedure.legacy_level = record["reference_form"], record["legacy_level"]
        for key, value in record["fields"].items():
            if key in PROCEDURE_TEXT_FIELDS:
                setattr(procedure, key, value)
        if sorted(lv.level_code for lv in procedure.levels) != sorted(record["level_codes"]):
            procedure.levels = [models.ProcedureLevel(level_code=c) for c in record["level_codes"]]
    _take_assigned(context, session, identity, data["procedures"], result)  # type: ignore[arg-type]
    rules = data["rules"]  # type: ignore[index]
    put_deadline(session, date.fromisoformat(rules["deadline"]) if rules["deadline"] else None)
    if rules.get("round"):
        announce_round(session, rules["round"])
    else:
        put_setting(session, "round", None)
    put_identity(session, Identity(identity.role, identity.unit_code, identity.unit_name, identity.province_code,
                                   province["name"], province["domain"]))
    if verified.key is None:  # first contact: the fingerprint was confirmed
        trust_key(session, result.sender, MinisignPublicKey(
            verified.opened.key_id, base64.b64decode(province["public_key"])), context.actor)
    session.flush()


def _apply_units(session: Session, units: list[dict]) -> None:
    rows = {u.code: u for u in session.scalars(select(models.Unit))}
    for unit in units:
        row = rows.get(unit["code"]) or models.Unit(code=unit["code"])
        row.name, row.name_folded, row.kind, row.level_code = unit["name"], fold(unit["name"]), unit["kind"], unit["level_code"]
        row.state = unit.get("state", "active")
        rows[unit["code"]] = row
        session.add(row)
    for unit in units:
        rows[unit["code"]].parent = rows.get(unit["parent_code"]) if unit["parent_code"] else None
        rows[unit["code"]].replaced_by = rows.get(unit.get("replaced_by") or "")
    session.flush()


def _take_assigned(context: ServiceContext, session: Session, identity: Identity, procedures: list[dict],
                   result: ImportResult) -> None:
    """The procedures the province assigns to this unit join its own list, unclassified: a clerk
    starts from the unit's list, not from the whole catalogue. Procedures already there are kept."""
    wanted = [record["code"] for record in procedures if identity.unit_code in record.get("units", ())]
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


def _apply_sectors(session: Session, sectors: list[dict]) -> dict[str, models.Sector]:
    known = {s.name_folded: s for s in session.scalars(select(models.Sector))}
    for sector in sectors:
        key = fold(sector["name"])
        row = known.get(key) or models.Sector(name=sector["name"], name_folded=key)
        row.code, row.ministry_code = sector["code"], sector["ministry_code"]
        known[key] = row
        session.add(row)
    session.flush()
    return known


def _apply_receipt(context: ServiceContext, session: Session, identity: Identity, verified: Verified,
                   result: ImportResult) -> None:
    """The province's answer: when it accepted which package, and its comments per procedure."""
    if verified.key is None:
        raise PackageRejected("unknown_signer", _t("Biên nhận phải do khóa đã tin cậy của tỉnh ký."))
    receipt = verified.data["receipt"]  # type: ignore[index]
    unit = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()
    rows = {row.procedure.code: row for row in session.scalars(
        select(models.Classification).where(models.Classification.unit_id == unit.id)
        .options(selectinload(models.Classification.procedure)))}
    for row in rows.values():
        row.review_status, row.review_comment = "", ""
    for comment in receipt["comments"]:
        row = rows.get(comment["code"])
        if row is not None:
            row.review_status, row.review_comment = comment["status"], comment["comment"]
            result.changes.append(Change(comment["code"], "changed", None, None, comment["comment"]))
    result.changed = len(result.changes)
    put_setting(session, "last_receipt", {**receipt, "received_at": _now().isoformat(timespec="seconds"),
                                   "sequence": verified.payload.manifest["sequence"]})


APPLY: dict[str, Callable[..., None]] = {
    "submission": _apply_submission, "reference": _apply_reference, "receipt": _apply_receipt,
}


def last_receipt(context: ServiceContext) -> dict | None:
    with context.transaction() as session:
        value = get_setting(session, "last_receipt")
        return value if isinstance(value, dict) else None


def unit_imports(context: ServiceContext) -> dict[str, dict]:
    """The last accepted submission per unit (for `status`)."""
    with context.transaction() as session:
        rows = session.execute(
            select(models.PackageImport.sender_code, func.max(models.PackageImport.sequence),
                   func.max(models.PackageImport.imported_at))
            .where(models.PackageImport.kind == "submission").group_by(models.PackageImport.sender_code)).all()
        return {code: {"sequence": seq, "at": at} for code, seq, at in rows}



@dataclass(frozen=True)
class ReferencePeek:
    """What a first-run wizard shows from a reference package before any store exists."""

    fingerprint: str
    province: dict
    units: list[dict]


def peek_reference(path: Path) -> ReferencePeek:
    """Read a reference package without a store: checked like an import, signed by the key it carries.

    Trust comes from the user comparing the fingerprint; the import that follows checks it again.
    """
    try:
        opened = open_container(read_file(path))
        unsigned = read_payload(opened.payload, check_manifest=check_manifest)
        if unsigned.manifest["kind"] != "reference":
            raise PackageRejected("wrong_kind", _t("Đây không phải gói tham chiếu của tỉnh."))
        data = _check_data(unsigned)
        province = data["province"]  # type: ignore[index]
        key = MinisignPublicKey(opened.key_id, base64.b64decode(province["public_key"]))
        verify_signature(opened, key)
    except PackageRejected as error:
        raise InputRejected(str(error)) from error
    return ReferencePeek(keyfiles.fingerprint_of(key.key_id, key.public_key), province,
                         list(data["units"]))  # type: ignore[arg-type]
