"""What the provincial office's window shows, read in one job: the units' states, the levels, the
consolidated catalogue, the checks, the rule set and the round (the window only lays it out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.services.checks import Finding, run_checks
from dvc_desktop.services.consolidation import ConsolidatedRow, load_consolidated
from dvc_desktop.services.context import ServiceContext, load_levels
from dvc_desktop.services.rounds import RoundView, round_of
from dvc_desktop.services.status import StatusReport, status



@dataclass(frozen=True)
class ProvinceView:
    """Everything the window shows, read in one job."""

    report: StatusReport
    levels: list[tuple[str, str]]  # (code, name) in the levels' order
    rows: list[ConsolidatedRow]
    findings: list[Finding]
    rules: RuleSet
    round: RoundView | None = None
    today: date | None = None


def load_view(context: ServiceContext) -> ProvinceView:
    report = status(context)
    with context.transaction() as session:
        levels = [(level.code, level.name) for level in load_levels(session)]
    return ProvinceView(report, levels, load_consolidated(context), run_checks(context),
                        rule_set_in_force(context.today()), round_of(context), context.today())
