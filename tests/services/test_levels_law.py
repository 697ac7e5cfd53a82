"""Issue 13: no new district units after 1/7/2025; former districts never expected to submit."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest

from dvc_desktop.excel.units_reader import read_units
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.rounds import open_round
from dvc_desktop.services.status import status
from dvc_desktop.services.units import add_unit
from dvc_desktop.store import models
# The same provincial office as the units and rounds tests (H40, today 3/12/2026).
from tests.services.test_units_rounds import TODAY, province  # noqa: F401

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def test_adding_a_district_unit_is_refused_with_the_reason(province):
    with pytest.raises(InvalidRequest, match="1/7/2025"):
        add_unit(province, "000.00.50.H40", "UBND huyện Cũ", "huyen")


def test_a_units_list_with_district_rows_refuses_them_naming_the_abolition(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Tên cơ quan, đơn vị", "Mã định danh điện tử", "Cấp"])
    sheet.append([1, "Sở Tư pháp", "000.00.13.H62", "Cấp tỉnh"])  # historic code H62 is still read
    sheet.append([2, "UBND huyện Tân Phú", "000.00.50.H62", ""])
    sheet.append([3, "Phòng Tư pháp", "000.00.51.H62", "Cấp huyện"])
    sheet.append([4, "UBND xã An Bình", "000.00.41.H62", "Cấp xã"])
    book.save(tmp_path / "units.xlsx")
    read = read_units(tmp_path / "units.xlsx", "H62")
    assert [r.code for r in read.rows] == ["000.00.13.H62", "000.00.41.H62"]
    assert [r.row for r in read.rejected] == [3, 4]
    assert all("72/2025/QH15" in r.reason for r in read.rejected)


def test_former_districts_are_never_late(province):
    add_unit(province, "000.00.13.H40", "Sở Tư pháp", "tinh")
    with province.transaction() as session:  # a district kept from a store made before 1/7/2025
        session.add(models.Unit(code="000.00.50.H40", name="UBND huyện Cũ", name_folded="ubnd huyen cu",
                                kind="district", level_code="huyen", state="active"))
    open_round(province, "Rà soát 2026", "Công văn 1/UBND", TODAY - timedelta(days=5),
               opened_on=TODAY - timedelta(days=20))
    units = {u.code: u.state for u in status(province).units}
    assert units == {"000.00.13.H40": "late", "000.00.50.H40": "retired"}
