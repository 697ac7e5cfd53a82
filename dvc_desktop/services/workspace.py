"""The department workspace: the unit's catalogue, its classifications, and their progress.

Every function is one user action (one transaction) and returns plain dataclasses; the window
keeps rows by classification id and asks again only for the rows an action changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dvc_desktop.domain.classification import (
    Form,
    classified_in_bulk,
    after_edit,
    Classification,
    Status,
    readiness_issues,
    save_issues,
    suggest_form,
)
from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError, Issue
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, RuleSet, rule_set_in_force
from dvc_desktop.domain.formats import moment
from dvc_desktop.domain.labels import status_label
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.i18n import translate
from dvc_desktop.services.changes import RecordChange, RemovedItem, StatesChange
from dvc_desktop.services.context import ServiceContext, load_levels
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.rounds import current_round
from dvc_desktop.services.settings import get_deadline, require_identity
from dvc_desktop.services import store_reads
from dvc_desktop.services.workspace_view import (
    ANSWER_KEYS, ROW_KEYS, ProcedureRow, WorkspaceSnapshot, build_rows, stored_answer, to_domain,
)
from dvc_desktop.store import audit, models
from dvc_desktop.store.chunks import chunks

if TYPE_CHECKING:
    from dvc_desktop.progress import Progress

PROCEDURE_TEXT_FIELDS = (
    "steps", "method", "processing_time", "applicants", "executing_agency", "forms", "result",
    "requirements", "fees", "legal_basis", "announcing_decision",
)


class ClassificationRefused(InvalidRequest):
    """Saving would break a rule; `issues` name the fields to fix."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(" ".join(issue.message for issue in issues))
        self.issues = issues


@dataclass(frozen=True)
class DossierItem:
    name: str
    originals: int
    copies: int
    required: bool
    has_eform: bool


@dataclass(frozen=True)
class ProcedureDetail:
    row: ProcedureRow
    classification: Classification
    rule_set_code: str
    fields: dict[str, str]  # PROCEDURE_TEXT_FIELDS
    sector: str
    dossier: tuple[DossierItem, ...]
    processing_days: float | None
    reference_form: str | None
    legacy_level: int | None
    editable_record: bool  # a local procedure's own fields may be edited by the unit
    issues: tuple[Issue, ...]  # what keeps it from being ready
    suggested_form: str | None
    review_status: str = ""  # the province's answer in its last receipt: accepted | returned
    review_comment: str = ""


@dataclass(frozen=True)
class ReferenceHit:
    procedure_id: int
    code: str
    name: str
    sector: str
    levels: str


@dataclass(frozen=True)
class ProgressSummary:
    total: int
    classified: int
    ready: int
    attention: int
    deadline: date | None
    by_form: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    details: dict[str, Any]


# ---------------------------------------------------------------- helpers


def _own_unit(session: Session) -> models.Unit:
    identity = require_identity(session)
    return session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()


def new_listing(session: Session, unit: models.Unit, procedure: models.Procedure, rules: RuleSet,
                actor: str, flush: bool = True) -> models.Classification:
    """Take `procedure` into the unit's list, not yet classified (flushed unless told: the row has its id)."""
    row = models.Classification(unit=unit, procedure=procedure)
    _write(row, Classification(), rules, actor)
    session.add(row)
    if flush:
        session.flush()
    return row


def _write(row: models.Classification, c: Classification, rules: RuleSet, actor: str) -> None:
    for key, value in zip(CHECKLIST_KEYS, c.checklist.answers()):
        setattr(row, key, value)
    row.form = c.form.value if c.form else None
    row.reason_code = c.reason_code
    row.legal_provision = c.legal_provision
    row.note = c.note
    row.proactive_level = c.proactive_level
    row.status = c.status.value
    row.technical_description = c.technical_description
    row.expected_fix_on = c.expected_fix_on
    row.portal_published_on = c.portal_published_on
    row.portal_link = c.portal_link
    row.rule_set_code = rules.code
    row.updated_at = datetime.now(timezone.utc)
    row.updated_by = actor


