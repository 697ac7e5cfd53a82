"""JSON Schemas of the package files (resources/schemas/), checked with jsonschema."""

from __future__ import annotations

import json
from functools import cache

from jsonschema import Draft202012Validator, FormatChecker

from dvc_desktop.i18n import translate
from dvc_desktop.package.container import PackageRejected
from dvc_desktop.resources import resource_path

# The data files each kind must carry, exactly.
KIND_FILES = {
    "submission": ("classifications", "websites"),
    "reference": ("province", "levels", "units", "sectors", "procedures", "rules"),
    "receipt": ("receipt",),
}


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads(resource_path("schemas", f"{name}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def check(name: str, value: object, what: str) -> None:
    """Raise PackageRejected naming the first place `value` breaks schema `name`."""
    error = next(iter(sorted(_validator(name).iter_errors(value), key=lambda e: list(e.absolute_path))), None)
    if error is None:
        return
    where = "/".join(str(p) for p in error.absolute_path) or "(gốc)"
    raise PackageRejected("schema", translate(
        "package", "{what} không đúng lược đồ tại «{where}»: {detail}", what=what, where=where,
        detail=error.message[:200]))


def check_manifest(manifest: dict) -> None:
    check("manifest", manifest, "manifest.json")
