"""Load Qt Designer forms from `ui/` at run time, so a layout change needs no code change."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtUiTools import QUiLoader

from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.resources import ui_path

W = TypeVar("W", bound=QtWidgets.QWidget)


class FormError(RuntimeError):
    pass


class _Loader(QUiLoader):
    """Creates Python subclasses for chosen classes, so their virtual methods can be overridden."""

    def __init__(self, custom: dict[str, type]) -> None:
        super().__init__()
        self._custom = custom

    def createWidget(self, class_name: str, parent=None, name: str = ""):  # noqa: N802
        kind = self._custom.get(class_name)
        if kind is None:
            return super().createWidget(class_name, parent, name)
        widget = kind(parent)
        widget.setObjectName(name)
        return widget


def load_form(name: str, parent: QtWidgets.QWidget | None = None,
              custom: dict[str, type] | None = None) -> QtWidgets.QWidget:
    """The top-level widget of `ui/NAME.ui`; `custom` maps a class name to a Python subclass."""
    # Qt's own loader unless a class is replaced: an override of createWidget is called from C++ for
    # every widget of the form, 30 ms of the department window's start (bench/startup.py).
    loader = _Loader(custom) if custom else QUiLoader()
    path = ui_path(name)
    handle = QtCore.QFile(str(path))
    if not handle.open(QtCore.QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open {path}")
    try:
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FormError(f"cannot load {path}: {loader.errorString()}")
    return widget


def panel_form(panel: QtWidgets.QWidget, name: str) -> QtWidgets.QWidget:
    """`ui/NAME.ui` as the whole of `panel` (no margins): a panel that is a widget of its own (a tab
    page with signals) keeps its layout in Designer all the same."""
    form = load_form(name, panel)
    layout = QtWidgets.QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def load_as(name: str, kind: type[W], parent: QtWidgets.QWidget | None = None,
            custom: dict[str, type] | None = None) -> W:
    """`load_form`, with the top-level widget's class checked (a dialog, a wizard)."""
    widget = load_form(name, parent, custom)
    if not isinstance(widget, kind):
        raise FormError(f"{name}: the top-level widget is a {type(widget).__name__}, not a {kind.__name__}")
    return widget


def box_layout(widget: QtWidgets.QWidget) -> QtWidgets.QBoxLayout:
    """The widget's row or column layout (a form's panel), to insert a widget made in code."""
    layout = widget.layout()
    if not isinstance(layout, QtWidgets.QBoxLayout):
        raise FormError(f"{widget.objectName()}: no row or column layout")
    return layout


def child(form: QtWidgets.QWidget, kind: type, name: str):
    """A named child of a form, failing loudly when the .ui file and the code disagree."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"{form.objectName()}: no {kind.__name__} named {name!r}")
    return found


# PySide6 (6.12 with Python 3.11) releases None once too often when it comes back out of a
# QVariant, which crashes the interpreter later. Combo boxes therefore never hold None.
_NONE = "\x00none"


def add_choice(combo: QtWidgets.QComboBox, text: str, value: object) -> None:
    combo.addItem(text, _NONE if value is None else value)


def chosen(combo: QtWidgets.QComboBox):
    value = combo.currentData()
    return None if value == _NONE else value


def select_choice(combo: QtWidgets.QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(_NONE if value is None else value)))
