"""The file dialogs of the windows, starting where the user last saved or opened a file (a clerk keeps
the province's packages and the office's workbooks in one folder, not in the home folder)."""

from __future__ import annotations

from pathlib import Path

from dvc_desktop.gui.preferences import last_folder, remember_folder
from dvc_desktop.gui.qt import QtWidgets


def ask_save_path(parent: QtWidgets.QWidget | None, title: str, default_name: str, filters: str) -> Path | None:
    chosen, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, str(last_folder() / default_name), filters)
    if not chosen:
        return None
    remember_folder(chosen)
    return Path(chosen)


def ask_open_path(parent: QtWidgets.QWidget | None, title: str, filters: str) -> Path | None:
    chosen, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    if not chosen:
        return None
    remember_folder(chosen)
    return Path(chosen)


def ask_open_paths(parent: QtWidgets.QWidget | None, title: str, filters: str) -> list[Path]:
    chosen, _ = QtWidgets.QFileDialog.getOpenFileNames(parent, title, str(last_folder()), filters)
    if chosen:
        remember_folder(chosen[0])
    return [Path(p) for p in chosen]
