"""The store's last door for text: every string a flush writes passes the domain's text rule.

The editor, the Excel readers, the package checks and the command line refuse bad text first, each
naming the field the way its user sees it; this guard catches whatever door a later change forgets,
so nothing the rule refuses ever reaches the store and, from it, a publication. Core inserts of
already-checked rows (package import, the demo) do not pass here; their doors check them.
"""

from __future__ import annotations

from itertools import chain
from typing import Any, Iterator

from sqlalchemy import JSON, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from dvc_desktop.domain.text import MULTILINE_FIELDS, check_text
from dvc_desktop.i18n import translate


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _check_flush)


def _check_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in chain(session.new, session.dirty):
        state = inspect(obj)
        table = state.mapper.local_table.name  # type: ignore[union-attr]
        for attribute in state.mapper.column_attrs:
            key = attribute.key
            if obj in session.new:
                value = state.dict.get(key)
            else:
                added = state.attrs[key].history.added
                if not added:
                    continue
                value = added[0]
            if isinstance(value, str):
                checked = check_text(value, _where(table, key), multiline=key in MULTILINE_FIELDS)
                if checked is not value and checked != value:
                    setattr(obj, key, checked)  # stored NFC
            elif value is not None and isinstance(attribute.columns[0].type, JSON):
                for text in _strings(value):
                    check_text(text, _where(table, key), multiline=True)


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
