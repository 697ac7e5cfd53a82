"""The unit's websites: registry, Decree 224 Art. 11 checks on the reporting date, conversion plan, IPv6, EMC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select

from dvc_desktop.domain.errors import Issue
from dvc_desktop.domain.text import clean
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.domain.websites import PlanStatus, Website, website_issues
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.settings import Identity, require_identity
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
    ipv6: bool | None = None
    emc_connected_on: date | None = None


def record_of(site: models.Website) -> Website:
    return Website(site.unit.code, site.name, site.url, site.linked_from_portal, PlanStatus(site.plan_status),
                   site.target_date, site.ipv6, site.emc_connected_on)


def site_issues(site: models.Website, identity: Identity, day: date) -> list[Issue]:
    """Decree 224 Art. 11 on the reporting date `day`, for any unit's site (the checks can use it too)."""
    return website_issues(record_of(site), UnitKind(site.unit.kind), site.unit.name, identity.province_domain,
                          identity.province_name, day)


def _row(site: models.Website, identity: Identity, day: date) -> WebsiteRow:
    return WebsiteRow(site.id, site.name, site.url, site.linked_from_portal, site.plan_status,
                      site.target_date, tuple(site_issues(site, identity, day)), site.ipv6, site.emc_connected_on)


def list_websites(context: ServiceContext, as_of: date | None = None) -> list[WebsiteRow]:
    """The own unit's sites, each with what Art. 11 flags on the reporting date (`as_of`, else the open
    round's, else today)."""
    with context.transaction() as session:
        identity = require_identity(session)
        day = reporting_date(session, context.today(), as_of).day
        unit = _own_unit(session)
        sites = session.scalars(select(models.Website).where(models.Website.unit_id == unit.id)
                                .order_by(models.Website.name))
        return [_row(s, identity, day) for s in sites]


def save_website(context: ServiceContext, website_id: int | None, name: str, url: str,
                 linked_from_portal: bool, plan_status: str, target_date: date | None,
                 ipv6: bool | None = None, emc_connected_on: date | None = None) -> WebsiteRow:
    """Add (website_id None) or change a website. A URL breaking the domain rule is kept and flagged.
    `ipv6`: None when not known; `emc_connected_on`: the day it was connected to the national platform."""
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
            found = session.get(models.Website, website_id)
            if found is None or found.unit_id != unit.id:
                raise InvalidRequest(translate("websites", "Trang này không còn trong danh sách."))
            site = found
        before = {"name": site.name, "url": site.url} if website_id else {}
        site.name, site.url, site.linked_from_portal = name, url, linked_from_portal
        site.plan_status, site.target_date = PlanStatus(plan_status).value, target_date
        site.ipv6, site.emc_connected_on = ipv6, emc_connected_on
        site.updated_at = datetime.now(timezone.utc)
        session.flush()
        audit.record(session, context.actor, "website.save", "website", f"{unit.code}/{site.id}",
                     before=before, after={"name": name, "url": url, "plan_status": plan_status, "ipv6": ipv6,
                                           "emc_connected_on": emc_connected_on.isoformat() if emc_connected_on
                                           else None})
        return _row(site, identity, reporting_date(session, context.today()).day)


def delete_website(context: ServiceContext, website_id: int) -> None:
    with context.transaction() as session:
        unit = _own_unit(session)
        site = session.get(models.Website, website_id)
        if site is None or site.unit_id != unit.id:
            return
        audit.record(session, context.actor, "website.delete", "website", f"{unit.code}/{site.id}",
                     before={"name": site.name, "url": site.url})
        session.delete(site)
