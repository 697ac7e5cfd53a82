"""Every undo command can be pushed on top of every other (QUndoStack.push asks the previous command
for its `id()` to merge: an attribute shadowing it crashed the window with SIGSEGV), and undo / redo
run the opposite operation."""

from __future__ import annotations

import itertools

import pytest

from dvc_desktop.gui.commands import AddProcedures, ChangeClassifications, EditRecord, RemoveProcedures
from dvc_desktop.gui.qt import QUndoStack


class Recorder:
    """The window's side of the commands (gui/commands.Workspace), recording what it is asked to do."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def apply_states(self, states) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("states", states))

    def apply_record(self, classification_id, fields) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("record", (classification_id, fields)))

    def apply_remove(self, ids, done) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("remove", ids))
        done([])

    def apply_put_back(self, items) -> None:  # type: ignore[no-untyped-def]
        self.calls.append(("put_back", items))


def make(kind: str, workspace: Recorder):  # type: ignore[no-untyped-def]
    return {
        "change": lambda: ChangeClassifications(workspace, {1: "before"}, {1: "after"}, "Sửa"),  # type: ignore[dict-item]
        "record": lambda: EditRecord(workspace, 7, {"name": "cũ"}, {"name": "mới"}, "Sửa hồ sơ"),
        "remove": lambda: RemoveProcedures(workspace, [], "Bỏ"),
        "add": lambda: AddProcedures(workspace, [3], "Thêm"),
    }[kind]()


KINDS = ("change", "record", "remove", "add")


@pytest.mark.parametrize("first, second", list(itertools.product(KINDS, repeat=2)))
def test_every_command_can_follow_every_other(qapp, first, second):
    workspace, stack = Recorder(), QUndoStack()
    stack.push(make(first, workspace))
    stack.push(make(second, workspace))  # asks the first for its id(): a crash when shadowed
    assert stack.count() == 2 and workspace.calls == []  # each had already run before it was pushed
    stack.undo()
    stack.undo()
    stack.redo()
    assert len(workspace.calls) == 3 and stack.index() == 1


def test_a_record_edit_undoes_and_redoes_its_fields(qapp):
    workspace, stack = Recorder(), QUndoStack()
    stack.push(make("record", workspace))
    assert stack.command(0).id() == -1  # Qt's own: no merging
    stack.undo()
    stack.redo()
    assert workspace.calls == [("record", (7, {"name": "cũ"})), ("record", (7, {"name": "mới"}))]
