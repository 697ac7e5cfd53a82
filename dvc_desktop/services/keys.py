"""The unit's signing key (`dvc-desktop keys …`) and the keys it trusts (`dvc-desktop trust …`)."""

from __future__ import annotations

import base64
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.codes import parse_unit_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.atomic_files import atomic_write
from dvc_desktop.i18n import translate
from dvc_desktop.package import keys as keyfiles
from dvc_desktop.package.keys import key_id_hex
from dvc_desktop.package.minisign import MinisignPublicKey, SignatureError
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected, InvalidRequest, prepare_output
from dvc_desktop.store import audit, models
from dvc_desktop.store.database import after_commit


def keys_dir(context: ServiceContext) -> Path:
    return context.db.data_dir / "keys"


@dataclass(frozen=True)
class KeyInfo:
    key_id: str  # as minisign prints it
    fingerprint: str
    created_at: str
    pending_rotation: str | None  # key id of a replacement waiting to be announced


def stored_public_key(directory: Path, prefix: str = "") -> keyfiles.PublicKeyInfo | None:
    """The public key file's content; a damaged file is a refusal that says what to do."""
    try:
        return keyfiles.public_info(directory, prefix)
    except keyfiles.DamagedKeyError as error:
        raise InvalidRequest(str(error)) from error


def _info(context: ServiceContext) -> keyfiles.PublicKeyInfo | None:
    return stored_public_key(keys_dir(context))


def key_info(context: ServiceContext) -> KeyInfo:
    current = _info(context)
    if current is None:
        raise InvalidRequest(translate("keys", "Chưa có khóa ký: chạy `dvc-desktop keys generate`."))
    pending = stored_public_key(keys_dir(context), keyfiles.NEXT_PREFIX)
    return KeyInfo(current.key_id_hex, current.fingerprint, current.created_at,
                   pending.key_id_hex if pending else None)


def generate_signing_key(context: ServiceContext, passphrase: str, repeated: str | None = None) -> KeyInfo:
    """Create the unit's key; with one already there, create its replacement (a rotation announced
    by the next package, signed with the current key)."""
    try:
        keyfiles.check_passphrase(passphrase, repeated)
    except keyfiles.SigningKeyError as error:
        raise InvalidRequest(str(error)) from error
    directory = keys_dir(context)
    replaced_damaged = False
    try:
        previous = keyfiles.public_info(directory)
        if previous is not None:
            keyfiles.unlock_check(directory)
    except keyfiles.DamagedKeyError:
        # The current key cannot sign any more: a new key takes its place (the damaged files kept
        # aside, not deleted, when it is placed), which the office must trust anew from its key card.
        previous, replaced_damaged = None, True
    prefix = keyfiles.NEXT_PREFIX if previous else ""
    # Made aside, moved in once the audit entry has committed: a commit that fails (a full disk)
    # leaves no key the log does not know.
    staging = directory / ".generating"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        created = keyfiles.generate(staging, passphrase)
        with context.transaction() as session:
            audit.record(session, context.actor, "keys.generate", "key", created.key_id_hex,
                         rotation_of=previous.key_id_hex if previous else None, replaced_damaged=replaced_damaged)
            after_commit(session, lambda: keyfiles.place_staged(
                staging, directory, prefix, "damaged" if replaced_damaged else "replaced"))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return key_info(context)


def public_key_text(context: ServiceContext) -> str:
    current = _info(context)
    if current is None:
        raise InvalidRequest(translate("keys", "Chưa có khóa ký: chạy `dvc-desktop keys generate`."))
    return keyfiles.minisign_public_key(current).to_text(f"minisign public key {current.key_id_hex}")


def export_public_key(context: ServiceContext, path: Path) -> Path:
    prepare_output(context, path)
    atomic_write(path, public_key_text(context).encode("utf-8"))
    return path


# ---------------------------------------------------------------- trust (who may send packages)


