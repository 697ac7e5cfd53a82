"""What a report needs that the store does not know: the document's number sign, the issuer's official
full name, the recipient, the drafting unit kept on file, and the signer (Decree 30/2020/NĐ-CP, App. I).

    dvc-desktop report-settings --abbreviation VPUBND --signer-name "Nguyễn Văn A" \\
        --signer-title "KT. CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG" --drafting-unit KSTT

Stored as one setting ("report_document"); the older "report_signer" setting (title and name) is still read.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from sqlalchemy.orm import Session

from dvc_desktop.domain.text import clean
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import get_setting, put_setting
from dvc_desktop.store import audit

KEY = "report_document"
LEGACY_SIGNER_KEY = "report_signer"
MAX_TEXT = 200
# The issuer's abbreviation after "BC-": capitals, digits and hyphens ("VPUBND", "STP", "UBND-VP").
_ABBREVIATION = re.compile(r"^[A-ZĐ0-9][A-ZĐ0-9-]{0,29}$")


def _t(text: str, **params: object) -> str:
    return translate("report_settings", text, **params)


@dataclass(frozen=True)
class ReportSettings:
    abbreviation: str = ""  # "Số: …/BC-<abbreviation>"; empty: left blank to complete by hand
    full_name: str = ""  # the issuer's official full name; empty: the unit's name, "UBND" written out
    recipient: str = ""  # "Kính gửi: …" under the title; empty: no such line
    drafting_unit: str = ""  # "Lưu: VT, <drafting unit>."
    signer_title: tuple[str, ...] = ()  # "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"; empty: from the issuer's kind
    signer_name: str = ""

    def as_json(self) -> dict[str, object]:
        raw = asdict(self)
        raw["signer_title"] = list(self.signer_title)
        return raw


def split_title(raw: object) -> tuple[str, ...]:
    """A signer's title given as lines, a list, or "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC" on the command line."""
    lines = raw if isinstance(raw, (list, tuple)) else re.split(r"[|\n]", "" if raw is None else str(raw))
    return tuple(line for line in (clean(item) for item in lines) if line)


def get_report_settings(session: Session) -> ReportSettings:
    raw = get_setting(session, KEY)
    stored = raw if isinstance(raw, dict) else {}
    legacy = get_setting(session, LEGACY_SIGNER_KEY)
    legacy = legacy if isinstance(legacy, dict) else {}
    return ReportSettings(
        abbreviation=clean(stored.get("abbreviation")), full_name=clean(stored.get("full_name")),
        recipient=clean(stored.get("recipient")), drafting_unit=clean(stored.get("drafting_unit")),
        signer_title=split_title(stored.get("signer_title") or legacy.get("title")),
        signer_name=clean(stored.get("signer_name") or legacy.get("name")))


def validate(settings: ReportSettings) -> ReportSettings:
    """Cleaned settings, or InvalidRequest naming the field (Vietnamese)."""
    cleaned = ReportSettings(clean(settings.abbreviation).upper(), clean(settings.full_name),
                             clean(settings.recipient), clean(settings.drafting_unit),
                             split_title(settings.signer_title), clean(settings.signer_name))
    if cleaned.abbreviation and not _ABBREVIATION.match(cleaned.abbreviation):
        raise InvalidRequest(_t("Chữ viết tắt tên cơ quan sau «BC-» chỉ gồm chữ in hoa, chữ số và dấu gạch ngang, "
                                "tối đa 30 ký tự (ví dụ VPUBND); nhận được «{value}».", value=cleaned.abbreviation))
    for label, value in ((_t("Tên đầy đủ của cơ quan"), cleaned.full_name), (_t("Kính gửi"), cleaned.recipient),
                         (_t("Đơn vị soạn thảo"), cleaned.drafting_unit), (_t("Họ tên người ký"), cleaned.signer_name),
                         *((_t("Chức vụ người ký"), line) for line in cleaned.signer_title)):
        if len(value) > MAX_TEXT:
            raise InvalidRequest(_t("{field} dài quá {limit} ký tự.", field=label, limit=MAX_TEXT))
    if len(cleaned.signer_title) > 3:
        raise InvalidRequest(_t("Chức vụ người ký có tối đa 3 dòng (ví dụ «KT. GIÁM ĐỐC» và «PHÓ GIÁM ĐỐC»)."))
    return cleaned


def save_report_settings(context: ServiceContext, settings: ReportSettings) -> ReportSettings:
    """Store the settings (one transaction, audited) and return them as stored."""
    cleaned = validate(settings)
    with context.transaction() as session:
        _store(session, context.actor, cleaned)
    return cleaned


def update_report_settings(context: ServiceContext, **changes: object) -> ReportSettings:
    """Change some fields, keep the others (the command line's options): read and write in one transaction."""
    if "signer_title" in changes:
        changes["signer_title"] = split_title(changes["signer_title"])
    with context.transaction() as session:
        cleaned = validate(replace(get_report_settings(session), **changes))  # type: ignore[arg-type]
        _store(session, context.actor, cleaned)
    return cleaned


def _store(session: Session, actor: str, settings: ReportSettings) -> None:
    put_setting(session, KEY, settings.as_json())
    audit.record(session, actor, "settings.report", "setting", KEY, **settings.as_json())