def _as_dict(c: Classification) -> dict[str, Any]:
    return {
        "form": c.form.value if c.form else None,
        "checklist": list(c.checklist.answers()),
        "reason_code": c.reason_code,
        "legal_provision": c.legal_provision,
        "note": c.note,
        "proactive_level": c.proactive_level,
        "status": c.status.value,
        "technical_description": c.technical_description,
        "expected_fix_on": c.expected_fix_on.isoformat() if c.expected_fix_on else None,
        "portal_published_on": c.portal_published_on.isoformat() if c.portal_published_on else None,
        "portal_link": c.portal_link,
    }


def _level_names(session: Session) -> dict[str, str]:
    return {lv.code: lv.name for lv in session.scalars(select(models.Level))}


_C, _P = models.Classification, models.Procedure
_ANSWER_COLUMNS = tuple(getattr(_C, key) for key in ANSWER_KEYS)
_ROW_COLUMNS = (_C.id, _C.procedure_id, _P.code, _P.name, _P.name_folded, models.Sector.name, _C.updated_at,
                _P.origin, *_ANSWER_COLUMNS)  # the ROW_KEYS, in their order


def _rows(session: Session, rules: RuleSet, ids: Iterable[int] | None = None) -> list[ProcedureRow]:
    """Plain columns, not ORM entities: 20,000 rows load in a fraction of the time and memory
    (each procedure carries a kilobyte of text the table never shows). A unit's answers fall into
    a few hundred distinct states, so each state is judged once."""
    unit_id = _own_unit(session).id
    query = (
        select(*_ROW_COLUMNS)
        .join(_P, _C.procedure_id == _P.id)
        .outerjoin(models.Sector, _P.sector_id == models.Sector.id)
        .where(_C.unit_id == unit_id)
    )
    connection = session.connection()  # plain columns need none of the ORM's result handling
    if ids is None:
        results = connection.execute(query).all()
        level_rows = connection.execute(
            select(models.ProcedureLevel.procedure_id, models.ProcedureLevel.level_code)
            .join(_C, _C.procedure_id == models.ProcedureLevel.procedure_id).where(_C.unit_id == unit_id)).all()
    else:
        wanted = list(ids)
        results, level_rows = [], []
        for chunk in chunks(wanted):  # SQLite's limit on bound parameters
            results += connection.execute(query.where(_C.id.in_(chunk))).all()
        for chunk in chunks([row[1] for row in results]):
            level_rows += connection.execute(
                select(models.ProcedureLevel.procedure_id, models.ProcedureLevel.level_code)
                .where(models.ProcedureLevel.procedure_id.in_(chunk))).all()
    return build_rows(results, level_rows, _level_names(session), rules)


def classification_row(session: Session, classification_id: int) -> models.Classification:
    """The unit's classification `classification_id` (refused when it is not in the unit's list)."""
    unit = _own_unit(session)
    row = session.get(models.Classification, classification_id)
    if row is None or row.unit_id != unit.id:
        raise InvalidRequest(translate("workspace", "Thủ tục này không còn trong danh mục của đơn vị."))
    return row


# ---------------------------------------------------------------- reading


def load_rows(context: ServiceContext, ids: Iterable[int] | None = None) -> list[ProcedureRow]:
    """The unit's catalogue (or just `ids`), one row per classification."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        return _rows(session, rules, ids)


def snapshot(context: ServiceContext) -> WorkspaceSnapshot:
    """The unit's particulars, its rows and the round it works to, in one transaction: what the window
    opens with."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        identity = require_identity(session)
        unit = _own_unit(session)
        levels = [(level.code, level.name) for level in load_levels(session)]
        announced = current_round(session)  # at a unit: the one its last reference package described
        return WorkspaceSnapshot(identity.unit_code, identity.unit_name, unit.kind, identity.province_name,
                                 identity.province_domain, rules, _rows(session, rules), levels,
                                 get_deadline(session), round_name=announced.name if announced else "",
                                 round_basis=announced.basis if announced else "",
                                 catalogue_size=session.scalar(select(func.count()).select_from(models.Procedure)
                                                               .where(models.Procedure.origin == "reference")) or 0)


def detail(context: ServiceContext, classification_id: int) -> ProcedureDetail:
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        return _detail(session, rules, classification_id)


