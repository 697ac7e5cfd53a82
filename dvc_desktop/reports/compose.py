"""The report figures as an official Vietnamese document (Decree 30/2020/NĐ-CP, Appendix I).

The document is Vietnamese whatever the interface language, like the Danh mục, so its text does
not go through the interface translation. Numbers are written the Vietnamese way: 1.579 and 57,21%.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dvc_desktop.domain.catalogue import Counts, WebsiteRow
from dvc_desktop.domain.formats import percent
from dvc_desktop.domain.labels import FORMS, PLANS, UNCLASSIFIED, unit_state_label
from dvc_desktop.reports.data import Issuer, ProvinceSummary, ReportData, UnitReport
from dvc_desktop.reports.document import (
    Bar, BarChart, Column, Document, Heading, Letterhead, Paragraph, Row, Signature, StackedBar,
    StackedBarChart, Table,
)

# The words of codes are the window's (domain/labels.py), printed in Vietnamese as they are.
FORM_NAMES = (*FORMS.values(), UNCLASSIFIED)
PLAN_NAMES = PLANS
SENT = ("on_time", "changed", "returned", "incomplete")
PROBLEM_NAMES = {
    "disagreement": "Các đơn vị cùng cấp phân loại một thủ tục khác nhau",
    "unclassified_at_level": "Thủ tục chưa được đơn vị nào ở cấp thực hiện phân loại",
    "partial_without_basis": "Một phần, chưa trực tuyến nhưng thiếu lý do hoặc nội dung lý do đòi hỏi",
    "reclassify_nd42": "Một phần theo lý do của Nghị định 42/2022, cần phân loại lại theo Điều 14 Nghị định 224/2026",
    "portal_unpublished": "Lý do một phần, chưa trực tuyến chưa công bố trên Cổng Dịch vụ công quốc gia",
    "contradicts_checklist": "Hình thức khác với kết quả bảng kiểm",
    "unknown_code": "Mã thủ tục không có trong danh mục tham chiếu",
    "level_update": "Thủ tục cấp huyện cần cập nhật cấp thực hiện",
    "website": "Trang thông tin điện tử chưa đúng quy định",
}


# ---------------------------------------------------------------- Vietnamese number and date forms


def number(value: int) -> str:
    """1579 → "1.579" (the Vietnamese thousands separator is a dot)."""
    return f"{value:,}".replace(",", ".")


def day(value: date | datetime | None) -> str:
    """dd/mm/yyyy, or "—"."""
    return value.strftime("%d/%m/%Y") if value else "—"


def date_line(place: str, when: date) -> str:
    """"Sơn Hà, ngày 05 tháng 01 năm 2026": a leading zero for days under 10 and months 1 and 2."""
    month = f"{when.month:02d}" if when.month <= 2 else str(when.month)
    return f"{place}, ngày {when.day:02d} tháng {month} năm {when.year}"


def place_name(province_name: str) -> str:
    """"Tỉnh Sơn Hà" → "Sơn Hà"; "Thành phố Huế" → "Huế"."""
    for prefix in ("Thành phố ", "Tỉnh ", "TP. ", "TP "):
        if province_name.casefold().startswith(prefix.casefold()):
            return province_name[len(prefix):].strip()
    return province_name.strip()


# Decree 30, App. I §I.5: a unit named after a person, a number or an event is written in full.
NAMED_AFTER_A_PERSON = {"hồ chí minh"}


def kind_of(issuer: Issuer) -> str:
    """"tỉnh" or "thành phố", from the province reference data, else from the province's name."""
    if issuer.province_kind:
        return issuer.province_kind
    return "thành phố" if issuer.province_name.strip().casefold().startswith("thành phố") else "tỉnh"


def area_of(issuer: Issuer) -> str:
    """"tỉnh Sơn Hà", "thành phố Hồ Chí Minh"."""
    return f"{kind_of(issuer)} {place_name(issuer.province_name)}"


def _written_in_full(bare: str) -> bool:
    return bare.casefold() in NAMED_AFTER_A_PERSON or bare[:1].isdigit()


