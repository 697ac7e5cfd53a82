"""Python's cycle collector runs on the GUI thread only, once the window has a worker thread.

CPython collects reference cycles on whichever thread happens to allocate when a threshold is
crossed, which here is mostly the database worker (SQLAlchemy allocates a lot). A cycle may hold
the Python side of a Qt object that lives on the GUI thread (a dialog, a closure connected to a
signal); destroying it from the worker is unsafe in Qt and was seen to hang the GUI thread inside
a widget's constructor. So automatic collection is switched off and the GUI thread collects on a
timer, generation by generation, with the interpreter's own thresholds (the workaround Kovid
Goyal described on the PyQt list; see also the qtpygc package).
"""

from __future__ import annotations

import gc

from dvc_desktop.gui.qt import QObject, QtCore, QTimer

INTERVAL_MS = 500
_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        gc.disable()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count has passed its threshold, as CPython would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def settle() -> None:
    """The window's data is loaded: collect once, then keep what survived out of later collections
    (gc.freeze). 20,000 rows in the young generations made a generation-1 pass inside a keystroke take
    50–70 ms; frozen, they are never scanned again. What froze before is thawed first, so rows a reload
    replaced are collected here rather than kept."""
    if _installed is None:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def ensure_installed() -> GuiThreadCollector | None:
    """Install the collector on the running QApplication (once); None without one."""
    global _installed
    app = QtCore.QCoreApplication.instance()
    if app is None:
        return None
    if _installed is None:
        _installed = GuiThreadCollector(app)
        app.destroyed.connect(_uninstall)
    return _installed


def _uninstall() -> None:
    """The application is gone, and its timer with it: the interpreter collects on its own again."""
    global _installed
    _installed = None
    gc.enable()
