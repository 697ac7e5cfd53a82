"""Bring a store to the newest schema, taking an online backup first.

Alembic is imported only when a store needs upgrading: opening a current store reads its revision
with one query and compares it with the head read from the migration files' `revision` and
`down_revision` lines (loading Alembic and its scripts took 0.25 s of every start, bench/startup.py).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, inspect, text

from dvc_desktop.i18n import translate
from dvc_desktop.store.backup import backup_sqlite
from dvc_desktop.store.models import APPLICATION_ID
from dvc_desktop.store.revision import MIGRATIONS_DIR, VERSION_TABLE, alembic_config, head_revision, known_revisions

__all__ = ["MIGRATIONS_DIR", "VERSION_TABLE", "ForeignDatabaseError", "MigrationResult", "alembic_config",
           "current_revision", "head_revision", "upgrade"]


class ForeignDatabaseError(RuntimeError):
    """The file is an SQLite database, but not one of ours."""


def refuse_foreign_file(db_file: Path) -> None:
    """Recognise a file that is not a DVC store before anything touches it: opening it through the store's
    engine would switch another program's database to WAL for good. Read without any write (`immutable`).

    Ours: the SQLite header with application_id "DVCD" (set by migration 0007), or, from before 0007,
    application_id 0 with Alembic's version table and the store's own tables. An empty file, or an SQLite
    file with no tables at all (a first start cut short), is the store to be made. Anything else (another
    program's id, other tables, a lone `alembic_version`) is someone else's file, left byte-identical."""
    import sqlite3

    if not db_file.is_file() or db_file.stat().st_size == 0:
        return
    with open(db_file, "rb") as handle:
        header = handle.read(100)
    if header[:16] != b"SQLite format 3\x00":
        raise ForeignDatabaseError(translate(
            "store", "Tệp {path} không phải cơ sở dữ liệu của DVC Desktop (không phải tệp SQLite); tệp được giữ "
                     "nguyên.", path=db_file))
    application_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if application_id == APPLICATION_ID:
        return
    foreign = ForeignDatabaseError(translate(
        "store", "Tệp {path} không phải cơ sở dữ liệu của DVC Desktop; tệp được giữ nguyên.", path=db_file))
    if application_id != 0:
        raise foreign
    try:
        probe = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        return  # unreadable: the store's own open says it is damaged, with the way back
    if tables and not (VERSION_TABLE in tables and _STORE_TABLES <= tables):
        raise foreign


# Tables every revision since the first has had: with Alembic's, the mark of a store made before 0007.
_STORE_TABLES = frozenset({"settings", "levels", "units", "sectors", "procedures", "audit_log"})


class NewerStoreError(ForeignDatabaseError):
    """A store of a schema revision this version's migrations do not know: made by a newer version."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(engine: Engine) -> str | None:
    """The store's revision (what Alembic's `MigrationContext.get_current_revision` reads)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        revisions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(revisions) > 1:  # several heads: let Alembic say what it makes of them
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return revisions[0] if revisions else None


def upgrade(engine: Engine, db_file: Path | None, backups_dir: Path, target: str = "head",
            label: str | None = None) -> MigrationResult:
    """Upgrade to `target`; a store file that already holds data is backed up first. `label`: how the
    messages name a store that is not a file (a server's URL, its password hidden)."""
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return MigrationResult(current, wanted, None)
    where = db_file if db_file is not None else label
    _refuse_unknown(engine, current, wanted, where)
    backup = None
    if current is not None and db_file is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(db_file, backups_dir / f"before-migration-{current}-{stamp}.sqlite")
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection, _foreign_keys_off(connection):
        with connection.begin():
            if connection.dialect.name == "postgresql":
                # Two staff starting a new version at once: the second waits, then finds the work done.
                from dvc_desktop.store.server import MIGRATION_LOCK

                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                current = _revision_on(connection)
                if current == wanted:
                    return MigrationResult(current, wanted, None)
                if connection.execute(text("SHOW server_encoding")).scalar() != "UTF8":
                    raise ForeignDatabaseError(translate(
                        "store", "Cơ sở dữ liệu {path} không dùng bảng mã UTF8; hãy tạo lại với ENCODING 'UTF8' "
                                 "(xem docs/server.md).", path=where))
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            _check_foreign_keys(connection)
    return MigrationResult(current, wanted, backup)


def _refuse_unknown(engine: Engine, current: str | None, wanted: str, where: object) -> None:
    """Someone else's database, or a store of a newer version: refused before anything is written."""
    tables = set(inspect(engine).get_table_names())
    if current is None and tables - {"alembic_version"}:
        if not isinstance(where, Path):
            raise ForeignDatabaseError(translate(
                "store", "Cơ sở dữ liệu {path} đã có bảng của chương trình khác; DVC Desktop không dùng và không thay "
                         "đổi gì. Hãy tạo một cơ sở dữ liệu trống (xem docs/server.md).", path=where))
        raise ForeignDatabaseError(
            translate("store", "Tệp {path} không phải cơ sở dữ liệu của DVC Desktop.", path=where)
        )
    if current is not None and current not in known_revisions():
        raise NewerStoreError(translate(
            "store", "Kho dữ liệu {path} có cấu trúc {revision}, do một phiên bản DVC Desktop mới hơn tạo ra; phiên "
                     "bản đang chạy (cấu trúc {head}) không đọc được kho này và không thay đổi gì. Hãy cài phiên bản "
                     "DVC Desktop mới nhất.", path=where, revision=current, head=wanted))


def _revision_on(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().first()


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """SQLite alters a table by copying, dropping and renaming it; with foreign keys on, dropping a
    table other rows point at fails. SQLite's own procedure for schema changes: foreign keys off
    outside the transaction, the change, `foreign_key_check` before the commit, foreign keys back on.
    (The pragma is ignored inside a transaction, so it goes to the driver's connection directly.)"""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:  # raising rolls the whole upgrade back: the store stays at its old revision
            raise RuntimeError(f"migration left rows pointing nowhere: {broken[:5]}")
