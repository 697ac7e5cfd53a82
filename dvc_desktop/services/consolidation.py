"""The consolidated catalogue at the province: every unit's classifications as rows of one table.

Read with one query of plain columns (no ORM objects), so 20,000+ rows load in a fraction of a
second; the window filters and sorts them in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, NamedTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from dvc_desktop.domain.classification import suggest_form
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, rule_set_in_force, rule_set_title
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import require_identity
from dvc_desktop.services.store_reads import moment
from dvc_desktop.services.workspace_view import ANSWER_KEYS, Judge, to_domain
from dvc_desktop.store import models
from dvc_desktop.store.chunks import chunks

REVIEW_STATES = ("", "accepted", "returned")  # "" = awaiting review


class ConsolidatedRow(NamedTuple):
    """One unit's classification of one procedure, as the province holds it (a NamedTuple: the
    province window builds one per classification, 20,000 and more, and a frozen dataclass's
    __init__ costs four times as much)."""

    id: int  # the classification id
    code: str
    name: str
    search_key: str  # folded code, name and unit name, for diacritic-insensitive search
    sector: str
    unit_code: str
    unit_name: str
    level_code: str  # the classifying unit's level
    level: str
    form: str | None
    reason: str
    status: str
    review_status: str
    review_comment: str
    updated_at: datetime
    attention: bool
    version: int = 1  # as read: a decision on it is refused once someone else changed it (services/review.py)


@dataclass(frozen=True)
class ConsolidatedDetail:
    """What the reviewer reads before accepting or returning a classification."""

    row: ConsolidatedRow
    checklist: tuple[tuple[str, bool | None], ...]  # (question key, answer)
    suggested_form: str | None
    legal_provision: str
    note: str
    proactive_level: int | None
    updated_by: str
    # Decree 224 Art. 14 details, and the rule set the answer was saved under (by its title).
    technical_description: str = ""
    expected_fix_on: date | None = None
    portal_published_on: date | None = None
    portal_link: str = ""
    rule_set: str = ""
    reviewed_by: str = ""  # who took the review decision, and when
    reviewed_at: datetime | None = None


_COLUMNS = (
    models.Classification.id, models.Procedure.code, models.Procedure.name, models.Procedure.name_folded,
    models.Sector.name.label("sector"), models.Unit.code.label("unit_code"), models.Unit.name.label("unit_name"),
    models.Unit.name_folded.label("unit_folded"), models.Unit.level_code,
    models.Classification.form, models.Classification.reason_code, models.Classification.legal_provision,
    models.Classification.note, models.Classification.proactive_level, models.Classification.status,
    models.Classification.review_status, models.Classification.review_comment, models.Classification.updated_at,
    models.Classification.technical_description, models.Classification.expected_fix_on,
    models.Classification.portal_published_on, models.Classification.portal_link,
    models.Classification.rule_set_code, models.Classification.version,
    *(getattr(models.Classification, key) for key in CHECKLIST_KEYS),
)


def _query(ids: Iterable[int] | None) -> Select[Any]:
    query = (select(*_COLUMNS)
             .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)
             .join(models.Unit, models.Classification.unit_id == models.Unit.id)
             .outerjoin(models.Sector, models.Procedure.sector_id == models.Sector.id))
    if ids is not None:
        query = query.where(models.Classification.id.in_(list(ids)))
    return query


def _require_province(session: Session) -> None:
    if require_identity(session).role.value != "province":
        raise InvalidRequest(translate("consolidation", "Chỉ Văn phòng UBND tỉnh xem được danh mục tổng hợp."))


def load_consolidated(context: ServiceContext, ids: Iterable[int] | None = None) -> list[ConsolidatedRow]:
    """Every unit's classifications (or just `ids`), one row each.

    Read through the transaction's own sqlite3 cursor, a screenful at a time, as plain tuples: through
    SQLAlchemy's rows the 50,000 classifications of a large province took 1.3 s and 128 MB at the
    peak; the texts that repeat from row to row (a procedure's code, name and sector across its units,
    a unit's name, the judged form and reason) are kept once (bench/province.py)."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        _require_province(session)
        levels = dict(session.execute(select(models.Level.code, models.Level.name)).all())
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        judge, shared = Judge(rules), _Shared()
        rows: list[ConsolidatedRow] = []
        try:
            for sql in _plain_queries(ids, session.get_bind().dialect):
                cursor.execute(sql)
                while batch := cursor.fetchmany(2000):
                    rows.extend(_plain_row(record, judge, levels, shared) for record in batch)
        finally:
            cursor.close()
        return rows


class _Shared(dict):  # type: ignore[type-arg]
    """One string object for every equal text (`value = shared(value)`)."""

    def __call__(self, value: Any) -> Any:
        return self.setdefault(value, value)


_POSITION = {column.key: index for index, column in enumerate(select(*_COLUMNS).selected_columns)}
_ANSWER_POSITIONS = tuple(_POSITION[key] for key in ANSWER_KEYS)


def _plain_queries(ids: Iterable[int] | None, dialect: Any) -> list[str]:
    """The consolidated query as SQL text for the driver (the ids, integers, written in)."""
    pieces: list[list[int] | None] = [None] if ids is None else [[int(i) for i in chunk] for chunk in chunks(list(ids))]
    return [str(_query(chunk).compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
            for chunk in pieces]


def _plain_row(record: tuple[Any, ...], judge: Judge, levels: dict[str, str], shared: _Shared) -> ConsolidatedRow:
    p = _POSITION
    judged = judge(tuple(record[i] for i in _ANSWER_POSITIONS))
    code, level_code = shared(record[p["code"]]), shared(record[p["level_code"]])
    return tuple.__new__(ConsolidatedRow, (
        record[p["id"]], code, shared(record[p["name"]]),
        f"{code.lower()} {record[p['name_folded']]} {record[p['unit_folded']]}",
        shared(record[p["sector"]] or ""), shared(record[p["unit_code"]]), shared(record[p["unit_name"]]),
        level_code, shared(levels.get(level_code, level_code)), shared(judged.form), shared(judged.reason),
        shared(judged.status), shared(record[p["review_status"]] or ""), record[p["review_comment"]] or "",
        moment(record[p["updated_at"]]), judged.attention, record[p["version"]]))


def consolidated_detail(context: ServiceContext, classification_id: int) -> ConsolidatedDetail:
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        _require_province(session)
        levels = dict(session.execute(select(models.Level.code, models.Level.name)).all())
        record = session.execute(_query([classification_id])).one_or_none()
        if record is None:
            raise InvalidRequest(translate("consolidation", "Không còn phân loại này (có thể đơn vị đã gửi gói mới)."))
        stored = session.get(models.Classification, classification_id)
        assert stored is not None
        c = to_domain(record)
        suggested = suggest_form(c.checklist)
        return ConsolidatedDetail(
            row=_row(record, Judge(rules), levels),
            checklist=tuple(zip(CHECKLIST_KEYS, c.checklist.answers())),
            suggested_form=suggested.value if suggested else None,
            legal_provision=record.legal_provision or "",
            note=record.note or "",
            proactive_level=record.proactive_level,
            updated_by=stored.updated_by or "",
            technical_description=c.technical_description,
            expected_fix_on=c.expected_fix_on,
            portal_published_on=c.portal_published_on,
            portal_link=c.portal_link,
            rule_set=rule_set_title(record.rule_set_code) if record.rule_set_code else "",
            reviewed_by=stored.reviewed_by or "",
            reviewed_at=stored.reviewed_at,
        )


def _row(record: Row[Any], judge: Judge, levels: dict[str, str]) -> ConsolidatedRow:
    judged = judge(tuple(getattr(record, key) for key in ANSWER_KEYS))
    return ConsolidatedRow(
        id=record.id,
        code=record.code,
        name=record.name,
        search_key=f"{record.code.lower()} {record.name_folded} {record.unit_folded}",
        sector=record.sector or "",
        unit_code=record.unit_code,
        unit_name=record.unit_name,
        level_code=record.level_code,
        level=levels.get(record.level_code, record.level_code),
        form=judged.form,
        reason=judged.reason,
        status=judged.status,
        review_status=record.review_status or "",
        review_comment=record.review_comment or "",
        updated_at=record.updated_at,
        attention=judged.attention,
        version=record.version,
    )

