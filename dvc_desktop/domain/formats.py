"""How numbers, dates and periods are written for people, in one place: the window, the printed
report and the command line's human output all show "57,21%", "04/12/2026" and "Quý 3/2026".
(Machine formats stay as they are: ISO dates and "2026-Q3" in JSON and on the command line's
arguments, real percentages in Excel cells.)"""

from __future__ import annotations

from datetime import date, datetime, timezone

from dvc_desktop.i18n import translate


def percent(share: float | None) -> str:
    """0.5721 → "57,21%" (a decimal comma, as Vietnamese documents write it); None → "—" (nothing to
    divide by)."""
    if share is None:
        return "—"
    return f"{share * 100:.2f}".replace(".", ",") + "%"


def day(value: date | None) -> str:
    """dd/mm/yyyy."""
    return value.strftime("%d/%m/%Y") if value else ""


def moment(value: datetime | None) -> str:
    """Local dd/mm/yyyy hh:mm of a stored time (naive times are UTC, as the store keeps them)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def period_label(code: str) -> str:
    """A reporting period code ("2026-Q3", "2026") as people read it: "Quý 3/2026", "Năm 2026"."""
    if "-Q" in code:
        year, quarter = code.split("-Q")
        return translate("labels", "Quý {q}/{year}", q=int(quarter), year=int(year))
    return translate("labels", "Năm {year}", year=code)
