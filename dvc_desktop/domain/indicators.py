"""Indicators of online public services: the pure rules (docs/indicators.md).

Catalogue side: which classifications count as eligible for toàn trình, and the shares. Dossier
side: the reporting period (a quarter "2026-Q3", or a year "2026" = the sum of its quarters), the
figures a unit enters for a quarter, the rules they must meet, and their ratios.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from dvc_desktop.domain.errors import DomainError, Issue
from dvc_desktop.i18n import translate


def _t(text: str, **params: object) -> str:
    return translate("indicators", text, **params)


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator ÷ denominator, or None when there is nothing to divide by (shown as "—", never 0%)."""
    return numerator / denominator if denominator else None


# ================================================================ catalogue side

# Reasons for một phần that are a legal barrier: a law requires the applicant in person, or the
# agency must inspect on site. The others (a technical fault, fees not yet payable online, results
# not yet sent by post, software not ready) are work still to do, so the procedure stays eligible for
# toàn trình. Every reason of every bundled rule set is in exactly one of the two sets (a test checks
# it), so a new rule set cannot add a reason without a decision here.
LEGAL_BARRIER_REASONS = frozenset({
    "law_requires_presence", "on_site_verification",  # Decree 224/2026, Art. 14
    "in_person", "site_inspection",  # Decree 42/2022, Art. 11
})
REMEDIABLE_REASONS = frozenset({
    "technical_fault", "technical_other",  # Decree 224/2026
    "fees_offline", "result_offline", "technical",  # Decree 42/2022
})


def is_eligible(form: str | None, reason_code: str, legal_provision: str) -> bool:
    """Eligible for toàn trình unless classified một phần for a legal barrier that cites its provision.

    A barrier claimed without the specialised legal provision is not proven, so it does not shrink
    the denominator; a procedure not online or not yet classified records no barrier at all.
    """
    return not (form == "mot_phan" and reason_code in LEGAL_BARRIER_REASONS and bool(legal_provision.strip()))


PROACTIVE_LEVELS = (1, 2, 3, 4)  # Decree 224/2026 Art. 16


@dataclass(frozen=True)
class CatalogueFigures:
    """Counts of classifications (one per unit and procedure) and the shares built on them."""

    procedures: int = 0
    eligible_by_reason: int = 0  # "ước tính theo lý do" (see is_eligible): an estimate, never the scored figure
    toan_trinh: int = 0
    mot_phan: int = 0
    chua_truc_tuyen: int = 0
    chua_phan_loai: int = 0  # no form chosen yet
    eligible: int = 0  # the procedure is declared "đủ điều kiện toàn trình" in the national database (CSDLQG)
    eligibility_unknown: int = 0  # the national database's answer is not recorded
    toan_trinh_eligible: int = 0  # toàn trình among the eligible (the numerator of Decision 766's ratio)
    proactive_1: int = 0  # Decree 224 Art. 16 proactive levels 1–4
    proactive_2: int = 0
    proactive_3: int = 0
    proactive_4: int = 0

    @property
    def online(self) -> int:
        return self.toan_trinh + self.mot_phan

    @property
    def share_full(self) -> float | None:
        """toàn trình ÷ procedures."""
        return ratio(self.toan_trinh, self.procedures)

    @property
    def share_full_of_eligible(self) -> float | None:
        """toàn trình ÷ procedures declared eligible in the national database (Decision 766/QĐ-TTg, 3.1)."""
        return ratio(self.toan_trinh_eligible, self.eligible)

    @property
    def share_full_of_eligible_by_reason(self) -> float | None:
        """toàn trình ÷ eligible as estimated from the recorded reasons ("ước tính theo lý do")."""
        return ratio(self.toan_trinh, self.eligible_by_reason)

    @property
    def share_full_of_online(self) -> float | None:
        """toàn trình ÷ (toàn trình + một phần): the software's reading of Decree 224 Art. 19.2.a, which
        names "tỷ lệ dịch vụ công trực tuyến toàn trình" without saying of what."""
        return ratio(self.toan_trinh, self.online)

    @property
    def proactive(self) -> tuple[int, int, int, int]:
        return (self.proactive_1, self.proactive_2, self.proactive_3, self.proactive_4)

    def __add__(self, other: CatalogueFigures) -> CatalogueFigures:
        return CatalogueFigures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


