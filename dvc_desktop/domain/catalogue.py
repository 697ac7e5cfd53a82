"""The published catalogue (Danh mục) as data: sections by level, groups by unit, subtotals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

UNCLASSIFIED = "chua_phan_loai"


@dataclass(frozen=True)
class PublishedRow:
    code: str
    name: str
    sector: str
    agency: str  # the unit that classified it (cơ quan thực hiện)
    unit_code: str
    level: str  # display name of the level
    form: str  # toan_trinh | mot_phan | chua_truc_tuyen | chua_phan_loai
    form_label: str
    note: str  # for một phần: the reason and the specialised legal provision


@dataclass
class Counts:
    procedures: int = 0
    toan_trinh: int = 0
    mot_phan: int = 0
    chua_truc_tuyen: int = 0
    chua_phan_loai: int = 0

    def add(self, form: str) -> None:
        self.procedures += 1
        setattr(self, form, getattr(self, form) + 1)

    @property
    def share_full(self) -> float | None:
        """Share toàn trình among procedures offered online (toàn trình + một phần)."""
        online = self.toan_trinh + self.mot_phan
        return round(self.toan_trinh / online, 4) if online else None


@dataclass
class Group:
    number: int
    title: str
    rows: list[PublishedRow] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)


@dataclass
class Section:
    numeral: str
    title: str
    level_code: str
    groups: list[Group] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)


@dataclass(frozen=True)
class UnitSummary:
    code: str
    name: str
    counts: Counts


@dataclass(frozen=True)
class WebsiteRow:
    unit: str
    name: str
    url: str
    linked: bool
    plan: str
    target_date: date | None


@dataclass
class Catalogue:
    province_code: str
    province_name: str
    made_on: date
    rule_set: str
    sections: list[Section]
    units: list[UnitSummary]
    websites: list[WebsiteRow]
    counts: Counts

    @property
    def rows(self) -> list[PublishedRow]:
        return [row for section in self.sections for group in section.groups for row in group.rows]


def roman(number: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out
