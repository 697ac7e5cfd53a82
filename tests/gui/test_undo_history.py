"""The department window's undo history over the undo service: Ctrl+Z and Ctrl+Y as the clerk presses
them, undo waiting while a change is on its way, and a refused undo leaving the history in step with
the store. A real unit's store (initialised, its own procedures), not the demo."""

from __future__ import annotations

import threading

import pytest

from dvc_desktop.domain.classification import Checklist, Classification, Form
from dvc_desktop.gui.qt import QtWidgets, QUndoStack, Qt
from dvc_desktop.gui.undo_controller import ChangeCommand
from dvc_desktop.services import workspace as ws
from dvc_desktop.services.changes import MembershipChange, RecordChange, StatesChange
from tests.gui.conftest import activate, dialog_named, idle

FULL = Classification(Checklist(True, True, True, True, True), Form.FULL)


@pytest.fixture()
def unit(data_dir):
    """The Sở's store with three procedures of its own, made as the window makes them; closed again
    (one process holds a store at a time)."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.setup import initialise

    with open_context(data_dir) as context:
        initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
        for n in range(1, 4):
            ws.create_local_procedure(context, ws.LocalProcedure(
                f"2.00{n:04d}.000.00.00.H59", f"Thủ tục riêng số {n}", "Tư pháp", ("tinh",)))


def in_store(qtbot, window, job):
    """`job(context)` on the window's own worker (the store it holds), its answer back here."""
    answers: list = []
    window.runner.run(job, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    return answers[0]


def stored(qtbot, window, row_id: int) -> Classification:
    return in_store(qtbot, window, lambda context: ws.detail(context, row_id).classification)


def press(qtbot, window, key: Qt.Key) -> None:
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)


def first_row(qtbot, window) -> int:
    row_id = window.model.row_id(0)
    window._select_id(row_id)
    qtbot.waitUntil(lambda: window.editor._detail is not None and window.editor._detail.row.id == row_id,
                    timeout=10_000)
    return row_id


def test_every_kind_of_change_can_follow_every_other_on_the_stack(qapp):
    """QUndoStack.push asks the previous command for its id() to merge: a shadowing attribute crashed."""
    stack = QUndoStack()
    changes = [StatesChange({}, {}), RecordChange(1, {}, {}), MembershipChange.addition([1]),
               MembershipChange.removal([])]
    for change in changes + changes:
        stack.push(ChangeCommand(change, "x"))
    stack.setIndex(0)
    assert stack.count() == 8 and stack.command(0).id() == -1


def test_ctrl_z_and_ctrl_y_take_a_saved_answer_back_and_forth(qtbot, open_app, unit):
    window = open_app(demo=False)
    row_id = first_row(qtbot, window)
    window.save_classification(row_id, FULL)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    assert window.act_undo.isEnabled() and window.act_undo.text().startswith("&Hoàn tác phân loại")

    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0, timeout=5000)
    assert stored(qtbot, window, row_id) == Classification()
    assert window.model.row(row_id).form is None and "Đã hoàn tác" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1, timeout=5000)
    assert stored(qtbot, window, row_id) == FULL and window.model.row(row_id).form == "toan_trinh"


def test_undo_waits_while_a_change_is_on_its_way(qtbot, open_app, unit):
    window = open_app(demo=False)
    row_id = first_row(qtbot, window)
    window.save_classification(row_id, FULL)
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=5000)

    release = threading.Event()
    window.runner.run(lambda _context: release.wait(10))  # the worker is busy: the next save waits
    window.save_classification(row_id, FULL.__class__(FULL.checklist, Form.FULL, note="đã rà soát"))
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    press(qtbot, window, Qt.Key.Key_Z)  # a disabled action: nothing happens
    release.set()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2 and window.act_undo.isEnabled(), timeout=5000)
    assert window.undo_stack.index() == 2 and stored(qtbot, window, row_id).note == "đã rà soát"


def test_an_undo_over_a_row_changed_elsewhere_is_refused_and_the_history_starts_again(qtbot, open_app, unit):
    window = open_app(demo=False)
    row_id = first_row(qtbot, window)
    window.save_classification(row_id, FULL)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    elsewhere = Classification(FULL.checklist, Form.FULL, note="sửa ở nơi khác")
    # As an import does: in the store, outside this window's history.
    in_store(qtbot, window, lambda context: ws.set_classifications(context, {row_id: elsewhere}))

    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: dialog_named("errorBox") is not None, timeout=5000)
    assert "Không hoàn tác được: thủ tục 2.000001.000.00.00.H59" in dialog_named("errorBox").text()
    assert stored(qtbot, window, row_id) == elsewhere  # nothing overwritten
    assert window.undo_stack.count() == 0 and not window.act_undo.isEnabled()
    dialog_named("errorBox").accept()


def test_a_removal_comes_back_and_goes_again(qtbot, open_app, unit):
    window = open_app(demo=False)
    row_id = first_row(qtbot, window)
    window.save_classification(row_id, FULL)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog_named("confirmRemove") is not None, timeout=5000)
    dialog_named("confirmRemove").button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.model.total_rows() == 2 and window.undo_stack.count() == 2, timeout=5000)

    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.model.total_rows() == 3, timeout=5000)
    assert window.current_id() == row_id and stored(qtbot, window, row_id) == FULL
    press(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: window.model.total_rows() == 2, timeout=5000)
    assert row_id not in {r.id for r in in_store(qtbot, window, ws.load_rows)}
    idle(qtbot, window)


def test_a_local_record_edit_is_undone(qtbot, open_app, unit):
    window = open_app(demo=False)
    row_id = first_row(qtbot, window)
    window.save_record(row_id, {"name": "Tên đã sửa"})
    qtbot.waitUntil(lambda: window.model.row(row_id).name == "Tên đã sửa", timeout=5000)
    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.model.row(row_id).name == "Thủ tục riêng số 1", timeout=5000)
    assert in_store(qtbot, window, lambda context: ws.detail(context, row_id).row.name) == "Thủ tục riêng số 1"


def test_an_import_starts_the_history_again(qtbot, open_app, unit):
    """A package or a workbook changes rows outside the history: what is in it would meet rows that
    moved on, so it is emptied once the import is applied (an export leaves it)."""
    window = open_app(demo=False)
    row_id = first_row(qtbot, window)
    window.save_classification(row_id, FULL)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    window.packages.after_export()
    idle(qtbot, window)
    assert window.undo_stack.count() == 1
    window.catalogue_import.after()  # what the workbook's import calls once applied
    assert window.undo_stack.count() == 0 and not window.act_undo.isEnabled()
    window.packages.after_import()
    idle(qtbot, window)
