"""Issue 13: the demo follows Decree 224 Art. 14 and says its province code is retired.

Needs helper RULES' Art. 14 rule (a technical ground carries no legal provision) to pass."""

from __future__ import annotations

from sqlalchemy import select

from dvc_desktop.demo.build import is_technical, load_demo
from dvc_desktop.store import models


def test_demo_grounds_follow_article_14_and_the_code_is_said_to_be_retired(context):
    summary = load_demo(context)
    assert any("H59" in w and "H61" in w for w in summary.warnings)
    assert summary.to_json()["warnings"] == list(summary.warnings)
    with context.transaction() as session:
        partial = session.scalars(select(models.Classification).where(models.Classification.form == "mot_phan")).all()
        eligible = set(session.scalars(select(models.Procedure.eligible_full_online)))
    technical = [c for c in partial if is_technical(type("Reason", (), {"code": c.reason_code})())]
    legal = [c for c in partial if c not in technical]
    assert technical and legal
    assert all(c.technical_description and c.expected_fix_on and not c.legal_provision for c in technical)
    assert all(c.legal_provision and not c.technical_description for c in legal)
    assert not any("Khám bệnh" in c.legal_provision for c in technical)
    published = [c for c in partial if c.portal_published_on]
    assert published and len(published) < len(partial)
    assert all(c.portal_link.startswith("https://") for c in published)
    assert eligible == {True, False, None}
