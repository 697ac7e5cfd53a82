from datetime import date

import pytest

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.units import Level, Unit, UnitKind, UnitTree, resolve_levels
from dvc_desktop.domain.websites import PlanStatus, Website, domain_issues, plan_issues
from dvc_desktop.services.levels import bundled_levels

ROOT = Unit("000.00.00.H59", "UBND Tỉnh Sơn Hà", UnitKind.PROVINCE, "tinh")
STP = Unit("000.00.13.H59", "Sở Tư pháp", UnitKind.DEPARTMENT, "tinh", ROOT.code)
XA = Unit("000.31.34.H59", "UBND xã Tân Lập", UnitKind.COMMUNE, "xa", ROOT.code)
HUYEN = Unit("000.20.00.H59", "UBND huyện Cũ", UnitKind.DISTRICT, "huyen", ROOT.code)
XA_OLD = Unit("000.20.21.H59", "UBND xã Cũ", UnitKind.COMMUNE, "xa", HUYEN.code)


def test_tree_walks_depth_first_and_keeps_historic_districts():
    tree = UnitTree.build([XA_OLD, STP, ROOT, HUYEN, XA])
    assert [(d, u.code) for d, u in tree.walk()] == [
        (0, ROOT.code), (1, STP.code), (1, HUYEN.code), (2, XA_OLD.code), (1, XA.code)]


@pytest.mark.parametrize(
    "units",
    [
        [ROOT, STP, STP],
        [ROOT, Unit("x", "x", UnitKind.PROVINCE, "tinh")],
        [ROOT, Unit("a", "a", UnitKind.DEPARTMENT, "tinh", "missing")],
        [ROOT, Unit("a", "a", UnitKind.DEPARTMENT, "tinh", "b"), Unit("b", "b", UnitKind.DEPARTMENT, "tinh", "a")],
    ],
)
def test_broken_trees_are_refused(units):
    with pytest.raises(DomainError):
        UnitTree.build(units)


def test_levels_come_from_reference_data():
    levels = bundled_levels()
    assert resolve_levels("Cấp tỉnh, Cấp xã", levels) == ("tinh", "xa")
    assert resolve_levels("tỉnh; XÃ", levels) == ("tinh", "xa")
    assert resolve_levels("Cấp huyện", levels) == ("huyen",)
    huyen = next(lv for lv in levels if lv.code == "huyen")
    assert huyen.active_on(date(2025, 6, 30)) and not huyen.active_on(date(2025, 7, 1))
    with pytest.raises(DomainError, match="Cấp thôn"):
        resolve_levels("Cấp thôn", levels)
    custom = [Level("vung", "Cấp vùng", ("Vùng",))]
    assert resolve_levels("vùng", custom) == ("vung",)


@pytest.mark.parametrize(
    ("url", "kind", "ok"),
    [
        ("https://sonha.gov.vn", UnitKind.PROVINCE, True),
        ("www.sonha.gov.vn", UnitKind.PROVINCE, True),
        ("https://stp.sonha.gov.vn/gioi-thieu", UnitKind.DEPARTMENT, True),
        ("http://xatanlap.sonha.gov.vn", UnitKind.COMMUNE, True),
        ("https://stp.sonha.gov.vn.evil.com", UnitKind.DEPARTMENT, False),
        ("https://a.b.sonha.gov.vn", UnitKind.DEPARTMENT, False),
        ("https://sở-tư-pháp.sonha.gov.vn", UnitKind.DEPARTMENT, False),
        ("https://xn--s-tp-6qa.sonha.gov.vn", UnitKind.DEPARTMENT, False),
        ("https://sotuphap.vn", UnitKind.DEPARTMENT, False),
        ("https://sonha.gov.vn", UnitKind.DEPARTMENT, False),
        ("https://stp.sonha.gov.vn", UnitKind.PROVINCE, False),
        ("", UnitKind.COMMUNE, False),
    ],
)
def test_domain_rule(url, kind, ok):
    assert (domain_issues(url, kind, "sonha.gov.vn") == []) == ok


def test_conversion_plan_needs_a_date_and_flags_overdue():
    today = date(2026, 11, 29)
    planned = Website("u", "Trang", "https://u.sonha.gov.vn", plan_status=PlanStatus.PLANNED)
    assert plan_issues(planned, today)[0].field == "target_date"
    overdue = Website("u", "Trang", "x", plan_status=PlanStatus.IN_PROGRESS, target_date=date(2026, 1, 5))
    assert "05/01/2026" in plan_issues(overdue, today)[0].message
    done = Website("u", "Trang", "x", plan_status=PlanStatus.DONE, target_date=date(2026, 1, 5))
    assert plan_issues(done, today) == []