def place_of(issuer: Issuer) -> str:
    """The date line's place: the province ("Sơn Hà"; "Thành phố Hồ Chí Minh" in full), or for a commune's
    report the commune ("An Bình"; "Phường 1" in full)."""
    if issuer.kind in ("commune", "district"):
        name = official_name(issuer)
        if name.casefold().startswith("ủy ban nhân dân "):
            name = name[len("Ủy ban nhân dân "):]
        for prefix in ("xã ", "phường ", "đặc khu ", "thị trấn ", "huyện ", "quận ", "thị xã "):
            if name.casefold().startswith(prefix):
                bare = name[len(prefix):].strip()
                return prefix.strip().capitalize() + " " + bare if _written_in_full(bare) else bare
        return name
    bare = place_name(issuer.province_name)
    return f"{kind_of(issuer).capitalize()} {bare}" if _written_in_full(bare) else bare


def official_name(issuer: Issuer) -> str:
    """The issuer's official full name (Decree 30: the issuer is never abbreviated): the setting, else the
    unit's name with "UBND" written out."""
    if issuer.full_name:
        return issuer.full_name
    return re.sub(r"\bUBND\b", "Ủy ban nhân dân", issuer.name)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------- letterhead and signature


def letterhead(issuer: Issuer, made_on: date) -> Letterhead:
    """A department or the provincial office writes under its People's Committee; a commune stands alone."""
    parent = ""
    if issuer.kind in ("province", "department"):
        parent = f"ỦY BAN NHÂN DÂN {area_of(issuer).upper()}"
    name = official_name(issuer)
    if issuer.kind in ("commune", "district") and name.casefold().startswith("ủy ban nhân dân "):
        name = "Ủy ban nhân dân\n" + name[len("Ủy ban nhân dân "):]
    return Letterhead(parent, name.upper(), f"Số:          /BC-{issuer.abbreviation}", place_of(issuer), made_on)


def authority(issuer: Issuer) -> tuple[str, ...]:
    if issuer.signer_title:
        return tuple(t.upper() for t in issuer.signer_title)
    if issuer.kind == "province":
        return ("CHÁNH VĂN PHÒNG",)
    if issuer.kind in ("commune", "district"):
        return ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    if issuer.name.casefold().startswith("thanh tra"):
        return ("CHÁNH THANH TRA",)
    return ("GIÁM ĐỐC",)


def kept_on_file(issuer: Issuer) -> str:
    """The last line of "Nơi nhận": "Lưu: VT, KSTT." (the drafting unit), or "Lưu: VT."."""
    return f"Lưu: VT, {issuer.drafting_unit}." if issuer.drafting_unit else "Lưu: VT."


def opening(doc: Document, issuer: Issuer) -> None:
    """The optional "Kính gửi" line under the title."""
    if issuer.recipient:
        doc.blocks.append(Paragraph(f"Kính gửi: {issuer.recipient}", align="center", indent=False))


# ---------------------------------------------------------------- shared tables


COUNT_COLUMNS = (Column("Tổng số", 9, "right"), Column("Toàn trình", 9, "right"), Column("Một phần", 9, "right"),
                 Column("Chưa trực tuyến", 10, "right"), Column("Chưa phân loại", 10, "right"),
                 Column("Tỷ lệ toàn trình", 11, "right"))


def count_cells(counts: Counts) -> tuple[str, ...]:
    return (number(counts.procedures), number(counts.toan_trinh), number(counts.mot_phan),
            number(counts.chua_truc_tuyen), number(counts.chua_phan_loai), percent(counts.share_full))


def totals_paragraphs(counts: Counts, whose: str) -> list[Paragraph]:
    return [
        Paragraph(f"Tổng số thủ tục hành chính {whose}: {number(counts.procedures)}, trong đó: toàn trình "
                  f"{number(counts.toan_trinh)}; một phần {number(counts.mot_phan)}; chưa trực tuyến "
                  f"{number(counts.chua_truc_tuyen)}; chưa phân loại {number(counts.chua_phan_loai)}."),
        Paragraph("Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số dịch vụ công trực tuyến (toàn trình và "
                  f"một phần): {percent(counts.share_full)}."),
    ]


