"""Undo and redo as ordinary service operations, driven by a QUndoStack.

Each command is pushed after its first run succeeded, so its first `redo` does nothing; later
redos and undos run the opposite service call through the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from dvc_desktop.gui.qt import QUndoCommand

if TYPE_CHECKING:
    from dvc_desktop.domain.classification import Classification
    from dvc_desktop.services.workspace import RemovedItem


class Workspace(Protocol):
    def apply_states(self, states: dict[int, "Classification"]) -> None: ...
    def apply_record(self, classification_id: int, fields: dict[str, str]) -> None: ...
    def apply_remove(self, ids: list[int], done) -> None: ...  # type: ignore[no-untyped-def]
    def apply_put_back(self, items: list["RemovedItem"]) -> None: ...


class _Command(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True  # the action already ran before it was pushed
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class ChangeClassifications(_Command):
    def __init__(self, workspace: Workspace, before: dict[int, "Classification"],
                 after: dict[int, "Classification"], text: str) -> None:
        super().__init__(text)
        self.workspace, self.before, self.after = workspace, before, after

    def do(self) -> None:
        self.workspace.apply_states(self.after)

    def undo(self) -> None:
        self.workspace.apply_states(self.before)


class EditRecord(_Command):
    def __init__(self, workspace: Workspace, classification_id: int, before: dict[str, str],
                 after: dict[str, str], text: str) -> None:
        super().__init__(text)
        # Not `self.id`: that would hide QUndoCommand.id(), which QUndoStack.push calls (a crash in Qt).
        self.workspace, self.classification_id = workspace, classification_id
        self.before, self.after = before, after

    def do(self) -> None:
        self.workspace.apply_record(self.classification_id, self.after)

    def undo(self) -> None:
        self.workspace.apply_record(self.classification_id, self.before)


class RemoveProcedures(_Command):
    """Ids survive a remove and put-back (the store never reuses them), so one command serves both ways."""

    def __init__(self, workspace: Workspace, items: list["RemovedItem"], text: str) -> None:
        super().__init__(text)
        self.workspace, self.items = workspace, items

    def do(self) -> None:
        self.workspace.apply_remove([i.classification_id for i in self.items], self._remember)

    def _remember(self, items: list["RemovedItem"]) -> None:
        self.items = items

    def undo(self) -> None:
        self.workspace.apply_put_back(self.items)


class AddProcedures(_Command):
    def __init__(self, workspace: Workspace, ids: list[int], text: str) -> None:
        super().__init__(text)
        self.workspace, self.ids = workspace, ids
        self.items: list[RemovedItem] = []

    def do(self) -> None:
        self.workspace.apply_put_back(self.items)

    def undo(self) -> None:
        self.workspace.apply_remove(self.ids, self._remember)

    def _remember(self, items: list["RemovedItem"]) -> None:
        self.items = items
