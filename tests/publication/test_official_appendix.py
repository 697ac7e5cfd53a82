"""Issue 13: the Danh mục as the appendix of the Chairman's decision (Decree 30/2020, App. I §III.1, App. III
Mẫu 2.1), from a store set up as a real office sets one up (never the demo)."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from dvc_desktop.cli import main
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.publication import build_appendix, publish
from dvc_desktop.services.setup import initialise
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

AFTER, BEFORE_DISTRICTS_WENT = date(2026, 7, 5), date(2025, 6, 30)
PARTIAL = {"info_online": True, "submitted_online": True, "processed_online": False, "fees_online": True,
           "result_online": True}
FULL = {**PARTIAL, "processed_online": True}
NOT_ONLINE = {**PARTIAL, "submitted_online": False}
UNITS = (("000.00.13.H40", "Sở Tư pháp", "department", "tinh"), ("000.00.31.H40", "UBND xã An Bình", "commune", "xa"),
         ("000.00.32.H40", "UBND phường Bắc Sơn", "commune", "xa"),
         ("000.00.50.H40", "UBND huyện Cũ", "district", "huyen"))


def set_up(context, procedures: int = 3):  # type: ignore[no-untyped-def]
    initialise(context, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm")
    context.today = lambda: date(2026, 12, 3)
    with context.transaction() as session:
        session.add_all(models.Unit(code=code, name=name, name_folded=name.lower(), kind=kind, level_code=level)
                        for code, name, kind, level in UNITS)
        sector = models.Sector(name="Hộ tịch", name_folded="ho tich")
        for number in range(1, procedures + 1):
            code = f"1.{number:06d}"
            procedure = models.Procedure(code=code, national_code=code, name=f"Thủ tục {number}", name_folded=code,
                                         origin="reference", sector=sector,
                                         announcing_decision=f"Quyết định {number}/QĐ-BTP")
            procedure.levels = [models.ProcedureLevel(level_code=level) for level in ("tinh", "xa", "huyen")]
            session.add(procedure)
    return context


def answer(context, unit: str, code: str, form: str | None, checklist: dict, rule_set: str = "ND224-2026",
           **values) -> None:  # type: ignore[no-untyped-def]
    """A unit's answer at the province, as a package import leaves it."""
    with context.transaction() as session:
        unit_row = session.scalars(select(models.Unit).where(models.Unit.code == unit)).one()
        procedure = session.scalars(select(models.Procedure).where(models.Procedure.code == code)).one()
        session.add(models.Classification(unit=unit_row, procedure=procedure, form=form, rule_set_code=rule_set,
                                          **checklist, **values))


@pytest.fixture()
def office(context):
    set_up(context)
    answer(context, "000.00.13.H40", "1.000001", "toan_trinh", FULL)
    answer(context, "000.00.13.H40", "1.000002", "mot_phan", PARTIAL, rule_set="ND42-2022", reason_code="fees_offline")
    answer(context, "000.00.13.H40", "1.000003", "chua_truc_tuyen", NOT_ONLINE, reason_code="technical_other",
           technical_description="Chưa có phần mềm", expected_fix_on=date(2027, 3, 1))
    # Both communes agree on 1.000001; they disagree on 1.000002; one has not classified 1.000003.
    answer(context, "000.00.31.H40", "1.000001", "toan_trinh", FULL)
    answer(context, "000.00.32.H40", "1.000001", "toan_trinh", FULL)
    answer(context, "000.00.31.H40", "1.000002", "toan_trinh", FULL)
    answer(context, "000.00.32.H40", "1.000002", "mot_phan", PARTIAL, reason_code="on_site_verification",
           legal_provision="Điều 12")
    answer(context, "000.00.31.H40", "1.000003", None, {})
    answer(context, "000.00.50.H40", "1.000001", "toan_trinh", FULL)  # a former district's answer
    return context


def lines(appendix, part: int) -> list:  # type: ignore[no-untyped-def]
    return [(level.letter, group.numeral, line) for level in appendix.parts[part - 1].levels
            for group in level.groups for line in group.lines]


def test_only_toan_trinh_and_mot_phan_in_part_one_chua_truc_tuyen_with_its_reason_in_part_two(office):
    appendix = build_appendix(office, as_of=AFTER)
    first = lines(appendix, 1)
    assert {line.form_label for *_, line in first} == {"Toàn trình", "Một phần"}
    (second,) = lines(appendix, 2)
    assert second[2].code == "1.000003" and "Chưa có phần mềm" in second[2].note and "01/03/2027" in second[2].note
    every_note = " ".join(line.note for part in (1, 2) for *_, line in lines(appendix, part))
    assert "fees_offline" not in every_note and "Chưa thanh toán trực tuyến được phí, lệ phí" in every_note


def test_commune_procedures_are_listed_once_with_the_communes_that_answer_differently(office):
    appendix = build_appendix(office, as_of=AFTER)
    commune = [line for letter, _, line in lines(appendix, 1) if line.agency == "Ủy ban nhân dân cấp xã"]
    assert sorted(line.code for line in commune) == ["1.000001", "1.000002"]
    disputed = next(line for line in commune if line.code == "1.000002")
    assert "UBND" in disputed.note and ("một phần" in disputed.note or "toàn trình" in disputed.note)
    with pytest.raises(InvalidRequest, match="1.000002"):
        build_appendix(office, as_of=AFTER, commune_disagreement="refuse")


