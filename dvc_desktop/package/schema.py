"""JSON Schemas of the package files (resources/schemas/), compiled once with fastjsonschema.

jsonschema took 0.2 s to check a 2,000-record submission, most of an import; the compiled
validator takes under 10 ms. Local `$ref`s are inlined and `$id` dropped before compiling, so the
compiler never tries to resolve anything outside the file.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any, Callable

import fastjsonschema

from dvc_desktop.domain.text import refused_pattern, MULTILINE_FIELDS, UnsafeText, forbidden_character
from dvc_desktop.i18n import translate
from dvc_desktop.package.container import PackageRejected
from dvc_desktop.resources import resource_path

# The data files each kind must carry, exactly.
KIND_FILES = {
    "submission": ("classifications", "websites"),
    "reference": ("province", "levels", "units", "sectors", "procedures", "rules"),
    "receipt": ("receipt",),
}


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
    """Replace local `#/$defs/…` references by their definitions."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {key: _inline(value, defs) for key, value in node.items() if key not in ("$defs", "$id")}
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


@cache
def _validator(name: str) -> Callable[[object], object]:
    schema: dict[str, Any] = json.loads(resource_path("schemas", f"{name}.schema.json").read_text(encoding="utf-8"))
    inlined: dict[str, Any] = _inline(schema, schema.get("$defs", {}))  # type: ignore[assignment]  # a dict in, a dict out
    return fastjsonschema.compile(inlined, formats=FORMATS)


def check(name: str, value: object, what: str) -> None:
    """Raise PackageRejected naming the first place `value` breaks schema `name`, or the text rule."""
    if _has_unsafe_text(value):
        _check_text(value, (), what)  # again, slowly, to name the place (it raises)
    try:
        _validator(name)(value)
    except fastjsonschema.JsonSchemaValueException as error:
        where = "/".join(str(p) for p in (error.path or [])[1:]) or translate("package", "(gốc)")
        raise PackageRejected("schema", translate(
            "package", "{what} không đúng lược đồ tại «{where}»: {detail}", what=what, where=where,
            detail=str(error.message)[:200])) from error


def check_manifest(manifest: dict) -> None:
    check("manifest", manifest, "manifest.json")


def _has_unsafe_text(value: object) -> bool:
    """Whether any string breaks the text rule, judged by the nearest key above it (a list's items by
    the list's key). No path is built and each distinct key is judged once: a 2,000-procedure package
    is walked in a fraction of the time the named walk below takes, which only runs to say where."""
    single, multi = refused_pattern(False).search, refused_pattern(True).search
    safe_keys: set[str] = set()
    stack: list[tuple[object, bool]] = [(value, False)]
    while stack:
        item, multiline = stack.pop()
        if isinstance(item, str):
            if (multi if multiline else single)(item):
                return True
        elif isinstance(item, dict):
            for name, child in item.items():
                if isinstance(name, str) and name not in safe_keys:  # JSON keys are strings
                    if single(name):
                        return True
                    safe_keys.add(name)
                stack.append((child, name in MULTILINE_FIELDS))
        elif isinstance(item, list):
            stack.extend((child, multiline) for child in item)
    return False


def _refuse_if(found: tuple[int, str] | None, path: tuple[object, ...], what: str) -> None:
    if found is not None:
        where = "/".join(str(p) for p in path) or translate("package", "(gốc)")
        raise PackageRejected("schema", str(UnsafeText(
            translate("package", "{what} tại «{where}»", what=what, where=where), found[1], found[0])))


def _check_text(value: object, path: tuple[object, ...], what: str) -> None:
    """The domain's text rule over every string, keys included, before the schema (whose `text`
    pattern says the same for other readers) so the refusal names the place and the character."""
    if isinstance(value, str):
        key = next((p for p in reversed(path) if isinstance(p, str)), "")
        _refuse_if(forbidden_character(value, multiline=key in MULTILINE_FIELDS), path, what)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):  # a key is one line, wherever it stands
                _refuse_if(forbidden_character(key), (*path, key), what)
            _check_text(item, (*path, key), what)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, (*path, index), what)
