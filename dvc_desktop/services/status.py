"""Where the catalogue stands: this installation, its procedures, and each unit's submissions."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from dvc_desktop.domain.units import UnitKind
from dvc_desktop.i18n import translate
from dvc_desktop.services import store_reads
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.round_view import RoundView
from dvc_desktop.services.store_reads import iso_utc, moment

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dvc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    last_sequence: int | None
    last_import_at: str | None  # ISO-8601
    state: str  # on_time | changed | returned | incomplete | late | never | retired
    level: str = ""
    kind: str = ""
    last_procedures: int | None = None  # procedures in the last accepted package
    by_form: dict[str, int] = field(default_factory=dict)  # "" = not classified
    awaiting_review: int = 0  # classified, not reviewed since it last changed
    returned: int = 0
    sent_late: bool = False  # its first package of the current round came after the deadline
    replaced_by: str | None = None  # a retired unit's successor


@dataclass
class StatusReport:
    role: str
    unit: str
    unit_name: str
    province: str
    procedures: int
    classified: int
    deadline: str | None
    units: list[UnitStatus] = field(default_factory=list)
    round: dict[str, Any] | None = None  # the current round (rounds.RoundView.to_json()), or None

    def to_json(self) -> dict[str, Any]:
        """The documented `status --json` shape (docs/cli.md)."""
        return {
            "role": self.role,
            "unit": self.unit,
            "unit_name": self.unit_name,
            "province": self.province,
            "procedures": self.procedures,
            "classified": self.classified,
            "deadline": self.deadline,
            "round": self.round,
            "units": [asdict(u) for u in self.units],
        }


def unit_state(last_import: object | None, deadline: date | None, today: date, awaiting_review: int = 0,
               retired: bool = False, returned: int = 0, unclassified: int = 0) -> str:
    """A retired unit is expected to send nothing. Nothing accepted in the round: late once the
    deadline has passed, otherwise never submitted. Something accepted: changed while answers wait for
    the office's review; returned while answers the office sent back wait for the unit; incomplete while
    procedures are still unclassified; only then on time, the one state shown as done (a package after
    the deadline is accepted and said: `sent_late`)."""
    if retired:
        return "retired"
    if last_import is not None:
        if awaiting_review:
            return "changed"
        if returned:
            return "returned"
        return "incomplete" if unclassified else "on_time"
    return "late" if deadline is not None and today > deadline else "never"


def status(context: ServiceContext) -> StatusReport:
    with context.transaction() as session:
        return status_of(store_reads.driver_connection(session), context.today())


def status_of(connection: sqlite3.Connection, today: date) -> StatusReport:
    """Where the catalogue stands, read through a sqlite3 connection (the services' transaction, or the
    command line's own: `status` runs without SQLAlchemy, docs/performance.md)."""
    identity = store_reads.identity(connection)
    if identity is None:
        raise InvalidRequest(translate(
            "settings", "Dữ liệu chưa được khởi tạo: hãy chạy `dvc-desktop init` hoặc `dvc-desktop demo`."))
    current = store_reads.current_round(connection)
    deadline = store_reads.deadline(connection) or (current.deadline if current else None)
    (own,) = connection.execute("SELECT id FROM units WHERE code = ?", (identity.unit_code,)).fetchone()
    (procedures,) = connection.execute("SELECT count(*) FROM procedures").fetchone()
    # A department counts its own work; the province counts what every unit classified.
    classified_sql = "SELECT count(*) FROM classifications WHERE form IS NOT NULL"
    if identity.role.value == "department":
        (classified,) = connection.execute(classified_sql + " AND unit_id = ?", (own,)).fetchone()
    else:
        (classified,) = connection.execute(classified_sql).fetchone()
    # Units of a level abolished on the reporting date (former districts) are never expected to submit.
    day = store_reads.round_reporting_day(connection) or today  # services/reporting.py: the round's, else today
    gone = {lv.code for lv in store_reads.levels(connection) if lv.active_to is not None and lv.active_to < day}
    accepted = _last_submissions(connection)
    first_in_round = _first_in_round(connection, current) if identity.role.value == "province" else {}
    forms, awaiting, returned = _review_counts(connection)
    units = []
    for unit_id, code, name, level_code, kind, state, successor in connection.execute(
            "SELECT u.id, u.code, u.name, u.level_code, u.kind, u.state, r.code FROM units AS u"
            " LEFT OUTER JOIN units AS r ON u.replaced_by_id = r.id WHERE u.kind != ? ORDER BY u.code",
            (UnitKind.PROVINCE.value,)):
        sequence, at, procedures_sent = accepted.get(code, (None, None, None))
        when = iso_utc(at) if at else None
        arrived = first_in_round.get(code) if current is not None else (at and _local_day(at))
        retired = state == "retired" or level_code in gone
        units.append(UnitStatus(
            code, name, sequence, when,
            unit_state(arrived, deadline, today, awaiting.get(unit_id, 0), retired, returned.get(unit_id, 0),
                       forms.get(unit_id, Counter()).get("", 0)),
            level=level_code, kind=kind, last_procedures=procedures_sent,
            by_form=dict(forms.get(unit_id, Counter())), awaiting_review=awaiting.get(unit_id, 0),
            returned=returned.get(unit_id, 0),
            sent_late=bool(arrived and deadline and arrived > deadline and not retired),
            replaced_by=successor))
    return StatusReport(
        role=identity.role.value,
        unit=identity.unit_code,
        unit_name=identity.unit_name,
        province=identity.province_code,
        procedures=procedures,
        classified=classified,
        deadline=deadline.isoformat() if deadline else None,
        units=units,
        round=current.to_json() if current else None,
    )


def _local_day(at: datetime) -> date:
    """The office's calendar day of a stored UTC time (SQLite gives it back without its zone)."""
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone().date()


_SUBMISSIONS = "SELECT sender_code, sequence, imported_at, summary FROM package_imports WHERE kind = 'submission'"


def _first_in_round(connection: sqlite3.Connection, current: RoundView | None) -> dict[str, date]:
    """Per unit: the day its first submission of the round arrived (on or after the day it opened,
    and not after the day it closed)."""
    if current is None:
        return {}
    first: dict[str, date] = {}
    for code, _sequence, at, _summary in connection.execute(_SUBMISSIONS + " ORDER BY imported_at"):
        day = _local_day(moment(at))
        if day < current.opened_on or (current.closed_on is not None and day > current.closed_on):
            continue
        first.setdefault(code, day)
    return first


def _last_submissions(connection: sqlite3.Connection) -> dict[str, tuple[int, datetime, int | None]]:
    """Per unit: the highest accepted sequence, when it came, and how many procedures it carried."""
    last: dict[str, tuple[int, datetime, int | None]] = {}
    for code, sequence, at, summary in connection.execute(_SUBMISSIONS + " ORDER BY sequence"):
        summary = store_reads.json_value(connection, summary) if summary else None
        procedures = summary.get("procedures") if isinstance(summary, dict) else None
        last[code] = (sequence, moment(at), procedures if isinstance(procedures, int) else None)
    return last


def _review_counts(connection: sqlite3.Connection) -> tuple[dict[int, Counter[str]], Counter[int], Counter[int]]:
    """Per unit id: classifications by form, those awaiting review, those returned."""
    forms: dict[int, Counter[str]] = defaultdict(Counter)
    awaiting: Counter[int] = Counter()
    returned: Counter[int] = Counter()
    for unit_id, form, review, count in connection.execute(
            "SELECT unit_id, form, review_status, count(*) FROM classifications"
            " GROUP BY unit_id, form, review_status"):
        forms[unit_id][form or ""] += count
        if form and not review:
            awaiting[unit_id] += count
        if review == "returned":
            returned[unit_id] += count
    return forms, awaiting, returned


@dataclass(frozen=True)
class SubmissionEntry:
    sequence: int
    created_at: str  # as the unit signed it
    imported_at: str  # ISO-8601
    procedures: int | None
    added: int
    removed: int
    changed: int
    key_id: str | None  # None: signed with a certificate only
    file_name: str


@dataclass(frozen=True)
class UnitWebsite:
    name: str
    url: str
    plan_status: str
    target_date: date | None


@dataclass(frozen=True)
class UnitDetail:
    status: UnitStatus
    submissions: list[SubmissionEntry]  # newest first
    websites: list[UnitWebsite]


def accepted_submissions(session: Session, unit_code: str) -> list[SubmissionEntry]:
    """The unit's submissions the province accepted, oldest first (the dashboard's detail, the report)."""
    from sqlalchemy import select

    from dvc_desktop.store import models

    entries = []
    for row in session.scalars(select(models.PackageImport)
                               .where(models.PackageImport.kind == "submission",
                                      models.PackageImport.sender_code == unit_code)
                               .order_by(models.PackageImport.sequence)):
        summary = row.summary if isinstance(row.summary, dict) else {}
        procedures = summary.get("procedures")
        entries.append(SubmissionEntry(
            row.sequence, row.created_at, iso_utc(row.imported_at),
            procedures if isinstance(procedures, int) and not isinstance(procedures, bool) else None,
            int(summary.get("added", 0)), int(summary.get("removed", 0)), int(summary.get("changed", 0)),
            row.key_id, row.file_name))
    return entries


def unit_detail(context: ServiceContext, unit_code: str) -> UnitDetail:
    """One unit for the dashboard's detail: where it stands, what it sent, its websites."""
    from sqlalchemy import select

    from dvc_desktop.store import models

    current = next((u for u in status(context).units if u.code == unit_code), None)
    if current is None:
        raise InvalidRequest(translate("status", "Không có đơn vị mã {code}.", code=unit_code))
    with context.transaction() as session:
        submissions = accepted_submissions(session, unit_code)[::-1]
        websites = [UnitWebsite(site.name, site.url, site.plan_status, site.target_date)
                    for site in session.scalars(select(models.Website).join(models.Unit)
                                                .where(models.Unit.code == unit_code).order_by(models.Website.name))]
    return UnitDetail(current, submissions, websites)
