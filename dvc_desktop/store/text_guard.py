"""The store's last door for text: every string a flush writes passes the domain's text rule.

The editor, the Excel readers, the package checks and the command line refuse bad text first, each
naming the field the way its user sees it; this guard catches whatever door a later change forgets,
so nothing the rule refuses ever reaches the store and, from it, a publication. Core inserts of
already-checked rows (package import, the demo) do not pass here; their doors check them.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Iterator

from sqlalchemy import JSON, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from dvc_desktop.domain.text import MULTILINE_FIELDS, UnsafeText, forbidden_character
from dvc_desktop.i18n import translate


# What records a fact about the computer rather than text a user typed: file names and paths (the
# operating system allows newlines and control characters in them; a backup into such a folder must not
# fail) and the audit log that quotes them. They are shown as plain text, never published.
_RECORDS_OF_FILES = {("package_imports", "file_name"), ("publications", "file_name")}
_RECORD_TABLES = {"audit_log"}


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _check_flush)


def _check_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in session.new:  # (each call of session.new builds a new set: taken once per flush)
        _check(obj, lambda state, key: state.dict.get(key))
    for obj in session.dirty:
        _check(obj, _changed)


def _changed(state: Any, key: str) -> object:
    added = state.attrs[key].history.added
    return added[0] if added else None


def _check(obj: object, value_of: Any) -> None:
    state = inspect(obj)
    table = state.mapper.local_table.name
    if table in _RECORD_TABLES:
        return
    for attribute in state.mapper.column_attrs:
        key = attribute.key
        if (table, key) in _RECORDS_OF_FILES:
            continue
        value = value_of(state, key)
        if isinstance(value, str):
            _refuse(value, table, key, multiline=key in MULTILINE_FIELDS)
            if not unicodedata.is_normalized("NFC", value):
                setattr(obj, key, unicodedata.normalize("NFC", value))
        elif value is not None and isinstance(attribute.columns[0].type, JSON):
            for text in _strings(value):
                _refuse(text, table, key, multiline=True)


def _refuse(value: str, table: str, key: str, multiline: bool) -> None:
    found = forbidden_character(value, multiline)
    if found is not None:
        raise UnsafeText(_where(table, key), found[1], found[0])


def _where(table: str, column: str) -> str:
    return translate("store", "Trường {column} (bảng {table})", column=column, table=table)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


__all__ = ["install"]
