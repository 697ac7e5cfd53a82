"""The context every use case runs in: the open store, who is acting, and today's date."""

from __future__ import annotations

import getpass
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.units import Level
from dvc_desktop.store import models
from dvc_desktop.services.levels import bundled_levels
from dvc_desktop.store.database import Database
from dvc_desktop.store.lock import StoreLock


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without /etc/passwd entries
        return "unknown"


@dataclass
class ServiceContext:
    db: Database
    actor: str = field(default_factory=_current_user)
    today: Callable[[], date] = date.today
    overwrite: bool = False  # an existing output file may be replaced (`--overwrite`; the window's dialogs ask)
    # On a server: how long work that must not overlap another staff member's (a package import) waits
    # for it before giving up with a sentence (`--wait` on the command line).
    wait_seconds: float = 120.0
    # A sentence about the work in progress (waiting for another staff member's import): the window's
    # progress dialog shows it, the command line prints it.
    notify: Callable[[str], None] = field(default=lambda _text: None)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.db.transaction() as session:
            yield session

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ServiceContext":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_context(data_dir: Path, url: str | None = None, lock: StoreLock | None = None,
                 shared: bool = False) -> ServiceContext:
    """Lock and migrate the store, make sure the bundled levels exist, and return a context.
    `url`: a server's store (else the one local_settings names for `data_dir`, else its SQLite file).
    `lock`: the store's lock if the caller holds it already. `shared`: beside the session that holds
    the lock (a command that only reads, while the window is open): no lock, no migration."""
    from dvc_desktop import local_settings

    url = local_settings.database_url(data_dir, url)
    shared = shared and url is None  # a server's store is shared by every session anyway
    db = Database(data_dir, url, lock, shared=shared).open()
    context = ServiceContext(db)
    # The audit log names the staff member, not only the computer's account (several staff, one server).
    context.actor = current_actor(data_dir)
    if shared:
        return context  # the session holding the store has made sure of the levels
    try:
        with context.transaction() as session:
            ensure_levels(session)
            if lock is not None and lock.taken_over_from is not None:  # on the user's word: audited
                from dvc_desktop.store import audit

                audit.record(session, context.actor, "store.lock.take_over", "store", str(data_dir),
                             **lock.taken_over_from.describe())
                lock.taken_over_from = None
    except BaseException:
        db.close()
        raise
    return context


def current_actor(data_dir: Path) -> str:
    """Who is acting: the staff name set for this computer (local_settings), else the OS account."""
    from dvc_desktop import local_settings

    return local_settings.staff_name(data_dir) or _current_user()


def ensure_levels(session: Session) -> None:
    existing = set(session.scalars(select(models.Level.code)))
    for level in bundled_levels():
        if level.code not in existing:
            session.add(models.Level(
                code=level.code, name=level.name, aliases=list(level.aliases),
                sort_order=level.sort_order, active_from=level.active_from, active_to=level.active_to,
            ))


def load_levels(session: Session) -> list[Level]:
    from dvc_desktop.services import store_reads

    return store_reads.levels(store_reads.driver_connection(session))
