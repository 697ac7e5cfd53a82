"""Applying the province's receipt at a unit: what was accepted, the review's decisions and comments."""

from __future__ import annotations

from typing import Any



from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.package.container import (
    PackageRejected,
)
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.settings import (
    Identity, get_setting, put_setting,
)
from dvc_desktop.package.records import as_plain
from dvc_desktop.package.acceptance import ReceiptData
from dvc_desktop.store import models
from dvc_desktop.services.packages.common import Change, ImportResult, Verified, _now, _t


def _apply_receipt(context: ServiceContext, session: Session, identity: Identity, verified: Verified,
                   result: ImportResult) -> None:
    """The province's answer: when it accepted which package, and its comments per procedure."""
    if verified.key is None:
        raise PackageRejected("unknown_signer", _t("Biên nhận phải do khóa đã tin cậy của tỉnh ký."))
    data = verified.accepted.data
    assert isinstance(data, ReceiptData)  # APPLY is chosen by the manifest's kind
    receipt = data.receipt
    unit = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()
    rows = {row.procedure.code: row for row in session.scalars(
        select(models.Classification).where(models.Classification.unit_id == unit.id)
        .options(selectinload(models.Classification.procedure)))}
    for row in rows.values():
        row.review_status, row.review_comment = "", ""
    for comment in receipt.comments:
        commented = rows.get(comment.code)
        if commented is not None:
            commented.review_status, commented.review_comment = comment.status, comment.comment
            result.changes.append(Change(comment.code, "changed", None, None, comment.comment))
    result.changed = len(result.changes)
    put_setting(session, "last_receipt", {**as_plain(receipt),
                                          "received_at": _now().isoformat(timespec="seconds"),
                                          "sequence": verified.manifest.sequence})


def last_receipt(context: ServiceContext) -> dict[str, Any] | None:
    """What the province's last receipt said (the unit's window shows it)."""
    with context.transaction() as session:
        value = get_setting(session, "last_receipt")
        return value if isinstance(value, dict) else None
