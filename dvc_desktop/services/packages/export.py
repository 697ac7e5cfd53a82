"""Writing packages: the unit's submission, the province's reference, its receipt to a unit; each
signed, written after the transaction that records it has committed."""

from __future__ import annotations

from typing import Any


import base64
import hashlib
import logging
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.domain.indicators import OPTIONAL_FIGURES
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, rule_set_in_force
from dvc_desktop.atomic_files import atomic_write
from dvc_desktop.package import keys as keyfiles
from dvc_desktop.package.container import (
    build_container, build_payload,
)
from dvc_desktop.package.minisign import sign
from dvc_desktop.certificates.cms import sign_detached
from dvc_desktop.certificates.credentials import CredentialError, open_signer, signer_certificate as certificate_of
from dvc_desktop.services.certificates import signing_certificate_in
from dvc_desktop.package.records import KIND_FILES
from dvc_desktop.services.assignment import assigned_units
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest, prepare_output, writing_output
from dvc_desktop.services.keys import keys_dir, stored_public_key
from dvc_desktop.services.rounds import current_round
from dvc_desktop.services.settings import (
    get_count, Identity, Role, get_deadline, get_setting, iso_utc, put_setting, require_identity,
)
from dvc_desktop.services.workspace import PROCEDURE_TEXT_FIELDS
from dvc_desktop.store import audit, models
from dvc_desktop.store.database import after_commit
from dvc_desktop.store.migrate import head_revision
from dvc_desktop.services.packages.common import JsonObject, FORMAT, FORMAT_VERSION, _iso_day, _now, _t


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    records: int
    size: int
    key_id: str | None  # None: signed with the certificate only
    announced_key: str | None
    certificate: str | None = None  # the holder of the certificate that signed it


