"""Administrative levels and the tree of units (province, departments, communes...).

Levels are reference data (resources/reference/levels.json): the district level was abolished
on 1/7/2025 but old catalogues still carry it, so no level is built into the code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from enum import StrEnum
from typing import Iterable, Iterator

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.i18n import translate


class UnitKind(StrEnum):
    PROVINCE = "province"  # UBND tỉnh / Văn phòng UBND tỉnh
    DEPARTMENT = "department"  # Sở, ban, ngành
    DISTRICT = "district"  # UBND cấp huyện (until 30/6/2025)
    COMMUNE = "commune"  # UBND xã, phường, đặc khu


@dataclass(frozen=True)
class Level:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    active_from: date | None = None
    active_to: date | None = None
    sort_order: int = 0

    @cached_property
    def keys(self) -> frozenset[str]:
        """Folded name, code and aliases: what a cell may say to mean this level."""
        return frozenset({fold(self.name), fold(self.code), *map(fold, self.aliases)})

    def matches(self, text: str) -> bool:
        return fold(text) in self.keys

    def active_on(self, day: date) -> bool:
        after_start = self.active_from is None or self.active_from <= day
        before_end = self.active_to is None or day <= self.active_to
        return after_start and before_end


def resolve_levels(text: str, levels: Iterable[Level]) -> tuple[str, ...]:
    """Turn "Cấp tỉnh, Cấp xã" (or "Tỉnh; Xã") into level codes; DomainError if unknown.

    Level names may themselves hold commas ("Cấp xã, phường, đặc khu"), so the longest run of
    parts that names a level wins before the parts are taken one by one.
    """
    known = list(levels)
    parts = _split_list(text)
    found: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            level = next((lv for lv in known if lv.matches(", ".join(parts[start:end]))), None)
            if level is not None:
                break
        else:
            raise DomainError(
                translate("units", "Cấp thực hiện «{value}» không có trong danh sách cấp.", value=parts[start])
            )
        if level.code not in found:
            found.append(level.code)
        start = end
    return tuple(found)


def _split_list(text: str) -> list[str]:
    normalised = clean(text).replace(";", ",").replace("\n", ",").replace("/", ",")
    return [part.strip(" .-") for part in normalised.split(",") if part.strip(" .-")]


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: UnitKind
    level_code: str
    parent_code: str | None = None


@dataclass
class UnitTree:
    """Units indexed by code, checked to form one tree under a single root."""

    units: dict[str, Unit] = field(default_factory=dict)

    @classmethod
    def build(cls, units: Iterable[Unit]) -> "UnitTree":
        tree = cls()
        for unit in units:
            if unit.code in tree.units:
                raise DomainError(translate("units", "Mã đơn vị «{code}» bị trùng.", code=unit.code))
            tree.units[unit.code] = unit
        tree._check()
        return tree

    def _check(self) -> None:
        roots = [u for u in self.units.values() if u.parent_code is None]
        if self.units and len(roots) != 1:
            raise DomainError(translate("units", "Cây đơn vị phải có đúng một gốc (cấp tỉnh)."))
        for unit in self.units.values():
            if unit.parent_code is not None and unit.parent_code not in self.units:
                raise DomainError(
                    translate(
                        "units",
                        "Đơn vị «{code}» trỏ tới đơn vị cấp trên «{parent}» không tồn tại.",
                        code=unit.code,
                        parent=unit.parent_code,
                    )
                )
            self._check_no_cycle(unit)

    def _check_no_cycle(self, unit: Unit) -> None:
        seen = {unit.code}
        current = unit
        while current.parent_code is not None:
            if current.parent_code in seen:
                raise DomainError(
                    translate("units", "Cây đơn vị có vòng lặp tại «{code}».", code=unit.code)
                )
            seen.add(current.parent_code)
            current = self.units[current.parent_code]

    @property
    def root(self) -> Unit | None:
        return next((u for u in self.units.values() if u.parent_code is None), None)

    def children(self, code: str) -> list[Unit]:
        return sorted(
            (u for u in self.units.values() if u.parent_code == code), key=lambda u: fold(u.name)
        )

    def walk(self) -> Iterator[tuple[int, Unit]]:
        """Depth-first (depth, unit) from the root, children sorted by name."""
        root = self.root
        if root is None:
            return
        stack = [(0, root)]
        while stack:
            depth, unit = stack.pop()
            yield depth, unit
            stack.extend((depth + 1, child) for child in reversed(self.children(unit.code)))


class UnitLevel(StrEnum):
    """The two levels of local government since 1/7/2025, as a unit's list gives them."""

    PROVINCE = "tinh"
    COMMUNE = "xa"


UNIT_STATES = ("active", "retired")
MAX_UNIT_NAME = 255  # what the store and the reference package hold
_PROVINCE_UNIT_CODE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.H\d{2}$")


def normalise_unit_code(raw: object) -> str:
    """NFKC (full-width digits), every space removed (non-breaking too), upper case."""
    text = unicodedata.normalize("NFKC", "" if raw is None else str(raw))
    return re.sub(r"\s+", "", text).upper()


def parse_province_unit_code(raw: object, province_code: str) -> str:
    """A unit's electronic identifier in this province (Decision 20/2020/QĐ-TTg): `000.00.13.H40`,
    whose last part is the province's own code; DomainError naming the value otherwise."""
    code = normalise_unit_code(raw)
    shown = clean(raw)
    if not code:
        raise DomainError(translate("units", "Mã định danh đơn vị đang để trống."))
    if not _PROVINCE_UNIT_CODE.match(code):
        raise DomainError(translate(
            "units", "«{value}» không phải mã định danh đơn vị (cần dạng 000.00.13.{province}).",
            value=shown, province=province_code))
    if code.rsplit(".", 1)[1] != province_code:
        raise DomainError(translate(
            "units", "Mã {code} thuộc tỉnh {other}, không phải tỉnh {province}.",
            code=code, other=code.rsplit(".", 1)[1], province=province_code))
    return code


def kind_of_level(level: str) -> UnitKind:
    """A unit of the province's list: a department at cấp tỉnh, a commune at cấp xã."""
    return UnitKind.COMMUNE if level == UnitLevel.COMMUNE else UnitKind.DEPARTMENT


def parse_unit_name(raw: object) -> str:
    """A unit's name, tidied (NFC, single spaces); DomainError when empty or too long to publish."""
    name = clean(raw)
    if not name:
        raise DomainError(translate("units", "Tên đơn vị đang để trống."))
    if len(name) > MAX_UNIT_NAME:
        raise DomainError(translate("units", "Tên đơn vị dài {n} ký tự, tối đa {limit}: «{start}…».", n=len(name),
                                    limit=MAX_UNIT_NAME, start=name[:40]))
    return name
