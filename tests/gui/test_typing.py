"""What a keystroke costs: the current procedure found again after a filter is not read again from the
store, a read a later row replaced is skipped, and the loaded rows are kept out of the cycle
collector's passes."""

from __future__ import annotations

import gc

import pytest

from dvc_desktop.gui.qt import Qt
from dvc_desktop.services import workspace as ws
from tests.gui.conftest import activate, idle, type_text
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


@pytest.fixture()
def unit(data_dir):
    """A Sở's store with its own procedures, made as the window makes them (closed again)."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.setup import initialise

    with open_context(data_dir) as context:
        initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
        for n, name in enumerate(("Cấp giấy phép lễ hội", "Cấp giấy phép quảng cáo", "Đăng ký hộ tịch"), start=1):
            ws.create_local_procedure(context, ws.LocalProcedure(f"2.00{n:04d}.000.00.00.H59", name, "Tư pháp",
                                                                 ("tinh",)))


def test_typing_keeps_the_current_procedure_without_reading_it_again(qtbot, open_app, unit, monkeypatch):
    window = open_app(demo=False)
    first = window.model.row_id(0)
    qtbot.waitUntil(lambda: window.editor.showing(first), timeout=5000)
    idle(qtbot, window)
    jobs: list[object] = []
    real_run = window.runner.run
    monkeypatch.setattr(window.runner, "run", lambda job, *a, **k: (jobs.append(job), real_run(job, *a, **k))[1])

    activate(qtbot, window)
    window.search.setFocus()
    type_text(qtbot, window.search, "cap giay")
    assert window.model.rowCount() == 2 and window.current_id() == first
    idle(qtbot, window)
    assert jobs == [] and window.editor.showing(first)

    # Moving on faster than the store answers (arrows held down) queues a read per row: only the last
    # is made.
    reads: list[int] = []
    real_detail = ws.detail
    monkeypatch.setattr(ws, "detail", lambda context, row_id: (reads.append(row_id), real_detail(context, row_id))[1])
    window.search.clear()
    window.table.setFocus()
    window.runner.pause()  # the queue as a quick hand leaves it
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_id() == window.model.row_id(2) and len(jobs) == 2
    window.runner.resume()
    qtbot.waitUntil(lambda: window.editor.showing(window.current_id()), timeout=5000)
    idle(qtbot, window)
    assert reads == [window.model.row_id(2)]


def test_the_loaded_rows_are_kept_out_of_later_collections(qtbot, open_app, unit):
    window = open_app(demo=False)
    idle(qtbot, window)
    rows = window.model.all_rows()
    assert gc.get_freeze_count() > 0 and rows
    frozen = gc.get_freeze_count()
    gc.collect(1)  # a young pass no longer walks what the window loaded
    assert gc.get_freeze_count() == frozen


def test_the_province_window_freezes_its_rows_too(qtbot, tmp_path, reporter):
    from tests.conftest import demo_province

    gc.unfreeze()
    _application, window = open_window(qtbot, demo_province(tmp_path / "province"), reporter)
    assert window.review.model.total_rows() > 0 and gc.get_freeze_count() > 0


def test_a_key_that_moves_the_current_procedure_shows_it_in_the_same_frame(qtbot, open_app, unit, monkeypatch):
    """The editor's procedure is read while the key is handled (about a millisecond), so the table and
    the editor are painted together, not the table first beside the old procedure (issue 21)."""
    window = open_app(demo=False)
    first = window.model.row_id(0)
    qtbot.waitUntil(lambda: window.editor.showing(first), timeout=5000)
    idle(qtbot, window)
    monkeypatch.setattr(type(window), "DETAIL_WAIT_S", 5.0)  # a slow machine still answers within it
    activate(qtbot, window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "dang")  # "Cấp giấy phép lễ hội" is filtered out
    moved = window.current_id()
    assert moved != first and window.model.row(moved).name == "Đăng ký hộ tịch"
    assert window.editor.showing(moved) and window.runner.pending == 0  # no turn of the event loop needed
    assert "Đăng ký hộ tịch" in window.editor.title_label.text()