# One procedure's detail in three plain queries through the transaction's connection (the ROW_KEYS,
# then the rest of the answer and the procedure's own fields; its levels; its dossier): through the
# ORM it took eleven and 8 ms, on the worker at every key that filtered the current procedure out.
_DETAIL_TAIL = ("c.review_status", "c.review_comment", *(f"p.{name}" for name in PROCEDURE_TEXT_FIELDS),
                "p.processing_days", "p.reference_form", "p.legacy_level")
_DETAIL = (
    "SELECT c.id, c.procedure_id, p.code, p.name, p.name_folded, s.name, c.updated_at, p.origin, "
    + ", ".join(f"c.{key}" for key in ANSWER_KEYS) + ", " + ", ".join(_DETAIL_TAIL)
    + " FROM classifications AS c JOIN procedures AS p ON c.procedure_id = p.id"
    " LEFT OUTER JOIN sectors AS s ON p.sector_id = s.id"
    " JOIN units AS u ON c.unit_id = u.id WHERE c.id = ? AND u.code = ?"
)
_DOSSIER = ("SELECT name, originals, copies, required, has_eform FROM dossier_components WHERE procedure_id = ?"
            " ORDER BY position")


def _detail(session: Session, rules: RuleSet, classification_id: int) -> ProcedureDetail:
    connection = store_reads.driver_connection(session)
    # Read plainly, not through the ORM (half the read's time): this runs at every key that moves the editor.
    identity = store_reads.identity(connection) or require_identity(session)
    found = connection.execute(_DETAIL, (classification_id, identity.unit_code)).fetchone()
    if found is None:
        raise InvalidRequest(translate("workspace", "Thủ tục này không còn trong danh mục của đơn vị."))
    procedure_id, origin = found[1], found[7]
    row_values, tail = found[:len(ROW_KEYS)], dict(zip(_DETAIL_TAIL, found[len(ROW_KEYS):]))
    answer = list(row_values[len(ROW_KEYS) - len(ANSWER_KEYS):])
    levels = connection.execute("SELECT procedure_id, level_code FROM procedure_levels WHERE procedure_id = ?",
                                (procedure_id,))
    row = build_rows([row_values], levels, dict(connection.execute("SELECT code, name FROM levels")), rules)[0]
    c = to_domain(stored_answer(answer))
    suggested = suggest_form(c.checklist)
    return ProcedureDetail(
        row=row,
        classification=c,
        rule_set_code=answer[-1],
        fields={name: tail[f"p.{name}"] or "" for name in PROCEDURE_TEXT_FIELDS},
        sector=row.sector,
        dossier=tuple(DossierItem(name, originals, copies, bool(required), bool(has_eform))
                      for name, originals, copies, required, has_eform in connection.execute(_DOSSIER, (procedure_id,))),
        processing_days=tail["p.processing_days"],
        reference_form=tail["p.reference_form"],
        legacy_level=tail["p.legacy_level"],
        editable_record=origin == "local",
        issues=tuple(readiness_issues(c, rules)),
        suggested_form=suggested.value if suggested else None,
        review_status=tail["c.review_status"] or "",
        review_comment=tail["c.review_comment"] or "",
    )


def progress(context: ServiceContext) -> ProgressSummary:
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        rows = _rows(session, rules)
        by_form: dict[str, int] = defaultdict(int)
        for row in rows:
            by_form[row.form or ""] += 1
        return ProgressSummary(
            total=len(rows),
            classified=sum(1 for r in rows if r.form),
            ready=sum(1 for r in rows if r.status == Status.READY.value),
            attention=sum(1 for r in rows if r.attention),
            deadline=get_deadline(session),
            by_form=dict(by_form),
        )


def history(context: ServiceContext, classification_id: int) -> list[HistoryEntry]:
    """The audit log of one procedure in this unit, newest first."""
    with context.transaction() as session:
        row = classification_row(session, classification_id)
        key = _audit_key(row.unit.code, row.procedure.code)
        entries = session.scalars(
            select(models.AuditEntry).where(models.AuditEntry.entity_key == key)
            .order_by(models.AuditEntry.at.desc(), models.AuditEntry.id.desc())
        )
        return [HistoryEntry(e.at, e.actor, e.action, e.details) for e in entries]