def test_levels_are_lettered_groups_roman_and_procedures_numbered_within_a_level(office):
    appendix = build_appendix(office, as_of=AFTER)
    levels = appendix.parts[0].levels
    assert [(lv.letter, lv.title) for lv in levels] == [("A", "THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
                                                        ("B", "THỦ TỤC HÀNH CHÍNH CẤP XÃ")]
    assert [g.numeral for g in levels[0].groups] == ["I"] and levels[0].groups[0].title == "Sở Tư pháp"
    assert levels[1].groups[0].title == "Hộ tịch"  # communes' procedures by sector
    for level in levels:
        numbers = [line.number for group in level.groups for line in group.lines]
        assert numbers == list(range(1, len(numbers) + 1))


def test_no_district_section_from_1_july_2025_and_the_historical_shape_before(office):
    assert "THỦ TỤC HÀNH CHÍNH CẤP HUYỆN" not in {lv.title for lv in build_appendix(office, as_of=AFTER).parts[0].levels}
    before = build_appendix(office, as_of=BEFORE_DISTRICTS_WENT)
    assert "THỦ TỤC HÀNH CHÍNH CẤP HUYỆN" in {lv.title for lv in before.parts[0].levels}
    # Under Decree 42 (before 1/7/2026) the reason keeps its words too.
    assert "Chưa thanh toán trực tuyến được phí, lệ phí" in " ".join(line.note for *_, line in lines(before, 1))


def test_the_workbook_has_the_title_block_of_an_appendix_and_page_numbers_from_page_two(office, tmp_path):
    out = tmp_path / "danh-muc.xlsx"
    publish(office, out, as_of=AFTER, columns=("announcing_decision", "proactive_level"))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Phụ lục I", "Phụ lục II"]
    sheet = book["Phụ lục I"]
    assert [sheet.cell(row, 1).value for row in range(1, 5)] == [
        "Phụ lục I", "DANH MỤC THỦ TỤC HÀNH CHÍNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN",
        "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA TỈNH THỬ NGHIỆM",
        "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm)"]
    assert {str(r) for r in sheet.merged_cells.ranges} >= {"A1:I1", "A2:I2", "A4:I4"}
    assert sheet["A1"].alignment.horizontal == "center" and sheet["A2"].font.b and sheet["A4"].font.i
    assert sheet["A2"].font.name == "Times New Roman"
    assert "2026" not in str(sheet["A4"].value) and "12/2026" not in str(sheet["A2"].value)  # never the export date
    header = [c.value for c in sheet[6]]
    assert header[-2:] == ["Quyết định công bố TTHC", "Mức chủ động"]
    assert "Quyết định 1/QĐ-BTP" in [c.value for row in sheet.iter_rows(min_row=7) for c in row]
    assert sheet.oddHeader.center.text == "&P" and sheet.HeaderFooter.differentFirst
    assert not sheet.firstHeader.center.text


def test_the_decision_is_recorded_and_fills_the_line(office, tmp_path, capsys):
    out = tmp_path / "danh-muc.xlsx"
    publish(office, out, as_of=AFTER, decision_number="1234/QĐ-UBND", decision_date=date(2026, 12, 15))
    with office.transaction() as session:
        record = session.scalars(select(models.Publication)).one()
    assert (record.kind, record.decision_number, record.decision_date, record.as_of) == (
        "official", "1234/QĐ-UBND", date(2026, 12, 15), AFTER)
    line = openpyxl.load_workbook(out)["Phụ lục I"]["A4"].value
    assert line == ("(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 12 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh "
                    "Thử Nghiệm)")


def test_publish_on_the_command_line(data_dir, tmp_path, capsys):
    with open_context(data_dir) as context:
        set_up(context)
        answer(context, "000.00.13.H40", "1.000001", "mot_phan", PARTIAL, rule_set="ND42-2022", reason_code="in_person")
    out = tmp_path / "phu-luc.xlsx"
    assert main(["publish", str(out), "--as-of", "05/07/2026", "--decision", "12/QĐ-UBND ngày 10/07/2026",
                 "--columns", "announcing_decision"]) == 0
    assert "Phụ lục" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert "12/QĐ-UBND ngày 10 tháng 07 năm 2026" in sheet["A4"].value
    assert "in_person" not in " ".join(str(c.value) for row in sheet.iter_rows() for c in row)
    assert main(["publish", str(out), "--all"]) == 2  # every procedure belongs to the working draft
    assert main(["publish", str(out), "--columns", "nonsense"]) == 2


@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                    reason="LibreOffice is installed by scripts/test as root (required in CI)")
@pytest.mark.sqlite_only("LibreOffice reads the written file; the store is not involved")
def test_libreoffice_prints_the_title_block_on_page_one_and_a_page_number_on_page_two(data_dir, tmp_path):
    with open_context(data_dir) as context:
        set_up(context, procedures=60)
        for number in range(1, 61):
            answer(context, "000.00.13.H40", f"1.{number:06d}", "toan_trinh", FULL)
        out = tmp_path / "phu-luc.xlsx"
        publish(context, out, as_of=AFTER)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / "phu-luc.pdf"

    def page(number: int) -> str:
        return subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout

    first, second = page(1), page(2)
    assert "Phụ lục" in first and "DANH MỤC THỦ TỤC HÀNH CHÍNH" in first and "Kèm theo Quyết định số" in first
    assert second.strip().splitlines()[0].strip() == "2"  # the page number, centred in the header
    assert not first.strip().splitlines()[0].strip().isdigit()  # none on the first page


def test_a_workbook_open_in_excel_is_reported_and_left_as_it_was(office, held_open):
    earlier = b"PK\x03\x04 the workbook Excel has open"
    out = held_open("danh-muc.xlsx", earlier)
    office.overwrite = True  # replacing it was asked for
    with pytest.raises(InvalidRequest, match="đang mở trong Excel"):
        publish(office, out, as_of=AFTER)
    assert out.read_bytes() == earlier and list(out.parent.iterdir()) == [out]
