"""One user action on the database worker, as a value: the job (one service call), what its success
and its failure show, its progress label, and whether it changes the store.

As Anki's `aqt/operations/`: the functions that build operations (`gui/department_operations.py`)
know which service an action calls; the window's controllers only say what to show. A changing
operation holds the `ChangeGate` while it runs, so undo and redo wait for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar

from dvc_desktop.gui.qt import QObject, Signal

if TYPE_CHECKING:
    from dvc_desktop.gui.qt import QtWidgets
    from dvc_desktop.gui.worker import Runner

T = TypeVar("T")


class ChangeGate(QObject):
    """Counts the changing operations in flight; `changed(True)` while any runs."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = 0

    @property
    def open(self) -> bool:
        return self._running == 0

    def enter(self) -> None:
        self._running += 1
        if self._running == 1:
            self.changed.emit(True)

    def leave(self) -> None:
        self._running = max(self._running - 1, 0)
        if self._running == 0:
            self.changed.emit(False)


class Operation(Generic[T]):
    def __init__(self, job: Callable[..., T], *, changes: bool = False, label: str | None = None) -> None:
        """`job(context)` or `job(context, progress)` runs on the worker; `label` shows a progress dialog
        with Cancel (for a job that takes `progress`)."""
        self.job, self.changes, self.label = job, changes, label
        self._success: Callable[[T], None] = lambda _value: None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, show: Callable[[T], None]) -> "Operation[T]":
        self._success = show
        return self

    def failure(self, show: Callable[[BaseException], None]) -> "Operation[T]":
        """Instead of the window's report (an error dialog) for this operation."""
        self._failure = show
        return self

    def run(self, runner: "Runner", report: Callable[[BaseException], None], gate: ChangeGate | None = None,
            parent: "QtWidgets.QWidget | None" = None) -> int:
        failure = self._failure or report
        if not (self.changes and gate is not None):
            return runner.run(self.job, self._success, failure, label=self.label, parent=parent)
        held = gate

        def succeeded(value: Any) -> None:
            held.leave()
            self._success(value)

        def failed(error: BaseException) -> None:
            held.leave()
            failure(error)

        held.enter()
        return runner.run(self.job, succeeded, failed, label=self.label, parent=parent)