def _audit_key(unit_code: str, procedure_code: str) -> str:
    return f"{unit_code}/{procedure_code}"


def search_reference(context: ServiceContext, text: str, limit: int = 200) -> list[ReferenceHit]:
    """Reference procedures not yet in the unit's catalogue whose code or name contains `text`."""
    key = fold(text)
    with context.transaction() as session:
        unit = _own_unit(session)
        taken = select(models.Classification.procedure_id).where(models.Classification.unit_id == unit.id)
        query = (
            select(models.Procedure.id, models.Procedure.code, models.Procedure.name, models.Sector.name)
            .outerjoin(models.Sector, models.Procedure.sector_id == models.Sector.id)
            .where(models.Procedure.id.not_in(taken))
            .order_by(models.Procedure.code)
            .limit(limit)
        )
        if key:
            pattern = f"%{_escape_like(key)}%"
            query = query.where(
                models.Procedure.name_folded.like(pattern, escape="\\") | models.Procedure.code.like(pattern, escape="\\"))
        results = session.execute(query).all()
        names = _level_names(session)
        levels: dict[int, list[str]] = defaultdict(list)
        for procedure_id, code in session.execute(
            select(models.ProcedureLevel.procedure_id, models.ProcedureLevel.level_code)
            .where(models.ProcedureLevel.procedure_id.in_([r[0] for r in results]))
        ):
            levels[procedure_id].append(names.get(code, code))
        return [ReferenceHit(pid, code, name, sector or "", ", ".join(sorted(levels[pid])))
                for pid, code, name, sector in results]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ---------------------------------------------------------------- changing


@dataclass(frozen=True)
class Saved:
    before: Classification
    detail: "ProcedureDetail"

    @property
    def change(self) -> StatesChange | None:
        """For undo; None when the save changed nothing."""
        after = self.detail.classification
        if after == self.before:
            return None
        return StatesChange({self.detail.row.id: self.before}, {self.detail.row.id: after})


def save_classification(context: ServiceContext, classification_id: int, wanted: Classification) -> Saved:
    """Save one classification as the clerk left it; refused (nothing saved) if it breaks a rule."""
    rules = rule_set_in_force(context.today())
    wanted = wanted.normalised()
    with context.transaction() as session:
        row = classification_row(session, classification_id)
        before = to_domain(row)
        wanted = after_edit(before, wanted)  # judged as what will be stored: a changed ready answer is a draft
        issues = _issues(wanted, rules)
        if issues:
            raise ClassificationRefused(issues)
        if _store(session, row, before, wanted, rules, context.actor):
            session.flush()
        return Saved(before, _detail(session, rules, row.id))


def _issues(wanted: Classification, rules: RuleSet) -> list[Issue]:
    """What refuses saving: the save rules, and the readiness rules for a "ready" classification."""
    return readiness_issues(wanted, rules) if wanted.status == Status.READY else save_issues(wanted, rules)


def _store(session: Session, row: models.Classification, current: Classification, wanted: Classification,
           rules: RuleSet, actor: str) -> bool:
    """Write `wanted` with its audit entry; False when nothing changes."""
    if current == wanted:
        return False
    _write(row, wanted, rules, actor)
    audit.record(session, actor, "classification.save", "classification",
                 _audit_key(row.unit.code, row.procedure.code), before=_as_dict(current), after=_as_dict(wanted))
    return True


@dataclass(frozen=True)
class BulkResult:
    changed: list[int]
    refused: dict[int, str]  # classification id → reason
    before: dict[int, Classification]
    after: dict[int, Classification] = field(default_factory=dict)

    @property
    def change(self) -> StatesChange | None:
        """For undo; None when no row changed."""
        return StatesChange(dict(self.before), dict(self.after)) if self.changed else None


