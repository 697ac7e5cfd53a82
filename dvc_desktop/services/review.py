"""The provincial office's review: accept or return a unit's classification, with a comment.

Returned items travel back to the unit in its next receipt (services/packages.export_receipt).
A classification that changes in a later package is reviewed afresh (its review is cleared on import).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dvc_desktop.domain.moments import as_utc, vietnam_time
from dvc_desktop.domain.text import clean
from dvc_desktop.i18n import translate
from dvc_desktop.services.consolidation import ConsolidatedRow, load_consolidated
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import ChangedMeanwhile, InvalidRequest
from dvc_desktop.services.settings import require_identity
from dvc_desktop.store import audit, models
from dvc_desktop.store.models import utcnow

DECISIONS = ("accepted", "returned", "")  # "" withdraws a decision
MAX_COMMENT = 2000


def _t(text: str, **params: object) -> str:
    return translate("review", text, **params)


def review(context: ServiceContext, ids: Iterable[int], decision: str, comment: str = "",
           seen: Mapping[int, int] | None = None) -> list[ConsolidatedRow]:
    """Record one decision for every classification in `ids` (one transaction); returns the new rows.

    `seen`: the version of each row as the reviewer read it (ConsolidatedRow.version). A row changed
    since (another reviewer's decision, a unit's new package) refuses the whole decision with who changed
    it and when (ChangedMeanwhile): with several staff on one server, nothing is overwritten unseen."""
    wanted = sorted(set(ids))
    comment = clean(comment)
    if decision not in DECISIONS:
        raise InvalidRequest(_t("Quyết định xem xét không hợp lệ: «{decision}».", decision=decision))
    if decision == "returned" and not comment:
        raise InvalidRequest(_t("Trả lại cần ghi rõ lý do để đơn vị sửa."))
    if len(comment) > MAX_COMMENT:
        raise InvalidRequest(_t("Ý kiến dài quá {n} ký tự.", n=MAX_COMMENT))
    if not wanted:
        raise InvalidRequest(_t("Chưa chọn phân loại nào để xem xét."))
    try:
        with context.transaction() as session:
            _decide(context, session, wanted, decision, comment, seen or {})
    except StaleDataError:  # changed between our read and our write, by a transaction that committed first
        raise ChangedMeanwhile(_who_changed(context, wanted, seen or {})) from None
    return load_consolidated(context, wanted)


def _who_changed(context: ServiceContext, wanted: list[int], seen: Mapping[int, int]) -> str:
    """The refusal of a decision another staff member's committed first, read after the fact."""
    with context.transaction() as session:
        rows = [row for row in session.scalars(select(models.Classification)
                                               .where(models.Classification.id.in_(wanted[:900])))]
        changed = [row for row in rows if row.id in seen and row.version != seen[row.id]]
        if not (changed or rows):
            return _t("Không còn phân loại đã chọn (có thể đơn vị đã gửi gói mới); hãy tải lại.")
        return _changed_meanwhile(changed or rows)


def _decide(context: ServiceContext, session: Session, wanted: list[int], decision: str, comment: str,
            seen: Mapping[int, int]) -> None:
    if require_identity(session).role.value != "province":
        raise InvalidRequest(_t("Chỉ Văn phòng UBND tỉnh xem xét được phân loại của các đơn vị."))
    found = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        found.update({row.id: row for row in session.scalars(
            select(models.Classification).where(models.Classification.id.in_(chunk)))})
    missing = [i for i in wanted if i not in found]
    if missing:
        raise InvalidRequest(_t("Không còn {n} phân loại đã chọn (có thể đơn vị đã gửi gói mới); hãy tải lại.",
                                n=len(missing)))
    changed = [row for row in found.values() if row.id in seen and row.version != seen[row.id]]
    if changed:
        raise ChangedMeanwhile(_changed_meanwhile(changed))
    unclassified = [row for row in found.values() if not row.form and decision == "accepted"]
    if unclassified:
        raise InvalidRequest(_t("Không chấp nhận được {n} thủ tục đơn vị chưa chọn hình thức; hãy trả lại.",
                                n=len(unclassified)))
    now = utcnow()
    for row in found.values():
        row.review_status = decision
        row.review_comment = comment if decision else ""
        row.reviewed_by, row.reviewed_at = context.actor, now
        audit.record(session, context.actor, f"review.{decision or 'withdraw'}", "classification", str(row.id),
                     unit_id=row.unit_id, procedure_id=row.procedure_id, comment=comment)


def _changed_meanwhile(rows: list[models.Classification]) -> str:
    """Who changed the first of `rows` and when: a reviewer's decision, or the unit's new package."""
    row = rows[0]
    what = _t("{code} của {unit}", code=row.procedure.code, unit=row.unit.name)
    reviewed_at = row.reviewed_at
    if reviewed_at is not None and as_utc(reviewed_at) >= as_utc(row.updated_at):
        who = _t("{who} đã xem xét lúc {at}", who=row.reviewed_by or "?", at=vietnam_time(reviewed_at))
    else:
        who = _t("đơn vị đã gửi câu trả lời mới lúc {at}", at=vietnam_time(row.updated_at))
    more = _t(" (và {n} phân loại khác)", n=len(rows) - 1) if len(rows) > 1 else ""
    return _t("Không ghi quyết định: phân loại {what}{more} đã thay đổi sau khi anh/chị mở — {who}. Không có gì bị "
              "ghi đè; hãy tải lại để xem.", what=what, more=more, who=who)


def find_classification(context: ServiceContext, unit_code: str, procedure_code: str) -> int:
    """The classification id of a unit's procedure (for the command line)."""
    with context.transaction() as session:
        found = session.scalar(
            select(models.Classification.id)
            .join(models.Unit, models.Classification.unit_id == models.Unit.id)
            .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)
            .where(models.Unit.code == unit_code, models.Procedure.code == procedure_code))
        if found is None:
            raise InvalidRequest(_t("Đơn vị {unit} chưa có thủ tục {code}.", unit=unit_code, code=procedure_code))
        return found
