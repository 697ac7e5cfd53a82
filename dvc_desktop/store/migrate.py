"""Bring a store to the newest schema, taking an online backup first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from dvc_desktop.i18n import translate
from dvc_desktop.store.backup import backup_sqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class ForeignDatabaseError(RuntimeError):
    """The file is an SQLite database, but not one of ours."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, db_file: Path | None, backups_dir: Path, target: str = "head") -> MigrationResult:
    """Upgrade to `target`; a store that already holds data is backed up first."""
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return MigrationResult(current, wanted, None)
    tables = set(inspect(engine).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise ForeignDatabaseError(
            translate("store", "Tệp {path} không phải cơ sở dữ liệu của DVC Desktop.", path=db_file)
        )
    backup = None
    if current is not None and db_file is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(db_file, backups_dir / f"before-migration-{current}-{stamp}.sqlite")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return MigrationResult(current, wanted, backup)
