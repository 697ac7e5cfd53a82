"""Typed settings with defaults, stored in the database so they cannot be half-written."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timezone
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


def get_setting(session: Session, key: str, default: object = None) -> object:
    """A stored value (JSON), or `default`."""
    row = session.get(Setting, key)
    return default if row is None else row.value


def get_count(session: Session, key: str) -> int:
    """A stored counter (a package kind's last sequence), 0 when none yet."""
    value = get_setting(session, key, 0)
    return value if isinstance(value, int) else int(str(value))


def put_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_identity(session: Session) -> Identity | None:
    raw = get_setting(session, "identity")
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
    put_setting(session, "identity", {**asdict(identity), "role": identity.role.value})


def get_deadline(session: Session) -> date | None:
    """The submission deadline: the open round's at the province; at a unit, the one its last
    reference package brought."""
    from sqlalchemy import select

    from dvc_desktop.store.models import Round

    open_round = session.scalars(select(Round.deadline).where(Round.state == "open")).first()
    if open_round is not None:
        return open_round
    raw = get_setting(session, "deadline")
    return date.fromisoformat(raw) if isinstance(raw, str) else None


def put_deadline(session: Session, deadline: date | None) -> None:
    put_setting(session, "deadline", deadline.isoformat() if deadline else None)


def iso_utc(moment: datetime) -> str:
    """ISO-8601 of a stored time; SQLite gives it back without its zone, which is UTC."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat(timespec="seconds")
