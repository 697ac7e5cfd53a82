"""The Danh mục as the appendix of the Chairman's decision (Decree 30/2020, App. I §III.1, App. III Mẫu 2.1).

Pure data and rules: which answers go in which part, how commune answers become one line per
procedure, and how the lines are numbered. Part I lists toàn trình and một phần; part II lists chưa
trực tuyến with its reasons; an unclassified answer appears in neither (the working draft has them).
Levels are lettered A, B, …; groups (a department, or a sector at commune level) take Roman numerals;
procedures are numbered continuously in Arabic within a level.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from dvc_desktop.domain.catalogue import roman
from dvc_desktop.domain.text import fold

PART_FORMS = {1: ("toan_trinh", "mot_phan"), 2: ("chua_truc_tuyen",)}
OPTIONAL_COLUMNS = ("announcing_decision", "proactive_level")
COMMUNE_AGENCY = "Ủy ban nhân dân cấp xã"
LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class Answer:
    """One unit's published answer for one procedure (services/publication.py reads them)."""

    code: str
    name: str
    sector: str
    unit_name: str
    level_code: str  # the level it is published at
    form: str
    form_label: str
    note: str  # the reason in its rule set's words, and what that ground carries
    announcing_decision: str = ""
    proactive: str = ""  # the proactive level's label (Art. 16), "" when none
    commune: bool = False  # given by a commune People's Committee


@dataclass(frozen=True)
class Line:
    number: int
    code: str
    name: str
    sector: str
    agency: str
    form_label: str
    note: str
    announcing_decision: str = ""
    proactive: str = ""


@dataclass
class Group:
    numeral: str
    title: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class LevelPart:
    letter: str
    title: str
    groups: list[Group] = field(default_factory=list)


@dataclass
class Part:
    number: int  # 1: toàn trình and một phần; 2: chưa trực tuyến
    levels: list[LevelPart] = field(default_factory=list)

    @property
    def line_count(self) -> int:
        return sum(len(g.lines) for lv in self.levels for g in lv.groups)


@dataclass(frozen=True)
class Disagreement:
    code: str
    name: str
    forms: dict[str, list[str]]  # form label → communes


@dataclass
class Appendix:
    province_name: str  # "Sơn Hà" (without "Tỉnh")
    province_word: str  # "tỉnh" | "thành phố"
    as_of: date
    decision_number: str  # "" → a blank to complete by hand
    decision_date: date | None
    rule_set_citation: str
    columns: tuple[str, ...]
    parts: list[Part] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


def bare_province_name(name: str) -> str:
    """"Tỉnh Sơn Hà" → "Sơn Hà"; "Thành phố Hồ Chí Minh" → "Hồ Chí Minh"."""
    stripped = name.strip()
    for prefix in ("Thành phố ", "thành phố ", "Tỉnh ", "tỉnh "):
        if stripped.startswith(prefix):
            return stripped[len(prefix):].strip()
    return stripped


# What a printed appendix shows, the same in the workbook and the PDF: each part's columns (title and
# width in Excel characters, a weight in the PDF), its title, its label.
BASE_COLUMNS = (("STT", 7), ("Mã TTHC", 16), ("Tên thủ tục hành chính", 58), ("Lĩnh vực", 24),
                ("Cơ quan thực hiện", 26), ("Hình thức", 16), ("Ghi chú", 46))
NOT_ONLINE_COLUMNS = (("STT", 7), ("Mã TTHC", 16), ("Tên thủ tục hành chính", 58), ("Lĩnh vực", 24),
                      ("Cơ quan thực hiện", 26), ("Lý do chưa cung cấp trực tuyến", 62))
OPTIONAL_COLUMN_TITLES = {"announcing_decision": ("Quyết định công bố TTHC", 24),
                          "proactive_level": ("Mức chủ động", 12)}
PART_TITLES = {1: "DANH MỤC THỦ TỤC HÀNH CHÍNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN",
               2: "DANH MỤC THỦ TỤC HÀNH CHÍNH CHƯA CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN"}
PART_NUMERALS = {1: "I", 2: "II"}


def printed_parts(appendix: Appendix) -> list[Part]:
    """The parts a printed appendix has: those with lines (the first, empty, when none has)."""
    return [p for p in appendix.parts if p.line_count] or appendix.parts[:1]


def part_columns(appendix: Appendix, part: Part) -> list[tuple[str, int]]:
    columns = list(BASE_COLUMNS if part.number == 1 else NOT_ONLINE_COLUMNS)
    return columns + [OPTIONAL_COLUMN_TITLES[c] for c in appendix.columns if c in OPTIONAL_COLUMN_TITLES]


def part_label(part: Part, numbered: bool) -> str:
    """"Phụ lục I" when the decision has several, else "Phụ lục"."""
    return f"Phụ lục {PART_NUMERALS[part.number]}" if numbered else "Phụ lục"


def scope_line(appendix: Appendix) -> str:
    return f"THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA {appendix.province_word.upper()} {appendix.province_name.upper()}"


