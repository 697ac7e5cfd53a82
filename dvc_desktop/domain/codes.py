"""Procedure codes of the national TTHC database and their local instances.

Four shapes are accepted (see docs/domain.md):
- national:  ``1.000010``                      a digit, a dot, six digits
- case:      ``2.000815.01``                   national code + two-digit case (trường hợp)
- local:     ``2.000884.000.00.00.H55``        national code + the executing agency's electronic
  identifier (Decision 20/2020/QĐ-TTg), whose last part is the province ``Hnn``.
- local_case: ``2.000815.000.00.00.H55.02``    a local code + two-digit case, as provinces' catalogues
  publish one local procedure per case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.i18n import translate

_NATIONAL = r"(?P<national>\d\.\d{6})"
_SHAPES = {
    "national": re.compile(rf"^{_NATIONAL}$"),
    "case": re.compile(rf"^{_NATIONAL}\.(?P<case>\d{{2}})$"),
    "local": re.compile(rf"^{_NATIONAL}\.(?P<agency>\d{{3}}\.\d{{2}}\.\d{{2}}\.H\d{{2}})$"),
    "local_case": re.compile(
        rf"^{_NATIONAL}\.(?P<agency>\d{{3}}\.\d{{2}}\.\d{{2}}\.H\d{{2}})\.(?P<case>\d{{2}})$"
    ),
}
_UNIT_CODE = re.compile(r"^[0-9A-Z][0-9A-Z.\-]{0,39}$")


class CodeKind(StrEnum):
    NATIONAL = "national"
    CASE = "case"
    LOCAL = "local"
    LOCAL_CASE = "local_case"


@dataclass(frozen=True, order=True)
class ProcedureCode:
    value: str
    kind: CodeKind
    national: str
    case: str | None = None
    agency: str | None = None

    def __str__(self) -> str:
        return self.value


def _normalise(raw: object) -> str:
    # NFKC turns full-width digits and dots into ASCII; spaces inside a code are typing noise.
    text = unicodedata.normalize("NFKC", "" if raw is None else str(raw))
    return re.sub(r"\s+", "", text).upper()


def parse_procedure_code(raw: object, field: str | None = None) -> ProcedureCode:
    """Normalise and parse a procedure code, or raise DomainError naming field and value."""
    field = field or translate("codes", "Mã TTHC")
    value = _normalise(raw)
    for kind, pattern in _SHAPES.items():
        match = pattern.match(value)
        if match:
            groups = match.groupdict()
            return ProcedureCode(
                value=value,
                kind=CodeKind(kind),
                national=groups["national"],
                case=groups.get("case"),
                agency=groups.get("agency"),
            )
    shown = str(raw).strip() if raw is not None else ""
    if not shown:
        raise DomainError(translate("codes", "{field} đang để trống.", field=field))
    raise DomainError(
        translate(
            "codes",
            "{field} «{value}» không đúng dạng: cần mã quốc gia (1.000010), mã trường hợp "
            "(2.000815.01), mã tại địa phương (2.000884.000.00.00.H55) hoặc mã trường hợp tại địa "
            "phương (2.000815.000.00.00.H55.02).",
            field=field,
            value=shown,
        )
    )


def parse_province_code(raw: object) -> str:
    """Province codes run H01…H63 (the historic series; retired codes are still read, see domain/provinces.py)."""
    from dvc_desktop.domain.provinces import require_province_code

    return require_province_code(raw)


def parse_unit_code(raw: object) -> str:
    """Unit codes are electronic identifiers such as 000.00.31.H55; kept opaque but tidy."""
    value = _normalise(raw)
    if _UNIT_CODE.match(value):
        return value
    raise DomainError(
        translate(
            "codes",
            "Mã đơn vị «{value}» không hợp lệ: chỉ gồm chữ in, chữ số, dấu chấm, gạch ngang "
            "(tối đa 40 ký tự), ví dụ 000.00.31.H55.",
            value=raw,
        )
    )
