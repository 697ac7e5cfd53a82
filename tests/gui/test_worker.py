"""Long work runs on the worker thread; a progress dialog appears only if it lasts, and cancel stops it."""

from __future__ import annotations

import threading
import time

import pytest

from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.gui.worker import Runner, is_cancelled
from dvc_desktop.progress import Cancelled


class FakeContext:
    closed = False

    def close(self) -> None:
        self.closed = True


@pytest.fixture()
def runner():
    context = FakeContext()
    runner = Runner(lambda: context)
    yield runner
    runner.stop()
    assert context.closed


def progress_dialogs():
    return [w for w in QtWidgets.QApplication.topLevelWidgets()
            if w.objectName() == "progressDialog" and w.isVisible()]


def test_jobs_run_off_the_gui_thread_in_order(qtbot, runner):
    seen = []
    gui_thread = threading.get_ident()
    for n in range(5):
        runner.run(lambda _c, n=n: (n, threading.get_ident()), seen.append)
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5000)
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert all(thread != gui_thread for _, thread in seen)


def test_none_results_cross_safely(qtbot, runner):
    seen = []
    runner.run(lambda _c: None, seen.append)
    qtbot.waitUntil(lambda: seen == [None], timeout=5000)


def test_quick_work_shows_no_progress_dialog(qtbot, runner):
    done = []
    runner.run(lambda _c, progress: progress(1, 1), done.append, label="nhanh")
    qtbot.waitUntil(lambda: done == [None], timeout=5000)
    qtbot.wait(700)
    assert progress_dialogs() == []


def test_long_work_shows_progress_and_cancel_stops_it(qtbot, runner):
    steps, failures = [], []

    def slow(_context, progress):
        for step in range(200):
            steps.append(step)
            progress(step, 200)
            time.sleep(0.02)
        return "finished"

    finished = []
    began = time.monotonic()
    runner.run(slow, finished.append, failures.append, label="Đang xuất…")
    qtbot.wait(200)
    # Not before half a second (a loaded machine may have let more time pass: then nothing to check).
    assert progress_dialogs() == [] or time.monotonic() - began >= 0.5
    qtbot.waitUntil(lambda: len(progress_dialogs()) == 1, timeout=3000)
    dialog = progress_dialogs()[0]
    assert dialog.labelText() == "Đang xuất…"
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    cancel = dialog.findChild(QtWidgets.QPushButton)
    assert cancel.text() == "Hủy"
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert is_cancelled(failures[0]) and finished == []
    assert len(steps) < 200
    assert progress_dialogs() == []


def test_cancelled_import_changes_nothing(context, tmp_path):
    from tests.excel.workbooks import generated_rows, simple_workbook, OFFICIAL_HEADER
    from dvc_desktop.services.catalog import import_catalog_excel
    from dvc_desktop.services.setup import initialise
    from dvc_desktop.services.status import status

    initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59")
    path = simple_workbook(tmp_path / "a.xlsx", OFFICIAL_HEADER, generated_rows(600))

    def cancel_midway(done, total):
        if done >= 400:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_catalog_excel(context, path, progress=cancel_midway)
    assert status(context).procedures == 0


class _Cycle:
    """A reference cycle that records which thread finally collects it."""

    def __init__(self, seen: list[int]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.get_ident())


def test_cycles_are_collected_on_the_gui_thread_while_the_worker_allocates(qtbot, runner):
    # A cycle may hold a widget's Python side; Qt objects must not be destroyed from the worker.
    seen: list[int] = []
    gui_thread = threading.get_ident()
    _Cycle(seen)
    done = []

    def allocate(_context):  # allocations that cross every threshold many times over, and stay
        return [[n] for n in range(300_000)]

    runner.run(allocate, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    # The worker's allocations did not collect it (the GUI thread's timer may already have, while waiting).
    assert seen in ([], [gui_thread])
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)  # the GUI thread's timer did
    assert seen == [gui_thread]


