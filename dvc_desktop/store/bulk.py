"""Many rows in one statement, fast: what a package import writes (tens of thousands of answers)."""

from __future__ import annotations

from typing import Any

from functools import lru_cache

from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase


def executemany(session: Session, statement: UpdateBase, names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Run `statement` once per row (its values in the order of `names`) with one executemany of the driver,
    in the session's transaction.

    Core's own executemany (`session.execute(statement, dicts)`) builds and converts every parameter of
    every row in Python: for 2,000 new rows that cost about as much again as SQLite's own insert
    (bench/packages.py). Here the statement is compiled once for the connection's dialect; the values
    of columns whose type converts them (dates, booleans) go through that type's own bind processor, so
    what is stored is the same; and the driver gets one tuple per row (a dict, for a driver with named
    parameters).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=list(names))
    columns = dict(zip(names, zip(*rows)))  # name → the values of every row
    for name, bind in compiled.binds.items():
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None and name in columns:
            # Bind processors are pure functions: each distinct value is converted once (a boolean: thrice).
            columns[name] = tuple(map(lru_cache(maxsize=None, typed=True)(convert), columns[name]))
    order = compiled.positiontup
    connection.exec_driver_sql(compiled.string, list(zip(*(columns[name] for name in order))) if order is not None
                               else [dict(zip(columns, values)) for values in zip(*columns.values())])
