"""The summaries read back with the real poppler tools: text, paper, fonts, margins, page numbers."""

from __future__ import annotations

import re

import pytest

from dvc_desktop.reports.compose import number, percent
from dvc_desktop.reports.layout import MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM
from tests.reports.conftest import flat, pdffonts, pdfinfo, pdftotext, render_page


def counts_cells(counts) -> str:  # type: ignore[no-untyped-def]
    return " ".join((number(counts.procedures), number(counts.toan_trinh), number(counts.mot_phan),
                     number(counts.chua_truc_tuyen), number(counts.chua_phan_loai), percent(counts.share_full)))


def test_the_header_and_title_read_back_in_vietnamese(built):
    from dvc_desktop.reports.compose import date_line

    first = flat(pdftotext(built.province_pdf, first=1, last=1))
    for text in ("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", date_line("Sơn Hà", built.catalogue.made_on), "BÁO CÁO",
                 "Tình hình cung cấp dịch vụ công trực tuyến toàn trình, một phần trên địa bàn tỉnh Sơn Hà"):
        assert text in first, text
    whole = flat(pdftotext(built.province_pdf))
    assert "Nơi nhận:" in whole and "CHÁNH VĂN PHÒNG" in whole and "- Lưu: VT." in whole
    assert whole.index("kính báo cáo./.") < whole.index("Nơi nhận:")


def test_unit_names_and_totals_equal_the_publication(built):
    catalogue = built.catalogue
    whole = flat(pdftotext(built.province_pdf))
    for unit in catalogue.units:
        assert unit.name in whole, unit.name
    assert any(ch in whole for ch in "ươđỹẠ")
    c = catalogue.counts
    assert (f"Tổng số thủ tục hành chính trong danh mục của các đơn vị (lượt đơn vị × thủ tục): {number(c.procedures)}, trong đó: toàn "
            f"trình {number(c.toan_trinh)}; một phần {number(c.mot_phan)}; chưa trực tuyến {number(c.chua_truc_tuyen)}; "
            f"chưa phân loại {number(c.chua_phan_loai)}.") in whole
    assert f"(toàn trình và một phần): {percent(c.share_full)}." in whole
    layout = [flat(line) for line in pdftotext(built.province_pdf, "-layout").splitlines()]
    # Bảng 2: the line of each unit's number carries its figures (a long name wraps onto other lines)
    for index, unit in enumerate(catalogue.units, start=1):
        assert any(line.startswith(f"{index} ") and line.endswith(counts_cells(unit.counts)) for line in layout), unit
    # Bảng 1 also has the procedures each counted once (per level; once in the whole catalogue on its total line)
    distinct = {s.level_code: {r.code for g in s.groups for r in g.rows} for s in catalogue.sections}
    everything = set().union(*distinct.values())
    assert f"Tổng cộng {number(len(everything))} {counts_cells(c)}" in layout
    assert f"Tổng cộng {counts_cells(c)}" in layout  # Bảng 2
    assert f"(mỗi thủ tục tính một lần): {number(len(everything))}." in whole
    for section in catalogue.sections:
        level = {"tinh": "Cấp tỉnh", "xa": "Cấp xã"}[section.level_code]
        assert f"{level} {number(len(distinct[section.level_code]))} {counts_cells(section.counts)}" in layout
        assert len(distinct[section.level_code]) <= section.counts.procedures


