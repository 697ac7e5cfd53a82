"""Agency websites linked from the provincial portal and their plan to become part of it.

Decree 224/2026 Art. 11 (unverified transcription, see DOMAIN.md): the province's portal is
`tentinhthanh.gov.vn`; a department's site `tencoquan.tentinhthanh.gov.vn`; a commune's
`tenphuongxa.tentinhthanh.gov.vn`; names in Vietnamese without diacritics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import urlsplit

from dvc_desktop.domain.errors import Issue
from dvc_desktop.domain.text import clean
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.i18n import translate

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


class PlanStatus(StrEnum):
    NONE = "none"  # chưa có kế hoạch
    PLANNED = "planned"  # đã có kế hoạch
    IN_PROGRESS = "in_progress"  # đang chuyển đổi
    DONE = "done"  # đã là thành phần của Cổng


@dataclass(frozen=True)
class Website:
    unit_code: str
    name: str
    url: str
    linked_from_portal: bool = False
    plan_status: PlanStatus = PlanStatus.NONE
    target_date: date | None = None


def host_of(url: str) -> str:
    text = clean(url)
    if "://" not in text:
        text = "https://" + text
    return (urlsplit(text).hostname or "").rstrip(".")


def domain_issues(url: str, unit_kind: UnitKind, province_domain: str) -> list[Issue]:
    """Check a URL against the domain-name rule for the unit's kind."""
    host = host_of(url)
    province_domain = clean(province_domain).lower().rstrip(".")
    if not host:
        return [Issue("url", translate("websites", "Địa chỉ «{url}» không đọc được tên miền.", url=url))]
    if host != host.encode("ascii", "ignore").decode() or "xn--" in host:
        return [Issue("url", translate(
            "websites", "Tên miền «{host}» phải viết bằng tiếng Việt không dấu.", host=host))]
    if unit_kind == UnitKind.PROVINCE:
        if host not in (province_domain, "www." + province_domain):
            return [Issue("url", translate(
                "websites", "Cổng của tỉnh phải dùng tên miền {domain}.", domain=province_domain))]
        return []
    suffix = "." + province_domain
    label = host[: -len(suffix)] if host.endswith(suffix) else ""
    if not label or "." in label or not _LABEL.match(label):
        return [Issue("url", translate(
            "websites",
            "Tên miền «{host}» không đúng quy định: cần dạng tendonvi{suffix} "
            "(một nhãn chữ thường không dấu trước tên miền của tỉnh).",
            host=host, suffix=suffix))]
    return []


def plan_issues(site: Website, today: date) -> list[Issue]:
    """A conversion plan needs a target date, and a target in the past is overdue."""
    if site.plan_status == PlanStatus.DONE:
        return []
    if site.plan_status in (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS) and site.target_date is None:
        return [Issue("target_date", translate("websites", "Kế hoạch chuyển đổi chưa có ngày hoàn thành."))]
    if site.target_date is not None and site.target_date < today:
        return [Issue("target_date", translate(
            "websites", "Đã quá hạn chuyển đổi ({day}).", day=site.target_date.strftime("%d/%m/%Y")))]
    return []
