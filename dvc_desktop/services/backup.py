"""`dvc-desktop backup OUT`: an online copy of the store while it stays open."""

from __future__ import annotations

from pathlib import Path

from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.store import audit
from dvc_desktop.store.backup import BackupError, backup_sqlite


def backup(context: ServiceContext, target: Path) -> Path:
    source = context.db.file
    if source is None:
        raise InvalidRequest(translate(
            "backup", "Kho dữ liệu trên máy chủ được sao lưu bằng công cụ của máy chủ đó."))
    try:
        written = backup_sqlite(source, target)
    except BackupError as error:
        raise InvalidRequest(str(error)) from error
    with context.transaction() as session:
        audit.record(session, context.actor, "backup", "store", str(written))
    return written
