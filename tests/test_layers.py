"""The layers of docs/architecture.md as an allow-list: each layer names what it may import (inside
dvc_desktop, and the libraries that decide a layer: Qt, SQL, Excel); anything else fails. Relative
imports are resolved and imports inside functions (lazy ones) count, so neither hides a dependency."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dvc_desktop"
UTILITIES = {"i18n", "progress", "resources", "atomic_files", "paths", "logs", "local_settings"}
ALLOWED: dict[str, set[str]] = {
    "domain": {"i18n", "resources"},
    "store": {"domain", "i18n", "atomic_files", "progress"},
    # Official certificates: X.509, CMS and PAdES, tokens; below the packages that carry their signatures.
    "certificates": {"i18n", "resources", "domain"},
    "package": {"domain", "i18n", "resources", "atomic_files", "certificates"},
    "excel": {"domain", "i18n", "progress", "resources", "atomic_files"},
    "reports": {"domain", "i18n", "progress", "resources", "atomic_files"},
    "services": {"domain", "store", "package", "excel", "reports", "certificates"} | UTILITIES,
    "gui": {"services", "domain", "reports", "demo", "dvc_desktop"} | UTILITIES,
    "cli": {"services", "domain", "gui", "selftest", "demo", "dvc_desktop"} | UTILITIES,
    # The demo is built through the services, as an office works; nothing below the window imports it.
    "demo": {"services", "domain", "store", "excel"} | UTILITIES,
    "selftest": {"services", "domain", "excel", "reports", "store", "certificates"} | UTILITIES,
    "__main__": {"cli"},
    "logs": {"atomic_files", "paths"},
    "local_settings": {"atomic_files"},
}
# Named modules a layer may reach below its allow-list, each with its reason.
EXCEPTIONS: dict[str, set[str]] = {
    # The store's own refusals (locked, damaged, disk full, a protected file) are shown as they are, and
    # the lock is taken before the worker opens the store.
    "gui": {"dvc_desktop.store.lock", "dvc_desktop.store.integrity", "dvc_desktop.store.disk",
            "dvc_desktop.store.protected",
            # The passphrase's rules, said in the window before a key is made.
            "dvc_desktop.package.keys"},
    "cli": {"dvc_desktop.store.lock", "dvc_desktop.store.integrity", "dvc_desktop.store.disk",
            "dvc_desktop.store.migrate",
            # A server's URL checked (no password) before anything opens it.
            "dvc_desktop.store.server"},
}
# Libraries that decide a layer: only these layers may import them.
LIBRARIES = {
    "sqlalchemy": {"store", "services", "demo"},
    "alembic": {"store"},
    "openpyxl": {"excel", "services", "selftest"},
    "PySide6.QtWidgets": {"gui"},
    "PySide6.QtPrintSupport": {"gui"},
    "PySide6.QtUiTools": {"gui"},
    "PySide6.QtGui": {"gui", "reports", "services", "selftest"},  # painting reports; never in the domain
    "PySide6.QtCore": {"gui", "reports", "store", "logs", "services", "selftest"},
    "cryptography": {"package", "certificates"},
    "pyhanko": {"certificates"},
    "pyhanko_certvalidator": {"certificates"},
    "asn1crypto": {"certificates"},
    "pkcs11": {"certificates"},
    "fontTools": {"certificates"},
    "msgspec": {"package"},
    "defusedxml": {"excel"},
}


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    name = parts[0] if len(parts) > 1 else parts[0][:-3]
    return "cli" if name.startswith("cli") else name


def imported(path: Path, package: Path = PACKAGE) -> set[str]:
    """Every module the file imports, relative ones resolved, lazy ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = [package.name, *path.relative_to(package).parts[:-1]]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*here[:len(here) - node.level + 1], *([node.module] if node.module else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    if any(isinstance(n, ast.ImportFrom) and n.module == "PySide6" for n in ast.walk(tree)):
        found.update(f"PySide6.{alias.name}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                     and n.module == "PySide6" for alias in n.names)
    return found


def violations(path: Path, package: Path = PACKAGE) -> list[str]:
    layer = layer_of(path) if package == PACKAGE else path.parent.name
    allowed = ALLOWED.get(layer, set()) | {layer}
    found = []
    for module in sorted(imported(path, package)):
        parts = module.split(".")
        if parts[0] == package.name and len(parts) > 1:
            target = ("dvc_desktop" if parts[1].startswith("__") else  # the package's own __version__
                      "cli" if parts[1].startswith("cli") else parts[1])
            inside = target in allowed or any(module == e or module.startswith(e + ".")
                                              for e in EXCEPTIONS.get(layer, ()))
            if not inside:
                found.append(f"{layer} → {module}")
        for library, layers in LIBRARIES.items():
            if (module == library or module.startswith(library + ".")) and layer not in layers:
                found.append(f"{layer} → {module}")
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_imports_only_what_its_layer_allows(path):
    assert violations(path) == []


def test_every_layer_has_an_allow_list():
    layers = {layer_of(p) for p in SOURCES} - UTILITIES - {"dvc_desktop", "__init__"}
    assert layers <= set(ALLOWED), layers - set(ALLOWED)


@pytest.mark.parametrize("source, wanted", [
    ("from ..store import models\n", "domain → dvc_desktop.store"),             # relative
    ("def f():\n    from dvc_desktop.services import workspace\n", "domain → dvc_desktop.services"),  # lazy
    ("import sqlalchemy\n", "domain → sqlalchemy"),
    ("from PySide6 import QtWidgets\n", "domain → PySide6.QtWidgets"),
    ("from PySide6.QtCore import QObject\n", "domain → PySide6.QtCore"),
])
def test_injected_violations_are_caught(tmp_path, source, wanted):
    package = tmp_path / "dvc_desktop"
    (package / "domain").mkdir(parents=True)
    module = package / "domain" / "leak.py"
    module.write_text(source, encoding="utf-8")
    assert any(v.startswith(wanted) for v in violations(module, package)), violations(module, package)
