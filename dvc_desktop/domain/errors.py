"""Errors the domain raises, each carrying a message fit to show a user."""

from __future__ import annotations

from dataclasses import dataclass


class DomainError(ValueError):
    """A value broke a domain rule; `str(error)` is the user-facing message."""


@dataclass(frozen=True)
class Issue:
    """One problem with a record, tied to the field the user must fix."""

    field: str
    message: str
