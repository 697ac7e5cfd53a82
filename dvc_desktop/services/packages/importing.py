"""Importing packages: each file in its own transaction (or all in one rolled-back preview), checked,
addressed, in sequence, then applied by its kind and recorded."""

from __future__ import annotations


import base64
import hashlib
from functools import partial
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvc_desktop.package.records import Manifest
from dvc_desktop.package.container import (
    PackageRejected, read_file,
)
from dvc_desktop.package.minisign import MinisignPublicKey
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected, ServerBusy
from dvc_desktop.services.keys import trust_key
from dvc_desktop.services.settings import (
    Identity, Role, require_identity,
)
from dvc_desktop.store import audit, models
from dvc_desktop.package.acceptance import kind_label
from dvc_desktop.services.packages.common import ImportResult, Verified, _now, _t
from dvc_desktop.services.packages.receipt import _apply_receipt
from dvc_desktop.services.packages.reference import _apply_reference
from dvc_desktop.services.packages.submission import _apply_submission
from dvc_desktop.services.packages.verify import _verify


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
                                        previewed=(previewed or {}).get(str(path)),
                                        still_wanted=partial(progress, index, len(paths))))
    progress(len(paths), len(paths))
    return results


def import_one(context: ServiceContext, path: Path, dry_run: bool = False,
               expected_fingerprint: str | None = None, only_kind: str | None = None) -> ImportResult:
    return import_packages(context, [path], dry_run, expected_fingerprint, only_kind=only_kind)[0]


def _import_file(context: ServiceContext, path: Path, expected_fingerprint: str | None, only_kind: str | None,
                 preview: Session | None = None, previewed: str | None = None,
                 still_wanted: Callable[[], None] = lambda: None) -> ImportResult:
    """One file: in its own transaction, or in a savepoint of the preview's transaction. `still_wanted()`
    raises Cancelled once the user gave up (while waiting for another staff member's import)."""
    result = ImportResult(file=path.name, status="rejected")
    try:
        data = read_file(path)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if previewed is not None and previewed != result.sha256:
            raise PackageRejected("changed_since_preview", _t(
                "Tệp {file} đã thay đổi sau khi xem trước; không nhập. Hãy xem trước lại.", file=path.name))
        if preview is None:
            with context.transaction() as session:
                _one_import_at_a_time(context, session, still_wanted)
                _import_into(context, session, data, path, expected_fingerprint, only_kind, result)
        else:
            with preview.begin_nested():
                _import_into(context, preview, data, path, expected_fingerprint, only_kind, result)
    except PackageRejected as error:
        result.status = "rejected"
        result.reason, result.code, result.fingerprint = str(error), error.code, error.fingerprint
        result.certificate = error.certificate
        result.sender = result.sender or error.claimed_sender
        if result.sender and not result.sender_name:
            # The name this office registered for the claimed code: never the unverified file's word.
            result.sender_name = _registered_name(context, preview, result.sender)
    return result


