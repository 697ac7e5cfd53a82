"""The websites service: IPv6 and EMC stored, Art. 11 flagged by the reporting date, not the clock."""

from __future__ import annotations

from datetime import date

from dvc_desktop.services.websites import list_websites, save_website

import pytest

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def test_ipv6_and_emc_are_stored_and_art_11_follows_the_reporting_date(department):
    department.today = lambda: date(2026, 11, 29)
    saved = save_website(department, None, "Trang Sở Tư pháp", "https://stp.sonha.gov.vn", True, "planned",
                         date(2027, 3, 1), ipv6=False, emc_connected_on=date(2026, 8, 1))
    assert (saved.ipv6, saved.emc_connected_on) == (False, date(2026, 8, 1))
    row = list_websites(department)[0]
    assert {i.field for i in row.issues} == {"plan_status", "ipv6"}
    assert any("khoản 1 Điều 11" in i.message for i in row.issues)
    earlier = list_websites(department, as_of=date(2026, 6, 15))[0]
    assert [i.field for i in earlier.issues] == ["ipv6"]  # the plan with a future date was the measure then
    save_website(department, row.id, row.name, row.url, True, "done", None, ipv6=True)
    assert list_websites(department)[0].issues == ()