# ================================================================ reporting periods

FIRST_YEAR, LAST_YEAR = 2000, 2099
_PERIOD = re.compile(r"^(\d{4})(?:\s*-?\s*Q([1-4]))?$")


@dataclass(frozen=True)
class Period:
    """A quarter (quarter 1–4) or a whole year (quarter None)."""

    year: int
    quarter: int | None = None

    @property
    def code(self) -> str:
        return f"{self.year}-Q{self.quarter}" if self.quarter else str(self.year)

    @property
    def is_quarter(self) -> bool:
        return self.quarter is not None

    @property
    def quarters(self) -> tuple[Period, ...]:
        """The quarters whose figures make up this period."""
        return (self,) if self.quarter else tuple(Period(self.year, q) for q in range(1, 5))

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * (self.quarter or 1) - 2, 1)

    @property
    def last_day(self) -> date:
        month = 3 * (self.quarter or 4)
        return date(self.year, 12, 31) if month == 12 else date(self.year, month + 1, 1) - timedelta(days=1)

    @property
    def sort_key(self) -> tuple[int, int]:
        return (self.year, self.quarter or 0)

    def __str__(self) -> str:
        return self.code


def parse_period(text: str) -> Period:
    """"2026-Q3" (also "2026Q3", "2026 q3", full-width digits) or "2026"; anything else is refused."""
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().upper()
    match = _PERIOD.match(cleaned)
    if not match:
        raise DomainError(_t("Kỳ báo cáo «{value}» không đúng dạng: ghi năm và quý như 2026-Q3, hoặc chỉ năm như 2026.",
                             value=text))
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DomainError(_t("Năm {year} của kỳ báo cáo nằm ngoài khoảng {first}–{last}.", year=year,
                             first=FIRST_YEAR, last=LAST_YEAR))
    return Period(year, int(match.group(2)) if match.group(2) else None)


def parse_quarter(text: str) -> Period:
    """A period that figures can be entered for: a quarter, never a whole year."""
    period = parse_period(text)
    if not period.is_quarter:
        raise DomainError(_t("Số liệu hồ sơ nhập theo quý (ví dụ {year}-Q1); số liệu năm {year} là tổng các quý.",
                             year=period.year))
    return period


