"""Choose one unit from a list by typing part of its name or code, with or without diacritics.

Wires a search line and a list of a form together: each keystroke hides the units whose folded
name (domain.text.fold) and code do not contain the folded text; Up and Down in the search line
move through the units still shown, so the choice never needs the mouse.
"""

from __future__ import annotations

from dvc_desktop.domain.text import fold
from dvc_desktop.gui.qt import QObject, Qt, QtCore, QtGui, QtWidgets, Signal

CODE_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NONE_CODE = ""  # the "no unit" entry, when offered


class UnitPicker(QObject):
    chosen_changed = Signal(str)  # the chosen code, "" for none

    def __init__(self, search: QtWidgets.QLineEdit, listing: QtWidgets.QListWidget) -> None:
        super().__init__(listing)
        self.search, self.listing = search, listing
        search.setClearButtonEnabled(True)
        search.textChanged.connect(lambda _text: self._filter())
        search.installEventFilter(self)
        listing.currentItemChanged.connect(lambda *_: self.chosen_changed.emit(self.chosen() or NONE_CODE))

    def set_units(self, units: list[tuple[str, str]], none_text: str | None = None) -> None:
        """(code, name) pairs; `none_text` adds a first entry meaning "no unit"."""
        self.listing.clear()
        if none_text is not None:
            self._add(none_text, NONE_CODE, "")
        for code, name in units:
            self._add(f"{name} ({code})", code, f"{fold(name)} {code.lower()}")
        self._filter()

    def _add(self, text: str, code: str, key: str) -> None:
        item = QtWidgets.QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        item.setData(KEY_ROLE, key)
        self.listing.addItem(item)

    def _filter(self) -> None:
        wanted = fold(self.search.text())
        first = None
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            key = item.data(KEY_ROLE)
            hidden = bool(wanted) and (not key or wanted not in key)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.listing.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.listing.setCurrentItem(first)

    def chosen(self) -> str | None:
        """The chosen unit's code; None when nothing is chosen or the "no unit" entry is."""
        item = self.listing.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(CODE_ROLE) or None

    def has_choice(self) -> bool:
        item = self.listing.currentItem()
        return item is not None and not item.isHidden()

    def select(self, code: str | None) -> bool:
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            if item.data(CODE_ROLE) == (code or NONE_CODE):
                self.search.clear()
                self.listing.setCurrentItem(item)
                self.listing.scrollToItem(item)
                return True
        return False

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if (watched is self.search and isinstance(event, QtGui.QKeyEvent)
                and event.type() == QtCore.QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)):
            QtWidgets.QApplication.sendEvent(self.listing, event)
            return True
        return super().eventFilter(watched, event)
