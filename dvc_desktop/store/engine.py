"""Engine set-up: every SQLite connection gets WAL, foreign keys and full sync; a PostgreSQL server's
connections are checked before use and give up on an unreachable server within seconds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url


def sqlite_url(path: Path) -> URL:
    """The store's URL, built rather than formatted: a folder named `q?mode=ro` or `pct%20x` is a path,
    never a query string or an escape."""
    return URL.create("sqlite", database=str(path))


# Seconds to wait for an unreachable server before saying so (libpq's connect_timeout).
CONNECT_TIMEOUT = 10


def make_engine(url: str | URL) -> Engine:
    if make_url(url).get_backend_name() == "postgresql":
        # pool_pre_ping: a connection the server or the network dropped while idle is replaced, not
        # handed to the next user action. Keepalives: a dead link is noticed within half a minute.
        return create_engine(url, future=True, pool_pre_ping=True, connect_args={
            "connect_timeout": CONNECT_TIMEOUT, "application_name": "DVC Desktop",
            # Times are kept in UTC, as in the SQLite file (whose naive times are UTC): a server set to
            # Asia/Ho_Chi_Minh would otherwise read a naive time as local.
            "options": "-c timezone=UTC",
            "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3})
    engine = create_engine(url, future=True)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (SAVEPOINT-safe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: in WAL mode NORMAL may lose the last commits on power loss.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")
