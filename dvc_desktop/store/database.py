"""Opening a data directory: lock it, migrate it (backing up first), hand out sessions."""

from __future__ import annotations

import sqlite3

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import URL, Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from dvc_desktop.atomic_files import remove_stale_partials
from dvc_desktop.store.engine import make_engine, sqlite_url
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.integrity import (
    CHECK_ALWAYS_UP_TO, SESSION_MARK, StoreDamaged, backups_folder, damage_detail, damaged, is_damage, quick_check,
)
from dvc_desktop.store.lock import StoreLock, StoreLockedError
from dvc_desktop.store.migrate import MigrationResult, current_revision, head_revision, refuse_foreign_file, upgrade
from dvc_desktop.i18n import translate
from dvc_desktop.store.restore import finish_interrupted_restore
from dvc_desktop.store import text_guard

__all__ = ["DB_FILE_NAME", "Database", "after_commit"]

_AFTER_COMMIT = "dvc_desktop.after_commit"


def after_commit(session: Session, effect: Callable[[], None]) -> None:
    """Run `effect` once `session`'s transaction has committed, never if it rolls back.

    Files that tell the world about the transaction (a signed package, a promoted key, a receipt) are
    written here: a commit that fails (a full disk) then leaves no file the store does not know about.
    Effects run in the order registered; one that raises stops the rest and reaches the caller, the
    commit standing."""
    session.info.setdefault(_AFTER_COMMIT, []).append(effect)


