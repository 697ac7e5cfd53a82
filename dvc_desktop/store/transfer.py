"""Moving an office's SQLite store onto a PostgreSQL server (`dvc-desktop migrate-store --to URL`).

The SQLite file is read through a read-only connection, so it stays byte for byte as it was. The
server's database must hold no DVC Desktop data yet: the same Alembic migrations make its schema, every
table's rows are copied in one transaction, and before that transaction commits each table is counted
and summed (SHA-256 over its rows in key order, values in one canonical form) on both sides; any
difference rolls everything back.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Engine, Table, create_engine, func, insert, inspect, select, text, update

from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.store import server
from dvc_desktop.store.engine import make_engine
from dvc_desktop.store.migrate import current_revision, head_revision, upgrade
from dvc_desktop.store.models import Base
from dvc_desktop.store.revision import VERSION_TABLE

_CHUNK = 2000


class TransferRefused(RuntimeError):
    """The store cannot be moved as asked (said in Vietnamese); nothing was written anywhere."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class Transfer:
    revision: str
    tables: tuple[TableCheck, ...]

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables)


def read_only_engine(db_file: Path) -> Engine:
    """The SQLite store opened so that nothing can write to it (not even a WAL checkpoint)."""
    uri = f"{db_file.resolve().as_uri()}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))


def move_store(db_file: Path, target_url: str, actor: str, progress: Progress = no_progress) -> Transfer:
    """Copy every row of the SQLite store `db_file` into the empty server database at `target_url`; the
    server's audit log then says who moved it, from where, and each table's count and checksum."""
    source = read_only_engine(db_file)
    target = make_engine(target_url)
    try:
        revision = current_revision(source)
        if revision != head_revision():
            raise TransferRefused(translate(
                "store", "Kho {path} ở cấu trúc {revision}; hãy mở kho bằng phiên bản này một lần (để nâng cấp) "
                         "rồi chuyển lên máy chủ.", path=db_file, revision=revision or "?"))
        _refuse_unless_empty(target, target_url)
        upgrade(target, None, Path(), label=server.shown(target_url))
        tables = Base.metadata.sorted_tables
        total = sum(_count(source, table) for table in tables)
        checks: list[TableCheck] = []
        with source.connect() as reading, target.connect() as writing, writing.begin():
            if writing.dialect.name == "postgresql":
                writing.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": server.MIGRATION_LOCK})
            if _count(writing, None) != 0:  # someone began using the server meanwhile
                raise TransferRefused(_not_empty(target_url))
            done = 0
            for table in tables:
                done = _copy(reading, writing, table, done, total, progress)
            server.continue_sequences(writing, tables)
            for table in tables:
                mine, theirs = _check(reading, table), _check(writing, table)
                if mine != theirs:  # raising rolls the whole copy back
                    raise TransferRefused(translate(
                        "store", "Bảng {table} chép lên máy chủ không khớp ({rows} dòng, tổng kiểm {sum} so với {"
                                 "their_rows} dòng, {their_sum}); không có gì được ghi.", table=table.name,
                        rows=mine.rows, sum=mine.sha256[:12], their_rows=theirs.rows, their_sum=theirs.sha256[:12]))
                checks.append(mine)
            from dvc_desktop.store.models import AuditEntry, utcnow

            writing.execute(insert(AuditEntry.__table__), [{  # type: ignore[arg-type]
                "at": utcnow(), "actor": actor, "action": "store.migrated", "entity_type": "store",
                "entity_key": str(db_file)[-128:],
                "details": {"revision": revision, "tables": {c.table: [c.rows, c.sha256] for c in checks}}}])
        return Transfer(revision, tuple(checks))
    except Exception as error:
        if server.is_connection_lost(error):
            raise server.unavailable(target_url, error) from error
        raise
    finally:
        source.dispose()
        target.dispose()


def _not_empty(url: str) -> str:
    return translate("store", "Cơ sở dữ liệu {url} đã có dữ liệu của DVC Desktop; chỉ chuyển được vào một cơ sở dữ "
                              "liệu trống (không ghi đè).", url=server.shown(url))


def _refuse_unless_empty(engine: Engine, url: str) -> None:
    names = set(inspect(engine).get_table_names())
    if names - {VERSION_TABLE}:
        with engine.connect() as connection:
            if not (names >= {t.name for t in Base.metadata.sorted_tables}) or _count(connection, None):
                raise TransferRefused(_not_empty(url))


def _count(where: Engine | Connection, table: Table | None) -> int:
    """Rows of `table` (of every table when None)."""
    if isinstance(where, Engine):
        with where.connect() as connection:
            return _count(connection, table)
    tables = [table] if table is not None else Base.metadata.sorted_tables
    return sum(int(where.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (a unit replaced by another): written after every row is in."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy(reading: Connection, writing: Connection, table: Table, done: int, total: int,
          progress: Progress) -> int:
    later = _self_references(table)
    pending: list[dict[str, Any]] = []
    result = reading.execution_options(stream_results=True).execute(_ordered(table))
    for rows in result.mappings().partitions(_CHUNK):
        batch = [dict(row) for row in rows]
        if later:
            pending.extend({**{c.name: row[c.name] for c in table.primary_key.columns},
                            **{name: row[name] for name in later}} for row in batch if any(row[n] for n in later))
            batch = [{**row, **{name: None for name in later}} for row in batch]
        writing.execute(insert(table), batch)
        done += len(batch)
        progress(done, total)
    for row in pending:
        keys = table.primary_key.columns
        writing.execute(update(table).where(*(c == row[c.name] for c in keys))
                        .values({name: row[name] for name in later}))
    return done


def _check(connection: Connection, table: Table) -> TableCheck:
    digest = hashlib.sha256()
    rows = 0
    for row in connection.execute(_ordered(table)):
        digest.update(json.dumps([canonical(value) for value in row], ensure_ascii=False,
                                 separators=(",", ":")).encode("utf-8"))
        digest.update(b"\n")
        rows += 1
    return TableCheck(table.name, rows, digest.hexdigest())


def canonical(value: Any) -> Any:
    """One form of a stored value whichever engine returned it: times in UTC without their zone (SQLite
    keeps them so), days and bytes as text, JSON with its keys sorted."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def table_checks(engine: Engine) -> Iterator[TableCheck]:
    """Each table's row count and checksum (what `migrate-store` compares), for a later audit."""
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            yield _check(connection, table)