def apply_to_many(context: ServiceContext, ids: Sequence[int],
                  change: Callable[[Classification], Classification]) -> BulkResult:
    """Apply `change(Classification) -> Classification` to each id in one transaction.

    Rows the rules refuse are left as they were and reported; the others are saved together.
    """
    rules = rule_set_in_force(context.today())
    changed, refused, before, after = [], {}, {}, {}
    with context.transaction() as session:
        for classification_id in ids:
            row = classification_row(session, classification_id)
            current = to_domain(row)
            wanted = change(current).normalised()
            issues = _issues(wanted, rules)
            if issues:
                refused[classification_id] = " ".join(i.message for i in issues)
            elif _store(session, row, current, wanted, rules, context.actor):
                changed.append(classification_id)
                before[classification_id], after[classification_id] = current, to_domain(row)
    return BulkResult(changed, refused, before, after)


def mark_ready(context: ServiceContext, ids: Sequence[int]) -> BulkResult:
    return apply_to_many(context, ids, lambda c: replace(c, status=Status.READY))


def classify_in_bulk(context: ServiceContext, ids: Sequence[int], form: Form, reason_code: str = "",
                     legal_provision: str = "") -> BulkResult:
    """Ctrl+K: the form (and for một phần its reason and provision) on many answers in one transaction.
    The checklists keep what was assessed; a contradiction is noted and flagged (classified_in_bulk);
    a ready answer that changes is a draft again (after_edit)."""
    return apply_to_many(context, ids, lambda c: after_edit(c, classified_in_bulk(c, form, reason_code,
                                                                                   legal_provision)))


