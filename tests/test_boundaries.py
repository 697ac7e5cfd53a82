"""The layering of docs/architecture.md, checked on the source so a stray import fails CI."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dvc_desktop"
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "PySide6.QtUiTools")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules_under(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_the_checker_sees_imports():
    assert "PySide6.QtCore.QLockFile" in imported_modules(PACKAGE / "store" / "lock.py")


@pytest.mark.parametrize("path", [p for p in modules_under() if "gui" not in p.relative_to(PACKAGE).parts],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_gui_imports_qt_widgets(path):
    leaks = {m for m in imported_modules(path) if m.startswith(WIDGET_MODULES)}
    assert not leaks, f"{path.relative_to(PACKAGE)} imports {leaks}"


@pytest.mark.parametrize("path", modules_under("domain"), ids=lambda p: p.name)
def test_the_domain_is_pure_python(path):
    forbidden = ("PySide6", "sqlalchemy", "openpyxl", "alembic", "dvc_desktop.store", "dvc_desktop.services",
                 "dvc_desktop.excel", "dvc_desktop.gui")
    leaks = {m for m in imported_modules(path) if m.startswith(forbidden)}
    assert not leaks, f"{path.name} imports {leaks}"


@pytest.mark.parametrize("layer", ["store", "excel", "reports"])
def test_lower_layers_do_not_reach_up(layer):
    for path in modules_under(layer):
        leaks = {m for m in imported_modules(path) if m.startswith(("dvc_desktop.services", "dvc_desktop.gui"))}
        assert not leaks, f"{path.relative_to(PACKAGE)} imports {leaks}"


@pytest.mark.parametrize("path", modules_under("reports"), ids=lambda p: p.name)
def test_reports_read_only_the_domain(path):
    """reports/ renders dataclasses the services fill: no store, no SQL, no other adapters."""
    forbidden = ("sqlalchemy", "openpyxl", "alembic", "dvc_desktop.store", "dvc_desktop.excel", "dvc_desktop.package")
    leaks = {m for m in imported_modules(path) if m.startswith(forbidden)}
    assert not leaks, f"{path.name} imports {leaks}"
