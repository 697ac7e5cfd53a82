"""File dialogs start where the user last saved or opened a file, across sessions, not in the home folder."""

from __future__ import annotations

from pathlib import Path

from dvc_desktop.gui import file_dialogs
from dvc_desktop.gui.qt import QtWidgets


def test_the_next_dialog_opens_where_the_last_one_was_answered(tmp_path, monkeypatch):
    offered: list[str] = []
    folder = tmp_path / "goi-nhan-duoc"
    folder.mkdir()
    answers = iter([str(folder / "stp-1.dvcpkg"), str(folder / "khac.xlsx")])

    def dialog(parent, title, start, filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return next(answers), filters

    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", staticmethod(dialog))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", staticmethod(dialog))
    assert file_dialogs.ask_open_path(None, "Nhập gói", "*.dvcpkg") == folder / "stp-1.dvcpkg"
    assert offered[0] == str(Path.home())  # the first time
    file_dialogs.ask_save_path(None, "Xuất", "danh-muc.xlsx", "*.xlsx")
    assert offered[1] == str(folder / "danh-muc.xlsx")  # then the folder last used, the name proposed


def test_the_suite_never_touches_the_users_settings():
    """tests/conftest.py points QSettings at a folder of the run's own: a test that hides a column or moves
    a window must not change the clerk's (or another run's) window."""
    import tempfile

    from dvc_desktop.gui.preferences import settings

    assert settings().fileName().startswith(tempfile.gettempdir())
