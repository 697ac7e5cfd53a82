"""Decoding a package's JSON files into their typed records (package/records.py) in one pass with
msgspec (types, lengths, enums, unknown fields), then the text rule over all of a file's strings at once. jsonschema took 0.2 s for a
2,000-record submission; fastjsonschema plus a text walk 35 ms; this takes a few.

A refusal names the place: when decoding fails, the file is read again as plain JSON and walked by
the text rule to say which string and which character, else msgspec's reason is given with its place.
"""

from __future__ import annotations

import json
import re
from functools import cache
from itertools import chain
from operator import attrgetter
from datetime import date, datetime
from typing import Any, Callable, NoReturn

import msgspec
import msgspec.inspect

from dvc_desktop.domain.text import refused_pattern, MULTILINE_FIELDS, UnsafeText, forbidden_character
from dvc_desktop.i18n import translate
from dvc_desktop.package.errors import PackageRejected
from dvc_desktop.package.records import DAY_FIELDS, FILE_TYPES, MOMENT_FIELDS, Manifest

_PLACE = re.compile(r"\.([^.\[]+)|\[([^\]]*)\]")


@cache
def _decoder(kind: object) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(kind)


def decode_manifest(data: bytes) -> Manifest:
    """manifest.json as its record, or PackageRejected ("bad_json" or "schema")."""
    manifest: Manifest = _decode(Manifest, data, (), "manifest.json", "manifest.json")
    _check_strings(_plan(Manifest), [manifest], data, (), "manifest.json", "manifest.json")
    return manifest


def decode_file(name: str, data: bytes, what: str) -> Any:
    """A data file (`name` without ".json") as its records, or PackageRejected naming the place."""
    value = _decode(FILE_TYPES[name], data, (name,), f"{name}.json", what)
    plan, many = _file_plan(name)
    _check_strings(plan, value if many else [value], data, (name,), f"{name}.json", what)
    return value


@cache
def _file_plan(name: str) -> tuple[_Plan, bool]:
    """The plan of a file's records, and whether the file is a list of them."""
    kind = msgspec.inspect.type_info(FILE_TYPES[name])
    if isinstance(kind, msgspec.inspect.ListType):
        return _plan(kind.item_type.cls), True  # type: ignore[attr-defined]
    return _plan(kind.cls), False  # type: ignore[attr-defined]


def _decode(kind: Any, data: bytes, prefix: tuple[object, ...], file_name: str, what: str) -> Any:
    try:
        return _decoder(kind).decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError) as error:
        _refuse(error, data, prefix, file_name, what)


class _Plan:
    """Where a record type keeps its free text: the text rule's fields, one line or several by name
    (the rule of domain/text.py), lists of one-line strings, `fields` dicts (keys one line, values by
    key), and nested records. Fields with a pattern of their own (codes, keys, periods) are left out."""

    def __init__(self, cls: type) -> None:
        self.single: list[str] = []
        self.multi: list[str] = []
        self.lists: list[str] = []
        self.dicts: list[str] = []
        self.children: list[tuple[str, _Plan, bool]] = []  # (field, plan, a list of them)
        self.dates: list[tuple[str, Callable[[str], object]]] = []  # (field, parser)
        for field in msgspec.inspect.type_info(cls).fields:  # type: ignore[attr-defined]
            kind = field.type
            if isinstance(kind, msgspec.inspect.UnionType):
                kind = next(t for t in kind.types if not isinstance(t, msgspec.inspect.NoneType))
            if field.name in MOMENT_FIELDS or field.name in DAY_FIELDS:
                self.dates.append((field.name, datetime.fromisoformat if field.name in MOMENT_FIELDS
                                   else date.fromisoformat))
            if isinstance(kind, msgspec.inspect.StrType) and kind.pattern is None:
                (self.multi if field.name in MULTILINE_FIELDS else self.single).append(field.name)
            elif isinstance(kind, msgspec.inspect.ListType) and isinstance(kind.item_type, msgspec.inspect.StrType):
                if kind.item_type.pattern is None:
                    self.lists.append(field.name)
            elif isinstance(kind, msgspec.inspect.DictType):
                self.dicts.append(field.name)
            elif isinstance(kind, msgspec.inspect.StructType):
                self.children.append((field.name, _plan(kind.cls), False))
            elif isinstance(kind, msgspec.inspect.ListType) and isinstance(kind.item_type, msgspec.inspect.StructType):
                self.children.append((field.name, _plan(kind.item_type.cls), True))
        self.children = [child for child in self.children if not child[1].empty]

    @property
    def empty(self) -> bool:
        """Nothing to check (a checklist of yes/no answers)."""
        return not (self.single or self.multi or self.lists or self.dicts or self.children or self.dates)

    def collect(self, records: list[Any], single: list[str], multi: list[str]) -> None:
        """Every free string of `records` into `single` or `multi`; a date that does not parse raises
        _BadDate."""
        for name, parse in self.dates:
            for value in map(attrgetter(name), records):
                if value is not None:
                    try:
                        parse(value)
                    except (ValueError, TypeError) as error:
                        raise _BadDate(name, value) from error
        for names, out in ((self.single, single), (self.multi, multi)):
            for name in names:
                out.extend(map(attrgetter(name), records))
        for name in self.lists:
            single.extend(chain.from_iterable(map(attrgetter(name), records)))
        for name in self.dicts:
            for record in records:
                for key, text in getattr(record, name).items():
                    single.append(key)
                    (multi if key in MULTILINE_FIELDS else single).append(text)
        for name, plan, many in self.children:
            values = [getattr(record, name) for record in records]
            plan.collect([v for group in values for v in group] if many else [v for v in values if v], single, multi)