def set_classifications(context: ServiceContext, states: dict[int, Classification]) -> BulkResult:
    """Set each classification to the given state, whatever it holds now (demo data, benches); undo and
    redo go through `services.undo.apply_change`, which first checks the rows did not move on."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        before, after = write_states(session, states, rules, context.actor)
    return BulkResult(list(after), {}, before, after)


def current_states(session: Session, ids: Iterable[int]) -> dict[int, Classification]:
    """The stored answer of each id (refused as gone if one left the unit's list)."""
    return {i: to_domain(classification_row(session, i)) for i in ids}


def write_states(session: Session, states: dict[int, Classification], rules: RuleSet,
                 actor: str) -> tuple[dict[int, Classification], dict[int, Classification]]:
    """Store each state with its audit entry, in the caller's transaction: (before, after) of the rows
    that changed."""
    before, after = {}, {}
    for classification_id, wanted in states.items():
        row = classification_row(session, classification_id)
        current = to_domain(row)
        if _store(session, row, current, wanted, rules, actor):
            before[classification_id], after[classification_id] = current, to_domain(row)
    return before, after


def add_procedures(context: ServiceContext, procedure_ids: Sequence[int]) -> list[int]:
    """Take reference procedures into the unit's catalogue; returns the new classification ids."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        unit = _own_unit(session)
        existing = set(session.scalars(select(models.Classification.procedure_id)
                                       .where(models.Classification.unit_id == unit.id)))
        added = []
        for procedure_id in procedure_ids:
            procedure = session.get(models.Procedure, procedure_id)
            if procedure is None or procedure_id in existing:
                continue
            row = new_listing(session, unit, procedure, rules, context.actor)
            audit.record(session, context.actor, "catalogue.add", "classification",
                         _audit_key(unit.code, procedure.code))
            added.append(row.id)
            existing.add(procedure_id)
        return added


@dataclass(frozen=True)
class LocalProcedure:
    code: str
    name: str
    sector: str = ""
    level_codes: tuple[str, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)


def create_local_procedure(context: ServiceContext, data: LocalProcedure) -> int:
    """A procedure the unit creates itself (not in the reference catalogue); returns its row id."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        unit = _own_unit(session)
        procedure = _new_local_procedure(session, data)
        row = new_listing(session, unit, procedure, rules, context.actor)
        audit.record(session, context.actor, "catalogue.create_local", "classification",
                     _audit_key(unit.code, procedure.code), name=procedure.name)
        return row.id


def _new_local_procedure(session: Session, data: LocalProcedure, procedure_id: int | None = None) -> models.Procedure:
    try:
        code = parse_procedure_code(data.code)
    except DomainError as error:
        raise ClassificationRefused([Issue("code", str(error))]) from error
    name = clean(data.name)
    if not name:
        raise ClassificationRefused([Issue("name", translate("workspace", "Tên TTHC đang để trống."))])
    if not data.level_codes:
        raise ClassificationRefused([Issue("level_codes", translate("workspace", "Chọn ít nhất một cấp thực hiện."))])
    if session.scalar(select(func.count()).select_from(models.Procedure).where(models.Procedure.code == code.value)):
        raise ClassificationRefused([Issue("code", translate(
            "workspace", "Mã {code} đã có trong danh mục; hãy thêm từ danh mục tham chiếu.", code=code.value))])
    procedure = models.Procedure(id=procedure_id, code=code.value, national_code=code.national, name=name,
                                 name_folded=fold(name), origin="local", sector=_sector(session, data.sector),
                                 **{k: clean(v) for k, v in data.fields.items() if k in PROCEDURE_TEXT_FIELDS})
    procedure.levels = [models.ProcedureLevel(level_code=c) for c in data.level_codes]
    session.add(procedure)
    return procedure


def _sector(session: Session, name: str) -> models.Sector | None:
    name = clean(name)
    if not name:
        return None
    sector = session.scalars(select(models.Sector).where(models.Sector.name_folded == fold(name))).one_or_none()
    if sector is None:
        sector = models.Sector(name=name, name_folded=fold(name))
        session.add(sector)
    return sector


@dataclass(frozen=True)
class RecordSaved:
    row: ProcedureRow
    change: RecordChange


RECORD_FIELDS = ("name", *PROCEDURE_TEXT_FIELDS)


def update_local_fields(context: ServiceContext, classification_id: int, fields: dict[str, str]) -> RecordSaved:
    """Edit the record of a local procedure (reference records come from the national database)."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        change = write_record(session, classification_row(session, classification_id), fields, context.actor)
        session.flush()
        return RecordSaved(_rows(session, rules, [classification_id])[0], change)


def stored_record(row: models.Classification, keys: Iterable[str]) -> dict[str, str]:
    """The record's fields among `keys` as stored ("" for an empty one)."""
    return {key: getattr(row.procedure, key) or "" for key in keys if key in RECORD_FIELDS}


def write_record(session: Session, row: models.Classification, fields: dict[str, str], actor: str) -> RecordChange:
    """Store a local procedure's fields with its audit entry, in the caller's transaction."""
    procedure = row.procedure
    if procedure.origin != "local":
        raise InvalidRequest(translate(
            "workspace", "Thủ tục lấy từ danh mục tham chiếu; nội dung do cơ sở dữ liệu quốc gia quản lý."))
    before = stored_record(row, fields)
    for key, value in fields.items():
        if key == "name":
            if not clean(value):
                raise ClassificationRefused([Issue("name", translate("workspace", "Tên TTHC đang để trống."))])
            procedure.name, procedure.name_folded = clean(value), fold(value)
        elif key in PROCEDURE_TEXT_FIELDS:
            setattr(procedure, key, clean(value) if key != "steps" else value.strip())
    procedure.updated_at = datetime.now(timezone.utc)
    after = stored_record(row, fields)
    audit.record(session, actor, "procedure.edit", "classification",
                 _audit_key(row.unit.code, procedure.code), before=before, after=after)
    return RecordChange(row.id, before, after)


def owned_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Those of `ids` in the unit's list now."""
    unit_id = _own_unit(session).id
    found: set[int] = set()
    for chunk in chunks(list(ids)):
        found.update(session.scalars(select(_C.id).where(_C.unit_id == unit_id, _C.id.in_(chunk))))
    return found


def remove(context: ServiceContext, ids: Sequence[int]) -> list[RemovedItem]:
    """Take procedures out of the unit's catalogue; returns what undo needs to put them back
    (`MembershipChange.removal`)."""
    with context.transaction() as session:
        return take_out(session, ids, context.actor)


def take_out(session: Session, ids: Sequence[int], actor: str) -> list[RemovedItem]:
    """`remove` in the caller's transaction."""
    removed = []
    for classification_id in ids:
        row = classification_row(session, classification_id)
        procedure = row.procedure
        local = None
        if procedure.origin == "local":
            local = {
                "code": procedure.code, "name": procedure.name,
                "sector": procedure.sector.name if procedure.sector else "",
                "level_codes": [lv.level_code for lv in procedure.levels],
                "fields": {k: getattr(procedure, k) or "" for k in PROCEDURE_TEXT_FIELDS},
            }
        removed.append(RemovedItem(row.id, procedure.id, to_domain(row), local))
        audit.record(session, actor, "catalogue.remove", "classification",
                     _audit_key(row.unit.code, procedure.code), before=_as_dict(to_domain(row)))
        session.delete(row)
        if local is not None:
            session.flush()
            session.execute(delete(models.Procedure).where(models.Procedure.id == procedure.id))
    return removed


def put_back(context: ServiceContext, items: Sequence[RemovedItem]) -> list[int]:
    """Undo `remove` in one transaction: procedures return with their classifications (a reference
    procedure no longer in the catalogue stays out)."""
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        return put_in(session, items, rules, context.actor)


def put_in(session: Session, items: Sequence[RemovedItem], rules: RuleSet, actor: str) -> list[int]:
    """`put_back` in the caller's transaction; returns the ids back in the list."""
    ids = []
    unit = _own_unit(session)
    for item in items:
        local = item.local_procedure
        procedure: models.Procedure | None
        if local is not None:
            procedure = _new_local_procedure(session, LocalProcedure(
                local["code"], local["name"], local["sector"], tuple(local["level_codes"]), local["fields"]),
                procedure_id=item.procedure_id)
        else:
            procedure = session.get(models.Procedure, item.procedure_id)
            if procedure is None:
                continue
        # The old id comes back (ids are never reused), so undo history keeps pointing at it.
        row = models.Classification(id=item.classification_id, unit=unit, procedure=procedure)
        _write(row, item.classification, rules, actor)
        session.add(row)
        session.flush()
        audit.record(session, actor, "catalogue.put_back", "classification",
                     _audit_key(unit.code, procedure.code), after=_as_dict(item.classification))
        ids.append(row.id)
    return ids


def rows_in(session: Session, rules: RuleSet, ids: Iterable[int]) -> list[ProcedureRow]:
    """`load_rows` in the caller's transaction."""
    return _rows(session, rules, ids)


def export_rows(context: ServiceContext, ids: Sequence[int], path: Path, progress: Progress | None = None) -> Path:
    """Write the chosen rows, in the given order, to an .xlsx workbook (the "export selection" action)."""
    from dvc_desktop.excel.selection_export import write_table
    from dvc_desktop.progress import no_progress

    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        by_id = {r.id: r for r in _rows(session, rules, ids)}
        provisions: dict[int, str] = {}
        for chunk in chunks(list(ids)):
            provisions.update(session.execute(
                select(models.Classification.id, models.Classification.legal_provision)
                .where(models.Classification.id.in_(chunk))).all())
    form_labels = {code: translate("rules", choice.label) for code, choice in rules.forms.items()}
    headers = [translate("workspace", "STT"), translate("workspace", "Mã TTHC"), translate("workspace", "Tên TTHC"),
               translate("workspace", "Lĩnh vực"), translate("workspace", "Cấp thực hiện"),
               translate("workspace", "Hình thức"), translate("workspace", "Lý do"),
               translate("workspace", "Quy định làm căn cứ"), translate("workspace", "Trạng thái"),
               translate("workspace", "Sửa lần cuối")]
    chosen = [by_id[i] for i in ids if i in by_id]

    def lines() -> Iterator[list[object]]:
        for number, row in enumerate(chosen, start=1):
            yield [number, row.code, row.name, row.sector, row.levels, form_labels.get(row.form or "", ""),
                   row.reason, provisions.get(row.id, ""), status_label(row.status),
                   moment(row.updated_at)]  # local time, as the window shows it

    from dvc_desktop.services.errors import prepare_output, writing_output

    prepare_output(context, path)
    with writing_output(path):
        return write_table(path, translate("workspace", "Danh mục"), headers, lines(), len(chosen),
                           progress or no_progress, widths=(6, 14, 60, 24, 16, 14, 40, 36, 12, 16))
