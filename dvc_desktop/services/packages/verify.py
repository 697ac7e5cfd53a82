"""Whether a package is acceptable, asked of package/acceptance.py with the office's trusted keys."""

from __future__ import annotations

from typing import Any

import base64
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.package.acceptance import Signer, accept
from dvc_desktop.package.container import PackageRejected, read_file
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.packages.common import JsonObject, Verified
from dvc_desktop.store import models


def _trusted(session: Session, key_id: str) -> models.TrustedKey | None:
    return session.scalars(select(models.TrustedKey).where(models.TrustedKey.key_id == key_id)).one_or_none()


def _verify(session: Session, data: bytes, expected_fingerprint: str | None = None) -> Verified:
    rows: dict[str, models.TrustedKey] = {}

    def signer_for(key_id: str) -> Signer | None:
        row = _trusted(session, key_id)
        if row is None:
            return None
        rows[key_id] = row
        return Signer(row.unit_code, base64.b64decode(row.public_key), row.revoked_at is not None,
                      row.replaced_at is not None)

    from dvc_desktop.services.certificates import certificate_policy

    accepted = accept(data, signer_for, expected_fingerprint, certificate_policy(session))
    key_id = accepted.manifest.key_id
    return Verified(accepted, rows.get(key_id) if key_id is not None and accepted.signer is not None else None)


def verify_package(context: ServiceContext, path: Path, expected_fingerprint: str | None = None) -> dict[str, Any]:
    """`package verify --json`: checks everything an import checks except the replay rules; changes nothing."""
    result: JsonObject = {"valid": False, "reason": "", "kind": None, "sender": None, "recipient": None,
                          "sequence": None, "procedures": 0, "file": path.name}
    try:
        data = read_file(path)
        with context.transaction() as session:
            verified = _verify(session, data, expected_fingerprint)
    except PackageRejected as error:
        result.update(reason=str(error), reason_code=error.code)
        if error.certificate:
            result["certificate"] = error.certificate
        return result
    manifest = verified.manifest
    result.update(valid=True, kind=manifest.kind, sender=manifest.sender.unit_code,
                  recipient=manifest.recipient, sequence=manifest.sequence,
                  procedures=verified.accepted.count, key_id=manifest.key_id, fingerprint=verified.signer_fingerprint,
                  created_at=manifest.created_at)
    signed = verified.accepted.certificate
    if signed is not None:
        result["certificate"] = {**signed.info.as_dict(),
                                 "signing_time": signed.signing_time.isoformat(timespec="seconds")}
    return result
