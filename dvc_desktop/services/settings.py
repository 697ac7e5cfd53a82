"""Typed settings with defaults, stored in the database so they cannot be half-written."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from dvc_desktop.i18n import translate
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.store.models import Setting


class Role(StrEnum):
    DEPARTMENT = "department"
    PROVINCE = "province"


@dataclass(frozen=True)
class Identity:
    """Who this installation is: set once by `init` (or by `demo` when nothing was set)."""

    role: Role
    unit_code: str
    unit_name: str
    province_code: str
    province_name: str
    province_domain: str = ""


def _get(session: Session, key: str) -> object | None:
    row = session.get(Setting, key)
    return None if row is None else row.value


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_identity(session: Session) -> Identity | None:
    raw = _get(session, "identity")
    if not isinstance(raw, dict):
        return None
    return Identity(**{**raw, "role": Role(raw["role"])})


def require_identity(session: Session) -> Identity:
    identity = get_identity(session)
    if identity is None:
        raise InvalidRequest(translate(
            "settings", "Dữ liệu chưa được khởi tạo: hãy chạy `dvc-desktop init` hoặc `dvc-desktop demo`."))
    return identity


def put_identity(session: Session, identity: Identity) -> None:
    _put(session, "identity", {**asdict(identity), "role": identity.role.value})


def get_deadline(session: Session) -> date | None:
    """The submission deadline from the reference data, if the province set one."""
    raw = _get(session, "deadline")
    return date.fromisoformat(raw) if isinstance(raw, str) else None


def put_deadline(session: Session, deadline: date | None) -> None:
    _put(session, "deadline", deadline.isoformat() if deadline else None)
