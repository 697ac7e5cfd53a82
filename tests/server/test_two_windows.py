"""Two staff in two windows, two processes, one PostgreSQL server: neither loses a decision; a
decision on a row the other changed is refused with who and when, and the window reloads to show it;
the window notices the other's changes and offers to reload."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from dvc_desktop import local_settings
from dvc_desktop.services.context import open_context
from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.store import models
from tests.conftest import demo_province
from tests.gui.conftest import reporter  # noqa: F401 - the fixture
from tests.server.reviewing import click_row, decide, shown_box
from tests.windows import open_window, shut_down_every_application  # noqa: F401 - the fixture

pytestmark = pytest.mark.parametrize("store_engine", ["postgresql"], indirect=True)
ROOT = Path(__file__).resolve().parents[2]


def _staff_folder(data_dir: Path, name: str) -> Path:
    folder = data_dir.parent / "may-cua-minh"
    folder.mkdir()
    local_settings.save_database_url(folder, local_settings.saved_database_url(data_dir))
    local_settings.save_staff_name(folder, name)
    shutil.copytree(data_dir / "keys", folder / "keys")
    return folder


def test_two_staff_review_one_province_in_two_windows_without_losing_a_decision(qtbot, data_dir, reporter):
    demo_province(data_dir)
    local_settings.save_staff_name(data_dir, "Nguyễn Thị Lan")
    minh = _staff_folder(data_dir, "Trần Văn Minh")
    _application, window = open_window(qtbot, data_dir, reporter)
    window.others_changes._timer.setInterval(200)  # the light look every 15 s, sooner for the test
    panel = window.review
    window.tabs.setCurrentWidget(panel)
    pending = [r.id for r in panel.model._rows.values() if r.form and not r.review_status]
    his, contested, mine = pending[:3], pending[0], pending[3]

    word = data_dir.parent / "word"
    word.mkdir()
    env = {**os.environ, "DVC_STAFF_FOLDER": str(minh), "DVC_STAFF_WORD": str(word), "DVC_STAFF_ROWS": json.dumps(his),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DVC_DATABASE_URL", None)
    other = subprocess.Popen([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                              str(ROOT / "tests" / "server" / "staff_window.py")], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 90
        while not (word / "b-ready").exists():
            assert other.poll() is None, other.communicate()[0]
            assert time.monotonic() < deadline
            qtbot.wait(50)
        click_row(qtbot, panel, contested)  # Lan reads the row Minh is about to accept
        (word / "a-ready").write_text("", encoding="utf-8")
        while not (word / "b-done").exists():
            assert other.poll() is None, other.communicate()[0]
            assert time.monotonic() < deadline
            qtbot.wait(50)
        output, _ = other.communicate(timeout=60)
        assert other.returncode == 0, output
    finally:
        if other.poll() is None:
            other.kill()

    # Lan's window noticed Minh's decisions and offers to reload.
    qtbot.waitUntil(lambda: window.others_changes.bar.isVisible(), timeout=10_000)
    assert "Trần Văn Minh" in window.others_changes.text.text()
    if os.environ.get("DVC_SCREENSHOTS"):  # docs/images/may-chu-hai-can-bo.png, made on request
        window.grab().save(str(ROOT / "docs" / "images" / "may-chu-hai-can-bo.png"))
    # She returns the row Minh accepted, on what her window showed: refused, with who and when.
    decide(qtbot, panel, contested, "returned", "Thiếu căn cứ")
    qtbot.waitUntil(lambda: shown_box("changedMeanwhileBox") is not None, timeout=10_000)
    box = shown_box("changedMeanwhileBox")
    assert "Trần Văn Minh đã xem xét lúc" in box.text() and "tải lại để xem" in box.text()
    qtbot.mouseClick(box.findChild(QtWidgets.QPushButton, "reloadButton"), QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.row(contested).review_status == "accepted", timeout=10_000)
    assert not window.others_changes.bar.isVisible()  # reloaded: nothing new any more
    # Her own decision on another row goes through.
    decide(qtbot, panel, mine, "returned", "Thiếu căn cứ")
    qtbot.waitUntil(lambda: panel.model.row(mine).review_status == "returned", timeout=10_000)

    with open_context(data_dir) as context, context.transaction() as session:
        c = models.Classification
        stored = {row_id: (status, by) for row_id, status, by in session.execute(
            select(c.id, c.review_status, c.reviewed_by).where(c.id.in_([*his, mine])))}
    assert stored == {**{row_id: ("accepted", "Trần Văn Minh") for row_id in his},
                      mine: ("returned", "Nguyễn Thị Lan")}
