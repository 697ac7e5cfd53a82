"""The window's undo history: one generic command holding a service `Change`, applied on the worker.

The stack moves only after the store agreed: Ctrl+Z runs `services.undo.apply_change` and, when it
succeeded, steps the stack back (the command itself applies nothing). So a failed undo leaves the
history where the store is; a change the store moved past (`ChangeOutdated`) empties the history,
whose older entries would meet the same rows. Undo and redo wait while any change runs (`ChangeGate`):
they would otherwise apply over a save still on its way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui import department_operations as ops
from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.qt import QKeySequence, QObject, QUndoCommand, QUndoStack, Signal
from dvc_desktop.i18n import translate
from dvc_desktop.services.changes import ChangeOutdated, Direction

if TYPE_CHECKING:
    from dvc_desktop.gui.operations import ChangeGate
    from dvc_desktop.gui.qt import QAction, QtWidgets
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.changes import Applied, Change


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


class ChangeCommand(QUndoCommand):
    """One entry of the history. Its undo() and redo() are QUndoCommand's own (nothing, for a command
    without children): the controller applies the change before it moves the stack."""

    def __init__(self, change: "Change", text: str) -> None:
        super().__init__(text)
        # Not `self.id`: that would hide QUndoCommand.id(), which QUndoStack.push calls (a crash in Qt).
        self.change = change


class UndoController(QObject):
    """`applied(Applied)` once an undo or redo is in the store: the window shows the rows again."""

    applied = Signal(object)

    def __init__(self, window: "QtWidgets.QMainWindow", runner: "Runner", report: Callable[[BaseException], None],
                 gate: "ChangeGate", before: Callable[[], None], say: Callable[[str, int], None]) -> None:
        """`before()` runs first (the editor's pending text is saved, so it is not lost under the undo);
        `say(text, ms)` writes in the status bar."""
        super().__init__(window)
        self.window, self.runner, self.report, self.gate = window, runner, report, gate
        self._before, self._say = before, say
        self.stack = QUndoStack(self)
        self._applying = False
        self._waiting: Direction | None = None  # asked for while the editor's last save was on its way
        self.act_undo: QAction = make_action(window, _t("&Hoàn tác"), self.undo, QKeySequence.StandardKey.Undo,
                                             "undo")
        self.act_redo: QAction = make_action(window, _t("&Làm lại"), self.redo, None, "redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # a duplicate would make the shortcut ambiguous
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.act_redo.setShortcuts(redo_keys)
        self.stack.indexChanged.connect(self._sync)
        gate.changed.connect(self._gate_changed)
        self._sync()

    def record(self, change: "Change | None", text: str) -> None:
        """A change the store already holds joins the history (nothing when the action changed nothing)."""
        if change is not None:
            self.stack.push(ChangeCommand(change, text))

    @property
    def can_undo(self) -> bool:
        return self.stack.canUndo() and self.gate.open and not self._applying

    @property
    def can_redo(self) -> bool:
        return self.stack.canRedo() and self.gate.open and not self._applying

    def undo(self) -> None:
        self._ask(Direction.UNDO)

    def redo(self) -> None:
        self._ask(Direction.REDO)

    def _ask(self, direction: Direction) -> None:
        self._before()  # may start a save (the gate closes): then the undo follows it
        if not self.gate.open or self._applying:
            self._waiting = direction
            return
        self._waiting = None
        if direction is Direction.UNDO and self.stack.canUndo():
            self._apply(self.stack.index() - 1, Direction.UNDO)
        elif direction is Direction.REDO and self.stack.canRedo():
            self._apply(self.stack.index(), Direction.REDO)

    def _gate_changed(self, closed: bool) -> None:
        self._sync()
        if not closed and self._waiting is not None:
            self._ask(self._waiting)

    def _apply(self, position: int, direction: "Direction") -> None:
        command = self.stack.command(position)
        assert isinstance(command, ChangeCommand)
        text = command.text()
        self._applying = True
        self._sync()

        def done(result: "Applied") -> None:
            self._applying = False
            command.change = result.change  # an addition's undo keeps what it took out, for redo
            self.stack.setIndex(position if direction is Direction.UNDO else position + 1)
            self._say(_t("Đã hoàn tác: {what}.", what=text) if direction is Direction.UNDO
                      else _t("Đã làm lại: {what}.", what=text), 4000)
            self.applied.emit(result)

        def failed(error: BaseException) -> None:
            self._applying = False
            if isinstance(error, ChangeOutdated):
                self.stack.clear()  # older entries would meet the same rows: the history starts here
            self._sync()
            self.report(error)

        ops.apply_change(command.change, direction).success(done).failure(failed).run(
            self.runner, self.report, self.gate, self.window)

    def _sync(self, *_args: object) -> None:
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.act_undo.setText(_t("&Hoàn tác {what}", what=undo_text) if undo_text else _t("&Hoàn tác"))
        self.act_redo.setText(_t("&Làm lại {what}", what=redo_text) if redo_text else _t("&Làm lại"))
        self.act_undo.setEnabled(self.can_undo)
        self.act_redo.setEnabled(self.can_redo)
