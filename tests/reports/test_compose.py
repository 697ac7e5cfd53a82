"""The document's Vietnamese forms and parts, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from dvc_desktop.domain.catalogue import Counts, UnitSummary, WebsiteRow
from dvc_desktop.reports.compose import (
    authority, compose, date_line, letterhead, number, percent, place_name,
)
from dvc_desktop.reports.data import Issuer, LevelFigures, ProblemCount, ProvinceSummary, Submission, UnitProblems
from dvc_desktop.reports.document import BarChart, Heading, Paragraph, Signature, StackedBarChart, Table


@pytest.mark.parametrize("when, expected", [
    (date(2026, 1, 5), "Sơn Hà, ngày 05 tháng 01 năm 2026"),
    (date(2026, 2, 28), "Sơn Hà, ngày 28 tháng 02 năm 2026"),
    (date(2026, 3, 9), "Sơn Hà, ngày 09 tháng 3 năm 2026"),
    (date(2026, 12, 25), "Sơn Hà, ngày 25 tháng 12 năm 2026"),
])
def test_the_date_line_has_leading_zeros_for_days_under_10_and_months_1_and_2(when, expected):
    assert date_line("Sơn Hà", when) == expected


def test_vietnamese_numbers():
    assert [number(n) for n in (0, 999, 1579, 1234567)] == ["0", "999", "1.579", "1.234.567"]
    assert percent(0.5721) == "57,21%" and percent(1) == "100,00%" and percent(None) == "—"


def test_place_names():
    assert place_name("Tỉnh Sơn Hà") == "Sơn Hà"
    assert place_name("Thành phố Huế") == "Huế"
    assert place_name("Hà Tĩnh") == "Hà Tĩnh"


def issuer(kind: str, name: str = "Văn phòng UBND tỉnh") -> Issuer:
    return Issuer("000.00.01.H59", name, kind, "Tỉnh Sơn Hà")


def test_the_letterhead_and_the_signing_authority_follow_the_issuer():
    office = letterhead(issuer("province"), date(2026, 1, 5))
    assert (office.parent, office.issuer, office.place) == ("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ",
                                                           "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH",
                                                           "Sơn Hà")
    commune = letterhead(issuer("commune", "UBND xã Tân Lập"), date(2026, 1, 5))
    assert (commune.parent, commune.issuer) == ("", "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP")
    assert authority(issuer("province")) == ("CHÁNH VĂN PHÒNG",)
    assert authority(issuer("department", "Sở Tư pháp")) == ("GIÁM ĐỐC",)
    assert authority(issuer("commune", "UBND xã Tân Lập")) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    chosen = Issuer("x", "Sở Tư pháp", "department", "Tỉnh Sơn Hà", ("KT. Giám đốc", "Phó Giám đốc"), "Nguyễn Văn A")
    assert authority(chosen) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")


def counts(full: int, partial: int, offline: int, open_: int) -> Counts:
    c = Counts()
    for form, n in (("toan_trinh", full), ("mot_phan", partial), ("chua_truc_tuyen", offline), ("chua_phan_loai", open_)):
        for _ in range(n):
            c.add(form)
    return c


def summary(**changes) -> ProvinceSummary:  # type: ignore[no-untyped-def]
    a, b = counts(3, 1, 0, 1), counts(1, 1, 1, 0)
    total = counts(4, 2, 1, 1)
    values = dict(
        issuer=issuer("province"), made_on=date(2026, 1, 5), rule_set="Nghị định 42/2022/NĐ-CP, Điều 11",
        totals=total, levels=[LevelFigures("tinh", "Cấp tỉnh", a), LevelFigures("xa", "Cấp xã", b)],
        units=[UnitSummary("A", "Sở Tư pháp", a), UnitSummary("B", "UBND xã Đức Thắng", b)],
        deadline=date(2026, 1, 2),
        submissions=[Submission("A", "Sở Tư pháp", "on_time", 2, None),
                     Submission("B", "UBND xã Đức Thắng", "late", None, None)],
        websites=[WebsiteRow("Sở Tư pháp", "Trang", "https://stp.sonha.gov.vn", True, "done", None)],
        problems=[ProblemCount("disagreement", 2)],
        problems_by_unit=[UnitProblems("A", "Sở Tư pháp", (ProblemCount("website", 1),))])
    values.update(changes)
    return ProvinceSummary(**values)


def test_the_province_summary_has_every_part_in_order():
    doc = compose(summary())
    assert doc.title == "BÁO CÁO" and doc.subject.endswith("trên địa bàn tỉnh Sơn Hà")
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["I. TỔNG QUAN", "II. KẾT QUẢ THEO ĐƠN VỊ", "III. TÌNH HÌNH GỬI DỮ LIỆU CỦA CÁC ĐƠN VỊ",
                        "IV. TRANG THÔNG TIN ĐIỆN TỬ CỦA CÁC ĐƠN VỊ", "V. CÁC VẤN ĐỀ VỀ TÍNH NHẤT QUÁN CẦN XỬ LÝ"]
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [t.caption.split(".")[0] for t in tables] == ["Bảng 1", "Bảng 2", "Bảng 3", "Bảng 4", "Bảng 5", "Bảng 6"]
    units = tables[1]
    assert units.rows[0].cells == ("1", "Sở Tư pháp", "5", "3", "1", "0", "1", "75,00%")
    assert units.rows[-1].bold and units.rows[-1].cells[1:] == ("Tổng cộng", "8", "4", "2", "1", "1", "66,67%")
    assert [row.cells[2] for row in tables[2].rows] == ["B"] and tables[2].rows[0].cells[3] == "Trễ hạn"
    chart = next(b for b in doc.blocks if isinstance(b, BarChart))
    assert [bar.label for bar in chart.bars] == ["Sở Tư pháp", "UBND xã Đức Thắng"]  # highest share first
    assert chart.reference is not None and chart.reference.value == doc_totals_share()
    stacked = next(b for b in doc.blocks if isinstance(b, StackedBarChart))
    assert [bar.label for bar in stacked.bars] == ["Cấp tỉnh", "Cấp xã", "Toàn tỉnh"]
    assert stacked.bars[-1].values == (4, 2, 1, 1)
    assert isinstance(doc.blocks[-1], Signature) and doc.blocks[-1].recipients[-1] == "Lưu: VT."
    assert isinstance(doc.blocks[-2], Paragraph) and doc.blocks[-2].text.endswith("./.")


def doc_totals_share() -> float | None:
    return counts(4, 2, 1, 1).share_full


def test_nothing_late_and_no_problems_read_as_sentences():
    doc = compose(summary(submissions=[Submission("A", "Sở Tư pháp", "on_time", 1, None)], problems=[],
                          problems_by_unit=[], websites=[]))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Tất cả các đơn vị đã gửi dữ liệu." in texts
    assert "Kết quả kiểm tra danh mục tổng hợp không còn vấn đề nào cần xử lý." in texts
    assert [b.caption.split(".")[0] for b in doc.blocks if isinstance(b, Table)] == ["Bảng 1", "Bảng 2"]


def test_a_unit_that_sent_after_the_deadline_is_in_the_late_table():
    doc = compose(summary(submissions=[Submission("A", "Sở Tư pháp", "on_time", 1, None),
                                       Submission("B", "Sở Y tế", "incomplete", 1, None, sent_late=True)],
                          problems=[], problems_by_unit=[], websites=[]))
    late = next(b for b in doc.blocks if isinstance(b, Table) and "gửi sau hạn" in b.caption)
    # The window's words (domain/labels.py): its state, marked as sent late.
    assert [(row.cells[1], row.cells[3]) for row in late.rows] == [("Sở Y tế", "Còn thủ tục chưa phân loại (nộp trễ)")]


def test_an_empty_province_numbers_what_it_prints():
    doc = compose(summary(levels=[], units=[], submissions=[], websites=[], problems=[], problems_by_unit=[],
                          totals=Counts()))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Chưa có đơn vị nào phân loại thủ tục hành chính." in texts
    assert "Tất cả các đơn vị đã gửi dữ liệu." not in texts
    assert not [b for b in doc.blocks if isinstance(b, (Table, BarChart, StackedBarChart))]
    only_problems = compose(summary(submissions=[Submission("A", "Sở Tư pháp", "on_time", 1, None)], websites=[],
                                    problems_by_unit=[]))
    captions = [b.caption for b in only_problems.blocks if isinstance(b, Table)]
    assert [c.split(".")[0] for c in captions] == ["Bảng 1", "Bảng 2", "Bảng 3"]
    assert any("(Bảng 3)." in b.text for b in only_problems.blocks if isinstance(b, Paragraph))