class _BadDate(ValueError):
    def __init__(self, name: str, value: str) -> None:
        super().__init__(name, value)
        self.name, self.value = name, value


@cache
def _plan(cls: type) -> _Plan:
    return _Plan(cls)


def _check_strings(plan: _Plan, records: list[Any], data: bytes, prefix: tuple[object, ...], file_name: str,
                   what: str) -> None:
    """The text rule over every string of a file at once: one search over the joined one-line strings and
    one over the others (a forbidden character is one character, so joining makes none)."""
    single: list[str] = []
    multi: list[str] = []
    try:
        plan.collect(records, single, multi)
    except _BadDate as bad:
        _check_text(json.loads(data.decode("utf-8")), prefix, what)  # a forbidden character is said first
        raise PackageRejected("schema", translate(
            "package", "{what} không đúng lược đồ tại «{where}»: «{value}» không phải ngày hợp lệ", what=what,
            where="/".join(str(p) for p in (*prefix, bad.name)), value=bad.value[:64])) from bad
    if refused_pattern(False).search("".join(filter(None, single))) or \
            refused_pattern(True).search("".join(filter(None, multi))):
        _refuse(None, data, prefix, file_name, what)  # the walk below names the string and the character


def _refuse(error: Exception | None, data: bytes, prefix: tuple[object, ...], file_name: str, what: str) -> NoReturn:
    try:
        value = json.loads(data.decode("utf-8"))
        if not isinstance(value, dict) and not prefix:
            raise PackageRejected("bad_json", translate("package", "Tệp {name} phải là một đối tượng JSON.",
                                                        name=file_name))
        _check_text(value, prefix, what)  # raises, naming the string, when the text rule is what failed
    except (UnicodeDecodeError, json.JSONDecodeError) as parse_error:
        raise PackageRejected("bad_json", translate("package", "Tệp {name} không phải JSON hợp lệ.",
                                                    name=file_name)) from parse_error
    except RecursionError:  # arrays or objects nested thousands deep: no record of the format is
        raise PackageRejected("bad_json", translate(
            "package", "Tệp {name} lồng nhau quá sâu, không phải dữ liệu của gói; đã từ chối.", name=file_name)) from None
    # Reached with no error only if the walk and the joined search disagreed: say what was found.
    detail, _, place = str(error).partition(" - at `") if error else (translate("package", "ký tự không được phép"), "", "")
    path = [*prefix, *(key or index for key, index in _PLACE.findall(place.split("` in `")[-1].rstrip("`")))]
    where = "/".join(str(p) for p in path) or translate("package", "(gốc)")
    raise PackageRejected("schema", translate(
        "package", "{what} không đúng lược đồ tại «{where}»: {detail}", what=what, where=where,
        detail=detail[:200])) from error


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
