"""Typed settings with defaults, stored in the database so they cannot be half-written."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from sqlalchemy.orm import Session

from dvc_desktop.i18n import translate
from dvc_desktop.services import store_reads
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.identity import Identity, Role, identity_from
from dvc_desktop.services.store_reads import iso_utc
from dvc_desktop.store.models import Setting

__all__ = ["Identity", "Role", "iso_utc"]  # and the functions below


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
    return identity_from(get_setting(session, "identity"))


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
    return store_reads.deadline(store_reads.driver_connection(session))


def put_deadline(session: Session, deadline: date | None) -> None:
    put_setting(session, "deadline", deadline.isoformat() if deadline else None)