def websites_table(caption: str, websites: list[WebsiteRow], with_unit: bool) -> Table:
    columns = [Column("STT", 5, "center")]
    if with_unit:
        columns.append(Column("Đơn vị", 20))
    columns += [Column("Địa chỉ", 26), Column("Liên kết từ Cổng", 9, "center"),
                Column("Tình trạng chuyển đổi", 17), Column("Thời hạn", 10, "center")]
    rows = []
    for number_, site in enumerate(websites, start=1):
        cells = [str(number_)] + ([site.unit] if with_unit else [])
        cells += [site.url, "Có" if site.linked else "Chưa", PLAN_NAMES.get(site.plan, site.plan), day(site.target_date)]
        rows.append(Row(tuple(cells)))
    return Table(caption, tuple(columns), tuple(rows))


def websites_paragraph(websites: list[WebsiteRow], kind: str) -> Paragraph:
    plans = {key: sum(1 for w in websites if w.plan == key) for key in PLAN_NAMES}
    return Paragraph(
        f"Tổng số trang thông tin điện tử: {number(len(websites))}; đã có liên kết từ Cổng thông tin điện tử của "
        f"{kind}: {number(sum(1 for w in websites if w.linked))}. Về chuyển đổi thành thành phần của Cổng: đã hoàn "
        f"thành {number(plans['done'])}; đang chuyển đổi {number(plans['in_progress'])}; đã có kế hoạch "
        f"{number(plans['planned'])}; chưa có kế hoạch {number(plans['none'])}.")


# ---------------------------------------------------------------- the province summary


class _Numbering:
    """Tables and figures numbered in order, whatever parts a report leaves out."""

    def __init__(self, word: str) -> None:
        self.word, self.count = word, 0

    def ahead(self, offset: int = 0) -> str:
        """The label of a caption still to come ("Bảng 3"), for the paragraph announcing it."""
        return f"{self.word} {self.count + 1 + offset}"

    def __call__(self, caption: str) -> str:
        self.count += 1
        return f"{self.word} {self.count}. {caption}"


