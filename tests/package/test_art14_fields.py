"""Issue 13: a package carries the Decree 224 Art. 14 details, the rule set each answer was saved
under, the optional dossier figures and the websites' IPv6/EMC; an older package still imports."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, update

from dvc_desktop.domain.classification import Checklist, Classification, Form
from dvc_desktop.services import workspace as ws
from dvc_desktop.services.context import open_context
from dvc_desktop.services.websites import save_website
from dvc_desktop.store import models
from tests.package.conftest import UNIT, UNIT_PASS, Offices

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

NO_PROCESSING = Checklist(True, True, False, True, True)


def answer_at_unit(offices: Offices) -> dict[str, Classification]:
    """Three answers: a technical ground published on the portal, a legal ground, and one saved under
    Decree 42 before 1/7/2026 (as a store of that time holds it)."""
    wanted = {
        0: Classification(NO_PROCESSING, Form.PARTIAL, "technical_fault",
                          technical_description="Chưa kết nối thanh toán trực tuyến", expected_fix_on=date(2027, 3, 1),
                          portal_published_on=date(2026, 8, 15), portal_link="https://dichvucong.gov.vn/p/1"),
        1: Classification(NO_PROCESSING, Form.PARTIAL, "on_site_verification", "Điều 12 Nghị định 15/2018"),
        2: Classification(Checklist(True, True, True, True, True), Form.FULL),
    }
    with open_context(offices.unit) as context:
        hits = ws.search_reference(context, "", limit=3)
        ids = ws.add_procedures(context, [h.procedure_id for h in hits])
        for index, row_id in enumerate(ids):
            ws.save_classification(context, row_id, wanted[index])
        with context.transaction() as session:
            session.execute(update(models.Classification).where(models.Classification.id == ids[2])
                            .values(form="mot_phan", reason_code="in_person", legal_provision="Điều 9 Luật Hộ tịch",
                                    processed_online=False, rule_set_code="ND42-2022"))
            codes = dict(session.execute(select(models.Classification.id, models.Procedure.code)
                                         .join(models.Procedure)).all())
        save_website(context, None, "Cổng Sở Tư pháp", "https://stp.sonha.gov.vn", True, "done", None,
                        ipv6=True, emc_connected_on=date(2026, 9, 1))
    return {codes[i]: wanted[n] for n, i in enumerate(ids)}


def test_art_14_details_and_the_answers_rule_set_reach_the_province(offices):
    wanted = answer_at_unit(offices)
    code, _, err = offices.run(offices.unit, "figures", "set", "--period", "2026-Q3", "--total", "100", "--online",
                               "80", "--with-fees", "10", "--paid-online", "5", "--full-online", "60",
                               "--processed-online", "70")
    assert code == 0, err
    path = offices.tmp / "goi.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(path), passphrase=UNIT_PASS)[0] == 0
    code, out, err = offices.run(offices.province, "package", "import", str(path))
    assert code == 0, err
    with open_context(offices.province) as context, context.transaction() as session:
        rows = {r.procedure.code: r for r in session.scalars(
            select(models.Classification).join(models.Unit).where(models.Unit.code == UNIT))}
        site = session.scalars(select(models.Website).join(models.Unit).where(models.Unit.code == UNIT)).one()
        figures = session.scalars(select(models.DossierFigureSet).join(models.Unit)
                                  .where(models.Unit.code == UNIT, models.DossierFigureSet.period == "2026-Q3")).one()
    technical = next(rows[c] for c, w in wanted.items() if w.reason_code == "technical_fault")
    assert (technical.technical_description, technical.expected_fix_on) == ("Chưa kết nối thanh toán trực tuyến",
                                                                            date(2027, 3, 1))
    assert (technical.portal_published_on, technical.portal_link) == (date(2026, 8, 15), "https://dichvucong.gov.vn/p/1")
    assert technical.rule_set_code == "ND224-2026"
    older = next(r for r in rows.values() if r.reason_code == "in_person")
    assert older.rule_set_code == "ND42-2022"  # shown with the rule set it was saved under, not re-stamped
    assert (site.ipv6, site.emc_connected_on) == (True, date(2026, 9, 1))
    assert (figures.received_full_online, figures.processed_online, figures.received_eligible) == (60, 70, None)


def test_a_changed_portal_publication_is_a_change_at_the_province(offices):
    wanted = answer_at_unit(offices)
    first = offices.tmp / "goi-1.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(first), passphrase=UNIT_PASS)[0] == 0
    assert offices.run(offices.province, "package", "import", str(first))[0] == 0
    legal = next(c for c, w in wanted.items() if w.reason_code == "on_site_verification")
    with open_context(offices.unit) as context:
        row = next(r for r in ws.load_rows(context) if r.code == legal)
        ws.save_classification(context, row.id, Classification(
            NO_PROCESSING, Form.PARTIAL, "on_site_verification", "Điều 12 Nghị định 15/2018",
            portal_published_on=date(2026, 10, 1), portal_link="https://dichvucong.gov.vn/p/2"))
    second = offices.tmp / "goi-2.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(second), passphrase=UNIT_PASS)[0] == 0
    code, out, _ = offices.run(offices.province, "package", "import", str(second), "--json")
    result = json.loads(out)["results"][0]
    assert code == 0 and result["changed"] == 1
