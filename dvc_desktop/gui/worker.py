"""All database work on one worker thread; results come back to the GUI thread through signals.

`Runner.run(job, on_done, on_error)` queues `job(context)` on the worker. A job that takes a
`progress` argument is long work: a progress dialog appears after half a second, with a cancel
button that makes the job's next progress report raise `Cancelled`.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import logging
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QObject, QtCore, QThread, QTimer, QtWidgets, Signal, Slot
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Cancelled

log = logging.getLogger(__name__)
Job = Callable[..., Any]


def without_store(job: Job) -> Job:
    """Mark `job` as one that never touches the store's context: the worker runs it before opening the
    store (the window's whole rows, read with the first look's own means while SQLAlchemy still loads)."""
    job.needs_store = False  # type: ignore[attr-defined]
    return job


@dataclass
class _Task:
    id: int
    job: Job
    wants_progress: bool
    cancel: threading.Event
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    dialog: _ProgressDialog | None = None
    outcome: tuple[bool, Any] | None = None  # (succeeded, result or error), set by the worker
    label: str | None = None
    parent: QtWidgets.QWidget | None = None
    offer_retry: bool = True  # a retryable failure asks «Thử lại» (not for the window's background looks)
    # Set by the worker once it let go of the task (Runner.wait_briefly may then hand its outcome over).
    answered: threading.Event = field(default_factory=threading.Event)


class _Worker(QObject):
    """Runs tasks it finds in `tasks` by id; only ids cross between the threads.

    The worker drops every reference it took before it says a task is over, so the task, its job's
    closure (which may hold widgets) and the result are released on the GUI thread, which holds the
    task until then. Releasing them here ran PySide's disconnect-on-death from this thread, holding
    a Qt lock while waiting for the interpreter lock the GUI thread held while waiting for that Qt
    lock: the window froze (seen in tests/reports/test_preview.py, once in about fifty runs).
    """

    finished = Signal(int)
    progressed = Signal(int, int, int)
    noticed = Signal(int, str)  # a sentence about the work in progress (waiting for another staff member)

    def __init__(self, open_context: Callable[[], Any], tasks: dict[int, _Task]) -> None:
        super().__init__()
        self._open_context = open_context
        self._tasks = tasks
        self.context: Any = None

    @Slot(int)
    def execute(self, task_id: int) -> None:
        task = self._tasks[task_id]
        self._run(task)
        answered = task.answered
        del task  # before the GUI thread learns the task is over, and may let go of it
        answered.set()
        self.finished.emit(task_id)

    def _run(self, task: _Task) -> None:
        try:
            if task.cancel.is_set():  # cancelled before it started (the window is closing): never run it
                raise Cancelled()
            if self.context is None and getattr(task.job, "needs_store", True):
                self.context = self._open_context()
            if self.context is not None and hasattr(self.context, "notify"):
                # Only the task's id is kept: the context outlives the task, and a task released on this
                # thread (its job's closure may hold widgets) is what froze or crashed the window before.
                self.context.notify = functools.partial(self.noticed.emit, task.id)
            if task.wants_progress:
                def progress(done: int, total: int) -> None:
                    if task.cancel.is_set():
                        raise Cancelled()
                    self.progressed.emit(task.id, done, total)

                task.outcome = (True, task.job(self.context, progress=progress))
            else:
                task.outcome = (True, task.job(self.context))
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            error.__dict__.setdefault("formatted_traceback", traceback.format_exc())
            task.outcome = (False, error)

    @Slot()
    def shutdown(self) -> None:
        if self.context is not None:
            self.context.close()
            self.context = None


class Runner(QObject):
    """GUI-side handle of the worker thread."""

    _submit = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, open_context: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        from dvc_desktop.gui.collector import ensure_installed

        ensure_installed()  # from now on there are two Python threads: cycles are collected on this one
        self._thread = QThread()
        self._thread.setObjectName("dvc-database")
        self._tasks: dict[int, _Task] = {}  # submitted and not yet handed back; read by the worker
        self._worker = _Worker(open_context, self._tasks)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)  # queued: the worker lives on the other thread
        self._worker.finished.connect(self._on_finished)
        self._worker.progressed.connect(self._on_progress)
        self._worker.noticed.connect(self._on_notice)
        self._ids = itertools.count(1)
        self._held: list[int] | None = None  # while paused: the tasks to hand the worker on resume()
        self._stopping = False  # stop() cancelled what was left: those cancellations are not reported
        self._thread.start()

    def pause(self) -> None:
        """Queue jobs without starting them, until `resume()`: the window's first paint need not share
        the interpreter with the worker's imports."""
        if self._held is None:
            self._held = []

    def resume(self) -> None:
        held, self._held = self._held, None
        for task_id in held or ():
            self._submit.emit(task_id)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def run(self, job: Job, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, label: str | None = None,
            parent: QtWidgets.QWidget | None = None, first: bool = False, offer_retry: bool = True) -> int:
        """Queue `job(context)`; with `label`, show progress and allow cancel for long work. `first`: while
        paused, ahead of the jobs already held. `offer_retry`: a failure that is safe to repeat (a file
        open in Excel, the server unreachable) asks «Thử lại» before `on_error` hears of it."""
        wants_progress = "progress" in inspect.signature(job).parameters
        task = _Task(next(self._ids), job, wants_progress, threading.Event(),
                     on_done or (lambda _r: None), on_error or _raise_in_gui, label=label, parent=parent,
                     offer_retry=offer_retry)
        if wants_progress and label:
            task.dialog = _ProgressDialog(label, task.cancel, parent)
        self._tasks[task.id] = task
        self.busy_changed.emit(True)
        if self._held is not None:
            self._held.insert(0 if first else len(self._held), task.id)
        else:
            self._submit.emit(task.id)
        return task.id

    def wait_briefly(self, task_id: int, seconds: float) -> bool:
        """Hand a quick job's outcome over now, if the worker answers within `seconds`: the window then
        paints the answer with the change that asked for it, in one frame instead of two (the editor's
        procedure after a key in the search box, issue 21). Only when the job is the only one in flight
        and the store is open: behind other work, or while the store opens, the wait would be lost and
        the answer comes the usual way. True when it was handed over."""
        task = self._tasks.get(task_id)
        if task is None or self._held is not None or len(self._tasks) != 1 or self._worker.context is None:
            return False
        if not task.answered.wait(seconds):
            return False
        self._on_finished(task_id)
        return True

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return  # handed over already (wait_briefly)
        if task.dialog is not None:
            task.dialog.finish()
        if not self._tasks:
            self.busy_changed.emit(False)
        assert task.outcome is not None
        succeeded, value = task.outcome
        if self._stopping and not succeeded and is_cancelled(value):
            return  # cancelled because the window is closing: nothing to tell anyone
        if succeeded:
            task.on_done(value)
        elif task.offer_retry and (_is_output_in_use(value) or getattr(value, "retryable", False)):
            self._offer_retry(task, value)
        else:
            task.on_error(value)

    def _offer_retry(self, task: _Task, error: BaseException) -> None:
        """A file open in Excel: close it and press «Thử lại» to run the same job again (the old file was
        left as it was); «Hủy» ends it as a cancel. The same for work the server could not do (the
        connection dropped, rolled back; another staff member's import took too long): nothing was
        written, so running it again is safe."""
        title = (translate("worker", "Tệp đang mở") if _is_output_in_use(error)
                 else translate("worker", "Máy chủ chưa thực hiện được"))
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, title, str(error),
                                    QtWidgets.QMessageBox.StandardButton.Retry
                                    | QtWidgets.QMessageBox.StandardButton.Cancel, task.parent))
        box.setObjectName("outputInUseBox" if _is_output_in_use(error) else "serverRetryBox")
        box.button(QtWidgets.QMessageBox.StandardButton.Retry).setText(translate("worker", "&Thử lại"))
        box.button(QtWidgets.QMessageBox.StandardButton.Cancel).setText(translate("worker", "&Hủy"))
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Retry)

        def chosen(result: int) -> None:
            box.deleteLater()
            if result == QtWidgets.QMessageBox.StandardButton.Retry:
                self.run(task.job, task.on_done, task.on_error, label=task.label, parent=task.parent)
            else:
                task.on_error(Cancelled())

        box.finished.connect(chosen)
        self._retry_box = box  # kept referenced while open
        box.open()

    @Slot(int, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.dialog is not None:
            task.dialog.update(done, total)

    @Slot(int, str)
    def _on_notice(self, task_id: int, text: str) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.dialog is not None:
            task.dialog.say(text)

    def stop(self) -> None:
        """Cancel what is running or queued, close the store on its own thread, then end the thread.
        A job that reports progress stops at its next report (its transaction rolled back), so closing
        the window during an import does not wait for the import to finish."""
        self._stopping = True
        for task in list(self._tasks.values()):
            task.cancel.set()
        if self._thread.isRunning():
            QtCore.QMetaObject.invokeMethod(self._worker, "shutdown", QtCore.Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait()


def _is_output_in_use(error: BaseException) -> bool:
    from dvc_desktop.services.errors import OutputInUse

    return isinstance(error, OutputInUse)


def _raise_in_gui(error: BaseException) -> None:
    raise error


class _ProgressDialog:
    """Shown only if the work lasts longer than half a second, so quick work does not flash."""

    DELAY_MS = 500

    def __init__(self, label: str, cancel: threading.Event, parent: QtWidgets.QWidget | None) -> None:
        self._dialog = plain(QtWidgets.QProgressDialog(label, translate("worker", "Hủy"), 0, 0, parent))
        self._dialog.setWindowTitle(translate("worker", "Đang xử lý"))
        self._dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        # Our timer decides when to show; QProgressDialog's own guess would show it at the first setValue.
        self._dialog.setMinimumDuration(2**31 - 1)
        self._dialog.setAutoReset(False)
        self._dialog.setAutoClose(False)
        self._dialog.setObjectName("progressDialog")
        self._dialog.canceled.connect(cancel.set)
        self._dialog.hide()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._dialog.show)
        self._timer.start(self.DELAY_MS)

    def say(self, text: str) -> None:
        """A sentence under the work's label (waiting for another staff member), shown at once."""
        self._dialog.setLabelText(text)
        self._timer.stop()
        self._dialog.show()

    def update(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)

    def finish(self) -> None:
        self._timer.stop()
        self._dialog.hide()
        self._dialog.deleteLater()


def is_cancelled(error: BaseException) -> bool:
    return isinstance(error, Cancelled)