def province_document(data: ProvinceSummary) -> Document:
    issuer = data.issuer
    area, kind, name = area_of(issuer), kind_of(issuer), official_name(issuer)
    doc = Document("BÁO CÁO", f"Tình hình cung cấp dịch vụ công trực tuyến toàn trình, một phần trên địa bàn {area}",
                   letterhead(issuer, data.made_on))
    opening(doc, issuer)
    add, table, figure = doc.blocks.append, _Numbering("Bảng"), _Numbering("Hình")
    add(Paragraph(f"Căn cứ quy định về phân loại dịch vụ công trực tuyến ({data.rule_set}) và dữ liệu danh mục thủ "
                  f"tục hành chính do các đơn vị gửi về, {name} báo cáo tình hình cung cấp dịch vụ công trực "
                  f"tuyến toàn trình, một phần trên địa bàn {area} tính đến ngày {day(data.made_on)} như sau:"))

    add(Heading("I. TỔNG QUAN"))
    add(Paragraph(f"Số thủ tục hành chính trong danh mục (mỗi thủ tục tính một lần): "
                  f"{number(data.distinct_procedures)}. Một thủ tục do nhiều đơn vị thực hiện (như các thủ tục cấp "
                  "xã) được mỗi đơn vị phân loại; các số liệu dưới đây tính theo lượt đơn vị × thủ tục."))
    for paragraph in totals_paragraphs(data.totals, "trong danh mục của các đơn vị (lượt đơn vị × thủ tục)"):
        add(paragraph)
    if data.levels:
        rows = [Row((level.name, number(level.distinct), *count_cells(level.counts))) for level in data.levels]
        rows.append(Row(("Tổng cộng", number(data.distinct_procedures), *count_cells(data.totals)), bold=True))
        add(Table(table("Thủ tục hành chính theo cấp thực hiện và hình thức cung cấp"),
                  (Column("Cấp thực hiện", 22), Column("Số TTHC", 8, "right"),
                   Column("Lượt đơn vị × TTHC", 10, "right"), *COUNT_COLUMNS[1:]), tuple(rows),
                  note="Số TTHC: mỗi thủ tục tính một lần ở mỗi cấp (dòng Tổng cộng: một lần trong cả danh mục). "
                       "Các cột hình thức tính theo lượt đơn vị × thủ tục."))
        add(StackedBarChart(figure("Hình thức cung cấp theo cấp thực hiện (lượt đơn vị × thủ tục)"), FORM_NAMES,
                            tuple(StackedBar(level.name, _forms(level.counts)) for level in data.levels) + (
                                StackedBar(f"Toàn {kind}", _forms(data.totals)),)))

    add(Heading("II. KẾT QUẢ THEO ĐƠN VỊ"))
    if data.units:
        add(Paragraph(f"Số đơn vị đã phân loại thủ tục hành chính: {number(len(data.units))}. Số liệu từng đơn vị "
                      f"tại {table.ahead()}; tỷ lệ toàn trình của từng đơn vị tại {figure.ahead()}."))
        rows = [Row((str(i), unit.name, *count_cells(unit.counts))) for i, unit in enumerate(data.units, start=1)]
        rows.append(Row(("", "Tổng cộng", *count_cells(data.totals)), bold=True))
        add(Table(table("Kết quả phân loại theo đơn vị"), (Column("STT", 5, "center"), Column("Đơn vị", 27),
                                                          *COUNT_COLUMNS), tuple(rows)))
        ranked = sorted(data.units, key=lambda u: -(u.counts.share_full if u.counts.share_full is not None else -1))
        add(BarChart(figure("Tỷ lệ dịch vụ công trực tuyến toàn trình theo đơn vị"),
                     tuple(Bar(u.name, u.counts.share_full) for u in ranked), Bar(f"Toàn {kind}", data.totals.share_full)))
    else:
        add(Paragraph("Chưa có đơn vị nào phân loại thủ tục hành chính."))

    add(Heading("III. TÌNH HÌNH GỬI DỮ LIỆU CỦA CÁC ĐƠN VỊ"))
    sent = sum(1 for s in data.submissions if s.state in SENT)
    late = sum(1 for s in data.submissions if s.state == "late")
    never = sum(1 for s in data.submissions if s.state == "never")
    sent_late = sum(1 for s in data.submissions if s.sent_late)
    basis = f" theo {data.round_basis}" if data.round_basis else ""
    in_round = f"Đợt rà soát: {data.round_name}{basis}. " if data.round_name else ""
    deadline = f"Hạn gửi dữ liệu: {day(data.deadline)}. " if data.deadline else ""
    after = f" (trong đó gửi sau hạn: {number(sent_late)})" if sent_late else ""
    add(Paragraph(f"{in_round}{deadline}Tổng số đơn vị: {number(len(data.submissions))}; đã gửi: {number(sent)}"
                  f"{after}; trễ hạn: {number(late)}; chưa gửi (chưa đến hạn): {number(never)}."))
    if data.overdue:
        add(Table(table("Các đơn vị trễ hạn, gửi sau hạn hoặc chưa gửi dữ liệu"),
                  (Column("STT", 5, "center"), Column("Đơn vị", 34), Column("Mã định danh", 17),
                   Column("Tình trạng", 12, "center"), Column("Gói gần nhất", 12, "center"),
                   Column("Ngày nhận", 12, "center")),
                  tuple(Row((str(i), s.name, s.code, unit_state_label(s.state, s.sent_late, official=True),
                             f"Số {s.last_sequence}" if s.last_sequence else "—", day(s.last_import_at)))
                        for i, s in enumerate(data.overdue, start=1))))
    elif data.submissions:
        add(Paragraph("Tất cả các đơn vị đã gửi dữ liệu."))

    add(Heading("IV. TRANG THÔNG TIN ĐIỆN TỬ CỦA CÁC ĐƠN VỊ"))
    add(websites_paragraph(data.websites, kind_of(issuer)))
    if data.websites:
        add(websites_table(table("Trang thông tin điện tử và tình trạng chuyển đổi"), data.websites, True))

    add(Heading("V. CÁC VẤN ĐỀ VỀ TÍNH NHẤT QUÁN CẦN XỬ LÝ"))
    total = sum(p.count for p in data.problems)
    if total:
        by_unit = f"; theo đơn vị tại {table.ahead(1)}" if data.problems_by_unit else ""
        add(Paragraph(f"Kết quả kiểm tra danh mục tổng hợp còn {number(total)} vấn đề cần các đơn vị rà soát, "
                      f"xử lý ({table.ahead()}{by_unit})."))
        add(Table(table("Các vấn đề theo loại"), (Column("STT", 5, "center"), Column("Loại vấn đề", 60),
                                                 Column("Số lượng", 12, "right")),
                  tuple(Row((str(i), PROBLEM_NAMES.get(p.kind, p.kind), number(p.count)))
                        for i, p in enumerate(data.problems, start=1))
                  + (Row(("", "Tổng cộng", number(total)), bold=True),)))
        if data.problems_by_unit:
            add(Table(table("Các vấn đề theo đơn vị"), (Column("STT", 5, "center"), Column("Đơn vị", 30),
                                                       Column("Số vấn đề", 10, "right"), Column("Trong đó", 40)),
                      tuple(Row((str(i), u.name, number(u.total),
                                 "; ".join(f"{lower_first(PROBLEM_NAMES.get(p.kind, p.kind))}: {number(p.count)}"
                                           for p in u.by_kind)))
                            for i, u in enumerate(data.problems_by_unit, start=1)),
                      note="Các vấn đề còn lại liên quan đến nhiều đơn vị cùng cấp hoặc toàn danh mục."))
    else:
        add(Paragraph("Kết quả kiểm tra danh mục tổng hợp không còn vấn đề nào cần xử lý."))

    add(Paragraph(f"Trên đây là báo cáo tình hình cung cấp dịch vụ công trực tuyến toàn trình, một phần trên địa bàn "
                  f"{area}, {name} kính báo cáo./."))
    add(Signature((f"Chủ tịch, các PCT UBND {kind} (để b/c);", "Sở Khoa học và Công nghệ;",
                   f"Các sở, ban, ngành {kind};", "UBND các xã, phường;", kept_on_file(issuer)), authority(issuer),
                  issuer.signer_name))
    return doc


