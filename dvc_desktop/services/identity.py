"""Who this installation is (its role, its unit, its province): read without SQLAlchemy, so the
commands that only read (`status`) start without it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    DEPARTMENT = "department"
    PROVINCE = "province"


@dataclass(frozen=True)
class Identity:
    """Who this installation is: set once by `init` (or by `demo` when nothing was set)."""

    role: Role
    unit_code: str
    unit_name: str
    province_code: str
    province_name: str
    province_domain: str = ""


def identity_from(raw: object) -> Identity | None:
    """The stored setting "identity" as an Identity, or None when there is none."""
    if not isinstance(raw, dict):
        return None
    return Identity(**{**raw, "role": Role(raw["role"])})
