"""The published JSON Schemas (resources/schemas/), compiled for tests: other readers of the format check
packages with these files, and the typed records (package/records.py) must accept exactly what they
accept, less what the text rule refuses."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any, Callable

import fastjsonschema

from dvc_desktop.resources import resource_path


def _is(parse: Callable[[str], object]) -> Callable[[str], bool]:
    def check(value: str) -> bool:
        try:
            parse(value)
        except ValueError:
            return False
        return True

    return check


FORMATS = {"date-time": _is(datetime.fromisoformat), "date": _is(date.fromisoformat)}


def _inline(node: object, defs: dict) -> object:
    """Replace local `#/$defs/…` references by their definitions (nothing outside the file is resolved)."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {key: _inline(value, defs) for key, value in node.items() if key not in ("$defs", "$id")}
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


@cache
def validator(name: str) -> Callable[[object], object]:
    schema: dict[str, Any] = json.loads(resource_path("schemas", f"{name}.schema.json").read_text(encoding="utf-8"))
    return fastjsonschema.compile(_inline(schema, schema.get("$defs", {})), formats=FORMATS)


def accepts(name: str, value: object) -> bool:
    try:
        validator(name)(value)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True
