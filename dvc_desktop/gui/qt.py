"""The one place the window imports Qt from, so a Qt upgrade touches one file."""

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, SignalInstance, Slot  # noqa: F401
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack  # noqa: F401


def __getattr__(name: str):
    # `Qt` is looked up on first use: PySide builds all of its enums then (about 15 ms here), and
    # nothing the startup window paints needs it (bench/startup.py).
    if name == "Qt":
        return QtCore.Qt
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
