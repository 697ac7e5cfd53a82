"""Window actions made one way: text with its mnemonic, an optional shortcut, an objectName for tests."""

from __future__ import annotations

from typing import Callable

from dvc_desktop.gui.qt import QAction, QKeySequence, QtWidgets


def make_action(window: QtWidgets.QWidget, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None, name: str = "") -> QAction:
    """An action of `window` (so its shortcut works wherever the focus is in the window)."""
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.setObjectName(name)
    act.triggered.connect(lambda _checked=False: slot())
    window.addAction(act)
    return act
