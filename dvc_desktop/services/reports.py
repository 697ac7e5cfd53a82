"""Printed summaries for supervisors: the province summary and a unit's summary, as PDF or on a printer.

The figures come from the publication (`build_catalogue`: the same `Counts` per unit, level and
sector that the Danh mục prints), the submission status, the consistency checks and the package
log, read in one transaction so they describe one moment. `reports/` turns them into the official
document and paints it; the window paints the same pages onto a QPrinter for preview and printing.

    dvc-desktop report OUT.pdf [--unit CODE]
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.catalogue import Counts
from dvc_desktop.domain.text import fold
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.reports.data import (
    HistoryEntry, Issuer, LevelFigures, ProblemCount, ProvinceSummary, ReportData, SectorFigures, Submission,
    UnitProblems, UnitReport,
)
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest, prepare_output, writing_output
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.settings import Identity, Role, require_identity
from dvc_desktop.store import models

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice


def _t(text: str, **params: object) -> str:
    return translate("reports", text, **params)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    seconds: float
    font_notice: str = ""  # not in Times New Roman (reports/fonts.py)
    signed: str = ""  # "B-B" or "B-T" when signed (PAdES)
    signing_notice: str = ""  # e.g. the timestamp server did not answer


# ---------------------------------------------------------------- one read transaction


class _Snapshot:
    """A context whose every transaction is the one already open, so the services it is handed
    (publication, status, checks) read the store at one moment."""

    def __init__(self, context: ServiceContext, session: Session, as_of: date | None = None) -> None:
        self.db = context.db
        self.actor = context.actor
        self.today = context.today
        self.session = session
        # The reporting date (`--as-of`, else the open round's, else today) whose law the report follows.
        self.reporting = reporting_date(session, context.today(), as_of)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        yield self.session


@contextmanager
def _one_read(context: ServiceContext, as_of: date | None = None) -> Iterator[_Snapshot]:
    with context.transaction() as session:
        yield _Snapshot(context, session, as_of)


# ---------------------------------------------------------------- gathering the figures


def report_data(context: ServiceContext, unit: str | None = None, as_of: date | None = None) -> ReportData:
    """The province summary, or with `unit` that unit's summary (a department: its own by default), under
    the law of the reporting date (`as_of`, else the open round's, else today)."""
    with _one_read(context, as_of) as snapshot:
        identity = require_identity(snapshot.session)
        if unit is None and identity.role == Role.PROVINCE:
            return _province_summary(snapshot, identity)
        return _unit_report(snapshot, identity, unit or identity.unit_code)


def _issuer(session: Session, identity: Identity) -> Issuer:
    from dvc_desktop.domain.provinces import kind_word
    from dvc_desktop.services.report_settings import get_report_settings

    own = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one_or_none()
    kind = own.kind if own is not None else ("province" if identity.role == Role.PROVINCE else "department")
    chosen = get_report_settings(session)
    return Issuer(identity.unit_code, identity.unit_name, kind, identity.province_name or identity.province_code,
                  chosen.signer_title, chosen.signer_name, chosen.abbreviation, chosen.full_name, chosen.recipient,
                  chosen.drafting_unit, kind_word(identity.province_code, identity.province_name))


def _rule_set_title(snapshot: _Snapshot) -> str:
    return snapshot.reporting.rules.title


def _moment(iso: str | None) -> datetime | None:
    """A stored UTC time in the local time zone, where the printed date is read."""
    if not iso:
        return None
    moment = datetime.fromisoformat(iso)
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone()


def _province_summary(snapshot: _Snapshot, identity: Identity) -> ProvinceSummary:
    from dvc_desktop.services.checks import KINDS, run_checks
    from dvc_desktop.services.publication import build_catalogue
    from dvc_desktop.services.status import status

    session = snapshot.session
    day = snapshot.reporting.day
    catalogue = build_catalogue(snapshot, as_of=day)  # type: ignore[arg-type]
    report = status(snapshot)  # type: ignore[arg-type]
    findings = run_checks(snapshot, as_of=day)  # type: ignore[arg-type]
    level_names = {code: name for code, name in session.execute(select(models.Level.code, models.Level.name))}
    unit_names = {code: name for code, name in session.execute(select(models.Unit.code, models.Unit.name))}
    levels = [LevelFigures(s.level_code, level_names.get(s.level_code, s.level_code), s.counts,
                           len({row.code for group in s.groups for row in group.rows}))
              for s in catalogue.sections]
    submissions = [Submission(u.code, u.name, u.state, u.last_sequence, _moment(u.last_import_at), u.sent_late)
                   for u in report.units if u.state != "retired"]  # a retired unit is expected to send nothing
    order = {kind: i for i, kind in enumerate(KINDS)}
    by_kind = Counter(f.kind for f in findings)
    problems = [ProblemCount(kind, n) for kind, n in sorted(by_kind.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))]
    per_unit: dict[str, Counter[str]] = defaultdict(Counter)
    for finding in findings:
        if finding.unit_code:
            per_unit[finding.unit_code][finding.kind] += 1
    problems_by_unit = sorted(
        (UnitProblems(code, unit_names.get(code, code), tuple(
            ProblemCount(kind, n) for kind, n in sorted(kinds.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))))
         for code, kinds in per_unit.items()),
        key=lambda u: (-u.total, fold(u.name)))
    return ProvinceSummary(
        issuer=_issuer(session, identity), made_on=day, rule_set=_rule_set_title(snapshot),
        totals=catalogue.counts, levels=levels, units=catalogue.units,
        distinct_procedures=len({row.code for s in catalogue.sections for g in s.groups for row in g.rows}),
        deadline=date.fromisoformat(report.deadline) if report.deadline else None, submissions=submissions,
        websites=catalogue.websites, problems=problems, problems_by_unit=problems_by_unit,
        round_name=report.round["name"] if report.round else "", round_basis=report.round["basis"] if report.round else "")


