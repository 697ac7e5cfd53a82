"""The one place the window imports Qt from, so a Qt upgrade touches one file."""

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot  # noqa: F401
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack  # noqa: F401
from PySide6.QtUiTools import QUiLoader  # noqa: F401