def _forms(counts: Counts) -> tuple[int, ...]:
    return (counts.toan_trinh, counts.mot_phan, counts.chua_truc_tuyen, counts.chua_phan_loai)


# ---------------------------------------------------------------- the unit summary


def unit_document(data: UnitReport) -> Document:
    issuer = data.issuer
    kind, name = kind_of(issuer), official_name(issuer)
    doc = Document("BÁO CÁO", f"Tình hình cung cấp dịch vụ công trực tuyến của {data.unit_name}",
                   letterhead(issuer, data.made_on))
    opening(doc, issuer)
    add, table = doc.blocks.append, _Numbering("Bảng")
    add(Paragraph(f"Căn cứ quy định về phân loại dịch vụ công trực tuyến ({data.rule_set}), {name} báo cáo "
                  f"tình hình phân loại, cung cấp dịch vụ công trực tuyến của {data.unit_name} (mã định danh "
                  f"{data.unit_code}) tính đến ngày {day(data.made_on)} như sau:"))

    add(Heading("I. TỔNG QUAN"))
    for paragraph in totals_paragraphs(data.totals, f"thuộc thẩm quyền của {data.unit_name}"):
        add(paragraph)

    add(Heading("II. THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC VÀ HÌNH THỨC"))
    if data.sectors:
        rows = [Row((str(i), s.name, *count_cells(s.counts))) for i, s in enumerate(data.sectors, start=1)]
        rows.append(Row(("", "Tổng cộng", *count_cells(data.totals)), bold=True))
        add(Table(table("Thủ tục hành chính theo lĩnh vực và hình thức cung cấp"),
                  (Column("STT", 5, "center"), Column("Lĩnh vực", 27), *COUNT_COLUMNS), tuple(rows)))
    else:
        add(Paragraph("Đơn vị chưa phân loại thủ tục hành chính nào."))

    add(Heading("III. THỦ TỤC CUNG CẤP MỘT PHẦN VÀ LÝ DO"))
    if data.partial:
        add(Paragraph(f"Có {number(len(data.partial))} thủ tục cung cấp một phần; lý do của từng thủ tục "
                      f"(căn cứ quy định, hoặc vướng mắc kỹ thuật và thời hạn khắc phục) tại {table.ahead()}."))
        add(Table(table("Danh sách thủ tục cung cấp một phần"), (
            Column("STT", 5, "center"), Column("Mã TTHC", 14), Column("Tên thủ tục hành chính", 40),
            Column("Lý do, căn cứ hoặc thời hạn khắc phục", 36)),
            tuple(Row((str(i), r.code, r.name, r.note or "Chưa nêu lý do")) for i, r in enumerate(data.partial, start=1))))
    else:
        add(Paragraph("Đơn vị không có thủ tục cung cấp một phần."))

    add(Heading("IV. TRANG THÔNG TIN ĐIỆN TỬ"))
    add(websites_paragraph(data.websites, kind_of(issuer)))
    if data.websites:
        add(websites_table(table("Trang thông tin điện tử và tình trạng chuyển đổi"), data.websites, False))

    add(Heading("V. LỊCH SỬ GỬI DỮ LIỆU"))
    if data.history and data.history_is_exports:
        add(Paragraph(f"Đơn vị đã lập {number(len(data.history))} gói dữ liệu gửi Văn phòng UBND {kind} "
                      f"({table.ahead()})."))
        add(Table(table("Các gói dữ liệu đã gửi"), (
            Column("STT", 5, "center"), Column("Gói số", 10, "center"), Column("Ngày lập", 15, "center"),
            Column("Số TTHC", 12, "right")),
            tuple(Row((str(i), str(h.sequence), day(h.created_at), _maybe(h.procedures)))
                  for i, h in enumerate(data.history, start=1))))
    elif data.history:
        add(Paragraph(f"Văn phòng UBND {kind} đã tiếp nhận {number(len(data.history))} gói dữ liệu của đơn vị "
                      f"({table.ahead()})."))
        add(Table(table("Các gói dữ liệu đã tiếp nhận"), (
            Column("STT", 5, "center"), Column("Gói số", 8, "center"), Column("Ngày lập", 13, "center"),
            Column("Ngày nhận", 13, "center"), Column("Số TTHC", 10, "right"), Column("Thêm", 8, "right"),
            Column("Bỏ", 8, "right"), Column("Thay đổi", 9, "right")),
            tuple(Row((str(i), str(h.sequence), day(h.created_at), day(h.received_at), _maybe(h.procedures),
                       _maybe(h.added), _maybe(h.removed), _maybe(h.changed)))
                  for i, h in enumerate(data.history, start=1))))
    else:
        add(Paragraph("Đơn vị chưa gửi gói dữ liệu nào."))

    add(Paragraph(f"Trên đây là báo cáo tình hình cung cấp dịch vụ công trực tuyến của {data.unit_name}./."))
    if issuer.kind == "province":
        recipients = ("Lãnh đạo Văn phòng;", f"{data.unit_name};", kept_on_file(issuer))
    else:
        recipients = (f"Văn phòng UBND {kind};", "Sở Khoa học và Công nghệ;", kept_on_file(issuer))
    add(Signature(recipients, authority(issuer), issuer.signer_name))
    return doc


def _maybe(value: int | None) -> str:
    return "—" if value is None else number(value)


def compose(data: ReportData) -> Document:
    return province_document(data) if isinstance(data, ProvinceSummary) else unit_document(data)
