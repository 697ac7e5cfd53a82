"""Stored times as the office reads them: Vietnam's time (UTC+7, no daylight saving), day first."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "+07:00")


def as_utc(moment: datetime) -> datetime:
    """A stored time with its zone: SQLite gives it back without one, and it is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def vietnam_time(moment: datetime) -> str:
    """"14:05 04/12/2026" for a stored time, whichever engine returned it."""
    return as_utc(moment).astimezone(VIETNAM).strftime("%H:%M %d/%m/%Y")
