"""The province's store on a PostgreSQL server: choosing it, testing the connection, moving an office's
SQLite store onto it (docs/server.md). The password is never DVC Desktop's to keep (store/server.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dvc_desktop import local_settings
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.store import server
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.lock import StoreLock
from dvc_desktop.store.transfer import Transfer, TransferRefused, move_store


@dataclass(frozen=True)
class ConnectionReport:
    """What "Thử kết nối" found: the server answered (its version, the store's state), or why not."""

    ok: bool
    message: str


def checked_url(value: str) -> str:
    """A server URL as DVC Desktop keeps it (psycopg driver, no password), or InvalidRequest."""
    try:
        return server.server_url(value).render_as_string(hide_password=False)
    except server.ServerUrlError as error:
        raise InvalidRequest(str(error)) from None


def test_connection(value: str) -> ConnectionReport:
    """Connect once and say what is there: an empty database (init makes the schema), a store of this
    version, of an older one (upgraded at first use), of a newer one (refused), or someone else's."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    from dvc_desktop.store.engine import make_engine
    from dvc_desktop.store.migrate import current_revision, head_revision
    from dvc_desktop.store.revision import known_revisions

    try:
        url = checked_url(value)
    except InvalidRequest as error:
        return ConnectionReport(False, str(error))
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar())
            encoding = connection.execute(text("SHOW server_encoding")).scalar()
            tables = set(inspect(connection).get_table_names())
        revision = current_revision(engine)
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()
        return ConnectionReport(False, translate(
            "server", "Không kết nối được tới {url}: {detail}", url=server.shown(url),
            detail=detail[0] if detail else "?"))
    finally:
        engine.dispose()
    where = translate("server", "Đã kết nối tới PostgreSQL {version}.", version=version.split()[0])
    if encoding != "UTF8":
        return ConnectionReport(False, where + " " + translate(
            "server", "Cơ sở dữ liệu không dùng bảng mã UTF8; hãy tạo lại (xem docs/server.md)."))
    if revision is None:
        if tables - {"alembic_version"}:
            return ConnectionReport(False, where + " " + translate(
                "server", "Cơ sở dữ liệu đã có bảng của chương trình khác; hãy dùng một cơ sở dữ liệu trống."))
        return ConnectionReport(True, where + " " + translate(
            "server", "Cơ sở dữ liệu còn trống: lần mở đầu tiên sẽ tạo cấu trúc kho (hoặc chuyển kho hiện có lên "
                      "bằng migrate-store)."))
    if revision == head_revision():
        return ConnectionReport(True, where + " " + translate("server", "Kho dữ liệu cùng phiên bản, sẵn sàng dùng."))
    if revision in known_revisions():
        return ConnectionReport(True, where + " " + translate(
            "server", "Kho dữ liệu ở cấu trúc cũ {revision}; sẽ được nâng cấp khi mở (hãy sao lưu trước).",
            revision=revision))
    return ConnectionReport(False, where + " " + translate(
        "server", "Kho dữ liệu do phiên bản DVC Desktop mới hơn tạo (cấu trúc {revision}); hãy cài phiên bản mới "
                  "nhất.", revision=revision))


def use_server(data_dir: Path, value: str | None) -> str | None:
    """Remember the server for this computer's data folder (None: back to the SQLite file)."""
    url = checked_url(value) if value else None
    local_settings.save_database_url(data_dir, url)
    return url


def migrate_store(data_dir: Path, lock: StoreLock | None, target: str, actor: str,
                  progress: Progress = no_progress) -> Transfer:
    """Move the SQLite store of `data_dir` (its lock held by the caller) onto the server at `target`."""
    url = checked_url(target)
    db_file = data_dir / DB_FILE_NAME
    if not db_file.is_file():
        raise InvalidRequest(translate("server", "Không có kho dữ liệu SQLite tại {path} để chuyển.", path=db_file))
    try:
        return move_store(db_file, url, actor, progress)
    except TransferRefused as error:
        raise InvalidRequest(str(error)) from None


@dataclass(frozen=True)
class OthersChanges:
    """What other staff did since the window last read the store (from the audit log)."""

    mark: int  # the newest audit entry seen: the next look starts after it
    actors: tuple[str, ...] = ()  # who, most recent first
    count: int = 0
    last_at: datetime | None = None


def others_changes(context: ServiceContext, since: int | None) -> OthersChanges | None:
    """Other staff's changes after audit entry `since` (None: just the mark to start from). None when
    the store is not shared (a file has one user at a time)."""
    from sqlalchemy import func, select

    from dvc_desktop.store import models

    if not context.db.on_server:
        return None
    entry = models.AuditEntry
    with context.transaction() as session:
        mark = session.scalar(select(func.max(entry.id))) or 0
        if since is None or mark <= since:
            return OthersChanges(mark)
        rows = session.execute(select(entry.actor, func.count(), func.max(entry.at))
                               .where(entry.id > since, entry.id <= mark, entry.actor != context.actor)
                               .group_by(entry.actor).order_by(func.max(entry.at).desc())).all()
    if not rows:
        return OthersChanges(mark)
    return OthersChanges(mark, tuple(actor for actor, _, _ in rows), sum(count for _, count, _ in rows),
                         max(at for _, _, at in rows))
