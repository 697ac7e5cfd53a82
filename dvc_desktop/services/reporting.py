"""The reporting date: the day whose law an output follows (Danh mục, report, indicators, checks).

`--as-of DATE` (or the date field of a window) wins; else the open round's reporting date, when the
office set one; else today. The rule set in force on that day decides forms, reasons and checks; each
stored answer is still shown with the rule set it was saved under (domain/rulesets.answer_reason_label).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from typing import TYPE_CHECKING

from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.services import store_reads

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ReportingDate:
    day: date
    source: str  # "as_of" | "round" | "today"
    rules: RuleSet


def reporting_date(session: Session, today: date, as_of: date | None = None) -> ReportingDate:
    if as_of is not None:
        return ReportingDate(as_of, "as_of", rule_set_in_force(as_of))
    round_day = store_reads.round_reporting_day(store_reads.driver_connection(session))
    if round_day is not None:
        return ReportingDate(round_day, "round", rule_set_in_force(round_day))
    return ReportingDate(today, "today", rule_set_in_force(today))


def parse_day(text: str) -> date:
    """A reporting date as an office types it: 05/07/2026, 5/7/2026 or 2026-07-05."""
    from dvc_desktop.i18n import translate
    from dvc_desktop.services.rounds import parse_day as parse_typed_day

    return parse_typed_day(text, translate("reporting", "Ngày báo cáo"))