def _unit_report(snapshot: _Snapshot, identity: Identity, unit_code: str) -> UnitReport:
    from dvc_desktop.services.publication import build_catalogue

    session = snapshot.session
    unit = session.scalars(select(models.Unit).where(models.Unit.code == unit_code)).one_or_none()
    if unit is None:
        raise InvalidRequest(_t("Không có đơn vị mã {code}.", code=unit_code))
    if identity.role == Role.DEPARTMENT and unit_code != identity.unit_code:
        raise InvalidRequest(_t("Dữ liệu của đơn vị chỉ có số liệu của chính đơn vị ({code}); báo cáo của đơn vị "
                                "khác được lập tại Văn phòng UBND tỉnh.", code=identity.unit_code))
    catalogue = build_catalogue(snapshot, unit=unit_code, as_of=snapshot.reporting.day)  # type: ignore[arg-type]
    sectors: dict[str, Counts] = defaultdict(Counts)
    for row in catalogue.rows:
        sectors[row.sector or "Chưa xác định lĩnh vực"].add(row.form)
    exports = identity.role == Role.DEPARTMENT
    return UnitReport(
        issuer=_issuer(session, identity), made_on=snapshot.reporting.day, rule_set=_rule_set_title(snapshot),
        unit_code=unit.code, unit_name=unit.name, totals=catalogue.counts,
        sectors=[SectorFigures(name, counts) for name, counts in sorted(sectors.items(), key=lambda kv: fold(kv[0]))],
        partial=[row for row in catalogue.rows if row.form == "mot_phan"], websites=catalogue.websites,
        history=_exports(session, unit.code) if exports else _accepted(session, unit.code),
        history_is_exports=exports)


def _accepted(session: Session, unit_code: str) -> list[HistoryEntry]:
    """The unit's submissions the province accepted, oldest first."""
    from dvc_desktop.services.status import accepted_submissions

    return [HistoryEntry(entry.sequence, _created(entry.created_at), _moment(entry.imported_at), entry.procedures,
                         entry.added, entry.removed, entry.changed)
            for entry in accepted_submissions(session, unit_code)]


def _exports(session: Session, unit_code: str) -> list[HistoryEntry]:
    """At a department: the submissions it exported (from the audit log), oldest first."""
    entries = []
    for row in session.scalars(select(models.AuditEntry).where(
            models.AuditEntry.action == "package.export.submission",
            models.AuditEntry.entity_key.like(f"{unit_code}/%")).order_by(models.AuditEntry.id)):
        sequence = row.entity_key.rpartition("/")[2]
        details = row.details if isinstance(row.details, dict) else {}
        entries.append(HistoryEntry(int(sequence) if sequence.isdigit() else 0,
                                    _moment(row.at.isoformat()) if row.at else None, None,
                                    _int(details.get("records"))))
    return entries


def _created(text: str) -> datetime | None:
    try:
        return _moment(text) if text else None
    except ValueError:
        return None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# ---------------------------------------------------------------- writing and painting


def paint_report(data: ReportData, device: "QPagedPaintDevice", progress: Progress = no_progress) -> int:
    """Paint the report onto any paged device (the window's QPrinter for preview and printing)."""
    from dvc_desktop.reports.compose import compose
    from dvc_desktop.reports.render import render

    return render(compose(data), device, progress)


def write_report(context: ServiceContext, out: Path, unit: str | None = None,
                 progress: Progress | None = None, as_of: date | None = None, sign: bool = False,
                 pin: str | None = None) -> ReportResult:
    """`dvc-desktop report OUT.pdf [--unit CODE] [--sign]`: the summary as a PDF, written whole or not at
    all; with `sign`, signed with the office's certificate (PAdES) at its signature block."""
    from dvc_desktop.reports.compose import compose
    from dvc_desktop.reports.render import SIGNATURE_SPOT, write_pdf

    started = time.perf_counter()
    target = Path(out)
    prepare_output(context, target)
    if target.suffix.lower() != ".pdf":
        raise InvalidRequest(_t("Báo cáo chỉ ghi ra tệp .pdf, không phải «{name}».", name=target.name))
    if not target.parent.is_dir():
        raise InvalidRequest(_t("Không có thư mục {path}.", path=target.parent))
    from dvc_desktop.services.document_signing import signing_request, write_signed_pdf

    signing = signing_request(context, sign, pin)
    report = progress or no_progress
    report(0, 0)
    data = report_data(context, unit, as_of)
    signed = None
    with writing_output(target):  # a PDF open in a viewer on Windows
        if signing is None:
            pages = write_pdf(compose(data), target, report)
        else:
            assert pin is not None
            pages, signed = write_signed_pdf(compose(data), target, report, signing, pin, SIGNATURE_SPOT,
                                             reason=_t("Báo cáo tổng hợp"))
    from dvc_desktop.reports.fonts import mandated_font_missing

    return ReportResult(target, pages, time.perf_counter() - started, mandated_font_missing(),
                        signed.level if signed else "", signed.notice if signed else "")


def document_name(data: ReportData) -> str:
    """A file name for the save dialog: bao-cao-tinh-2026-11-29.pdf, bao-cao-000.00.13.H59-2026-11-29.pdf."""
    if isinstance(data, ProvinceSummary):
        return f"bao-cao-tinh-{data.made_on.isoformat()}.pdf"
    return f"bao-cao-{data.unit_code}-{data.made_on.isoformat()}.pdf"
