"""A store on a PostgreSQL server (the provincial office shared by several staff): its URL, the
connection's failures said in Vietnamese, and the server's advisory locks.

The password never passes through DVC Desktop: libpq reads it from its usual places (PGPASSWORD,
~/.pgpass or %APPDATA%\\postgresql\\pgpass.conf, a service file), so a URL with a password is refused
rather than kept in a settings file.
"""

from __future__ import annotations

import time
from typing import Callable, Iterable

from sqlalchemy import Connection, Table, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from dvc_desktop.i18n import translate

DRIVER = "postgresql+psycopg"
ENV_VARIABLE = "DVC_DATABASE_URL"

# Keys of the server's advisory locks (pg_advisory_xact_lock): one number per kind of work serialised.
MIGRATION_LOCK = 0x44564301  # "DVC" 1: two staff starting a new version at once migrate once
IMPORT_LOCK = 0x44564302  # "DVC" 2: one package import at a time


class ServerUrlError(ValueError):
    """The text given is not a PostgreSQL store's URL DVC Desktop accepts (said in Vietnamese)."""


class ServerUnavailable(RuntimeError):
    """The server could not be reached, or the connection was lost: nothing was written. Retrying is
    safe (`retryable`)."""

    retryable = True


def server_url(value: str) -> URL:
    """The URL `value` names, with the psycopg driver; refused with a sentence when it is not a PostgreSQL
    URL or carries a password."""
    try:
        url = make_url(value.strip())
    except ArgumentError:
        raise ServerUrlError(translate(
            "store", "Địa chỉ máy chủ không hợp lệ: {url}. Dạng đúng: postgresql+psycopg://người_dùng@máy_chủ/cơ_sở_dữ_liệu",
            url=value.strip())) from None
    if url.get_backend_name() != "postgresql":
        raise ServerUrlError(translate(
            "store", "Chỉ dùng được máy chủ PostgreSQL (postgresql+psycopg://…), không phải {url}.", url=shown(url)))
    if url.password:
        raise ServerUrlError(translate(
            "store", "Không ghi mật khẩu trong địa chỉ máy chủ: DVC Desktop không lưu mật khẩu. Hãy đặt mật khẩu "
                     "vào tệp pgpass (hoặc biến PGPASSWORD), xem docs/server.md."))
    if not url.database:
        raise ServerUrlError(translate(
            "store", "Địa chỉ máy chủ thiếu tên cơ sở dữ liệu (…/tên_cơ_sở_dữ_liệu): {url}", url=shown(url)))
    return url.set(drivername=DRIVER)


def shown(url: str | URL) -> str:
    """The URL as it may be shown or logged (a password, should one be there, hidden)."""
    return make_url(url).render_as_string(hide_password=True)


def libpq_conninfo(url: str | URL) -> str:
    """The URL as libpq's own tools (pg_dump, psql) take it: `postgresql://…`, no SQLAlchemy driver."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def is_connection_lost(error: BaseException) -> bool:
    """The server went away or could not be reached (as opposed to a refused statement)."""
    import psycopg

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, psycopg.OperationalError) and not isinstance(seen, psycopg.errors.QueryCanceled):
            return True
        if isinstance(seen, psycopg.InterfaceError):
            return True
        if getattr(seen, "connection_invalidated", False):
            return True
        seen = seen.__cause__ or getattr(seen, "orig", None)
    return False


def unavailable(url: str | URL, error: BaseException) -> ServerUnavailable:
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()
    return ServerUnavailable(translate(
        "store", "Mất kết nối tới máy chủ cơ sở dữ liệu {url}; thao tác chưa được ghi (không có gì ghi dở). Hãy "
                 "kiểm tra mạng rồi thử lại. ({detail})", url=shown(url), detail=detail[0] if detail else "?"))


def wait_for_advisory_lock(connection: Connection, key: int, timeout: float,
                           on_wait: Callable[[float], None] | None = None, poll: float = 0.25) -> bool:
    """Take the transaction-scoped advisory lock `key` (released at commit or rollback), waiting at most
    `timeout` seconds; `on_wait(seconds waited)` is told while waiting. False when it stayed taken."""
    started = time.monotonic()
    while True:
        if connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": key}).scalar():
            return True
        waited = time.monotonic() - started
        if waited >= timeout:
            return False
        if on_wait is not None:
            on_wait(waited)
        time.sleep(min(poll, max(0.0, timeout - waited)))


def find_client_tool(name: str) -> str | None:
    """PostgreSQL's own client tool `name` (pg_dump, pg_restore): on PATH, else where the installers put
    it (Debian's /usr/lib/postgresql/<n>/bin, Windows' Program Files\\PostgreSQL\\<n>\\bin), newest first."""
    import glob
    import os
    import shutil

    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}"]
    for root in filter(None, (os.environ.get("ProgramFiles"), os.environ.get("ProgramW6432"))):
        patterns.append(os.path.join(root, "PostgreSQL", "*", "bin", f"{name}.exe"))
    candidates = [path for pattern in patterns for path in glob.glob(pattern)]

    def version(path: str) -> float:
        try:
            return float(os.path.basename(os.path.dirname(os.path.dirname(path))))
        except ValueError:
            return 0.0

    return max(candidates, key=version) if candidates else None


class DumpError(RuntimeError):
    """pg_dump is missing or failed (said in Vietnamese, with the way to do it by hand)."""


def dump(url: str | URL, target: str) -> None:
    """`pg_dump --format=custom` of the store into `target` (the caller writes it aside and moves it into
    place whole). The password comes from libpq's usual places, never from DVC Desktop."""
    import subprocess

    tool = find_client_tool("pg_dump")
    by_hand = f'pg_dump --format=custom --file "{target}" "{shown(libpq_conninfo(url))}"'
    if tool is None:
        raise DumpError(translate(
            "store", "Không tìm thấy pg_dump (công cụ sao lưu của PostgreSQL) trên máy này. Hãy cài bộ công cụ "
                     "khách PostgreSQL (cùng phiên bản máy chủ trở lên) rồi chạy lại, hoặc sao lưu trên máy chủ bằng "
                     "lệnh: {command}", command=by_hand))
    done = subprocess.run([tool, "--format=custom", "--no-password", "--file", target,
                           "--dbname", libpq_conninfo(url)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise DumpError(translate("store", "pg_dump không sao lưu được kho trên máy chủ: {detail}",
                                  detail=detail[-1] if detail else done.returncode))


def continue_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After rows were written with their ids given (a store moved here, the demo's catalogue), each id
    sequence continues after the highest id: SQLite picks max(id) + 1 itself, a server's sequence does not."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                          {"table": table.name, "column": column.name}).scalar()
            if sequence:
                connection.execute(text(f"SELECT setval(:sequence, coalesce((SELECT max({column.name}) FROM "
                                        f"{table.name}), 0) + 1, false)"), {"sequence": sequence})


def driver_parts() -> tuple[str, int]:
    """(psycopg's libpq implementation, libpq's version), once everything a server's store needs has
    loaded: psycopg with its libpq, SQLAlchemy's PostgreSQL dialect, Alembic's PostgreSQL operations
    (the self-test of an installation; no server is contacted)."""
    import alembic.ddl.postgresql  # noqa: F401 - the migrations on a server
    import psycopg

    from dvc_desktop.store.engine import make_engine

    make_engine("postgresql+psycopg://dvc@127.0.0.1/dvc").dispose()  # the dialect loads; nothing connects
    return psycopg.pq.__impl__, psycopg.pq.version()
