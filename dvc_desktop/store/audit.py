"""Audit log writes, inside the caller's transaction so the log and the change commit together."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dvc_desktop.store.models import AuditEntry


def record(
    session: Session, actor: str, action: str, entity_type: str, entity_key: str, **details: object
) -> None:
    session.add(AuditEntry(actor=actor, action=action, entity_type=entity_type,
                           entity_key=entity_key, details=details))
