"""The second staff member's window, in a process of its own (run by tests/server/test_two_windows.py
as `pytest tests/server/staff_window.py`; not collected with the suite). Its data folder, the rows to
accept and a folder to leave word in come through the environment."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from dvc_desktop.gui.errors import ErrorReporter
from tests.server.reviewing import decide
from tests.windows import open_window, shut_down_every_application  # noqa: F401 - the fixture


def test_the_second_staff_member_accepts_rows_in_their_window(qtbot):
    folder = Path(os.environ["DVC_STAFF_FOLDER"])
    word = Path(os.environ["DVC_STAFF_WORD"])
    rows = json.loads(os.environ["DVC_STAFF_ROWS"])
    _application, window = open_window(qtbot, folder, ErrorReporter(None))
    window.tabs.setCurrentWidget(window.review)
    (word / "b-ready").write_text("", encoding="utf-8")
    deadline = time.monotonic() + 60
    while not (word / "a-ready").exists():  # both windows have read the same rows
        assert time.monotonic() < deadline
        qtbot.wait(50)
    for row_id in rows:
        decide(qtbot, window.review, row_id, "accepted")
        qtbot.waitUntil(lambda: window.review.model.row(row_id).review_status == "accepted", timeout=10_000)
    (word / "b-done").write_text(json.dumps(rows), encoding="utf-8")