class Database:
    """A locked, migrated store in `data_dir` (or at `url`, e.g. a shared PostgreSQL server).

    `lock`: the data directory's lock, when the caller took it already (the window's first look).
    """

    def __init__(self, data_dir: Path, url: str | None = None, lock: StoreLock | None = None,
                 shared: bool = False) -> None:
        self.data_dir = data_dir
        self.file = None if url else data_dir / DB_FILE_NAME
        self.url: str | URL = url or sqlite_url(self.file)  # type: ignore[arg-type]
        self._lock = lock or StoreLock(data_dir)
        self.engine: Engine | None = None
        self.migration: MigrationResult | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._marked = False
        self._checked = False
        self.shared = shared

    @property
    def on_server(self) -> bool:
        """A PostgreSQL store shared by several staff (no file, no lock of this computer's)."""
        return self.file is None

    def open(self) -> "Database":
        if self.shared:
            return self._open_shared()
        if self.on_server:
            return self._open_server()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self._lock.held:
            self._lock.acquire()
        try:
            if self.file is not None:
                finish_interrupted_restore(self.data_dir)
                refuse_foreign_file(self.file)  # before the engine's first connection writes to it
            self.engine = make_engine(self.url)
            if self.file is not None:
                remove_stale_partials(backups_folder(self.data_dir))
                unclean = self._mark_session()
                if unclean or _size(self.file) <= CHECK_ALWAYS_UP_TO:
                    self.check_integrity()
            self.migration = upgrade(self.engine, self.file, backups_folder(self.data_dir))
            self._make_sessions()
        except BaseException as error:
            found_damage = self.file is not None and (isinstance(error, StoreDamaged) or is_damage(error))
            if found_damage:
                self._marked = False  # the mark stays: every open checks the store until it is restored
            self.close()
            if found_damage and not isinstance(error, StoreDamaged):
                raise damaged(self.data_dir, damage_detail(error)) from error
            raise
        return self

    def _open_server(self) -> "Database":
        """A server's store: many staff at once, so no lock file and no session mark; the server keeps its
        own pages sound. Migrated like a file (under the server's advisory lock, docs/server.md)."""
        from dvc_desktop.store import server

        # Checked here, whichever door it came by (--database-url, $DVC_DATABASE_URL, local.json): no
        # password, PostgreSQL only, a database named; `postgresql://` gets the psycopg driver.
        self.url = server.server_url(str(self.url)).render_as_string(hide_password=False)
        self.data_dir.mkdir(parents=True, exist_ok=True)  # keys, logs and settings of this computer stay here
        self.engine = make_engine(self.url)
        try:
            self.migration = upgrade(self.engine, None, backups_folder(self.data_dir), label=server.shown(self.url))
        except SQLAlchemyDatabaseError as error:
            self.close()
            if server.is_connection_lost(error):
                raise server.unavailable(self.url, error) from error
            raise
        except BaseException:
            self.close()
            raise
        self._make_sessions()
        return self

    def _make_sessions(self) -> None:
        """Sessions on the current engine, every flush passing the text rule (store/text_guard.py)."""
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        text_guard.install(self._sessions)

    def _open_shared(self) -> "Database":
        """Beside the session that holds the lock: nothing that session owns is touched (no session mark,
        no sweep, no migration); a store that is not at this version's revision is left to it."""
        if self.file is not None:
            refuse_foreign_file(self.file)
        self.engine = make_engine(self.url)
        try:
            revision = current_revision(self.engine)
            if revision is None:
                raise StoreLockedError(translate(
                    "store", "Dữ liệu tại {path} đang được một phiên khác tạo lập; hãy chờ phiên đó mở xong rồi chạy "
                             "lại lệnh.", path=self.data_dir))
            if revision != head_revision():
                raise StoreLockedError(translate(
                    "store", "Dữ liệu tại {path} đang được một phiên khác mở, với phiên bản lược đồ {revision} (bản "
                             "này cần {head}). Hãy đóng phiên đó rồi chạy lại lệnh.",
                    path=self.data_dir, revision=revision or "?", head=head_revision()))
        except BaseException:
            self.engine.dispose()
            self.engine = None
            raise
        self._make_sessions()
        return self

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self._marked:  # a clean end: the next open need not check the whole file
            (self.data_dir / SESSION_MARK).unlink(missing_ok=True)
            self._marked = False
        if not self.shared and not self.on_server:
            self._lock.release()

    def _mark_session(self) -> bool:
        """Leave the session mark; True when the last session left its own (it did not end cleanly)."""
        mark = self.data_dir / SESSION_MARK
        unclean = mark.exists()
        try:
            mark.touch()
            self._marked = True
        except OSError:  # a full disk: the store may still open to be read; it is checked instead
            unclean = True
        return unclean

    def check_integrity(self) -> None:
        """StoreDamaged unless every page is sound (once per session: before a backup, an export, a
        publication, or at open)."""
        if self._checked or self.file is None or self.engine is None:
            return
        quick_check(self.engine, self.data_dir)
        self._checked = True

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        assert self._sessions is not None, "database not open"
        try:
            with self._sessions.begin() as session:
                effects: list[Callable[[], None]] = session.info.setdefault(_AFTER_COMMIT, [])
                yield session
        # Damage met while working, said as at open: through SQLAlchemy, or through the transaction's own
        # sqlite3 connection (the bulk reads, services/store_reads.py). On a server, a lost connection:
        # the server rolled the transaction back, so nothing is half-applied and a retry is safe.
        except Exception as error:
            if self.file is not None and isinstance(error, (SQLAlchemyDatabaseError, sqlite3.DatabaseError)) \
                    and is_damage(error):
                raise damaged(self.data_dir, damage_detail(error)) from error
            if self.on_server:
                from dvc_desktop.store import server

                if server.is_connection_lost(error):
                    raise server.unavailable(self.url, error) from error
            raise
        for effect in effects:
            effect()

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the store at `target` (SQLite's backup API: committed data, WAL included)."""
        import sqlite3

        assert self.engine is not None, "database not open"
        with self.engine.connect() as connection:
            source = connection.connection.driver_connection
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)  # type: ignore[union-attr]
            finally:
                copy.close()

    def replace_with(self, built: Path) -> None:
        """Put a store built aside (closed, its WAL checkpointed) in place of this one, in one rename: a
        crash leaves either the old store or the new, never a mix. The caller holds the lock throughout."""
        assert self.file is not None and self.engine is not None, "only a store file can be replaced"
        self.engine.dispose()  # the last connection checkpoints and removes the WAL
        for suffix in ("-wal", "-shm"):  # a WAL left beside would be replayed onto the new file
            Path(f"{self.file}{suffix}").unlink(missing_ok=True)
        from dvc_desktop.atomic_files import move

        move(built, self.file)
        self.engine = make_engine(self.url)
        self._make_sessions()

    def __enter__(self) -> "Database":
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
