"""The province demo: the units' work arrives as real signed packages (demo/province.py).

One demo province is built per module (about 4 s) and only read by the tests; the determinism test
builds a second one.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from dvc_desktop.domain.units import UnitKind
from dvc_desktop.services.checks import KINDS, run_checks
from dvc_desktop.services.context import open_context
from dvc_desktop.demo.build import load_demo
from dvc_desktop.services.keys import generate_signing_key, key_info, list_trusted
from dvc_desktop.services.packages import last_exports
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.status import status
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

TODAY = date(2026, 11, 29)
PROVINCE_PASS = "mật khẩu riêng của tỉnh"


def build(directory, seed: int = 2026):
    context = open_context(directory)
    context.today = lambda: TODAY
    initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
    return context, load_demo(context, seed=seed)


@pytest.fixture(scope="module")
def scratch_root(tmp_path_factory):
    """Where the demo makes its temporary unit stores (to see that they are gone afterwards)."""
    root = tmp_path_factory.mktemp("scratch")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(root))
        yield root


@pytest.fixture(scope="module")
def province(tmp_path_factory, scratch_root):
    directory = tmp_path_factory.mktemp("province")
    with open_context(directory) as context:  # a province that already has its own key
        context.today = lambda: TODAY
        generate_signing_key(context, PROVINCE_PASS)
        own_key = key_info(context)
    context, summary = build(directory)
    context.own_key = own_key  # type: ignore[attr-defined]
    yield context, summary
    context.close()


def imports(context) -> list[models.PackageImport]:
    with context.transaction() as session:
        return list(session.scalars(select(models.PackageImport).where(models.PackageImport.kind == "submission")))


def test_at_least_15_units_sent_signed_packages_with_keys_the_province_trusts(province):
    context, summary = province
    received = imports(context)
    senders = {row.sender_code for row in received}
    assert len(senders) >= 15 and summary.units_submitted == len(senders)
    assert summary.packages_imported == len(received) > len(senders)  # some units sent a second package
    trusted = {(k.unit_code, k.key_id) for k in list_trusted(context) if k.state == "active"}
    assert all((row.sender_code, row.key_id) in trusted for row in received)
    assert len({row.key_id for row in received}) == len(senders)  # one key per unit
    with context.transaction() as session:
        actions = Counter(session.scalars(select(models.AuditEntry.action)))
        kinds = dict(session.execute(select(models.Unit.code, models.Unit.kind)).all())
    assert actions["trust.add"] == len(senders) and actions["package.import.submission"] == len(received)
    assert {kinds[code] for code in senders} == {"department", "commune"}
    json.dumps(summary.to_json())  # `demo --json`


def test_units_dossier_figures_arrived_with_their_packages(province):
    from dvc_desktop.services.indicators import dossier_indicators, periods_with_figures

    context, summary = province
    with context.transaction() as session:
        rows = session.execute(select(models.Unit.code, models.DossierFigureSet.period)
                               .join(models.Unit, models.DossierFigureSet.unit_id == models.Unit.id)).all()
    senders = {row.sender_code for row in imports(context)}
    assert {code for code, _ in rows} == senders  # every unit that sent a package reported some quarters
    latest = periods_with_figures(context)[0]
    figures = dossier_indicators(context, latest)
    assert 0 < figures.units_reporting <= len(senders)
    assert 0 < figures.total.received_online <= figures.total.received_total


def test_the_provinces_own_key_is_left_alone(province):
    context, _ = province
    assert key_info(context) == context.own_key
    assert "reference" not in last_exports(context)  # the demo's reference was signed elsewhere
    assert not [k for k in list_trusted(context) if k.unit_code == "000.00.01.H59"]


def test_the_temporary_unit_stores_are_removed(province, scratch_root):
    assert list(scratch_root.iterdir()) == []


def test_status_shows_late_units_and_varied_package_dates(province):
    context, summary = province
    report = status(context)
    assert report.deadline == (TODAY - timedelta(days=5)).isoformat() == summary.deadline
    late = [u for u in report.units if u.state == "late"]
    assert 3 <= len(late) == summary.units_late <= 5
    assert all(u.last_sequence is None for u in late)
    assert "000.00.13.H59" in {u.code for u in late}  # the department demo's own unit can still send
    sent = [u for u in report.units if u.last_import_at]
    assert len(sent) == summary.units_submitted and len(sent) + len(late) == len(report.units)
    assert len({u.last_import_at[:10] for u in sent}) >= 8
    first_only = [datetime.fromisoformat(u.last_import_at).date() for u in sent if u.last_sequence == 1]
    assert max(first_only) < TODAY - timedelta(days=5) and min(first_only) >= TODAY - timedelta(days=26)
    assert not {u.state for u in sent} & {"late", "never"}


def test_the_checks_find_every_planted_inconsistency(province):
    context, summary = province
    findings = run_checks(context)
    planted = summary.planted
    assert {p.kind for p in planted} == set(KINDS)
    for p in planted:
        found = [f for f in findings if (f.kind, f.unit_code) == (p.kind, p.unit)
                 and (not p.procedure or f.procedure_code == p.procedure)]
        assert found, p
    by_kind = {kind: [p for p in planted if p.kind == kind] for kind in KINDS}
    # Exactly the planted ones: the rest of the demo follows the rules.
    for kind in ("partial_without_basis", "unknown_code"):
        assert [(f.unit_code, f.procedure_code) for f in findings if f.kind == kind] == [
            (p.unit, p.procedure) for p in by_kind[kind]]
    with context.transaction() as session:
        units = {u.code: u for u in session.scalars(select(models.Unit))}
        catalogue = set(session.scalars(select(models.Procedure.code).where(models.Procedure.origin == "reference")))
        by_package = dict(session.execute(
            select(models.Procedure.code, models.Classification.updated_by)
            .join(models.Classification, models.Classification.procedure_id == models.Procedure.id)).all())
    (disputed,) = by_kind["disagreement"]
    message = next(f.message for f in findings if f.kind == "disagreement" and f.procedure_code == disputed.procedure)
    assert sum(u.name in message for u in units.values() if u.kind == UnitKind.COMMUNE.value) >= 2
    (forgotten,) = by_kind["unclassified_at_level"]
    assert any("xa" in f.message for f in findings
               if f.kind == "unclassified_at_level" and f.procedure_code == forgotten.procedure)
    (unknown,) = by_kind["unknown_code"]
    assert unknown.procedure not in catalogue and units[unknown.unit].kind == "commune"
    assert units[by_kind["partial_without_basis"][0].unit].kind == "department"
    site_messages = {p.unit: [f.message for f in findings if f.kind == "website" and f.unit_code == p.unit]
                     for p in by_kind["website"]}
    assert any("không đúng quy định" in m for ms in site_messages.values() for m in ms)
    assert any("Chưa là thành phần của Cổng tỉnh" in m for ms in site_messages.values() for m in ms)
    (older,) = by_kind["reclassify_nd42"]
    assert [f.procedure_code for f in findings if f.kind == "reclassify_nd42"] == [older.procedure]
    assert "Nghị định 42/2022" in next(f.message for f in findings if f.kind == "reclassify_nd42")
    # Each planted answer came through a package.
    assert {by_package[p.procedure] for p in planted if p.procedure and p.unit} == {"package"}


def test_a_unit_changed_its_answers_since_the_last_review(province):
    context, summary = province
    with context.transaction() as session:
        rows = session.execute(
            select(models.Unit.code, models.Classification.form, models.Classification.review_status,
                   models.Classification.review_comment)
            .join(models.Unit, models.Classification.unit_id == models.Unit.id)).all()
        last = dict(session.execute(select(models.PackageImport.sender_code, models.PackageImport.sequence)
                                    .order_by(models.PackageImport.sequence)).all())
    reviewed = {code for code, _, review, _ in rows if review}
    awaiting = {code for code, form, review, _ in rows if form and not review}
    changed = [code for code in reviewed & awaiting if last.get(code) == 2]
    assert changed and summary.units_resubmitted == sum(1 for s in last.values() if s == 2) >= len(changed)
    assert all(comment for _, _, review, comment in rows if review == "returned")
    assert summary.reviewed == len([r for r in rows if r[2]])
    assert {code for code, _, review, _ in rows if review == "returned"} - set(changed)  # returned, not yet fixed
    assert reviewed - awaiting  # units whose every answer was reviewed


def test_the_demo_is_the_same_for_a_seed(province, tmp_path):
    context, summary = province
    again, repeated = build(tmp_path / "again")
    try:
        assert repeated == summary
        assert snapshot(again) == snapshot(context)
    finally:
        again.close()


def snapshot(context) -> dict:
    with context.transaction() as session:
        classifications = sorted(session.execute(
            select(models.Unit.code, models.Procedure.code, models.Classification.form,
                   models.Classification.info_online, models.Classification.submitted_online,
                   models.Classification.processed_online, models.Classification.fees_online,
                   models.Classification.result_online, models.Classification.reason_code,
                   models.Classification.legal_provision, models.Classification.note, models.Classification.status,
                   models.Classification.review_status, models.Classification.review_comment)
            .join(models.Unit, models.Classification.unit_id == models.Unit.id)
            .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)).all())
        websites = sorted(session.execute(
            select(models.Unit.code, models.Website.url, models.Website.plan_status, models.Website.target_date)
            .join(models.Unit, models.Website.unit_id == models.Unit.id)).all())
        received = sorted(session.execute(
            select(models.PackageImport.sender_code, models.PackageImport.sequence,
                   models.PackageImport.imported_at, models.PackageImport.summary)
            .where(models.PackageImport.sequence == 1)).all())
    return {"classifications": classifications, "websites": websites, "imports": received}


def test_the_department_demo_keeps_its_deadline_ahead(context):
    context.today = lambda: TODAY
    initialise(context, "department", "000.00.21.H59", "Sở Y tế", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
    summary = load_demo(context)
    assert summary.deadline == (TODAY + timedelta(days=21)).isoformat()
    assert (summary.packages_imported, summary.units_late, summary.planted) == (0, 0, ())
    assert {u.state for u in status(context).units} == {"never"}
