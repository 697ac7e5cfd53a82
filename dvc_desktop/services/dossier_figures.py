"""The dossier figures a unit enters per quarter (indicators, docs/indicators.md).

A department enters its own unit's figures; they travel to the province in the unit's submission
package. At the province these functions work on the province's own unit (the office's own desk);
other units' figures arrive only by package.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass, fields
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.errors import DomainError, Issue
from dvc_desktop.domain.indicators import DossierFigures, figures_issues, parse_quarter, period_issues
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import iso_utc
from dvc_desktop.services.workspace import ClassificationRefused, _own_unit
from dvc_desktop.store import audit, models

FIELDS = tuple(f.name for f in fields(DossierFigures))


@dataclass(frozen=True)
class FiguresRow:
    """One quarter's figures of a unit, with their ratios (None when the denominator is 0)."""

    period: str  # "YYYY-Qn"
    figures: DossierFigures
    updated_at: str  # ISO-8601, UTC
    updated_by: str

    @property
    def online_share(self) -> float | None:
        return self.figures.online_share

    @property
    def paid_online_share(self) -> float | None:
        return self.figures.paid_online_share

    def to_json(self) -> dict[str, Any]:
        return {"period": self.period, **figures_json(self.figures), "updated_at": self.updated_at,
                "updated_by": self.updated_by}


def figures_json(f: DossierFigures) -> dict[str, Any]:
    """The figures and their ratios as `figures list --json` and `indicators --json` give them (null: not entered)."""
    return {**_values(f), "online_share": _rounded(f.online_share), "paid_online_share": _rounded(f.paid_online_share),
            "full_online_share": _rounded(f.full_online_share),
            "processed_online_share": _rounded(f.processed_online_share),
            "eligible_full_online_share": _rounded(f.eligible_full_online_share)}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def figures_of(row: models.DossierFigureSet) -> DossierFigures:
    return DossierFigures(**{name: getattr(row, name) for name in FIELDS})


def _row(row: models.DossierFigureSet) -> FiguresRow:
    return FiguresRow(row.period, figures_of(row), iso_utc(row.updated_at), row.updated_by)


def _values(figures: DossierFigures) -> dict[str, int | None]:
    return {name: getattr(figures, name) for name in FIELDS}


def _quarter(text: str) -> str:
    try:
        return parse_quarter(text).code
    except DomainError as error:
        raise ClassificationRefused([Issue("period", str(error))]) from error


def set_figures(context: ServiceContext, period: str, figures: DossierFigures) -> FiguresRow:
    """Enter or correct the own unit's figures for a quarter (one transaction, audited).

    Refused with ClassificationRefused (an InvalidRequest carrying `issues` per field) when the period
    is not a quarter that has begun or the numbers break a rule.
    """
    code = _quarter(period)
    issues = period_issues(parse_quarter(code), context.today()) + figures_issues(figures)
    if issues:
        raise ClassificationRefused(issues)
    with context.transaction() as session:
        unit = _own_unit(session)
        row = _find(session, unit.id, code)
        before = _values(figures_of(row)) if row else None
        if row is None:
            row = models.DossierFigureSet(unit_id=unit.id, period=code)
            session.add(row)
        for name, value in _values(figures).items():
            setattr(row, name, value)
        row.updated_at, row.updated_by = datetime.now(timezone.utc), context.actor
        session.flush()
        audit.record(session, context.actor, "figures.set", "dossier_figures", f"{unit.code}/{code}",
                     before=before, after=_values(figures))
        return _row(row)


def list_figures(context: ServiceContext) -> list[FiguresRow]:
    """The own unit's figures, oldest quarter first."""
    with context.transaction() as session:
        unit = _own_unit(session)
        rows = session.scalars(select(models.DossierFigureSet).where(models.DossierFigureSet.unit_id == unit.id)
                               .order_by(models.DossierFigureSet.period))
        return [_row(r) for r in rows]


def delete_figures(context: ServiceContext, period: str) -> FiguresRow:
    """Remove the own unit's figures for a quarter; returns what was removed (for an undo)."""
    code = _quarter(period)
    with context.transaction() as session:
        unit = _own_unit(session)
        row = _find(session, unit.id, code)
        if row is None:
            raise InvalidRequest(translate("indicators", "Chưa có số liệu hồ sơ của kỳ {period}.", period=code))
        removed = _row(row)
        audit.record(session, context.actor, "figures.delete", "dossier_figures", f"{unit.code}/{code}",
                     before=_values(removed.figures))
        session.delete(row)
        return removed


def _find(session: Session, unit_id: int, period: str) -> models.DossierFigureSet | None:
    return session.scalars(select(models.DossierFigureSet).where(
        models.DossierFigureSet.unit_id == unit_id, models.DossierFigureSet.period == period)).one_or_none()
