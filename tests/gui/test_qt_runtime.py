"""The PySide6 pin in pyproject.toml (>=6.7,<6.12) and why: 6.12.0 drops a reference to None on Python
3.11 each time C++ calls a Python method that returns None (a model's data(), a slot), and the
interpreter aborts with "none_dealloc" after enough of them. This guards the bound and the behaviour."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:2])


def test_the_installed_pyside6_is_within_the_pin():
    pin = re.search(r'"PySide6-Essentials>=([\d.]+),<([\d.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pin, "pyproject.toml pins PySide6-Essentials with a lower and an upper bound"
    low, high = _version(pin.group(1)), _version(pin.group(2))
    assert low <= _version(PySide6.__version__) < high
    assert high <= (6, 12)  # lift only with the test below passing on the new version and Python 3.11


def test_none_returned_to_qt_keeps_its_reference():
    """C++ calls a Python data() returning None 50,000 times (through a proxy model): None's reference
    count must not fall (on 3.11 it is a real count; on 3.12+ None is immortal and the check is moot)."""
    script = textwrap.dedent("""
        import sys
        from PySide6 import QtCore
        app = QtCore.QCoreApplication([])

        class Model(QtCore.QAbstractTableModel):
            def rowCount(self, parent=QtCore.QModelIndex()):
                return 1
            def columnCount(self, parent=QtCore.QModelIndex()):
                return 1
            def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):
                return None

        source = Model()
        proxy = QtCore.QSortFilterProxyModel()
        proxy.setSourceModel(source)
        index = proxy.index(0, 0)
        before = sys.getrefcount(None)
        for _ in range(50_000):
            proxy.data(index, QtCore.Qt.ItemDataRole.ToolTipRole)
        print(sys.getrefcount(None) - before)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip().splitlines()[-1]) > -1_000


def test_fills_stay_on_the_gui_thread_below_eight_cores_unless_the_user_says_otherwise():
    """Qt's pool for large fills is one thread below eight cores: a hand-off and a wait, no gain."""
    from dvc_desktop.gui.qt import leave_fills_on_the_gui_thread

    for cores, expected in ((2, "1"), (4, "1"), (7, "1"), (8, None), (32, None)):
        environ: dict[str, str] = {}
        leave_fills_on_the_gui_thread(environ, cores)
        assert environ.get("QT_NO_GUI_THREADPOOL") == expected, cores
    kept = {"QT_NO_GUI_THREADPOOL": "0"}
    leave_fills_on_the_gui_thread(kept, 2)
    assert kept == {"QT_NO_GUI_THREADPOOL": "0"}
    if (os.cpu_count() or 1) < 8:  # this process: set before any window painted
        assert os.environ.get("QT_NO_GUI_THREADPOOL")
