"""Reads of the store through its sqlite3 connection, with the standard library alone.

One implementation for both ways in: the services hand over their transaction's connection
(`driver_connection(session)`), and the commands that only read (`status`) and the window's first
look open the file with `sqlite3` before SQLAlchemy (about 0.3 s of imports) is loaded. Stored days
and times come back as the text SQLAlchemy wrote; they are parsed here.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from dvc_desktop.domain.units import Level
from dvc_desktop.services.identity import Identity, identity_from
from dvc_desktop.services.round_view import RoundView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@contextmanager
def plain_store(data_dir: Path) -> Iterator[sqlite3.Connection | None]:
    """The store opened with sqlite3 alone, inside one read transaction, when the usual opening
    (`services.context.open_context`) would neither check, migrate, repair nor finish anything first;
    None otherwise (no store yet, an older or newer schema, a restore cut short, a session that did
    not end cleanly, a small store that fails the check every open runs, another computer's lock),
    and the caller opens it the usual way, which does that work or says what is wrong. Beside
    another session of this computer (which holds the lock) it reads as `open_context(shared=True)`
    would. Nothing is written."""
    from dvc_desktop.services.levels import bundled_levels
    from dvc_desktop.store.files import CHECK_ALWAYS_UP_TO, DB_FILE_NAME, SESSION_MARK
    from dvc_desktop.store.lock import StoreLock, StoreLockedError
    from dvc_desktop.store.restore import STAGED_KEYS, STAGED_STORE

    from dvc_desktop import local_settings

    file = data_dir / DB_FILE_NAME
    if not file.is_file() or local_settings.database_url(data_dir):  # a server's store: the usual opening
        yield None
        return
    lock = StoreLock(data_dir)
    try:
        lock.acquire()
    except StoreLockedError as error:
        if error.holder is None or error.other_host:
            yield None
            return
    connection = None
    try:
        exclusive = lock.held
        if exclusive and any((data_dir / name).exists() for name in (SESSION_MARK, STAGED_STORE, STAGED_KEYS)):
            yield None
            return
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=rw", uri=True)  # never makes a file
        try:
            connection.execute("BEGIN")  # one state of the store for the whole read
            ready = is_current(connection)
            if ready and exclusive:
                present = {code for (code,) in connection.execute("SELECT code FROM levels")}
                ready = {level.code for level in bundled_levels()} <= present  # else opening adds them
            if ready and exclusive and file.stat().st_size <= CHECK_ALWAYS_UP_TO:
                ready = connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        except sqlite3.Error:  # damage: the usual opening says so
            ready = False
        yield connection if ready else None
    finally:
        if connection is not None:
            connection.close()
        if lock.held:
            lock.release()


def is_current(connection: sqlite3.Connection) -> bool:
    """The store has exactly the schema this version writes (else it must be opened the usual way,
    which migrates it)."""
    from dvc_desktop.store.revision import VERSION_TABLE, head_revision

    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE not in tables:
        return False
    revisions = [revision for (revision,) in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    return revisions == [head_revision()]


def driver_connection(session: "Session") -> sqlite3.Connection:
    """The transaction's own driver connection, with the session's pending changes written to it: sqlite3's,
    or on a server psycopg's behind `_ServerReads` (the same `?` queries, the same plain tuples)."""
    session.flush()
    raw = session.connection().connection.driver_connection
    if isinstance(raw, sqlite3.Connection):
        return raw
    return _ServerReads(raw)  # type: ignore[return-value]


class _ServerReads:
    """psycopg's connection as these reads use sqlite3's: `execute(sql, params)` with `?` placeholders
    (psycopg's are `%s`) returning a cursor. Only the portable SQL of this module and its callers goes
    through it: no `%` and no `?` inside their literals."""

    decodes_json = True  # psycopg gives a JSON column as the value it holds, sqlite3 as its text

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        cursor = self._connection.cursor()
        cursor.execute(sql.replace("?", "%s") if params else sql, params or None)
        return cursor


def json_value(connection: Any, stored: Any) -> Any:
    """A JSON column's value, whichever driver read it."""
    if getattr(connection, "decodes_json", False) or stored is None:
        return stored
    return json.loads(stored)


def day(value: Any) -> date | None:
    """A stored day: the text SQLAlchemy wrote (sqlite3 gives it back as is), or a date already."""
    return date.fromisoformat(value) if isinstance(value, str) and value else value or None


def moment(value: Any) -> datetime:
    """A stored time: the text SQLAlchemy wrote, or a datetime already (SQLAlchemy, another driver)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def iso_utc(moment: datetime) -> str:
    """ISO-8601 of a stored time; SQLite gives it back without its zone, which is UTC."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat(timespec="seconds")


def setting(connection: sqlite3.Connection, key: str) -> object:
    """A stored value (JSON), or None."""
    found = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if found is None else json_value(connection, found[0])


def identity(connection: sqlite3.Connection) -> Identity | None:
    return identity_from(setting(connection, "identity"))


_ROUND = "SELECT id, name, basis, opened_on, deadline, state, closed_on, reporting_date FROM rounds"


def _round(row: tuple[Any, ...] | None) -> RoundView | None:
    if row is None:
        return None
    row_id, name, basis, opened_on, deadline, state, closed_on, reporting_day = row
    return RoundView(row_id, name, basis, day(opened_on), day(deadline), state, day(closed_on),  # type: ignore[arg-type]
                     day(reporting_day))


def open_round(connection: sqlite3.Connection) -> RoundView | None:
    """The round open now (at most one is)."""
    return _round(connection.execute(_ROUND + " WHERE state = 'open' ORDER BY id LIMIT 1").fetchone())


def current_round(connection: sqlite3.Connection) -> RoundView | None:
    """The round late and on time are judged against: the open one at the province, else the latest;
    at a unit, the round its last reference package described."""
    found = open_round(connection) or _round(connection.execute(_ROUND + " ORDER BY id DESC LIMIT 1").fetchone())
    if found is not None:
        return found
    raw = setting(connection, "round")
    if isinstance(raw, dict):
        try:
            return RoundView(None, raw["name"], raw.get("basis", ""), date.fromisoformat(raw["opened_on"]),
                             date.fromisoformat(raw["deadline"]), "open")
        except (KeyError, TypeError, ValueError):  # a setting from another version: no round shown
            return None
    return None


def round_reporting_day(connection: sqlite3.Connection) -> date | None:
    """The day the open round's outputs state the law as it stands, when the office set one."""
    current = open_round(connection)
    return current.reporting_date if current is not None else None


def deadline(connection: sqlite3.Connection) -> date | None:
    """The submission deadline: the open round's at the province; at a unit, the one its last
    reference package brought."""
    current = open_round(connection)
    if current is not None:
        return current.deadline
    return day(setting(connection, "deadline"))


def levels(connection: sqlite3.Connection) -> list[Level]:
    rows = connection.execute("SELECT code, name, aliases, active_from, active_to, sort_order FROM levels"
                              " ORDER BY sort_order, code")
    return [Level(code=code, name=name, aliases=tuple(json_value(connection, aliases) or ()),
                  active_from=day(active_from), active_to=day(active_to), sort_order=sort_order)
            for code, name, aliases, active_from, active_to, sort_order in rows]
