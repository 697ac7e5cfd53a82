"""The provinces' level-1 codes (Hnn) as reference data: name, kind, when a code was retired, its successor.

The list lives in resources/reference/provinces.json (the office may correct it); what is verified and
what is inferred is said there and in docs/classification-rules.md. Codes outside the historic series
H01–H63 are refused; a retired code is read (historic data) and named with its successor.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.i18n import translate
from dvc_desktop.resources import resource_path

HISTORIC_RANGE = (1, 63)
_SHAPE = re.compile(r"^H(\d{2})$")


@dataclass(frozen=True)
class Province:
    code: str
    name: str  # the official full name: "Tỉnh Thái Nguyên", "Thành phố Hồ Chí Minh"
    kind: str  # "tinh" | "thanh_pho"
    active_to: date | None
    successor: str | None
    verified: str  # checked | seen | inferred | unverified

    def active_on(self, day: date) -> bool:
        return self.active_to is None or day <= self.active_to

    @property
    def kind_word(self) -> str:
        """"tỉnh" or "thành phố", as a title or a signature block writes it in lower case."""
        return "thành phố" if self.kind == "thanh_pho" else "tỉnh"

    @property
    def short_name(self) -> str:
        """The name without its kind: "Thái Nguyên", "Hồ Chí Minh"."""
        for prefix in ("Thành phố ", "Tỉnh "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


@cache
def bundled_provinces() -> dict[str, Province]:
    raw = json.loads(resource_path("reference/provinces.json").read_text(encoding="utf-8"))
    return {
        item["code"]: Province(item["code"], item["name"], item["kind"],
                               date.fromisoformat(item["active_to"]) if item.get("active_to") else None,
                               item.get("successor"), item.get("verified", "unverified"))
        for item in raw["provinces"]
    }


def normalise_province_code(raw: object) -> str:
    text = unicodedata.normalize("NFKC", "" if raw is None else str(raw))
    return re.sub(r"\s+", "", text).upper()


def in_historic_range(code: str) -> bool:
    match = _SHAPE.match(code)
    return match is not None and HISTORIC_RANGE[0] <= int(match.group(1)) <= HISTORIC_RANGE[1]


def province(code: str) -> Province | None:
    return bundled_provinces().get(normalise_province_code(code))


def kind_word(code: str, name: str = "") -> str:
    """"tỉnh" or "thành phố" for a province code; from the name when the code is not in the list."""
    found = province(code)
    if found is not None:
        return found.kind_word
    return "thành phố" if name.strip().lower().startswith("thành phố") else "tỉnh"


def retired_code_warning(code: str, day: date) -> str:
    """A warning (never a refusal) when a new identity uses a code retired on `day`; "" otherwise."""
    found = province(code)
    if found is None or found.active_on(day):
        return ""
    successor = province(found.successor) if found.successor else None
    if successor is None:
        return translate("provinces", "Mã tỉnh {code} ({name}) đã ngừng sử dụng từ {day}.", code=found.code,
                         name=found.name, day=_after(found.active_to))
    return translate("provinces", "Mã tỉnh {code} ({name}) đã ngừng sử dụng từ {day}; nay là {successor} ({new}).",
                     code=found.code, name=found.name, day=_after(found.active_to), successor=successor.code,
                     new=successor.name)


def _after(day: date | None) -> str:
    from datetime import timedelta

    return (day + timedelta(days=1)).strftime("%d/%m/%Y") if day else ""


def require_province_code(raw: object) -> str:
    """H01–H63 (the historic series, retired codes included); anything else is refused."""
    value = normalise_province_code(raw)
    if in_historic_range(value):
        return value
    raise DomainError(translate("provinces", "Mã tỉnh «{value}» không hợp lệ: cần dạng H01 đến H63.", value=raw))
