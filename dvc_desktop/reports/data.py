"""The figures a summary prints, as plain dataclasses (no Qt, no store).

`services/reports.py` fills them from the publication (`build_catalogue`: its `Counts` per unit,
level and sector), the submission status, the consistency checks and the package log, all in one
read transaction, so every number in the printout is the number the Danh mục publishes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dvc_desktop.domain.catalogue import Counts, PublishedRow, UnitSummary, WebsiteRow


@dataclass(frozen=True)
class Issuer:
    """Who issues the document: this installation's unit."""

    code: str
    name: str
    kind: str  # province | department | district | commune
    province_name: str  # "Tỉnh Sơn Hà"
    signer_title: tuple[str, ...] = ()  # overrides the title derived from the kind (report settings)
    signer_name: str = ""
    abbreviation: str = ""  # "Số: …/BC-<abbreviation>" (report settings; blank to complete by hand)
    full_name: str = ""  # the official full name (report settings); "": the name with "UBND" written out
    recipient: str = ""  # "Kính gửi: …" (optional)
    drafting_unit: str = ""  # "Lưu: VT, <drafting unit>."
    province_kind: str = ""  # "tỉnh" | "thành phố" (reference data); "": from province_name


@dataclass(frozen=True)
class LevelFigures:
    code: str
    name: str  # "Cấp tỉnh"
    counts: Counts  # unit × procedure: a procedure that ten communes carry out counts ten times
    distinct: int = 0  # procedures at this level, each counted once


@dataclass(frozen=True)
class SectorFigures:
    name: str
    counts: Counts


@dataclass(frozen=True)
class Submission:
    """A unit's submission state (services/status.py)."""

    code: str
    name: str
    state: str  # on_time | changed | returned | incomplete | late | never (a retired unit is not listed)
    last_sequence: int | None
    last_import_at: datetime | None
    sent_late: bool = False  # its first package of the round came after the deadline


@dataclass(frozen=True)
class ProblemCount:
    kind: str  # services/checks.py KINDS
    count: int


@dataclass(frozen=True)
class UnitProblems:
    code: str
    name: str
    by_kind: tuple[ProblemCount, ...]

    @property
    def total(self) -> int:
        return sum(p.count for p in self.by_kind)


@dataclass(frozen=True)
class HistoryEntry:
    """One package in a unit's submission history."""

    sequence: int
    created_at: datetime | None  # when the unit signed it
    received_at: datetime | None  # when the province accepted it (None: not known here)
    procedures: int | None
    added: int | None = None
    removed: int | None = None
    changed: int | None = None


@dataclass
class ProvinceSummary:
    issuer: Issuer
    made_on: date
    rule_set: str  # title of the rule set in force
    totals: Counts
    levels: list[LevelFigures]
    units: list[UnitSummary]
    deadline: date | None
    submissions: list[Submission]
    websites: list[WebsiteRow]
    problems: list[ProblemCount]
    problems_by_unit: list[UnitProblems]
    round_name: str = ""  # the round the submissions are judged in, and the letter that opened it
    distinct_procedures: int = 0  # procedures in the catalogue, each counted once whatever its units
    round_basis: str = ""

    @property
    def overdue(self) -> list[Submission]:
        """Units that are late, have never sent a package, or sent their first after the deadline."""
        return [s for s in self.submissions if s.state in ("late", "never") or s.sent_late]


@dataclass
class UnitReport:
    issuer: Issuer
    made_on: date
    rule_set: str
    unit_code: str
    unit_name: str
    totals: Counts
    sectors: list[SectorFigures]
    partial: list[PublishedRow]  # một phần, with the reason and legal provision in `note`
    websites: list[WebsiteRow]
    history: list[HistoryEntry] = field(default_factory=list)
    history_is_exports: bool = False  # at a department: the packages it sent, not those the province accepted


ReportData = ProvinceSummary | UnitReport
