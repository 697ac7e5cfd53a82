"""Backups and restore: `dvc-desktop backup OUT`, the automatic backups, `dvc-desktop restore BACKUP`.

A backup is one SQLite file that also carries the `keys/` folder (private keys stay encrypted with
their passphrase), so a unit restored from it can sign again.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from dvc_desktop.atomic_files import PARTIAL_SUFFIX
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext, open_context
from dvc_desktop.services.errors import InvalidRequest, prepare_output
from dvc_desktop.store import audit
from dvc_desktop.store.backup import BackupError, backup_sqlite
from dvc_desktop.store.integrity import backups_folder, remember_backup
from dvc_desktop.store.lock import StoreLock
from dvc_desktop.store.restore import Restored, RestoreRefused, restore_files

AUTOMATIC_PREFIX = "tu-dong-"
AUTOMATIC_EVERY = timedelta(days=1)
AUTOMATIC_KEPT = 10


def carried_files(data_dir: Path) -> dict[str, bytes]:
    """The `keys/` folder's files, by their name relative to the data folder."""
    folder = data_dir / "keys"
    if not folder.is_dir():
        return {}
    return {f"keys/{p.name}": p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and PARTIAL_SUFFIX not in p.name}


def backup(context: ServiceContext, target: Path, action: str = "backup") -> Path:
    source = context.db.file
    if source is None:
        return _dump_server(context, target, action)
    if action != "backup.automatic":  # the automatic backups are the ones that go in backups/
        prepare_output(context, target)
    context.db.check_integrity()  # a damaged store is said so, not copied
    files = carried_files(context.db.data_dir)
    try:
        written = backup_sqlite(source, target, files)
    except BackupError as error:
        raise InvalidRequest(str(error)) from error
    with context.transaction() as session:
        audit.record(session, context.actor, action, "store", str(written), key_files=sorted(files))
    remember_backup(context.db.data_dir, written)
    return written


def _dump_server(context: ServiceContext, target: Path, action: str) -> Path:
    """A server's store: `pg_dump --format=custom` (restored with pg_restore, docs/server.md). The keys
    folder stays on this computer and is backed up with it, not into the server's dump."""
    from dvc_desktop.atomic_files import atomic_path
    from dvc_desktop.store import server

    prepare_output(context, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as partial:
        try:
            server.dump(context.db.url, str(partial))
        except server.DumpError as error:
            raise InvalidRequest(str(error)) from error
    with context.transaction() as session:
        audit.record(session, context.actor, action, "store", str(target), format="pg_dump custom")
    return target


def automatic_backup(context: ServiceContext, now: datetime | None = None) -> Path | None:
    """Once a day (the window does it when it opens): `backups/tu-dong-YYYYMMDD-HHMMSS.sqlite`, keeping
    the newest AUTOMATIC_KEPT. Returns the new backup, or None when the last is less than a day old."""
    if context.db.file is None:
        return None
    now = now or datetime.now()
    folder = backups_folder(context.db.data_dir)
    made = sorted(folder.glob(f"{AUTOMATIC_PREFIX}*.sqlite")) if folder.is_dir() else []
    if made and now - datetime.fromtimestamp(made[-1].stat().st_mtime) < AUTOMATIC_EVERY:
        return None
    written = backup(context, folder / f"{AUTOMATIC_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite", "backup.automatic")
    for old in sorted(folder.glob(f"{AUTOMATIC_PREFIX}*.sqlite"))[:-AUTOMATIC_KEPT]:
        old.unlink(missing_ok=True)
    return written


def restore(data_dir: Path, source: Path, lock: StoreLock, actor: str | None = None) -> Restored:
    """`dvc-desktop restore BACKUP.sqlite` with the data folder's lock held: check the backup, keep the
    current store and keys aside, put the backup's back, open (and upgrade) it and audit the restore."""
    try:
        restored = restore_files(data_dir, source)
    except RestoreRefused as error:
        raise InvalidRequest(str(error)) from error
    with open_context(data_dir, lock=lock) as context:
        if actor:
            context.actor = actor
        with context.transaction() as session:
            audit.record(session, context.actor, "store.restore", "store", str(source),
                         revision=restored.revision, set_aside=[str(p) for p in restored.set_aside],
                         key_files=list(restored.key_files))
    return restored


def restore_on_server(url: str, source: Path) -> None:
    """A server's store is restored by its administrator with pg_restore, with every user out of it:
    DVC Desktop says how rather than replacing a store others have open."""
    from dvc_desktop.store.server import libpq_conninfo, shown

    raise InvalidRequest(translate(
        "backup", "Kho trên máy chủ được khôi phục bằng pg_restore khi không ai đang dùng: tạo một cơ sở dữ liệu "
                  "trống rồi chạy: pg_restore --no-owner --dbname \"{url}\" \"{path}\" (xem docs/server.md, mục "
                  "Khôi phục).", url=shown(libpq_conninfo(url)), path=source))
