"""Publishing over a workbook that Excel holds open: the window says which file, offers «Thử lại», and a
retry once the file is closed writes it; «Hủy» ends it as a cancel. From a store set up as a real office
sets one up."""

from __future__ import annotations

import os

import pytest

from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.gui.worker import Runner, is_cancelled
from dvc_desktop.services.context import open_context
from dvc_desktop.services.publication import publish
from tests.publication.test_official_appendix import FULL, answer, set_up


def retry_box():  # type: ignore[no-untyped-def]
    return next((w for w in QtWidgets.QApplication.topLevelWidgets()
                 if w.objectName() == "outputInUseBox" and w.isVisible()), None)


@pytest.fixture()
def office_runner(data_dir):
    with open_context(data_dir) as context:
        set_up(context)
        answer(context, "000.00.13.H40", "1.000001", "toan_trinh", FULL)
    runner = Runner(lambda: open_context(data_dir))
    yield runner
    runner.stop()


@pytest.fixture()
def excel_holds(monkeypatch, tmp_path):
    """os.replace refuses the target while `held` is true, as Windows does for a file Excel has open."""
    held = {"on": True}
    real = os.replace

    def replace(source, target):  # type: ignore[no-untyped-def]
        if held["on"] and str(target).endswith("danh-muc.xlsx"):
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    return held


def test_retry_after_closing_the_file_writes_it(qtbot, office_runner, excel_holds, tmp_path):
    out = tmp_path / "danh-muc.xlsx"
    done, failed = [], []
    office_runner.run(lambda context: publish(context, out, kind="draft"), done.append, failed.append)
    qtbot.waitUntil(lambda: retry_box() is not None, timeout=10_000)
    box = retry_box()
    assert "danh-muc.xlsx" in box.text() and "đang mở trong Excel" in box.text()
    assert not out.exists() and not done and not failed
    excel_holds["on"] = False  # the clerk closes Excel
    box.button(QtWidgets.QMessageBox.StandardButton.Retry).click()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert out.is_file() and not failed


def test_cancel_ends_it_as_a_cancel(qtbot, office_runner, excel_holds, tmp_path):
    failed: list[BaseException] = []
    office_runner.run(lambda context: publish(context, tmp_path / "danh-muc.xlsx", kind="draft"), None,
                      failed.append)
    qtbot.waitUntil(lambda: retry_box() is not None, timeout=10_000)
    retry_box().button(QtWidgets.QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert is_cancelled(failed[0])