def _sign_and_write(context: ServiceContext, session: Session, identity: Identity, kind: str, recipient: str,
                    files: JsonObject, out: Path, passphrase: str | None, records: int,
                    pin: str | None = None) -> ExportResult:
    """Number, sign and write one package; the sequence is committed with the caller's transaction.

    Signed with the minisign key when the store has one (it needs `passphrase`) and with the certificate
    configured by `keys certificate` when there is one (it needs the token's `pin`): one or both."""
    prepare_output(context, out)
    context.db.check_integrity()  # what leaves the office comes from a sound store
    directory = keys_dir(context)
    current = stored_public_key(directory)
    certificate = signing_certificate_in(session)
    if current is None and certificate is None:
        raise InvalidRequest(_t("Chưa có khóa ký hay chứng thư số: chạy `dvc-desktop keys generate` (khóa) hoặc "
                                "`dvc-desktop keys certificate` (chứng thư số trên token) trước khi xuất gói."))
    if current is None and kind == "reference":
        raise InvalidRequest(_t("Gói tham chiếu cần khóa ký minisign của tỉnh (các đơn vị tin cậy tỉnh qua dấu vân "
                                "tay của khóa đó): chạy `dvc-desktop keys generate`."))
    if certificate is not None and pin is None:
        raise InvalidRequest(_t("Cần mã PIN của token để ký bằng chứng thư số: dùng --pin-file, đặt DVC_TOKEN_PIN "
                                "hoặc nhập khi được hỏi."))
    private, pending, finished = None, None, None
    if current is not None:
        finished = _finish_interrupted_rotation(session, directory)
        if finished is not None:
            current = stored_public_key(directory) or current
        try:
            private = keyfiles.unlock(directory, passphrase or "")
        except keyfiles.SigningKeyError as error:
            if finished is not None and not isinstance(error, keyfiles.DamagedKeyError):
                raise InvalidRequest(_t(
                    "Gói số {sequence} (tệp {file}) đã thông báo khóa mới cho tỉnh nhưng việc xuất bị ngắt trước khi "
                    "chuyển khóa; nay khóa mới đã được dùng: hãy nhập mật khẩu của khóa mới.",
                    sequence=finished["sequence"], file=finished["file"])) from error
            raise InvalidRequest(str(error)) from error
        pending = stored_public_key(directory, keyfiles.NEXT_PREFIX)
    sequence = get_count(session, f"sequence.{kind}") + 1
    encoded = {f"{name}.json": json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
               for name, value in files.items()}
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
        "sender": {"unit_code": identity.unit_code, "unit_name": identity.unit_name},
        "recipient": recipient, "sequence": sequence,
        "created_at": _now().isoformat(timespec="seconds"),
        "schema_version": head_revision(), "rule_set": rule_set_in_force(context.today()).code,
        "key_id": current.key_id_hex if current else None,
        "files": [{"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for name, data in sorted(encoded.items())],
    }
    if pending is not None:  # a rotation: the old key vouches for the new one
        manifest["next_key"] = {"key_id": pending.key_id_hex,
                                "public_key": base64.b64encode(pending.public_key).decode()}

    signed_by: dict[str, str] = {}  # the certificate's reference in the manifest, when one signs

    def signed(cms_signer: Any | None) -> bytes:
        if cms_signer is not None:
            holder = certificate_of(cms_signer)
            signed_by.update(sha256=holder.sha256, holder=(holder.common_name or holder.subject)[:255])
            manifest["certificate"] = signed_by
        payload = build_payload(manifest, encoded)
        minisig = None
        if current is not None and private is not None:
            comment = (f"dvc-desktop {kind} sender:{identity.unit_code} recipient:{recipient} sequence:{sequence} "
                       f"sha256:{hashlib.sha256(payload).hexdigest()}")
            minisig = sign(private, current.key_id, payload, comment)
        cms = sign_detached(cms_signer, payload) if cms_signer is not None else None
        return build_container(payload, minisig, cms)

    if certificate is not None:
        assert pin is not None
        try:
            with open_signer(certificate.source, pin) as cms_signer:
                container = signed(cms_signer)
        except CredentialError as error:
            raise InvalidRequest(str(error)) from error
    else:
        container = signed(None)
    # Reserve the number, record and audit in the caller's transaction; the file and the key
    # rotation follow its commit. A write that fails after the commit leaves a gap in the
    # sequence, which the province accepts; a commit that fails leaves no file and no new key.
    put_setting(session, f"sequence.{kind}", sequence)
    put_setting(session, f"last_export.{kind}", {"sequence": sequence, "at": manifest["created_at"], "file": out.name,
                                           "records": records, "path": str(out.resolve()),
                                           "sha256": hashlib.sha256(container).hexdigest(),
                                           "announced_key": pending.key_id_hex if pending else None})
    audit.record(session, context.actor, f"package.export.{kind}", "package", f"{identity.unit_code}/{sequence}",
                 file=out.name, sha256=hashlib.sha256(container).hexdigest(), records=records,
                 certificate=signed_by.get("sha256"))

    def write_and_rotate() -> None:
        with writing_output(out):
            atomic_write(out, container)
        if pending is not None:
            keyfiles.promote_next(directory)

    after_commit(session, write_and_rotate)
    return ExportResult(out, kind, sequence, records, len(container), current.key_id_hex if current else None,
                        pending.key_id_hex if pending else None, signed_by.get("holder"))


def _finish_interrupted_rotation(session: Session, directory: Path) -> dict[str, Any] | None:
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


def submission_snapshot(session: Session, unit: models.Unit) -> JsonObject:
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
    has_certificate: bool = False  # a certificate configured: it signs (alone or beside the key)


@dataclass(frozen=True)
class SigningNeeds:
    """What signing a package will ask of the person: the key's passphrase, the token's PIN, or both."""

    passphrase: bool
    pin: bool
    certificate_holder: str | None = None


def signing_needs(context: ServiceContext) -> SigningNeeds:
    with context.transaction() as session:
        certificate = signing_certificate_in(session)
    return SigningNeeds(stored_public_key(keys_dir(context)) is not None, certificate is not None,
                        certificate.certificate.common_name if certificate else None)


def export_outlook(context: ServiceContext) -> ExportOutlook:
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.DEPARTMENT, "package export")
        sequence = get_count(session, "sequence.submission") + 1
        certificate = signing_certificate_in(session) is not None
    name = f"goi-{identity.unit_code}-so-{sequence}-{context.today().isoformat()}.dvcpkg"
    return ExportOutlook(sequence, identity.unit_code, stored_public_key(keys_dir(context)) is not None, name,
                         certificate)


def export_submission(context: ServiceContext, out: Path, passphrase: str | None,
                   pin: str | None = None) -> ExportResult:
    """A unit's full snapshot (classifications and websites) for the province, with the next sequence."""
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.DEPARTMENT, "package export")
        unit = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()
        files = submission_snapshot(session, unit)
        return _sign_and_write(context, session, identity, "submission", identity.province_code, files, out,
                               passphrase, len(files["classifications"]), pin)


def reference_snapshot(context: ServiceContext, session: Session, identity: Identity) -> JsonObject:
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


def export_reference(context: ServiceContext, out: Path, passphrase: str | None,
                   pin: str | None = None) -> ExportResult:
    """Units, sectors, the catalogue, the rule set and the deadline, for every unit of the province."""
    with context.transaction() as session:
        identity = require_identity(session)
        _require_role(identity, Role.PROVINCE, "reference export")
        files = reference_snapshot(context, session, identity)
        return _sign_and_write(context, session, identity, "reference", identity.province_code, files, out,
                               passphrase, len(files["procedures"]), pin)


def export_receipt(context: ServiceContext, unit_code: str, out: Path, passphrase: str | None,
                   pin: str | None = None) -> ExportResult:
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
                               passphrase, len(reviewed), pin)


def last_exports(context: ServiceContext) -> dict[str, dict[str, Any]]:
    with context.transaction() as session:
        return {kind: value for kind in KIND_FILES
                if isinstance(value := get_setting(session, f"last_export.{kind}"), dict)}


# ================================================================ reading and checking
