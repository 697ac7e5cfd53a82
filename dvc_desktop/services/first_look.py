"""The window's first look at a department's store: its unit and rows read with `sqlite3` alone.

Opening the store the usual way imports SQLAlchemy and the models first (0.3 s here, more than the
rows take to read); the window would show its rows only after that. The first look reads the same
rows with the standard library, under the store's lock, and only when the store is exactly what
the running version would open without a change: the newest schema, every bundled level present,
a department's identity. Anything else (no store yet, an older schema, a province, another session
holding it, an unexpected error) gives None, and the window opens the store the usual way, which
migrates, fills in or explains. The window then hands the lock to the worker, which opens the store
with SQLAlchemy for everything after.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from operator import itemgetter
from datetime import date
from pathlib import Path

from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.services.levels import bundled_levels
from dvc_desktop.services.store_reads import is_current, setting
from dvc_desktop.services.workspace_view import (
    ANSWER_KEYS, ProcedureRow, WorkspaceSnapshot, announced_round, build_rows, pending_rows,
)
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.lock import StoreLock, StoreLockedError

# The ROW_KEYS columns, as services/workspace.py selects them with SQLAlchemy.
_ROWS = (
    "SELECT c.id, c.procedure_id, p.code, p.name, p.name_folded, s.name, c.updated_at, p.origin, "
    + ", ".join(f"c.{key}" for key in ANSWER_KEYS)
    + " FROM classifications AS c JOIN procedures AS p ON c.procedure_id = p.id"
    " LEFT OUTER JOIN sectors AS s ON p.sector_id = s.id WHERE c.unit_id = ?"
)
_LEVELS_OF_ROWS = (
    "SELECT pl.procedure_id, pl.level_code FROM procedure_levels AS pl"
    " JOIN classifications AS c ON c.procedure_id = pl.procedure_id WHERE c.unit_id = ?"
)
# A large list: every row's code and name (what the search box needs), the whole rows of the first
# screenful in the table's first order (by code). Reading 20,000 whole rows and judging their answers
# held the window 0.2 s; the worker reads them the usual way once the window takes keys.
WHOLE_UP_TO = 2_000
SCREENFUL = 100
_KEYS = ("SELECT c.id, c.procedure_id, p.code, p.name, p.name_folded, p.origin FROM classifications AS c"
         " JOIN procedures AS p ON c.procedure_id = p.id WHERE c.unit_id = ?")
_LEVELS_OF = "SELECT procedure_id, level_code FROM procedure_levels WHERE procedure_id IN ({marks})"


@dataclass
class FirstLook:
    snapshot: WorkspaceSnapshot
    lock: StoreLock  # held: whoever opens the store next takes it over (services.context.open_context)


def first_look(data_dir: Path, today: date) -> FirstLook | None:
    """The department's workspace as the window opens with it, or None (open the usual way)."""
    from dvc_desktop import local_settings

    file = data_dir / DB_FILE_NAME
    if not file.is_file() or local_settings.database_url(data_dir):  # a server's store: no file to read
        return None
    lock = StoreLock(data_dir)
    try:
        lock.acquire()
    except StoreLockedError:
        return None  # the usual way says who holds it
    try:
        snapshot = read_snapshot(file, today)
    except Exception:  # noqa: BLE001 - the usual way opens it again, and reports what is wrong
        import logging

        logging.getLogger(__name__).warning("first look at %s failed; opening the usual way", file, exc_info=True)
        snapshot = None
    if snapshot is None:
        lock.release()
        return None
    return FirstLook(snapshot, lock)


def read_whole(data_dir: Path, today: date) -> WorkspaceSnapshot | None:
    """Every row whole, read the first look's way (the window, once its first screenful is shown)."""
    return read_snapshot(data_dir / DB_FILE_NAME, today, whole=True)


def read_snapshot(file: Path, today: date, whole: bool = False) -> WorkspaceSnapshot | None:
    """What `services.workspace.snapshot` returns for this store, or None if it is not one the
    running version opens unchanged. Above WHOLE_UP_TO rows, only the first screenful is whole (the
    others pending) unless `whole`."""
    connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=rw", uri=True)  # never makes a file
    try:
        connection.execute("BEGIN")  # every read below sees the same state of the store
        if not is_current(connection):
            return None
        identity = setting(connection, "identity")
        if not isinstance(identity, dict) or identity.get("role") != "department":
            return None
        unit = connection.execute("SELECT id, kind FROM units WHERE code = ?", (identity["unit_code"],)).fetchall()
        if len(unit) != 1:
            return None
        unit_id, kind = unit[0]
        levels = connection.execute("SELECT code, name FROM levels ORDER BY sort_order, code").fetchall()
        if not {level.code for level in bundled_levels()} <= {code for code, _ in levels}:
            return None  # opening adds them first
        deadline = setting(connection, "deadline")
        round_name, round_basis = announced_round(setting(connection, "round"))
        rules = rule_set_in_force(today)
        (count,) = connection.execute("SELECT count(*) FROM classifications WHERE unit_id = ?", (unit_id,)).fetchone()
        if whole or count <= WHOLE_UP_TO:
            rows = build_rows(connection.execute(_ROWS, (unit_id,)), connection.execute(_LEVELS_OF_ROWS, (unit_id,)),
                              dict(levels), rules)
        else:
            rows = _first_screenful(connection, unit_id, dict(levels), rules)
        (catalogue_size,) = connection.execute("SELECT count(*) FROM procedures WHERE origin = 'reference'").fetchone()
        return WorkspaceSnapshot(
            identity["unit_code"], identity["unit_name"], kind, identity["province_name"],
            identity.get("province_domain", ""), rules, rows, levels,
            date.fromisoformat(deadline) if isinstance(deadline, str) else None,
            round_name=round_name, round_basis=round_basis, catalogue_size=catalogue_size,
            complete=whole or count <= WHOLE_UP_TO)
    finally:
        connection.close()


def _first_screenful(connection: sqlite3.Connection, unit_id: int, level_names: dict[str, str],
                     rules: RuleSet) -> list[ProcedureRow]:
    """The whole rows of the first screenful, and every other row pending (its code and name). The
    keys are read once and sorted here: asking SQLite for the first screenful by code sorted the
    20,000 joined rows a second time."""
    keys = connection.execute(_KEYS, (unit_id,)).fetchall()
    keys.sort(key=itemgetter(2))  # the table's first order: by code
    first_ids = [row[0] for row in keys[:SCREENFUL]]
    first = connection.execute(_ROWS + f" AND c.id IN ({','.join('?' * len(first_ids))})",
                               (unit_id, *first_ids)).fetchall()
    first.sort(key=itemgetter(2))
    procedure_ids = [row[1] for row in first]
    levels = connection.execute(_LEVELS_OF.format(marks=",".join("?" * len(procedure_ids))), procedure_ids)
    return build_rows(first, levels, level_names, rules) + pending_rows(keys[SCREENFUL:])