def _one_import_at_a_time(context: ServiceContext, session: Session, still_wanted: Callable[[], None]) -> None:
    """On a server, several staff may import at once: each import holds the server's advisory lock until
    its transaction ends, so two never interleave (the second sees the first's result, its sequence
    check included). The second waits, saying so, at most `context.wait_seconds`, then gives up."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return  # one store file has one user at a time (its lock)
    from dvc_desktop.store.server import IMPORT_LOCK, wait_for_advisory_lock

    told: list[bool] = []

    def waiting(seconds: float) -> None:
        still_wanted()
        if not told:
            told.append(True)
            context.notify(_t("Một cán bộ khác đang nhập gói vào kho trên máy chủ; đang chờ lượt (tối đa {n} giây)…",
                              n=f"{context.wait_seconds:g}"))

    if not wait_for_advisory_lock(connection, IMPORT_LOCK, context.wait_seconds, waiting):
        raise ServerBusy(_t("Một cán bộ khác vẫn đang nhập gói vào kho trên máy chủ sau {n} giây chờ; chưa nhập gì. "
                            "Hãy thử lại sau ít phút.", n=f"{context.wait_seconds:g}"))


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
    manifest = verified.manifest
    if verified.accepted.certificate is not None:
        signed = verified.accepted.certificate
        result.certificate = {**signed.info.as_dict(), "signing_time": signed.signing_time.isoformat(timespec="seconds")}
    result.kind, result.sequence = manifest.kind, manifest.sequence
    result.sender, result.sender_name = manifest.sender.unit_code, manifest.sender.unit_name
    result.procedures = verified.accepted.count
    _check_addressing(identity, manifest, only_kind)
    _check_sequence(session, manifest)
    APPLY[manifest.kind](context, session, identity, verified, result)
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


def _check_addressing(identity: Identity, manifest: Manifest, only_kind: str | None) -> None:
    kind = manifest.kind
    accepted = {Role.PROVINCE: ("submission",), Role.DEPARTMENT: ("reference", "receipt")}[identity.role]
    if kind not in accepted or (only_kind and kind != only_kind):
        raise PackageRejected("wrong_kind", _t("Gói loại «{kind}» không nhập được ở đây (vai trò {role}).",
                                               kind=kind_label(kind), role=identity.role.value))
    expected = identity.unit_code if kind == "receipt" else identity.province_code
    if manifest.recipient != expected:
        raise PackageRejected("wrong_recipient", _t("Gói gửi cho {recipient}, không phải cho {me}.",
                                                    recipient=manifest.recipient, me=expected))


def _check_sequence(session: Session, manifest: Manifest) -> None:
    last = session.scalar(select(func.max(models.PackageImport.sequence)).where(
        models.PackageImport.sender_code == manifest.sender.unit_code,
        models.PackageImport.kind == manifest.kind))
    if last is not None and manifest.sequence <= last:
        raise PackageRejected("replay", _t(
            "Gói số {sequence} cũ hơn hoặc trùng số với gói số {last} đã nhận từ {unit}: từ chối (phát lại).",
            sequence=manifest.sequence, last=last, unit=manifest.sender.unit_code))


def _record(context: ServiceContext, session: Session, verified: Verified, path: Path, result: ImportResult) -> None:
    manifest = verified.manifest
    session.add(models.PackageImport(
        kind=manifest.kind, sender_code=result.sender, sequence=manifest.sequence,
        sha256=verified.opened.sha256, key_id=manifest.key_id, file_name=path.name[:255],
        certificate_sha256=verified.accepted.certificate.info.sha256 if verified.accepted.certificate else None,
        created_at=manifest.created_at, imported_at=_now(),
        summary={"added": result.added, "removed": result.removed, "changed": result.changed,
                 "websites_changed": result.websites_changed, "procedures": result.procedures,
                 "figures_changed": result.figures_changed}))
    next_key = manifest.next_key
    if next_key and verified.key is not None:
        new_key = MinisignPublicKey(bytes.fromhex(next_key.key_id)[::-1], base64.b64decode(next_key.public_key))
        try:
            trust_key(session, verified.key.unit_code, new_key, context.actor)
        except InputRejected as error:  # the announced key belongs to another unit
            raise PackageRejected("key_mismatch", str(error)) from error
        verified.key.replaced_at = _now()
    audit.record(session, context.actor, f"package.import.{manifest.kind}", "package",
                 f"{result.sender}/{manifest.sequence}", file=path.name, sha256=verified.opened.sha256,
                 added=result.added, removed=result.removed, changed=result.changed,
                 figures_changed=[f"{c.change} {c.period}" for c in result.figures_changes])




APPLY: dict[str, Callable[..., None]] = {
    "submission": _apply_submission, "reference": _apply_reference, "receipt": _apply_receipt,
}




def unit_imports(context: ServiceContext) -> dict[str, dict[str, Any]]:
    """The last accepted submission per unit (for `status`)."""
    with context.transaction() as session:
        rows = session.execute(
            select(models.PackageImport.sender_code, func.max(models.PackageImport.sequence),
                   func.max(models.PackageImport.imported_at))
            .where(models.PackageImport.kind == "submission").group_by(models.PackageImport.sender_code)).all()
        return {code: {"sequence": seq, "at": at} for code, seq, at in rows}
