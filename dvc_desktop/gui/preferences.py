"""What the window remembers between sessions, per user (QSettings: the registry on Windows, an .ini
file elsewhere): the window's place and size, the table columns shown, the folders last used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from pathlib import Path

GEOMETRY_KEY = "window/geometry"


def settings() -> QtCore.QSettings:
    # The default format (native: the registry on Windows), unless a caller chose another: the test
    # suite keeps its settings in a folder of its own this way (QSettings(org, app) is always native).
    return QtCore.QSettings(QtCore.QSettings.defaultFormat(), QtCore.QSettings.Scope.UserScope, "dvc-desktop",
                            "dvc-desktop")


def show_as_before(window: QtWidgets.QWidget) -> None:
    """Where the user left the window; the first time, maximised (a 1366×768 laptop has no room to spare)."""
    saved = settings().value(GEOMETRY_KEY)
    if isinstance(saved, QtCore.QByteArray) and window.restoreGeometry(saved):
        window.show()
    else:
        window.showMaximized()


def remember_geometry(window: QtWidgets.QWidget) -> None:
    store = settings()
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.sync()


def hidden_columns(table: str, default: tuple[str, ...]) -> set[str]:
    value = settings().value(f"columns/{table}/hidden")
    if value is None:
        return set(default)
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value] if value else []
    return {str(v) for v in value}


def save_hidden_columns(table: str, hidden: set[str]) -> None:
    store = settings()
    store.setValue(f"columns/{table}/hidden", sorted(hidden) or "")
    store.sync()


def last_folder() -> "Path":
    """Where the user last saved or opened a file with the program (the home folder the first time)."""
    from pathlib import Path

    saved = settings().value("files/last_folder")
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(chosen: "str | Path") -> None:
    from pathlib import Path

    folder = Path(chosen).parent
    store = settings()
    store.setValue("files/last_folder", str(folder))
    store.sync()


def restore_splitter(splitter: QtWidgets.QSplitter, name: str) -> None:
    """The split the user left (the editor folded away, or wider), if any."""
    state = settings().value(f"splitter/{name}")
    if isinstance(state, QtCore.QByteArray) and not state.isEmpty():
        splitter.restoreState(state)


def save_splitter(splitter: QtWidgets.QSplitter, name: str) -> None:
    settings().setValue(f"splitter/{name}", splitter.saveState())
