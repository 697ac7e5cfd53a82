"""Agency websites linked from the provincial portal and their plan to become part of it.

Decree 224/2026 Art. 11 (unverified transcription, see docs/websites.md): a department's or a commune's
site must be a component of the province's portal (cl. 1); the province's portal is
`tentinhthanh.gov.vn`, the full name without diacritics, Ho Chi Minh City `hochiminhcity.gov.vn`
(cl. 4.b); a department's site `tencoquan.tentinhthanh.gov.vn`; a commune's
`tenphuongxa.tentinhthanh.gov.vn`, its full name without diacritics (cl. 4.c); IPv6 (cl. 4); the
province's portal connects to the national measurement platform (cl. 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import urlsplit

from dvc_desktop.domain.errors import Issue
from dvc_desktop.domain.text import clean, fold
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
    ipv6: bool | None = None  # Art. 11.4; None: not known
    emc_connected_on: date | None = None  # connected to the national measurement platform (EMC)


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


# Decree 224/2026 takes effect on 1/7/2026 (Art. 11.1 binds from then; before, the plan is the measure).
ART_11_IN_FORCE = date(2026, 7, 1)
HO_CHI_MINH_CITY_DOMAIN = "hochiminhcity.gov.vn"
COMMUNE_PREFIXES = ("xa", "phuong", "dackhu")  # allowed before a commune's name in its label
_UNIT_WORDS = ("uy ban nhan dan", "ubnd")
_COMMUNE_WORDS = ("xa", "phuong", "dac khu", "thi tran")
_PROVINCE_WORDS = ("thanh pho", "tinh", "tp.", "tp")


def _t(text: str, **params: object) -> str:
    return translate("websites", text, **params)


def _strip_words(name: str, words: tuple[str, ...]) -> str:
    for word in words:
        if name.startswith(word + " "):
            return name[len(word) + 1:].strip()
    return name


def province_label(province_name: str) -> str:
    """`tentinhthanh`: the province's full name without diacritics ("Tỉnh Sơn Hà" → "sonha"); Ho Chi Minh
    City's portal is the decree's named exception, hochiminhcity."""
    name = _strip_words(_strip_words(fold(province_name), _UNIT_WORDS), _PROVINCE_WORDS)
    label = re.sub(r"[^a-z0-9]", "", name)
    return "hochiminhcity" if label == "hochiminh" else label


def expected_province_domain(province_name: str) -> str:
    label = province_label(province_name)
    return HO_CHI_MINH_CITY_DOMAIN if label == "hochiminhcity" else f"{label}.gov.vn"


def commune_labels(unit_name: str) -> tuple[str, ...]:
    """The labels a commune's site may use: its full name without diacritics, alone or after xa/phuong/dackhu
    ("UBND xã Tân Lập" → tanlap, xatanlap, phuongtanlap, dackhutanlap)."""
    name = _strip_words(_strip_words(fold(unit_name), _UNIT_WORDS), _COMMUNE_WORDS)
    base = re.sub(r"[^a-z0-9]", "", name)
    return (base, *(prefix + base for prefix in COMMUNE_PREFIXES)) if base else ()


def label_issues(url: str, unit_kind: UnitKind, unit_name: str, province_domain: str,
                 province_name: str) -> list[Issue]:
    """The name rule beyond the domain's shape: a commune's full name, the province's full name."""
    host = host_of(url).removeprefix("www.")
    province_domain = clean(province_domain).lower().rstrip(".")
    if unit_kind == UnitKind.PROVINCE and province_name:
        expected = expected_province_domain(province_name)
        if host != expected:
            return [Issue("url", _t("Cổng của {name} phải dùng tên miền {domain} (tên đầy đủ không dấu, điểm b "
                                    "khoản 4 Điều 11 Nghị định 224/2026).", name=province_name, domain=expected))]
    if unit_kind == UnitKind.COMMUNE and province_domain and host.endswith("." + province_domain):
        label = host[: -len(province_domain) - 1].replace("-", "")
        allowed = commune_labels(unit_name)
        if allowed and label not in allowed:
            return [Issue("url", _t("Tên miền của xã phải là tên đầy đủ không dấu: {label}.{domain} (có thể thêm "
                                    "xa, phuong, dackhu phía trước), không phải «{host}».", label=allowed[0],
                                    domain=province_domain, host=host))]
    return []


def law_issues(site: Website, unit_kind: UnitKind, host_in_province: bool, day: date) -> list[Issue]:
    """Art. 11 on the reporting date: component of the portal, a plan, IPv6, EMC."""
    issues = []
    if unit_kind != UnitKind.PROVINCE:
        if site.plan_status == PlanStatus.DONE:
            if not host_in_province:
                issues.append(Issue("plan_status", _t(
                    "Ghi là thành phần của Cổng tỉnh nhưng tên miền nằm ngoài tên miền của tỉnh: mâu thuẫn, "
                    "cần kiểm tra lại.")))
        else:
            if site.plan_status == PlanStatus.NONE:
                issues.append(Issue("plan_status", _t("Chưa có kế hoạch chuyển thành thành phần của Cổng tỉnh.")))
            if day >= ART_11_IN_FORCE:
                plan = (_t(" Kế hoạch hoàn thành {day} chỉ để theo dõi.", day=site.target_date.strftime("%d/%m/%Y"))
                        if site.target_date else "")
                issues.append(Issue("plan_status", _t(
                    "Chưa là thành phần của Cổng tỉnh: không đáp ứng khoản 1 Điều 11 Nghị định 224/2026 "
                    "(từ 01/07/2026).") + plan))
    if site.ipv6 is False:
        issues.append(Issue("ipv6", _t("Chưa dùng IPv6 (khoản 4 Điều 11 Nghị định 224/2026).")))
    if unit_kind == UnitKind.PROVINCE and site.emc_connected_on is None:
        issues.append(Issue("emc_connected_on", _t(
            "Cổng tỉnh chưa ghi ngày kết nối Nền tảng thống kê, đo lường, giám sát, đánh giá (khoản 3 Điều 11).")))
    return issues


def website_issues(site: Website, unit_kind: UnitKind, unit_name: str, province_domain: str, province_name: str,
                   day: date) -> list[Issue]:
    """Everything to flag about one site on the reporting date `day` (for the websites tab and the checks).

    Before 1/7/2026 the plan is the measure (a plan needs a date; a date past is overdue); from 1/7/2026
    every site that is not yet a component of the province's portal is non-compliant whatever its plan.
    """
    issues = domain_issues(site.url, unit_kind, province_domain) if province_domain else []
    issues += label_issues(site.url, unit_kind, unit_name, province_domain, province_name) if not issues else []
    domain = clean(province_domain).lower().rstrip(".")
    host = host_of(site.url)
    in_province = bool(domain) and (host == domain or host.endswith("." + domain))
    issues += law_issues(site, unit_kind, in_province or not domain, day)
    if day < ART_11_IN_FORCE and unit_kind != UnitKind.PROVINCE:
        issues += plan_issues(site, day)
    return issues
