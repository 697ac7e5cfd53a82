"""Sectors and the administrative procedure record (Decree 63/2010, amended by 92/2017)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from dvc_desktop.domain.codes import ProcedureCode
from dvc_desktop.domain.errors import DomainError, Issue
from dvc_desktop.domain.text import clean
from dvc_desktop.i18n import translate


@dataclass(frozen=True)
class Sector:
    """Lĩnh vực, e.g. code G15-TP03 "Chứng thực" of ministry G15 (Bộ Tư pháp)."""

    name: str
    code: str | None = None
    ministry_code: str | None = None


class Origin(StrEnum):
    REFERENCE = "reference"  # from the national or provincial catalogue
    LOCAL = "local"  # created by the unit itself


@dataclass(frozen=True)
class DossierComponent:
    """One item of thành phần hồ sơ with its number of originals and copies."""

    name: str
    originals: int = 1
    copies: int = 0
    required: bool = True
    has_eform: bool = False


@dataclass(frozen=True)
class Procedure:
    """A procedure with every part the law requires, plus the national database's metadata."""

    code: ProcedureCode
    name: str
    sector_name: str = ""
    level_codes: tuple[str, ...] = ()
    steps: str = ""  # trình tự thực hiện
    method: str = ""  # cách thức thực hiện
    dossier: tuple[DossierComponent, ...] = ()  # thành phần hồ sơ
    dossier_sets: int | None = None  # số lượng hồ sơ (bộ)
    processing_time: str = ""  # thời hạn giải quyết, as published
    processing_days: float | None = None  # the same in working days when it is one number
    applicants: str = ""  # đối tượng thực hiện
    executing_agency: str = ""  # cơ quan thực hiện / giải quyết
    forms: str = ""  # mẫu đơn, tờ khai
    result: str = ""  # kết quả
    requirements: str = ""  # yêu cầu, điều kiện
    fees: str = ""  # phí, lệ phí
    legal_basis: str = ""  # căn cứ pháp lý
    announcing_decision: str = ""  # quyết định công bố
    ministry_code: str = ""  # cơ quan ban hành, e.g. G15
    reference_form: str | None = None  # hình thức the catalogue suggests (see classification)
    legacy_level: int | None = None  # mức độ 1–4 under Decree 43/2011
    origin: Origin = Origin.REFERENCE
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not clean(self.name):
            raise DomainError(
                translate("procedures", "Tên TTHC của mã {code} đang để trống.", code=self.code)
            )

    def completeness_issues(self) -> list[Issue]:
        """Legally required parts still blank (shown as "needs attention", never refused)."""
        required = {
            "steps": translate("procedures", "Chưa có trình tự thực hiện."),
            "method": translate("procedures", "Chưa có cách thức thực hiện."),
            "processing_time": translate("procedures", "Chưa có thời hạn giải quyết."),
            "applicants": translate("procedures", "Chưa có đối tượng thực hiện."),
            "executing_agency": translate("procedures", "Chưa có cơ quan thực hiện."),
        }
        issues = [Issue(name, msg) for name, msg in required.items() if not getattr(self, name)]
        if not self.dossier:
            issues.append(Issue("dossier", translate("procedures", "Chưa có thành phần hồ sơ.")))
        if not self.level_codes:
            issues.append(Issue("level_codes", translate("procedures", "Chưa có cấp thực hiện.")))
        return issues


def parse_processing_days(text: str) -> float | None:
    """"15 ngày làm việc" → 15; anything not a single clear number → None."""
    numbers = re.findall(r"\d+(?:[.,]\d+)?", clean(text))
    if len(numbers) != 1:
        return None
    return float(numbers[0].replace(",", "."))