def test_the_figures_equal_the_published_json_and_the_indicators(built, tmp_path):
    import json

    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.publication import publish

    with open_context(built.store) as context:
        publish(context, tmp_path / "danh-muc.json")
    published = json.loads((tmp_path / "danh-muc.json").read_text(encoding="utf-8"))
    whole = flat(pdftotext(built.province_pdf))
    assert f"(lượt đơn vị × thủ tục): {number(published['totals']['procedures'])}, trong đó" in whole
    assert f"và một phần): {percent(published['totals']['share_full'])}." in whole
    layout = [flat(line) for line in pdftotext(built.province_pdf, "-layout").splitlines()]
    for index, unit in enumerate(published["units"], start=1):
        t = unit["totals"]
        cells = " ".join([number(t["procedures"]), number(t["toan_trinh"]), number(t["mot_phan"]),
                          number(t["chua_truc_tuyen"]), number(t["chua_phan_loai"]), percent(t["share_full"])])
        assert any(line.startswith(f"{index} ") and line.endswith(cells) for line in layout), unit["name"]
    indicators = pytest.importorskip("dvc_desktop.services.indicators")
    with open_context(built.store) as context:
        by_unit = {row.key: row.figures for row in indicators.catalogue_indicators(context, "unit").rows}
    for unit in built.catalogue.units:
        figures = by_unit[unit.code]
        assert (figures.procedures, figures.toan_trinh, figures.mot_phan, figures.chua_truc_tuyen,
                figures.chua_phan_loai) == (unit.counts.procedures, unit.counts.toan_trinh, unit.counts.mot_phan,
                                            unit.counts.chua_truc_tuyen, unit.counts.chua_phan_loai)
        assert percent(figures.share_full_of_online) == percent(unit.counts.share_full)


def test_late_and_never_submitted_units_are_listed(built):
    from dvc_desktop.reports.compose import day
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.status import status

    with open_context(built.store) as context:
        report = status(context)
    whole = flat(pdftotext(built.province_pdf))
    if report.deadline:
        assert f"Hạn gửi dữ liệu: {day(__import__('datetime').date.fromisoformat(report.deadline))}." in whole
    overdue = [u for u in report.units if u.state in ("late", "never")]
    assert overdue, "the demo province has units that did not send"
    table = whole[whole.index("Bảng 3. Các đơn vị trễ hạn, gửi sau hạn hoặc chưa gửi dữ liệu"):whole.index("IV. TRANG THÔNG TIN")]
    for unit in overdue:
        assert unit.code in table
    for unit in report.units:
        if unit.state not in ("late", "never"):
            assert unit.code not in table


def test_paper_is_a4_portrait_and_titled(built):
    info = pdfinfo(built.province_pdf)
    assert info["Page size"].startswith("595 x 842 pts")
    assert int(info["Pages"]) == built.province_pages >= 3
    assert info["Title"].startswith("Báo cáo tình hình cung cấp dịch vụ công trực tuyến")
    assert info["Creator"] == "DVC Desktop"


def test_every_font_is_embedded_and_is_the_serif_family(built):
    from dvc_desktop.reports.fonts import register_fonts

    family = register_fonts().replace(" ", "")
    for pdf in (built.province_pdf, built.long_pdf, built.history_pdf):
        fonts = pdffonts(pdf)
        assert fonts, pdf
        assert all(font["emb"] == "yes" and font["uni"] == "yes" for font in fonts), fonts
        assert all(font["name"].split("+")[-1].startswith(family) for font in fonts), fonts  # no fallback font
        names = {f["name"].split("+")[-1] for f in fonts}
        if family == "LiberationSerif":  # regular, bold (headings), bold italic ("Nơi nhận"), italic (date)
            assert names >= {family, f"{family}-Bold", f"{family}-BoldItalic", f"{family}-Italic"}
        else:  # Times New Roman's PostScript names vary by vendor
            assert len(names) >= 4


