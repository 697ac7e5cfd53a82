"""Which schema revision is the newest, read from the migration files without loading Alembic or
SQLAlchemy (the window's first look compares it with the store's before either is imported)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py keeps it


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def head_revision() -> str:
    """The newest revision: the one no migration file names as its `down_revision`. Alembic
    decides when the files do not make one straight line (branches, merges)."""
    revisions: set[str] = set()
    parents: set[str | None] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = _assignments(path, ("revision", "down_revision"))
        if not isinstance(values.get("revision"), str):
            return _alembic_head()
        revisions.add(str(values["revision"]))
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


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every revision this version's migrations know: a backup at one of them can be restored (and is
    upgraded); one at another was made by a newer version."""
    return frozenset(value for path in (MIGRATIONS_DIR / "versions").glob("*.py")
                     if isinstance(value := _assignments(path, ("revision",)).get("revision"), str))
