"""What the provincial office's window shows: the units' states, the levels, the consolidated
catalogue, the rule set and the round in one job, and the checks (the slowest part: 1.5 s at 60,000
classifications) in the next, so the window shows the table first (the window only lays them out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.services.checks import Finding, run_checks
from dvc_desktop.services.consolidation import ConsolidatedRow, load_consolidated
from dvc_desktop.services.context import ServiceContext, load_levels
from dvc_desktop.services.round_view import RoundView
from dvc_desktop.services.rounds import round_of
from dvc_desktop.services.status import StatusReport, status



@dataclass(frozen=True)
class ProvinceView:
    """Everything the window shows, read in one job."""

    report: StatusReport
    levels: list[tuple[str, str]]  # (code, name) in the levels' order
    rows: list[ConsolidatedRow]
    findings: list[Finding] | None  # None: the checks not run yet (`load_view(checks=False)`)
    rules: RuleSet
    round: RoundView | None = None
    today: date | None = None


def load_view(context: ServiceContext, checks: bool = True) -> ProvinceView:
    report = status(context)
    with context.transaction() as session:
        levels = [(level.code, level.name) for level in load_levels(session)]
    return ProvinceView(report, levels, load_consolidated(context), run_checks(context) if checks else None,
                        rule_set_in_force(context.today()), round_of(context), context.today())


def load_findings(context: ServiceContext) -> list[Finding]:
    """The checks of `load_view`, on their own (the window's second job)."""
    return run_checks(context)
