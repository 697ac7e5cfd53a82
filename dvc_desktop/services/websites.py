"""The unit's websites: registry, domain-name check and conversion plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select

from dvc_desktop.domain.errors import Issue
from dvc_desktop.domain.text import clean
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.domain.websites import PlanStatus, Website, domain_issues, plan_issues
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import require_identity
from dvc_desktop.services.workspace import ClassificationRefused, _own_unit
from dvc_desktop.store import audit, models


@dataclass(frozen=True)
class WebsiteRow:
    id: int
    name: str
    url: str
    linked_from_portal: bool
    plan_status: str
    target_date: date | None
    issues: tuple[Issue, ...]


def _row(context: ServiceContext, site: models.Website, kind: UnitKind, domain: str) -> WebsiteRow:
    record = Website(site.unit.code, site.name, site.url, site.linked_from_portal,
                     PlanStatus(site.plan_status), site.target_date)
    issues = domain_issues(site.url, kind, domain) if domain else []
    return WebsiteRow(site.id, site.name, site.url, site.linked_from_portal, site.plan_status,
                      site.target_date, tuple(issues + plan_issues(record, context.today())))


def list_websites(context: ServiceContext) -> list[WebsiteRow]:
    with context.transaction() as session:
        identity = require_identity(session)
        unit = _own_unit(session)
        sites = session.scalars(select(models.Website).where(models.Website.unit_id == unit.id)
                                .order_by(models.Website.name))
        return [_row(context, s, UnitKind(unit.kind), identity.province_domain) for s in sites]


def save_website(context: ServiceContext, website_id: int | None, name: str, url: str,
                 linked_from_portal: bool, plan_status: str, target_date: date | None) -> WebsiteRow:
    """Add (website_id None) or change a website. A URL breaking the domain rule is kept and flagged."""
    name, url = clean(name), clean(url)
    issues = []
    if not name:
        issues.append(Issue("name", translate("websites", "Tên trang đang để trống.")))
    if not url:
        issues.append(Issue("url", translate("websites", "Địa chỉ trang đang để trống.")))
    if issues:
        raise ClassificationRefused(issues)
    with context.transaction() as session:
        identity = require_identity(session)
        unit = _own_unit(session)
        if website_id is None:
            site = models.Website(unit=unit)
            session.add(site)
        else:
            site = session.get(models.Website, website_id)
            if site is None or site.unit_id != unit.id:
                raise InvalidRequest(translate("websites", "Trang này không còn trong danh sách."))
        before = {"name": site.name, "url": site.url} if website_id else {}
        site.name, site.url, site.linked_from_portal = name, url, linked_from_portal
        site.plan_status, site.target_date = PlanStatus(plan_status).value, target_date
        site.updated_at = datetime.now(timezone.utc)
        session.flush()
        audit.record(session, context.actor, "website.save", "website", f"{unit.code}/{site.id}",
                     before=before, after={"name": name, "url": url, "plan_status": plan_status})
        return _row(context, site, UnitKind(unit.kind), identity.province_domain)


def delete_website(context: ServiceContext, website_id: int) -> None:
    with context.transaction() as session:
        unit = _own_unit(session)
        site = session.get(models.Website, website_id)
        if site is None or site.unit_id != unit.id:
            return
        audit.record(session, context.actor, "website.delete", "website", f"{unit.code}/{site.id}",
                     before={"name": site.name, "url": site.url})
        session.delete(site)
