"""Undo and redo as a use case (services/undo.py): every changing action's Change goes back and forth
in one transaction, and a change over rows that moved on is refused with nothing written."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status
from dvc_desktop.services import workspace as ws
from dvc_desktop.services.changes import ChangeOutdated, Direction, MembershipChange
from dvc_desktop.services.undo import apply_change

FULL = Classification(Checklist(True, True, True, True, True), Form.FULL)
UNDO, REDO = Direction.UNDO, Direction.REDO


def local(context, n: int) -> int:
    """A procedure of the unit's own, made the way the window makes one (the real flow: no demo)."""
    return ws.create_local_procedure(context, ws.LocalProcedure(
        f"2.00{n:04d}.000.00.00.H59", f"Thủ tục riêng số {n}", "Tư pháp", ("tinh",), {"fees": "Không"}))


def state(context, row_id: int) -> Classification:
    return ws.detail(context, row_id).classification


def in_list(context) -> set[int]:
    return {row.id for row in ws.load_rows(context)}


def test_a_saved_answer_goes_back_and_forth(department):
    row_id = local(department, 1)
    change = ws.save_classification(department, row_id, FULL).change
    assert change is not None and ws.save_classification(department, row_id, FULL).change is None

    applied = apply_change(department, change, UNDO)
    assert state(department, row_id) == Classification()
    assert [row.id for row in applied.rows] == [row_id] and applied.rows[0].form is None
    apply_change(department, change, REDO)
    assert state(department, row_id) == FULL
    assert [e.action for e in ws.history(department, row_id)][:3] == ["classification.save"] * 3


def test_a_change_over_a_row_that_moved_on_is_refused_and_writes_nothing(department):
    row_id = local(department, 1)
    change = ws.save_classification(department, row_id, FULL).change
    assert change is not None
    later = replace(FULL, note="sửa sau, ngoài lịch sử hoàn tác")
    ws.set_classifications(department, {row_id: later})
    entries = len(ws.history(department, row_id))

    with pytest.raises(ChangeOutdated, match="Không hoàn tác được: thủ tục 2.000001.000.00.00.H59"):
        apply_change(department, change, UNDO)
    assert state(department, row_id) == later and len(ws.history(department, row_id)) == entries


def test_a_bulk_change_goes_back_whole(department):
    ids = [local(department, n) for n in range(1, 4)]
    ws.save_classification(department, ids[0], FULL)
    result = ws.classify_in_bulk(department, ids, Form.FULL)
    change = result.change
    assert change is not None and set(change.after) == set(ids[1:])  # the first was already so
    assert change.after == {i: state(department, i) for i in ids[1:]}

    apply_change(department, change, UNDO)
    assert state(department, ids[0]) == FULL and state(department, ids[1]) == Classification()
    apply_change(department, change, REDO)
    assert all(state(department, i).form == Form.FULL for i in ids)


def test_marking_ready_goes_back_to_draft(department):
    row_id = local(department, 1)
    ws.save_classification(department, row_id, FULL)
    change = ws.mark_ready(department, [row_id]).change
    assert change is not None and state(department, row_id).status == Status.READY
    apply_change(department, change, UNDO)
    assert state(department, row_id).status == Status.DRAFT


def test_a_record_edit_goes_back_and_forth_and_refuses_a_newer_record(department):
    row_id = local(department, 1)
    saved = ws.update_local_fields(department, row_id, {"name": "  Tên mới  ", "fees": "50.000 đồng"})
    assert saved.change.before == {"name": "Thủ tục riêng số 1", "fees": "Không"}
    assert saved.change.after == {"name": "Tên mới", "fees": "50.000 đồng"}  # as stored, cleaned

    applied = apply_change(department, saved.change, UNDO)
    assert applied.rows[0].name == "Thủ tục riêng số 1" and ws.detail(department, row_id).fields["fees"] == "Không"
    apply_change(department, saved.change, REDO)
    assert ws.detail(department, row_id).row.name == "Tên mới"

    ws.update_local_fields(department, row_id, {"fees": "Miễn phí"})
    with pytest.raises(ChangeOutdated):
        apply_change(department, saved.change, UNDO)
    assert ws.detail(department, row_id).row.name == "Tên mới"


def test_a_removal_comes_back_with_its_answer_and_goes_again(department):
    ids = [local(department, n) for n in range(1, 3)]
    ws.save_classification(department, ids[0], FULL)
    change = MembershipChange.removal(ws.remove(department, ids))
    assert not in_list(department) & set(ids)

    applied = apply_change(department, change, UNDO)
    assert in_list(department) >= set(ids) and {r.id for r in applied.rows} == set(ids)
    assert state(department, ids[0]) == FULL
    applied = apply_change(department, change, REDO)
    assert applied.removed == ids and not in_list(department) & set(ids)


def test_an_addition_is_taken_out_and_put_back(department):
    row_id = local(department, 1)
    change = MembershipChange.addition([row_id])
    ws.save_classification(department, row_id, FULL)

    applied = apply_change(department, change, UNDO)
    assert row_id not in in_list(department) and len(applied.change.items) == 1
    with pytest.raises(ChangeOutdated):  # the undo's own change, not the one it replaced
        apply_change(department, change, REDO)
    apply_change(department, applied.change, REDO)
    assert state(department, row_id) == FULL


def test_a_removal_cannot_come_back_twice(department):
    row_id = local(department, 1)
    change = MembershipChange.removal(ws.remove(department, [row_id]))
    apply_change(department, change, UNDO)
    with pytest.raises(ChangeOutdated, match="Không hoàn tác được"):
        apply_change(department, change, UNDO)
    assert in_list(department) == {row_id}


ANSWERS = st.builds(
    Classification,
    checklist=st.just(Checklist(True, True, True, True, True)),
    form=st.sampled_from([None, Form.FULL]),
    note=st.sampled_from(["", "đã rà soát", "xem lại"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 2), ANSWERS), min_size=1, max_size=6))
def test_undoing_every_change_returns_the_store_and_redoing_returns_the_end(department, edits):
    if not in_list(department):
        for n in range(1, 4):
            local(department, n)
    ids = sorted(in_list(department))
    start = {i: state(department, i) for i in ids}
    changes = [c for i, wanted in edits if (c := ws.save_classification(department, ids[i], wanted).change)]
    end = {i: state(department, i) for i in ids}
    for change in reversed(changes):
        apply_change(department, change, UNDO)
    assert {i: state(department, i) for i in ids} == start
    for change in changes:
        apply_change(department, change, REDO)
    assert {i: state(department, i) for i in ids} == end
