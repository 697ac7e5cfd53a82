"""The one place the window imports Qt from, so a Qt upgrade touches one file."""

import os
from typing import MutableMapping

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, SignalInstance, Slot  # noqa: F401
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack  # noqa: F401


def __getattr__(name: str):
    # `Qt` is looked up on first use: PySide builds all of its enums then (about 15 ms here), and
    # nothing the startup window paints needs it (bench/startup.py).
    if name == "Qt":
        return QtCore.Qt
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def leave_fills_on_the_gui_thread(environ: MutableMapping[str, str] = os.environ, cores: int | None = None) -> None:
    """Qt's raster engine hands every fill taller than about 96 lines (a scroll bar, a frame, a
    background) to a pool of max(1, cores / 4) threads and waits for it. Below eight cores that pool
    is one thread: the GUI thread only waits while another core does the same work, after two
    wake-ups. Without it a keystroke's frame took 13.3 ms at p95 instead of 15.5–17.2 ms on two cores
    (bench/keystrokes.py). Read by Qt when it first fills, so set on import, before any window
    paints; a value the user set is kept."""
    if "QT_NO_GUI_THREADPOOL" not in environ and (cores or os.cpu_count() or 1) < 8:
        environ["QT_NO_GUI_THREADPOOL"] = "1"


leave_fills_on_the_gui_thread()
