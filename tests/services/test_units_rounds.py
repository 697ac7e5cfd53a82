"""Units, rounds and the assignment at the province, from an empty store (never the demo)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.units import parse_province_unit_code
from dvc_desktop.services.assignment import agency_key, assign_from_agencies
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.rounds import close_round, extend_round, list_rounds, open_round, parse_day
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.status import status
from dvc_desktop.services.units import add_unit, list_units, rename_unit, retire_unit
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

TODAY = date(2026, 12, 3)


@pytest.fixture()
def province(context):
    initialise(context, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm")
    context.today = lambda: TODAY
    return context


def _audit(context, action: str) -> list[dict]:
    with context.transaction() as session:
        return [row.details for row in session.scalars(select(models.AuditEntry).where(models.AuditEntry.action == action))]


def test_add_rename_retire_are_audited_and_listed(province):
    add_unit(province, "000.00.13.h40 ", "Sở  Tư pháp", "tinh")
    add_unit(province, "000.00.41.H40", "UBND xã An Bình", "xa")
    add_unit(province, "000.00.42.H40", "UBND xã Bình Minh", "xa")
    rename_unit(province, "000.00.13.H40", "Sở Tư pháp tỉnh Thử Nghiệm")
    retired = retire_unit(province, "000.00.42.H40", replaced_by="000.00.41.H40")
    assert (retired.state, retired.replaced_by) == ("retired", "000.00.41.H40")
    listed = {u.code: u for u in list_units(province)}
    assert listed["000.00.13.H40"].name == "Sở Tư pháp tỉnh Thử Nghiệm"
    assert (listed["000.00.41.H40"].level, listed["000.00.41.H40"].kind) == ("xa", "commune")
    assert _audit(province, "units.add")[0] == {"name": "Sở Tư pháp", "level": "tinh", "kind": "department"}
    assert _audit(province, "units.rename") == [{"before": "Sở Tư pháp", "after": "Sở Tư pháp tỉnh Thử Nghiệm"}]
    assert _audit(province, "units.retire") == [{"replaced_by": "000.00.41.H40"}]


@pytest.mark.parametrize("call, message", [
    (lambda c: add_unit(c, "000.00.13.H59", "Sở Tư pháp", "tinh"), "tỉnh H59"),
    (lambda c: add_unit(c, "Sở Tư pháp", "Sở Tư pháp", "tinh"), "không phải mã định danh"),
    (lambda c: add_unit(c, "000.00.13.H40", "  ", "tinh"), "để trống"),
    (lambda c: add_unit(c, "000.00.13.H40", "Sở " * 100, "tinh"), "tối đa 255"),
    (lambda c: add_unit(c, "000.00.13.H40", "Sở Tư pháp", "huyen"), "tinh"),
    (lambda c: retire_unit(c, "000.00.01.H40"), "Văn phòng"),
    (lambda c: retire_unit(c, "000.00.99.H40"), "Không có đơn vị"),
])
def test_refusals_change_nothing(province, call, message):
    with pytest.raises(InvalidRequest, match=message):
        call(province)
    assert [u.code for u in list_units(province)] == ["000.00.01.H40"]


def test_a_unit_is_retired_once_into_an_active_unit(province):
    add_unit(province, "000.00.41.H40", "UBND xã An Bình", "xa")
    add_unit(province, "000.00.42.H40", "UBND xã Bình Minh", "xa")
    with pytest.raises(InvalidRequest, match="khác, đang hoạt động"):
        retire_unit(province, "000.00.42.H40", replaced_by="000.00.42.H40")
    retire_unit(province, "000.00.42.H40")
    with pytest.raises(InvalidRequest, match="đã giải thể"):
        retire_unit(province, "000.00.42.H40")
    with pytest.raises(InvalidRequest, match="khác, đang hoạt động"):
        retire_unit(province, "000.00.41.H40", replaced_by="000.00.42.H40")


def test_one_round_open_at_a_time(province):
    first = open_round(province, "Rà soát 2026", "Công văn 1/UBND", TODAY + timedelta(days=10))
    with pytest.raises(InvalidRequest, match="đang mở"):
        open_round(province, "Đợt hai", "Công văn 2/UBND", TODAY + timedelta(days=20))
    with pytest.raises(InvalidRequest, match="trước ngày mở đợt"):
        extend_round(province, TODAY - timedelta(days=1))
    assert extend_round(province, TODAY + timedelta(days=15)).deadline == TODAY + timedelta(days=15)
    closed = close_round(province)
    assert (closed.id, closed.state, closed.closed_on) == (first.id, "closed", TODAY)
    with pytest.raises(InvalidRequest, match="Không có đợt"):
        close_round(province)
    with pytest.raises(InvalidRequest, match="căn cứ"):
        open_round(province, "Rà soát bổ sung", "  ", TODAY + timedelta(days=5))
    second = open_round(province, "Rà soát bổ sung", "Công văn 3/UBND", TODAY + timedelta(days=5))
    assert [r.state for r in list_rounds(province)] == ["closed", "open"] and second.id != first.id
    assert [a["deadline"] for a in _audit(province, "round.open")] == [
        (TODAY + timedelta(days=10)).isoformat(), (TODAY + timedelta(days=5)).isoformat()]


def test_parse_day_reads_iso_and_vietnamese_dates():
    assert parse_day("2026-12-31", "Hạn") == parse_day("31/12/2026", "Hạn") == date(2026, 12, 31)
    with pytest.raises(InvalidRequest, match="không phải một ngày"):
        parse_day("31-31-2026", "Hạn nộp")


def _receive(context, unit_code: str, at: datetime, sequence: int = 1) -> None:
    """A package accepted from the unit at `at` (what package import records)."""
    with context.transaction() as session:
        session.add(models.PackageImport(kind="submission", sender_code=unit_code, sequence=sequence,
                                         sha256=f"{unit_code}-{sequence}".ljust(64, "0"), key_id="0" * 16,
                                         file_name="goi.dvcpkg", created_at=at.isoformat(), imported_at=at,
                                         summary={}))


def test_late_on_time_sent_late_and_retired_against_the_round(province):
    for code, name in (("000.00.13.H40", "Sở Tư pháp"), ("000.00.14.H40", "Sở Y tế"),
                       ("000.00.15.H40", "Sở Tài chính"), ("000.00.16.H40", "Sở Xây dựng")):
        add_unit(province, code, name, "tinh")
    opened = TODAY - timedelta(days=20)
    open_round(province, "Rà soát 2026", "Công văn 1/UBND", TODAY - timedelta(days=5), opened_on=opened)
    noon = lambda day: datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=5)  # noqa: E731
    _receive(province, "000.00.13.H40", noon(TODAY - timedelta(days=10)))  # on time
    _receive(province, "000.00.14.H40", noon(TODAY - timedelta(days=1)))  # after the deadline
    _receive(province, "000.00.15.H40", noon(opened - timedelta(days=200)))  # only in an earlier round
    retire_unit(province, "000.00.16.H40", replaced_by="000.00.13.H40")
    units = {u.code: u for u in status(province).units}
    assert {code: (u.state, u.sent_late) for code, u in units.items()} == {
        "000.00.13.H40": ("on_time", False), "000.00.14.H40": ("on_time", True),
        "000.00.15.H40": ("late", False), "000.00.16.H40": ("retired", False)}
    assert units["000.00.16.H40"].replaced_by == "000.00.13.H40"
    report = status(province)
    assert report.deadline == (TODAY - timedelta(days=5)).isoformat() and report.round["name"] == "Rà soát 2026"


def test_without_a_round_nothing_is_late(province):
    add_unit(province, "000.00.13.H40", "Sở Tư pháp", "tinh")
    [unit] = [u for u in status(province).units if u.code == "000.00.13.H40"]
    assert unit.state == "never" and status(province).round is None


def _procedure(session, code: str, agency: str) -> None:
    session.add(models.Procedure(code=code, national_code=code, name=f"Thủ tục {code}", name_folded=code,
                                 executing_agency=agency, origin="reference"))


def test_agencies_are_matched_without_case_or_diacritics(province):
    add_unit(province, "000.00.13.H40", "Sở Tư pháp", "tinh")
    add_unit(province, "000.00.41.H40", "UBND xã An Bình", "xa")
    add_unit(province, "000.00.42.H40", "Ủy ban nhân dân phường Đông Hòa", "xa")
    with province.transaction() as session:
        _procedure(session, "1.000001", "SỞ TƯ PHÁP")
        _procedure(session, "1.000002", "Ủy ban nhân dân cấp xã")
        _procedure(session, "1.000003", "Sở Tư pháp; UBND xã An Bình\nSở Khoa học và Công nghệ")
        session.flush()
        result = assign_from_agencies(session)
        pairs = set(session.execute(select(models.Procedure.code, models.Unit.code)
                                    .join(models.ProcedureUnit, models.ProcedureUnit.procedure_id == models.Procedure.id)
                                    .join(models.Unit, models.Unit.id == models.ProcedureUnit.unit_id)))
    assert result.unmatched == ["Sở Khoa học và Công nghệ"]
    assert pairs == {("1.000001", "000.00.13.H40"), ("1.000002", "000.00.41.H40"), ("1.000002", "000.00.42.H40"),
                     ("1.000003", "000.00.13.H40"), ("1.000003", "000.00.41.H40")}
    retire_unit(province, "000.00.42.H40")  # a retired commune is no longer "every commune"
    with province.transaction() as session:
        assert session.scalar(select(models.ProcedureUnit.unit_id).join(models.Unit)
                              .where(models.Unit.code == "000.00.42.H40")) is None


names = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ ",
                min_size=1, max_size=30).filter(str.strip)


@given(names)
def test_agency_key_ignores_case_composition_and_spacing(name):
    variants = (name.upper(), unicodedata.normalize("NFD", name), f"  {name}\u00a0", name.replace(" ", "  "))
    assert {agency_key(v) for v in variants} == {agency_key(name)}


@given(st.integers(0, 999), st.integers(0, 99), st.integers(0, 99))
def test_unit_codes_normalise_to_one_form(a, b, c):
    code = f"{a:03d}.{b:02d}.{c:02d}.H40"
    assert parse_province_unit_code(f" {code.lower()}\u00a0", "H40") == code
    with pytest.raises(DomainError):
        parse_province_unit_code(code.replace("H40", "H41"), "H40")


def test_the_report_leaves_retired_units_out_and_names_the_round(tmp_path, province):
    import subprocess

    from dvc_desktop.services.reports import report_data, write_report

    for code, name in (("000.00.13.H40", "Sở Tư pháp"), ("000.00.14.H40", "Sở Y tế"), ("000.00.16.H40", "Sở Xây dựng")):
        add_unit(province, code, name, "tinh")
    open_round(province, "Rà soát 2026", "Công văn 1234/UBND-KSTT", TODAY - timedelta(days=5),
               opened_on=TODAY - timedelta(days=20))
    _receive(province, "000.00.14.H40", datetime.combine(TODAY - timedelta(days=1), datetime.min.time(), timezone.utc))
    retire_unit(province, "000.00.16.H40")
    summary = report_data(province)
    assert [s.code for s in summary.submissions] == ["000.00.13.H40", "000.00.14.H40"]
    assert [s.sent_late for s in summary.submissions] == [False, True]
    out = write_report(province, tmp_path / "bao-cao.pdf").path
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Đợt rà soát: Rà soát 2026 theo Công văn 1234/UBND-KSTT" in text
    assert "Tổng số đơn vị: 2; đã gửi: 1 (trong đó gửi sau hạn: 1); trễ hạn: 1" in text