def line_values(appendix: Appendix, part: Part, item: Line) -> list[object]:
    """A procedure's cells, in the order of part_columns."""
    values: list[object] = [item.number, item.code, item.name, item.sector, item.agency]
    values += [item.form_label, item.note] if part.number == 1 else [item.note]
    values += [item.announcing_decision if c == "announcing_decision" else item.proactive for c in appendix.columns]
    return values


def appendix_of_line(appendix: Appendix) -> str:
    """The italic line under the title, never the export date: blanks to complete, or the decision."""
    number = appendix.decision_number or "…/QĐ-UBND"
    day = appendix.decision_date
    when = f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}" if day else "ngày … tháng … năm …"
    return (f"(Kèm theo Quyết định số {number} {when} của Chủ tịch Ủy ban nhân dân "
            f"{appendix.province_word} {appendix.province_name})")


def _commune_lines(answers: Sequence[Answer]) -> tuple[Answer, str, Disagreement | None]:
    """Communes' answers for one procedure as one line: the form most communes gave (ties: the first
    in the forms' order), the communes that answered otherwise named in the note."""
    by_form: dict[str, list[Answer]] = defaultdict(list)
    for answer in answers:
        by_form[answer.form].append(answer)
    order = ("toan_trinh", "mot_phan", "chua_truc_tuyen")
    counts = Counter({form: len(items) for form, items in by_form.items()})
    chosen = max(by_form, key=lambda f: (counts[f], -order.index(f) if f in order else -99))
    first = by_form[chosen][0]
    if len(by_form) == 1:
        return first, first.note, None
    others = "; ".join(
        f"{', '.join(sorted(a.unit_name for a in items))}: {items[0].form_label.lower()}"
        for form, items in sorted(by_form.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 9)
        if form != chosen)
    note = "; ".join(part for part in (first.note, others) if part)
    disagreement = Disagreement(first.code, first.name,
                                {items[0].form_label: sorted(a.unit_name for a in items) for items in by_form.values()})
    return first, note, disagreement


def build_parts(answers: Iterable[Answer], levels: Sequence[tuple[str, str]]) -> tuple[list[Part], list[Disagreement]]:
    """Parts I and II from the published answers; `levels`: (code, name) in the levels' order."""
    names = dict(levels)
    order = [code for code, _ in levels]
    at_level: dict[str, list[Answer]] = defaultdict(list)
    for answer in answers:
        at_level[answer.level_code].append(answer)
    lines_by_part: dict[int, dict[str, dict[str, list[tuple[Answer, str]]]]] = {
        1: defaultdict(lambda: defaultdict(list)), 2: defaultdict(lambda: defaultdict(list))}
    disagreements: list[Disagreement] = []
    for level_code, items in at_level.items():
        communes = [a for a in items if a.commune]
        for answer in (a for a in items if not a.commune):
            number = 1 if answer.form in PART_FORMS[1] else 2 if answer.form in PART_FORMS[2] else 0
            if number:
                lines_by_part[number][level_code][answer.unit_name].append((answer, answer.note))
        by_code: dict[str, list[Answer]] = defaultdict(list)
        for answer in communes:
            by_code[answer.code].append(answer)
        for code_answers in by_code.values():
            first, note, disagreement = _commune_lines(code_answers)
            if disagreement is not None:
                disagreements.append(disagreement)
            number = 1 if first.form in PART_FORMS[1] else 2 if first.form in PART_FORMS[2] else 0
            if number:  # listed once for every commune, grouped by sector as the national database records it
                lines_by_part[number][level_code][first.sector or "Lĩnh vực khác"].append((first, note))
    parts = []
    for number in (1, 2):
        part = Part(number)
        known = order + sorted(set(lines_by_part[number]) - set(order))
        for level_code in known:
            groups = lines_by_part[number].get(level_code)
            if not groups:
                continue
            level = LevelPart(LETTERS[len(part.levels)] if len(part.levels) < len(LETTERS) else str(len(part.levels) + 1),
                              f"THỦ TỤC HÀNH CHÍNH {names.get(level_code, level_code).upper()}")
            counter = 0
            for index, (title, entries) in enumerate(sorted(groups.items(), key=lambda kv: fold(kv[0])), start=1):
                group = Group(roman(index), title)
                for answer, note in sorted(entries, key=lambda e: (fold(e[0].sector), e[0].code)):
                    counter += 1
                    agency = COMMUNE_AGENCY if answer.commune else answer.unit_name
                    group.lines.append(Line(counter, answer.code, answer.name, answer.sector, agency,
                                            answer.form_label, note, answer.announcing_decision, answer.proactive))
                level.groups.append(group)
            part.levels.append(level)
        parts.append(part)
    return parts, disagreements


def vietnamese_number(value: int) -> str:
    """1234567 → "1.234.567" (Vietnamese groups thousands with dots)."""
    return f"{value:,}".replace(",", ".")
