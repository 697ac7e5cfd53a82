"""Undo and redo as one use case: apply a `Change` backwards or forwards in one transaction.

A change is applied only over what it left: when a row moved on since (an import, an edit made
outside the undo history), `ChangeOutdated` names it and nothing is written, so the caller's history
never silently overwrites newer work.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.i18n import translate
from dvc_desktop.services.changes import (
    Applied,
    Change,
    ChangeOutdated,
    Direction,
    MembershipChange,
    RecordChange,
    StatesChange,
)
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services import workspace


def apply_change(context: ServiceContext, change: Change, direction: Direction) -> Applied:
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        if isinstance(change, StatesChange):
            return _states(session, rules, change, direction, context.actor)
        if isinstance(change, RecordChange):
            return _record(session, rules, change, direction, context.actor)
        return _membership(session, rules, change, direction, context.actor)


def _outdated(direction: Direction, what: str) -> ChangeOutdated:
    if direction is Direction.UNDO:
        return ChangeOutdated(translate("undo", "Không hoàn tác được: {what} đã thay đổi sau thao tác này "
                                                "(do nhập gói hoặc một thay đổi khác); dữ liệu giữ nguyên.", what=what))
    return ChangeOutdated(translate("undo", "Không làm lại được: {what} đã thay đổi sau khi hoàn tác "
                                            "(do nhập gói hoặc một thay đổi khác); dữ liệu giữ nguyên.", what=what))


def _gone() -> str:
    return translate("undo", "một số thủ tục (không còn trong danh mục của đơn vị)")


def _codes(session: Session, rules: RuleSet, ids: list[int]) -> str:
    codes = [row.code for row in workspace.rows_in(session, rules, ids)]
    shown = ", ".join(codes[:5]) + ("…" if len(codes) > 5 else "")
    return translate("undo", "thủ tục {codes}", codes=shown)


def _states(session: Session, rules: RuleSet, change: StatesChange, direction: Direction, actor: str) -> Applied:
    expected, wanted = (change.after, change.before) if direction is Direction.UNDO else (change.before, change.after)
    present = workspace.owned_ids(session, expected)
    if len(present) != len(expected):
        raise _outdated(direction, _gone())
    now = workspace.current_states(session, expected)
    moved = [i for i, state in expected.items() if now[i] != state]
    if moved:
        raise _outdated(direction, _codes(session, rules, moved))
    workspace.write_states(session, wanted, rules, actor)
    session.flush()
    return Applied(change, workspace.rows_in(session, rules, list(wanted)), [])


def _record(session: Session, rules: RuleSet, change: RecordChange, direction: Direction, actor: str) -> Applied:
    expected, wanted = (change.after, change.before) if direction is Direction.UNDO else (change.before, change.after)
    row_id = change.classification_id
    if not workspace.owned_ids(session, [row_id]):
        raise _outdated(direction, _gone())
    row = workspace.classification_row(session, row_id)
    if workspace.stored_record(row, expected) != expected:
        raise _outdated(direction, _codes(session, rules, [row_id]))
    workspace.write_record(session, row, wanted, actor)
    session.flush()
    return Applied(change, workspace.rows_in(session, rules, [row_id]), [])


def _membership(session: Session, rules: RuleSet, change: MembershipChange, direction: Direction,
                actor: str) -> Applied:
    taking_out = change.added == (direction is Direction.UNDO)
    present = workspace.owned_ids(session, change.ids)
    if taking_out:
        if len(present) != len(change.ids):
            raise _outdated(direction, _gone())
        items = workspace.take_out(session, list(change.ids), actor)
        return Applied(replace(change, items=tuple(items)), [], list(change.ids))
    if present:
        raise _outdated(direction, _codes(session, rules, sorted(present)))
    back = workspace.put_in(session, change.items, rules, actor)
    if len(back) != len(change.ids):  # a reference procedure left the catalogue meanwhile
        raise _outdated(direction, translate("undo", "danh mục tham chiếu"))
    return Applied(change, workspace.rows_in(session, rules, back), [])
