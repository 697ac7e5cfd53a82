"""A review round as the services show it (no SQLAlchemy here: `status` reads it with sqlite3 alone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class RoundView:
    id: int | None  # None at a unit: the round as the province's reference package described it
    name: str
    basis: str
    opened_on: date
    deadline: date
    state: str  # open | closed
    closed_on: date | None = None
    # The day the round's outputs state the law as it stands (None: the day each output is made).
    reporting_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        """The documented `round list --json` item (docs/cli.md)."""
        return {"id": self.id, "name": self.name, "basis": self.basis, "opened_on": self.opened_on.isoformat(),
                "deadline": self.deadline.isoformat(), "state": self.state,
                "closed_on": self.closed_on.isoformat() if self.closed_on else None,
                "reporting_date": self.reporting_date.isoformat() if self.reporting_date else None}

    def days_left(self, today: date) -> int:
        """Days until the deadline; negative once it has passed."""
        return (self.deadline - today).days
