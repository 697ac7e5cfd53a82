"""Bring a store to the newest schema, taking an online backup first.

Alembic is imported only when a store needs upgrading: opening a current store reads its revision
with one query and compares it with the head read from the migration files' `revision` and
`down_revision` lines (loading Alembic and its scripts took 0.25 s of every start, bench/startup.py).
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dvc_desktop.i18n import translate
from dvc_desktop.store.backup import backup_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py keeps it


class ForeignDatabaseError(RuntimeError):
    """The file is an SQLite database, but not one of ours."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def head_revision() -> str:
    """The newest revision: the one no migration file names as its `down_revision`. Alembic
    decides when the files do not make one straight line (branches, merges)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = _assignments(path, ("revision", "down_revision"))
        if not isinstance(values.get("revision"), str):
            return _alembic_head()
        revisions.add(values["revision"])
        down = values.get("down_revision")
        if down is not None and not isinstance(down, str):
            return _alembic_head()
        parents.add(down)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else _alembic_head()


def _assignments(path: Path, names: tuple[str, ...]) -> dict[str, object]:
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and target.id in names and node.value is not None:
                    try:
                        found[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        found[target.id] = ...
    return found


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


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
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return MigrationResult(current, wanted, backup)