def quarter_of(day: date) -> Period:
    return Period(day.year, (day.month - 1) // 3 + 1)


def period_issues(period: Period, today: date) -> list[Issue]:
    """A quarter that has not started yet cannot have figures."""
    if period.first_day > today:
        return [Issue("period", _t("Kỳ {period} chưa bắt đầu (hôm nay là {today}).", period=period.code,
                                   today=today.strftime("%d/%m/%Y")))]
    return []


# ================================================================ dossier side

MAX_COUNT = 1_000_000_000  # far beyond any province, and inside a 32-bit integer column (PostgreSQL)


# Figures added by issue 13 (Decision 766/QĐ-TTg, Decree 224 Art. 19.2.b). None: not entered (older
# quarters, or a unit that does not count them): their ratios are "—", never 0 %.
OPTIONAL_FIGURES = ("received_full_online", "processed_online", "received_eligible", "received_eligible_full_online")


@dataclass(frozen=True)
class DossierFigures:
    """What a unit enters for one quarter (or their sum over several quarters)."""

    received_total: int = 0  # dossiers received
    received_online: int = 0  # of which received online
    with_fees: int = 0  # dossiers with fees, charges or other financial obligations
    paid_online: int = 0  # of which paid online
    received_full_online: int | None = None  # of those received online: through a toàn trình service
    processed_online: int | None = None  # dossiers processed online (Art. 19.2.b "xử lý trực tuyến")
    received_eligible: int | None = None  # received for procedures eligible for toàn trình in CSDLQG
    received_eligible_full_online: int | None = None  # of those: received online through a toàn trình service

    @property
    def online_share(self) -> float | None:
        """Dossiers received online ÷ dossiers received (Art. 19.2.b; Decision 766, 3.3)."""
        return ratio(self.received_online, self.received_total)

    @property
    def full_online_share(self) -> float | None:
        """Dossiers received online through a toàn trình service ÷ dossiers received (Art. 19.2.b)."""
        return _optional_ratio(self.received_full_online, self.received_total)

    @property
    def processed_online_share(self) -> float | None:
        """Dossiers processed online ÷ dossiers received (Art. 19.2.b)."""
        return _optional_ratio(self.processed_online, self.received_total)

    @property
    def eligible_full_online_share(self) -> float | None:
        """Received online through a toàn trình service ÷ received for procedures eligible in CSDLQG
        (the dossier ratio the Decision 766 attribution asks for)."""
        return _optional_ratio(self.received_eligible_full_online, self.received_eligible)

    @property
    def paid_online_share(self) -> float | None:
        """Dossiers paid online ÷ dossiers with fees or other financial obligations."""
        return ratio(self.paid_online, self.with_fees)

    def __add__(self, other: DossierFigures) -> DossierFigures:
        """Sums; an optional figure missing on either side makes the sum missing (never a partial sum)."""
        values: dict[str, int | None] = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = None if a is None or b is None else a + b
        return DossierFigures(**values)  # type: ignore[arg-type]  # the four base figures are never None


def _optional_ratio(numerator: int | None, denominator: int | None) -> float | None:
    return None if numerator is None or denominator is None else ratio(numerator, denominator)


def add_up(items: Iterable[DossierFigures]) -> DossierFigures:
    """The sum of entered figures; nothing entered gives zeros with the optional figures missing."""
    total: DossierFigures | None = None
    for item in items:
        total = item if total is None else total + item
    return total if total is not None else DossierFigures()


def figure_label(name: str) -> str:
    return {
        "received_total": _t("Tổng số hồ sơ tiếp nhận"),
        "received_online": _t("Số hồ sơ tiếp nhận trực tuyến"),
        "with_fees": _t("Số hồ sơ có phí, lệ phí, nghĩa vụ tài chính khác"),
        "paid_online": _t("Số hồ sơ thanh toán trực tuyến"),
        "received_full_online": _t("Số hồ sơ tiếp nhận trực tuyến toàn trình"),
        "processed_online": _t("Số hồ sơ xử lý trực tuyến"),
        "received_eligible": _t("Số hồ sơ của TTHC đủ điều kiện toàn trình (CSDLQG)"),
        "received_eligible_full_online": _t("Trong đó: tiếp nhận trực tuyến toàn trình"),
    }[name]


# (part, whole): each optional figure is part of another figure.
_PARTS = (("received_online", "received_total"), ("paid_online", "with_fees"),
          ("received_full_online", "received_online"), ("processed_online", "received_total"),
          ("received_eligible", "received_total"), ("received_eligible_full_online", "received_eligible"),
          ("received_eligible_full_online", "received_full_online"))


def figures_issues(figures: DossierFigures) -> list[Issue]:
    """Whole numbers from 0 (the optional ones may be missing), each part within the whole it belongs to."""
    issues = []
    for f in fields(figures):
        value = getattr(figures, f.name)
        if value is None and f.name in OPTIONAL_FIGURES:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            issues.append(Issue(f.name, _t("{field} phải là số nguyên không âm (đang là «{value}»).",
                                           field=figure_label(f.name), value=value)))
        elif value > MAX_COUNT:
            issues.append(Issue(f.name, _t("{field} quá lớn: {value} (tối đa {max}).", field=figure_label(f.name),
                                           value=value, max=MAX_COUNT)))
    if issues:
        return issues
    for part, whole in _PARTS:
        value, limit = getattr(figures, part), getattr(figures, whole)
        if value is not None and limit is not None and value > limit and not any(i.field == part for i in issues):
            issues.append(Issue(part, _t("{part} ({value}) không được lớn hơn {whole} ({limit}).",
                                         part=figure_label(part), value=value, whole=figure_label(whole).lower(),
                                         limit=limit)))
    if figures.received_eligible_full_online is not None and figures.received_eligible is None:
        issues.append(Issue("received_eligible", _t("Nhập cả {whole} khi nhập «{part}».",
                                                    whole=figure_label("received_eligible").lower(),
                                                    part=figure_label("received_eligible_full_online"))))
    return issues