def test_the_first_page_margins_are_blank(built, tmp_path):
    dpi = 50
    width, height, pixels = render_page(built.province_pdf, 1, dpi, tmp_path)
    assert abs(width - 595 / 72 * dpi) <= 1 and abs(height - 842 / 72 * dpi) <= 1

    def px(mm: float) -> int:
        return int((mm - 0.5) / 25.4 * dpi)  # one pixel of tolerance for antialiasing at the edge

    def blank(x0: int, y0: int, x1: int, y1: int) -> bool:
        return all(pixels[y * width + x] == 255 for y in range(y0, y1) for x in range(x0, x1))

    assert blank(0, 0, width, px(MARGIN_TOP_MM)), "top margin"
    assert blank(0, height - px(MARGIN_BOTTOM_MM), width, height), "bottom margin"
    assert blank(0, 0, px(MARGIN_LEFT_MM), height), "left margin"
    assert blank(width - px(MARGIN_RIGHT_MM), 0, width, height), "right margin"
    text_area = (px(MARGIN_LEFT_MM) + 2, px(MARGIN_TOP_MM) + 2, width - px(MARGIN_RIGHT_MM) - 2, height // 2)
    assert not blank(*text_area), "the page has content"


def test_page_numbers_are_in_the_top_margin_from_page_two(built):
    def top_margin(page: int) -> str:  # the strip above the text area, in points
        return pdftotext(built.province_pdf, "-x", "0", "-y", "0", "-W", "595", "-H", str(int(MARGIN_TOP_MM / 25.4 * 72)),
                         first=page, last=page).strip()

    assert top_margin(1) == ""
    for page in range(2, built.province_pages + 1):
        assert top_margin(page) == str(page)
    second = pdftotext(built.province_pdf, "-layout", first=2, last=2).splitlines()
    number_line = next(line for line in second if line.strip())
    assert number_line.strip() == "2" and 30 < len(number_line) - 1 < 60  # centred over the text area


def test_a_long_table_repeats_its_header_and_cuts_no_row(built):
    partial = [row for row in built.long_unit.rows if row.form == "mot_phan"]
    pages = int(pdfinfo(built.long_pdf)["Pages"])
    seen: list[int] = []
    spanned = 0
    for page in range(1, pages + 1):
        lines = [flat(line) for line in pdftotext(built.long_pdf, "-layout", first=page, last=page).splitlines()]
        rows = [line for line in lines if re.match(r"^\d+ \d\.\d{6}\b", line)]
        if not rows:
            continue
        spanned += 1
        assert any("Tên thủ tục hành chính" in line for line in lines), f"header missing on page {page}"
        seen += [int(line.split()[0]) for line in rows]
    assert spanned >= 2
    assert seen == list(range(1, len(partial) + 1))  # every row once, in order
    whole = flat(pdftotext(built.long_pdf))
    for row in partial[:5] + partial[-5:]:
        assert row.code in whole


def test_the_unit_summary_has_sectors_reasons_websites_and_history(built):
    from sqlalchemy import select

    from dvc_desktop.reports.compose import day
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.reports import _moment
    from dvc_desktop.store import models

    whole = flat(pdftotext(built.history_pdf))
    catalogue = built.history_unit
    name = catalogue.units[0].name
    assert f"Tình hình cung cấp dịch vụ công trực tuyến của {name}" in whole
    assert f"thuộc thẩm quyền của {name}: {number(catalogue.counts.procedures)}, trong đó" in whole
    for heading in ("II. THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC VÀ HÌNH THỨC", "III. THỦ TỤC CUNG CẤP MỘT PHẦN VÀ LÝ DO",
                    "IV. TRANG THÔNG TIN ĐIỆN TỬ", "V. LỊCH SỬ GỬI DỮ LIỆU"):
        assert heading in whole
    for sector in {row.sector for row in catalogue.rows}:
        assert sector in whole
    layout = [flat(line) for line in pdftotext(built.history_pdf, "-layout").splitlines()]
    with open_context(built.store) as context, context.transaction() as session:
        imports = session.scalars(select(models.PackageImport).where(
            models.PackageImport.kind == "submission", models.PackageImport.sender_code == built.history_code)
            .order_by(models.PackageImport.sequence)).all()
        assert imports
        for index, row in enumerate(imports, start=1):
            received = day(_moment(row.imported_at.isoformat()))
            assert any(line.startswith(f"{index} {row.sequence} ") and received in line
                       and f" {number(row.summary['procedures'])} " in f"{line} " for line in layout), row.sequence
    for site in catalogue.websites:
        assert site.url in whole.replace(" ", "") or site.url in whole


@pytest.mark.parametrize("name", ["province_pdf", "long_pdf", "history_pdf"])
def test_no_partial_file_is_left(built, name):
    pdf = getattr(built, name)
    assert pdf.exists() and not pdf.with_name(pdf.name + ".partial").exists()
    assert pdf.read_bytes().startswith(b"%PDF-")
