"""Decree 224/2026 Art. 11 on the reporting date: component of the portal, names, IPv6, EMC."""

from __future__ import annotations

from datetime import date

import pytest

from dvc_desktop.domain.units import UnitKind
from dvc_desktop.domain.websites import (
    PlanStatus, Website, commune_labels, expected_province_domain, website_issues,
)

BEFORE, AFTER = date(2026, 6, 30), date(2026, 7, 1)


def _issues(site: Website, kind=UnitKind.DEPARTMENT, name="Sở Tư pháp", day=AFTER, province="Tỉnh Sơn Hà"):
    return website_issues(site, kind, name, "sonha.gov.vn", province, day)


def test_from_1_7_2026_a_site_not_yet_a_component_is_non_compliant_whatever_its_plan():
    planned = Website("u", "Trang", "https://stp.sonha.gov.vn", plan_status=PlanStatus.PLANNED,
                      target_date=date(2027, 3, 1))
    assert _issues(planned, day=BEFORE) == []  # before: the plan with a future date is the measure
    after = _issues(planned)
    assert [i.field for i in after] == ["plan_status"]
    assert "khoản 1 Điều 11" in after[0].message and "01/03/2027" in after[0].message  # the plan stays, as information
    done = Website("u", "Trang", "https://stp.sonha.gov.vn", plan_status=PlanStatus.DONE, ipv6=True)
    assert _issues(done) == []


def test_no_plan_is_flagged_before_and_after():
    none = Website("u", "Trang", "https://stp.sonha.gov.vn")
    assert any("Chưa có kế hoạch" in i.message for i in _issues(none, day=BEFORE))
    assert any("Chưa có kế hoạch" in i.message for i in _issues(none))


def test_a_component_outside_the_province_domain_is_a_contradiction():
    odd = Website("u", "Trang", "https://sotuphap.vn", plan_status=PlanStatus.DONE)
    assert any("mâu thuẫn" in i.message for i in _issues(odd, day=BEFORE))


@pytest.mark.parametrize(("host", "ok"), [
    ("tanlap", True), ("xatanlap", True), ("phuongtanlap", True), ("dackhutanlap", True), ("tan-lap", True),
    ("tl", False), ("xatanlapmoi", False),
])
def test_a_communes_label_is_its_full_name_without_diacritics(host, ok):
    site = Website("u", "Trang", f"https://{host}.sonha.gov.vn", plan_status=PlanStatus.DONE)
    issues = _issues(site, UnitKind.COMMUNE, "UBND xã Tân Lập")
    assert (issues == []) == ok, issues
    assert commune_labels("Phường Bến Nghé")[:2] == ("bennghe", "xabennghe")
    assert commune_labels("Đặc khu Phú Quốc")[0] == "phuquoc"


def test_the_province_label_is_its_full_name_and_ho_chi_minh_city_is_the_exception():
    assert expected_province_domain("Tỉnh Sơn Hà") == "sonha.gov.vn"
    assert expected_province_domain("Thành phố Hồ Chí Minh") == "hochiminhcity.gov.vn"
    assert expected_province_domain("Tỉnh Bà Rịa - Vũng Tàu") == "bariavungtau.gov.vn"
    portal = Website("p", "Cổng", "https://sonha.gov.vn", emc_connected_on=date(2026, 7, 10))
    assert _issues(portal, UnitKind.PROVINCE, "Văn phòng UBND tỉnh") == []
    short = Website("p", "Cổng", "https://sh.gov.vn", emc_connected_on=date(2026, 7, 10))
    issues = website_issues(short, UnitKind.PROVINCE, "UBND", "sh.gov.vn", "Tỉnh Sơn Hà", AFTER)
    assert any("sonha.gov.vn" in i.message for i in issues)
    hcm = Website("p", "Cổng", "https://www.hochiminhcity.gov.vn", emc_connected_on=date(2026, 7, 10))
    assert website_issues(hcm, UnitKind.PROVINCE, "UBND", "hochiminhcity.gov.vn", "Thành phố Hồ Chí Minh",
                          AFTER) == []


def test_ipv6_and_the_national_measurement_platform():
    no_ipv6 = Website("u", "Trang", "https://stp.sonha.gov.vn", plan_status=PlanStatus.DONE, ipv6=False)
    assert [i.field for i in _issues(no_ipv6)] == ["ipv6"]
    unknown = Website("u", "Trang", "https://stp.sonha.gov.vn", plan_status=PlanStatus.DONE, ipv6=None)
    assert _issues(unknown) == []
    portal = Website("p", "Cổng", "https://sonha.gov.vn")
    assert [i.field for i in _issues(portal, UnitKind.PROVINCE, "UBND")] == ["emc_connected_on"]
