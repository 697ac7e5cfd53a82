"""The provincial office's review: accept or return a unit's classification, with a comment.

Returned items travel back to the unit in its next receipt (services/packages.export_receipt).
A classification that changes in a later package is reviewed afresh (its review is cleared on import).
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import select

from dvc_desktop.domain.text import clean
from dvc_desktop.i18n import translate
from dvc_desktop.services.consolidation import ConsolidatedRow, load_consolidated
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import require_identity
from dvc_desktop.store import audit, models

DECISIONS = ("accepted", "returned", "")  # "" withdraws a decision
MAX_COMMENT = 2000


def _t(text: str, **params: object) -> str:
    return translate("review", text, **params)


def review(context: ServiceContext, ids: Iterable[int], decision: str, comment: str = "") -> list[ConsolidatedRow]:
    """Record one decision for every classification in `ids` (one transaction); returns the new rows."""
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
    with context.transaction() as session:
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
        unclassified = [row for row in found.values() if not row.form and decision == "accepted"]
        if unclassified:
            raise InvalidRequest(_t("Không chấp nhận được {n} thủ tục đơn vị chưa chọn hình thức; hãy trả lại.",
                                    n=len(unclassified)))
        for row in found.values():
            row.review_status = decision
            row.review_comment = comment if decision else ""
            audit.record(session, context.actor, f"review.{decision or 'withdraw'}", "classification", str(row.id),
                         unit_id=row.unit_id, procedure_id=row.procedure_id, comment=comment)
    return load_consolidated(context, wanted)


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