class _Witness:
    """Records the thread that releases it (as a widget held by a job's closure would be)."""

    def __init__(self, seen: list[int]) -> None:
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.get_ident())


@pytest.mark.parametrize("fails", [False, True])
def test_a_job_and_what_it_holds_are_released_on_the_gui_thread(qtbot, runner, fails):
    seen: list[int] = []
    done: list[object] = []

    def submit() -> None:  # the caller keeps nothing: the job's closure holds the last reference
        witness = _Witness(seen)

        def job(_context):
            assert witness.seen is seen
            if fails:
                raise ValueError("từ chối")
            return witness.seen

        runner.run(job, lambda _result: done.append("done"), lambda error: done.append(type(error)))

    submit()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.wait(100)
    # A failure's traceback makes a cycle, left for the collector: the GUI thread allocates enough
    # to pass its threshold, as a window does all the time.
    allocated = [[] for _ in range(5000)]
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    del allocated
    assert seen == [threading.get_ident()]
    assert done == [ValueError if fails else "done"]
    assert runner.pending == 0


def test_stop_cancels_the_running_job_and_skips_the_queued_ones(qtbot):
    """Closing the window during a long import: stop() does not wait for the import to end."""
    context = FakeContext()
    runner = Runner(lambda: context)
    started, steps, queued_ran = threading.Event(), [], []

    def long_import(_context, progress):
        started.set()
        for step in range(1_000):  # 20 s if nothing stopped it
            steps.append(step)
            progress(step, 1_000)
            time.sleep(0.02)

    runner.run(long_import, label="Đang nhập…")
    runner.run(lambda _c: queued_ran.append(True))
    assert started.wait(5)
    runner.stop()
    assert len(steps) < 1_000  # stopped at its next progress report, not run to its end
    assert context.closed and queued_ran == []


def test_a_job_without_the_store_runs_first_and_before_the_store_opens(qtbot):
    """While paused, a job marked `without_store` and queued `first` runs ahead of the jobs held, and the
    store is opened only for the next job that needs it (a large store's whole rows, read while
    SQLAlchemy still loads)."""
    from dvc_desktop.gui.worker import without_store

    opened: list[str] = []
    context = FakeContext()

    def open_store() -> FakeContext:
        opened.append("opened")
        return context

    runner = Runner(open_store)
    order: list[tuple[str, object]] = []
    runner.pause()
    runner.run(lambda c: order.append(("opening job", c)))
    runner.run(without_store(lambda c: order.append(("whole rows", c, list(opened)))), first=True)
    runner.resume()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    runner.stop()
    assert order == [("whole rows", None, []), ("opening job", context)]


def test_a_quick_answer_is_handed_over_at_once_and_only_once(qtbot, runner):
    """wait_briefly: the window shows a quick job's answer before it paints again (issue 21)."""
    seen = []
    runner.run(lambda _c: None, seen.append)  # the first job opens the store
    qtbot.waitUntil(lambda: seen == [None], timeout=5000)
    task = runner.run(lambda _c: "nhanh", seen.append)
    assert runner.wait_briefly(task, 5.0)
    assert seen == [None, "nhanh"] and runner.pending == 0  # no event loop turn in between
    qtbot.wait(50)  # the worker's own "finished" arrives afterwards and finds nothing to hand over
    assert seen == [None, "nhanh"]


def test_a_slow_answer_or_one_behind_other_work_comes_the_usual_way(qtbot, runner):
    seen = []
    runner.run(lambda _c: None, seen.append)
    qtbot.waitUntil(lambda: seen == [None], timeout=5000)
    release = threading.Event()
    slow = runner.run(lambda _c: release.wait(5) and "chậm", seen.append)
    assert not runner.wait_briefly(slow, 0.02)  # not within the wait: the window paints without it
    behind = runner.run(lambda _c: "sau", seen.append)
    assert not runner.wait_briefly(behind, 1.0)  # behind other work: no wait at all
    release.set()
    qtbot.waitUntil(lambda: seen == [None, "chậm", "sau"], timeout=5000)
