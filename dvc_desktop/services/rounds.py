"""Review rounds (đợt rà soát): what the office asks for in a letter, by when, open or closed.

One round is open at a time. The province's status, dashboard and report judge late and on time
against the open round; the reference package carries it to the units (`round` in rules.json).
"""

from __future__ import annotations

from typing import Any

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.text import clean
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services import store_reads
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.round_view import RoundView
from dvc_desktop.services.settings import Role, put_deadline, put_setting, require_identity
from dvc_desktop.store import audit, models


def _t(text: str, **params: object) -> str:
    return translate("rounds", text, **params)


def _view(row: models.Round) -> RoundView:
    return RoundView(row.id, row.name, row.basis, row.opened_on, row.deadline, row.state, row.closed_on,
                     row.reporting_date)


def parse_day(text: str, what: str) -> date:
    """A date the user typed as YYYY-MM-DD (or DD/MM/YYYY, as Vietnamese documents write it)."""
    value = clean(text)
    try:
        if "/" in value:
            day, month, year = (int(part) for part in value.split("/"))
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError as error:
        raise InvalidRequest(_t("{what} «{value}» không phải một ngày (cần dạng YYYY-MM-DD, ví dụ 2026-12-31).",
                                what=what, value=text)) from error


def _require_province(session: Session, action: str) -> None:
    identity = require_identity(session)
    if identity.role != Role.PROVINCE:
        raise InvalidRequest(_t("Thao tác «{action}» chỉ dành cho Văn phòng UBND tỉnh (vai trò province).",
                                action=action))


def _open_row(session: Session) -> models.Round | None:
    return session.scalars(select(models.Round).where(models.Round.state == "open")).first()


def _require_open(session: Session) -> models.Round:
    row = _open_row(session)
    if row is None:
        raise InvalidRequest(_t("Không có đợt rà soát nào đang mở: mở đợt bằng `dvc-desktop round open`."))
    return row


KEEP = object()  # extend_round: leave the reporting date as it is


def open_round(context: ServiceContext, name: str, basis: str, deadline: date,
               opened_on: date | None = None, reporting_date: date | None = None) -> RoundView:
    """Open a round; refused while another is open, without a name or a basis, or when the deadline is
    before the opening day."""
    opened_on = opened_on or context.today()
    name, basis = clean(name), clean(basis)
    with context.transaction() as session:
        _require_province(session, "round open")
        current = _open_row(session)  # first: no other answer helps while a round is open
        if current is not None:
            raise InvalidRequest(_t("Đợt «{name}» đang mở (hạn nộp {deadline}): kết thúc đợt đó (`round close`) "
                                    "trước khi mở đợt mới.", name=current.name, deadline=_shown(current.deadline)))
        if not name:
            raise InvalidRequest(_t("Tên đợt rà soát đang để trống."))
        if not basis:
            raise InvalidRequest(_t("Văn bản căn cứ của đợt đang để trống: ghi số, ngày văn bản yêu cầu rà soát "
                                    "(ví dụ: Công văn 1234/UBND-KSTT ngày 01/12/2026)."))
        if deadline < opened_on:
            raise InvalidRequest(_t("Hạn nộp {deadline} trước ngày mở đợt {opened}.", deadline=_shown(deadline),
                                    opened=_shown(opened_on)))
        row = models.Round(name=name, basis=basis, opened_on=opened_on, deadline=deadline, state="open",
                           reporting_date=reporting_date)
        session.add(row)
        session.flush()
        audit.record(session, context.actor, "round.open", "round", str(row.id), name=name, basis=basis,
                     opened_on=opened_on.isoformat(), deadline=deadline.isoformat(),
                     reporting_date=reporting_date.isoformat() if reporting_date else None)
        return _view(row)


def extend_round(context: ServiceContext, deadline: date | None, reporting_date: object = KEEP) -> RoundView:
    """Move the open round's deadline (later, or earlier but not before it opened) and/or set its
    reporting date (a date, or None for "the day each output is made")."""
    with context.transaction() as session:
        _require_province(session, "round extend")
        row = _require_open(session)
        if deadline is not None and deadline < row.opened_on:
            raise InvalidRequest(_t("Hạn nộp {deadline} trước ngày mở đợt {opened}.", deadline=_shown(deadline),
                                    opened=_shown(row.opened_on)))
        if deadline is not None:
            before = row.deadline
            row.deadline = deadline
            audit.record(session, context.actor, "round.extend", "round", str(row.id),
                         before=before.isoformat(), after=deadline.isoformat())
        if reporting_date is not KEEP:
            old = row.reporting_date
            row.reporting_date = reporting_date  # type: ignore[assignment]
            audit.record(session, context.actor, "round.reporting_date", "round", str(row.id),
                         before=old.isoformat() if old else None,
                         after=reporting_date.isoformat() if reporting_date else None)  # type: ignore[attr-defined]
        return _view(row)


def close_round(context: ServiceContext) -> RoundView:
    with context.transaction() as session:
        _require_province(session, "round close")
        row = _require_open(session)
        row.state, row.closed_on = "closed", context.today()
        audit.record(session, context.actor, "round.close", "round", str(row.id), closed_on=row.closed_on.isoformat())
        return _view(row)


def list_rounds(context: ServiceContext) -> list[RoundView]:
    """Every round, oldest first."""
    with context.transaction() as session:
        return [_view(row) for row in session.scalars(select(models.Round).order_by(models.Round.id))]


def current_round(session: Session) -> RoundView | None:
    """The round late and on time are judged against: the open one at the province, else the latest;
    at a unit, the round its last reference package described."""
    return store_reads.current_round(store_reads.driver_connection(session))


def announce_round(session: Session, announced: dict[str, Any] | None) -> None:
    """At a unit: the round a reference package announces ({name, basis, opened_on, deadline}), kept
    with its deadline for `status`, the window and the first look."""
    put_setting(session, "round", announced)
    put_deadline(session, date.fromisoformat(announced["deadline"]) if announced else None)


def round_of(context: ServiceContext) -> RoundView | None:
    with context.transaction() as session:
        return current_round(session)


def _shown(day: date) -> str:
    return day.strftime("%d/%m/%Y")
