"""First-run set-up: who this installation is (`dvc-desktop init`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.codes import parse_province_code, parse_unit_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.provinces import retired_code_warning
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import Identity, Role, get_identity, put_identity
from dvc_desktop.store import audit, models
from dvc_desktop.store.database import after_commit

if TYPE_CHECKING:
    from dvc_desktop.services.packages import ImportResult

LEVEL_OF_KIND = {
    UnitKind.PROVINCE: "tinh",
    UnitKind.DEPARTMENT: "tinh",
    UnitKind.DISTRICT: "huyen",
    UnitKind.COMMUNE: "xa",
}
_COMMUNE_PREFIXES = ("ubnd xa", "ubnd phuong", "ubnd thi tran", "ubnd dac khu", "uy ban nhan dan xa",
                     "uy ban nhan dan phuong", "uy ban nhan dan thi tran", "uy ban nhan dan dac khu")
_DISTRICT_PREFIXES = ("ubnd huyen", "ubnd quan", "ubnd thi xa", "uy ban nhan dan huyen",
                      "uy ban nhan dan quan", "uy ban nhan dan thi xa")


def guess_unit_kind(name: str) -> UnitKind:
    """A unit's kind from its usual name ("UBND xã …" → commune); departments otherwise."""
    key = fold(name)
    if key.startswith(_COMMUNE_PREFIXES):
        return UnitKind.COMMUNE
    if key.startswith(_DISTRICT_PREFIXES):
        return UnitKind.DISTRICT
    return UnitKind.DEPARTMENT


def province_root_code(province_code: str) -> str:
    """The UBND tỉnh at the root of the unit tree carries the province's own identifier."""
    return f"000.00.00.{province_code}"


def upsert_unit(
    session: Session, code: str, name: str, kind: UnitKind, parent: models.Unit | None
) -> models.Unit:
    unit = session.scalars(select(models.Unit).where(models.Unit.code == code)).one_or_none()
    if unit is None:
        unit = models.Unit(code=code)
        session.add(unit)
    unit.name = clean(name)
    unit.name_folded = fold(name)
    unit.kind = kind.value
    unit.level_code = LEVEL_OF_KIND[kind]
    unit.parent = parent
    return unit


def identity_warnings(province_code: str, day: date | None = None) -> list[str]:
    """Warnings (never refusals) about a new identity: a province code retired on `day` names its
    successor. The wizard shows them; `init` prints them (cli/setup.py)."""
    try:
        code = parse_province_code(province_code)
    except DomainError:
        return []  # refused elsewhere, with its own message
    warning = retired_code_warning(code, day or date.today())
    return [warning] if warning else []


def _identity(role: str, unit_code: str, unit_name: str, province_code: str, province_name: str,
              province_domain: str, unit_kind: str | None) -> tuple[Identity, UnitKind]:
    try:
        identity = Identity(
            role=Role(role),
            unit_code=parse_unit_code(unit_code),
            unit_name=clean(unit_name),
            province_code=parse_province_code(province_code),
            province_name=clean(province_name) or f"Tỉnh {province_code}",
            province_domain=clean(province_domain).lower(),
        )
        kind = UnitKind(unit_kind) if unit_kind else (
            UnitKind.PROVINCE if identity.role == Role.PROVINCE else guess_unit_kind(unit_name))
    except (DomainError, ValueError) as error:
        raise InvalidRequest(str(error)) from error
    if not identity.unit_name:
        raise InvalidRequest(translate("setup", "Tên đơn vị đang để trống."))
    return identity, kind


def _record_identity(context: ServiceContext, session: Session, identity: Identity, kind: UnitKind) -> None:
    existing = get_identity(session)
    if existing is not None and existing != identity:
        raise InvalidRequest(translate(
            "setup", "Dữ liệu đã được khởi tạo cho đơn vị {code} ({name}); không khởi tạo lại.",
            code=existing.unit_code, name=existing.unit_name))
    root = upsert_unit(session, province_root_code(identity.province_code),
                       f"UBND {identity.province_name}", UnitKind.PROVINCE, None)
    if identity.unit_code != root.code:
        upsert_unit(session, identity.unit_code, identity.unit_name, kind, root)
    put_identity(session, identity)
    audit.record(session, context.actor, "init", "identity", identity.unit_code,
                 role=identity.role.value, province=identity.province_code,
                 warnings=identity_warnings(identity.province_code, context.today()))


def initialise(
    context: ServiceContext,
    role: str,
    unit_code: str,
    unit_name: str,
    province_code: str,
    province_name: str = "",
    province_domain: str = "",
    unit_kind: str | None = None,
) -> Identity:
    """Record this installation's identity and place its unit in the tree; one transaction."""
    identity, kind = _identity(role, unit_code, unit_name, province_code, province_name, province_domain, unit_kind)
    with context.transaction() as session:
        _record_identity(context, session, identity, kind)
    return identity


@dataclass(frozen=True)
class SetUp:
    identity: Identity
    key_created: bool
    reference: "ImportResult | None"


STAGING = ".set-up"


def set_up(context: ServiceContext, role: str, unit_code: str, unit_name: str, province_code: str,
           province_name: str = "", province_domain: str = "", unit_kind: str | None = None,
           passphrase: str | None = None, reference: Path | None = None, fingerprint: str | None = None) -> SetUp:
    """The first run as one unit of work: the identity, the signing key (when `passphrase` is given and
    the unit has none) and the province's reference package commit together, the key files generated
    in a staging folder and moved into `keys/` once the transaction has committed. A refusal anywhere
    (a reference package that does not verify, a full disk) leaves the store and `keys/` as they were,
    so the wizard starts clean; key files a failed set-up of an earlier version left are kept aside."""
    from dvc_desktop.package import keys as keyfiles
    from dvc_desktop.services.keys import keys_dir, stored_public_key
    from dvc_desktop.services.packages import import_reference_in

    identity, kind = _identity(role, unit_code, unit_name, province_code, province_name, province_domain, unit_kind)
    if passphrase is not None:
        try:
            keyfiles.check_passphrase(passphrase)
        except keyfiles.SigningKeyError as error:
            raise InvalidRequest(str(error)) from error
    directory = keys_dir(context)
    staging = directory / STAGING
    _remove_folder(staging)
    try:
        with context.transaction() as session:
            first_time = get_identity(session) is None
            _record_identity(context, session, identity, kind)
            # An identity already recorded with its key keeps that key; a key without an identity is
            # what a failed set-up left, and gives way to the new one.
            make_key = passphrase is not None and (first_time or stored_public_key(directory) is None)
            if make_key:
                created = keyfiles.generate(staging, passphrase)  # type: ignore[arg-type]
                audit.record(session, context.actor, "keys.generate", "key", created.key_id_hex,
                             rotation_of=None, replaced_damaged=False)
                after_commit(session, lambda: keyfiles.place_staged(staging, directory))
            imported = import_reference_in(context, session, reference, fingerprint) if reference else None
    finally:
        _remove_folder(staging)
    return SetUp(identity, make_key, imported)


def _remove_folder(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