@dataclass(frozen=True)
class TrustedKeyView:
    unit_code: str
    key_id: str
    fingerprint: str
    added_at: str
    state: str  # active | revoked | replaced


def fingerprint(key: MinisignPublicKey) -> str:
    return keyfiles.fingerprint_of(key.key_id, key.public_key)


def read_public_key(path: Path) -> MinisignPublicKey:
    try:
        return MinisignPublicKey.from_text(path.read_text(encoding="utf-8")[:4096])
    except (OSError, UnicodeDecodeError, SignatureError) as error:
        raise InputRejected(translate("keys", "Tệp {name} không phải khóa công khai minisign.",
                                      name=path.name)) from error


def trust_key(session: Session, unit_code: str, key: MinisignPublicKey, actor: str) -> models.TrustedKey:
    existing = session.scalars(select(models.TrustedKey)
                               .where(models.TrustedKey.key_id == key_id_hex(key.key_id))).one_or_none()
    if existing is not None:
        if existing.unit_code != unit_code:
            raise InputRejected(translate("keys", "Khóa {key} đã được tin cậy cho đơn vị khác ({unit}).",
                                          key=existing.key_id, unit=existing.unit_code))
        if existing.revoked_at is not None:  # a revoked key stays revoked: trusting it again is refused
            raise InputRejected(translate(
                "keys", "Khóa {key} của {unit} đã bị thu hồi ngày {day}; không tin cậy lại khóa đã thu hồi. Đơn vị "
                        "cần tạo khóa mới (`dvc-desktop keys generate`) và gửi khóa công khai mới cùng phiếu khóa.",
                key=existing.key_id, unit=existing.unit_code, day=existing.revoked_at.strftime("%d/%m/%Y")))
        return existing
    row = models.TrustedKey(unit_code=unit_code, key_id=key_id_hex(key.key_id),
                            public_key=base64.b64encode(key.public_key).decode())
    session.add(row)
    session.flush()
    audit.record(session, actor, "trust.add", "key", row.key_id, unit=unit_code)
    return row


def add_trusted_key(context: ServiceContext, path: Path, unit_code: str) -> TrustedKeyView:
    key = read_public_key(path)
    try:
        code = parse_unit_code(unit_code)
    except DomainError as error:
        raise InvalidRequest(str(error)) from error
    with context.transaction() as session:
        if session.scalars(select(models.Unit).where(models.Unit.code == code)).one_or_none() is None:
            raise InvalidRequest(translate("keys", "Không có đơn vị {code} trong cây đơn vị.", code=code))
        return _view(trust_key(session, code, key, context.actor))


def _view(row: models.TrustedKey) -> TrustedKeyView:
    state = "revoked" if row.revoked_at else "replaced" if row.replaced_at else "active"
    fp = keyfiles.fingerprint_of(bytes.fromhex(row.key_id)[::-1], base64.b64decode(row.public_key))
    return TrustedKeyView(row.unit_code, row.key_id, fp, row.added_at.isoformat(timespec="seconds"), state)


def list_trusted(context: ServiceContext) -> list[TrustedKeyView]:
    with context.transaction() as session:
        rows = session.scalars(select(models.TrustedKey).order_by(models.TrustedKey.unit_code, models.TrustedKey.id))
        return [_view(r) for r in rows]


def revoke(context: ServiceContext, key_id: str) -> TrustedKeyView:
    with context.transaction() as session:
        row = session.scalars(select(models.TrustedKey)
                              .where(models.TrustedKey.key_id == key_id.strip().upper())).one_or_none()
        if row is None:
            raise InvalidRequest(translate("keys", "Không có khóa {key} trong danh sách tin cậy.", key=key_id))
        if row.revoked_at is None:
            row.revoked_at = datetime.now(timezone.utc)
            audit.record(session, context.actor, "trust.revoke", "key", row.key_id, unit=row.unit_code)
        return _view(row)
