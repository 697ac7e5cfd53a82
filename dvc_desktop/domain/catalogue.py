"""The published catalogue (Danh mục) as data: sections by level, groups by unit, subtotals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Sequence, TypeVar

from dvc_desktop.domain.text import fold

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
    level_code: str = ""  # the section it is published in (see published_level)
    eligible: bool = True  # eligible for toàn trình (domain.indicators.is_eligible)


@dataclass
class Counts:
    procedures: int = 0
    toan_trinh: int = 0
    mot_phan: int = 0
    chua_truc_tuyen: int = 0
    chua_phan_loai: int = 0
    eligible: int = 0  # eligible for toàn trình (the indicators; not printed in the Danh mục)

    def add(self, form: str, eligible: bool = True) -> None:
        self.procedures += 1
        self.eligible += eligible
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
    decision: str = ""  # "1234/QĐ-UBND ngày 15/12/2026": the decision the Danh mục is the appendix of

    @property
    def rows(self) -> list[PublishedRow]:
        return [row for section in self.sections for group in section.groups for row in group.rows]


def published_level(unit_level: str, procedure_levels: Sequence[str]) -> str:
    """The section a unit's classification is published in: the unit's own level when the procedure is
    carried out there (or names no level), else the procedure's first level (in the levels' order)."""
    return unit_level if unit_level in procedure_levels or not procedure_levels else procedure_levels[0]


K = TypeVar("K")


def tally(rows: Iterable[PublishedRow], key: Callable[[PublishedRow], K]) -> dict[K, Counts]:
    """Counts per key. The one counting function behind the Danh mục's subtotals and summary sheet and
    behind the indicators (services/indicators.py), so the two can never disagree."""
    counts: dict[K, Counts] = defaultdict(Counts)
    for row in rows:
        counts[key(row)].add(row.form, row.eligible)
    return dict(counts)


def unit_summaries(rows: Iterable[PublishedRow]) -> list[UnitSummary]:
    """The summary sheet: one line per unit that classified something, by the unit's name."""
    counts = tally(rows, lambda row: (row.unit_code, row.agency))
    return [UnitSummary(code, name, c) for (code, name), c in sorted(counts.items(), key=lambda item: fold(item[0][1]))]


def roman(number: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out
