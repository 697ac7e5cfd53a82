"""Whether a package is acceptable: its signer trusted (or, the first time, the province's key confirmed
by its fingerprint), its data checked kind by kind."""

from __future__ import annotations


import base64
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.indicators import figures_issues, parse_quarter
from dvc_desktop.domain.text import fold
from dvc_desktop.package import keys as keyfiles
from dvc_desktop.package.container import (
    Opened, PackageRejected, Payload, load_json, open_container,
    read_file, read_payload, verify_signature,
)
from dvc_desktop.package.minisign import MinisignPublicKey
from dvc_desktop.package.schema import KIND_FILES, check, check_manifest
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.keys import key_id_hex
from dvc_desktop.store import models
from dvc_desktop.services.packages.common import JsonObject, OPTIONAL_FILES, Verified, _figures, _t, kind_label


_CANONICAL_CODE = re.compile(r"[0-9]\.[0-9]{6}(\.[0-9]{2}|\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})?")


def _check_data(payload: Payload) -> JsonObject:
    manifest = payload.manifest
    kind = manifest["kind"]
    expected = {f"{name}.json" for name in KIND_FILES[kind]}
    optional = {f"{name}.json" for name in OPTIONAL_FILES.get(kind, ())}
    if not expected <= set(payload.files) <= expected | optional:
        raise PackageRejected("wrong_files", _t("Gói loại {kind} phải gồm đúng các tệp: {names}.", kind=kind_label(kind),
                                                names=", ".join(sorted(expected))))
    data: JsonObject = {name: load_json(payload.files, f"{name}.json") for name in (*KIND_FILES[kind], *OPTIONAL_FILES.get(kind, ()))
            if f"{name}.json" in payload.files}
    check(kind, data if kind != "receipt" else data["receipt"], _t("Dữ liệu gói"))
    if "dossier_figures" in data:
        _check_figures(data["dossier_figures"])
    codes = [r["code"] for r in data.get("classifications", [])] + [p["code"] for p in data.get("procedures", [])]
    codes += [c["code"] for c in data["receipt"]["comments"]] if kind == "receipt" else []
    if kind == "reference":
        _check_unit_tree(data["units"])
    if len(set(codes)) != len(codes):
        repeated = sorted(code for code, n in Counter(codes).items() if n > 1)[:5]
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: mã lặp lại {codes}.", codes=", ".join(repeated)))
    unknown = sorted({r["reason_code"] for r in data.get("classifications", [])
                      if r.get("reason_code") and r["reason_code"] not in _known_reasons()})
    if unknown:  # it would be published verbatim, a code no rule set explains
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: lý do không có trong bộ quy tắc nào: {codes}.",
                                           codes=", ".join(unknown[:5])))
    next_key = manifest.get("next_key")
    if next_key and next_key["key_id"] == manifest["key_id"]:
        raise PackageRejected("schema", _t("Manifest thông báo khóa mới trùng với khóa đang ký gói."))
    for code in codes:
        if isinstance(code, str) and _CANONICAL_CODE.fullmatch(code):
            continue  # what the program writes: parsing it again would change nothing
        try:
            parsed = parse_procedure_code(code)
        except DomainError as error:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error
        if parsed.value != code:  # packages are written by the program: codes are already normalised
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: mã «{code}» không ở dạng chuẩn.",
                                               code=code))
    return data


@lru_cache(maxsize=1)
def _known_reasons() -> frozenset[str]:
    """Every reason code of the bundled rule sets (a package from before a change of law keeps its own)."""
    from dvc_desktop.domain.rulesets import bundled_rule_sets

    return frozenset(reason.code for rules in bundled_rule_sets() for reason in rules.reasons)


def _check_figures(records: list[dict]) -> None:
    """The rules a clerk's entry meets (domain/indicators.py), again: the package may be forged."""
    periods = [r["period"] for r in records]
    if len(set(periods)) != len(periods):
        repeated = sorted(p for p, n in Counter(periods).items() if n > 1)
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: kỳ báo cáo lặp lại {periods}.",
                                           periods=", ".join(repeated)))
    for record in records:
        try:
            parse_quarter(record["period"])
        except DomainError as error:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error
        issues = figures_issues(_figures(record))
        if issues:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: kỳ {period}: {error}",
                                               period=record["period"], error=issues[0].message))


def _check_unit_tree(units: list[dict]) -> None:
    """One root, parents that exist, no cycles: the same rules as the domain's unit tree."""
    from dvc_desktop.domain.units import Unit, UnitKind, UnitTree

    try:
        UnitTree.build(Unit(u["code"], u["name"], UnitKind(u["kind"]), u["level_code"], u["parent_code"]) for u in units)
    except DomainError as error:
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error


def _trusted(session: Session, key_id: str) -> models.TrustedKey | None:
    return session.scalars(select(models.TrustedKey).where(models.TrustedKey.key_id == key_id)).one_or_none()


def _verify(session: Session, data: bytes, expected_fingerprint: str | None = None) -> Verified:
    opened = open_container(data)
    key_id = key_id_hex(opened.key_id)
    row = _trusted(session, key_id)
    if row is None:
        key = _first_contact_key(opened, key_id, expected_fingerprint)
    else:
        if row.revoked_at is not None:
            raise PackageRejected("revoked_key", _t("Khóa ký {key} của đơn vị {unit} đã bị thu hồi.",
                                                    key=key_id, unit=row.unit_code))
        if row.replaced_at is not None:
            raise PackageRejected("replaced_key", _t(
                "Khóa ký {key} của đơn vị {unit} đã được thay bằng khóa mới; gói ký bằng khóa cũ không được nhận.",
                key=key_id, unit=row.unit_code))
        key = MinisignPublicKey(opened.key_id, base64.b64decode(row.public_key))
    verify_signature(opened, key)
    payload = read_payload(opened.payload, check_manifest=check_manifest)
    if payload.manifest["key_id"] != key_id:
        raise PackageRejected("tampered", _t("Manifest ghi khóa khác với khóa đã ký gói."))
    if row is not None and payload.manifest["sender"]["unit_code"] != row.unit_code:
        raise PackageRejected("key_mismatch", _t(
            "Gói ghi đơn vị gửi {sender} nhưng được ký bằng khóa của đơn vị {unit}.",
            sender=payload.manifest["sender"]["unit_code"], unit=row.unit_code))
    return Verified(opened, payload, _check_data(payload), row, keyfiles.fingerprint_of(key.key_id, key.public_key))


def _first_contact_key(opened: Opened, key_id: str, expected: str | None) -> MinisignPublicKey:
    """A reference package may bring the province's key the first time, checked by its fingerprint."""
    unsigned = read_payload(opened.payload, check_manifest=check_manifest)  # hostile-safe, not yet trusted
    if unsigned.manifest["kind"] != "reference" or "province.json" not in unsigned.files:
        claimed = unsigned.manifest["sender"]["unit_code"]
        raise PackageRejected("unknown_signer", _t("Gói được ký bằng khóa {key} chưa được tin cậy (gói ghi đơn vị gửi "
                                                   "{unit}).", key=key_id, unit=claimed), claimed_sender=claimed)
    province = load_json(unsigned.files, "province.json")
    try:
        raw = base64.b64decode(province["public_key"], validate=True)  # type: ignore[index]
        key = MinisignPublicKey(opened.key_id, raw)
        shown = keyfiles.fingerprint_of(key.key_id, key.public_key)
    except (TypeError, KeyError, ValueError) as error:
        raise PackageRejected("unknown_signer", _t("Gói được ký bằng khóa {key} chưa được tin cậy.",
                                                   key=key_id)) from error
    if expected is None:
        raise PackageRejected("unconfirmed_key", _t(
            "Khóa của tỉnh chưa được tin cậy. Dấu vân tay của khóa ký gói này: {fp}. Đối chiếu với dấu vân tay "
            "do Văn phòng UBND tỉnh cung cấp rồi xác nhận.", fp=shown), fingerprint=shown)
    if fold(expected).replace(" ", "") != fold(shown).replace(" ", ""):
        raise PackageRejected("fingerprint_mismatch", _t(
            "Dấu vân tay không khớp: gói được ký bằng khóa {fp}, khác với dấu vân tay đã cung cấp.", fp=shown))
    return key


def verify_package(context: ServiceContext, path: Path, expected_fingerprint: str | None = None) -> dict:
    """`package verify --json`: checks everything an import checks except the replay rules; changes nothing."""
    result: JsonObject = {"valid": False, "reason": "", "kind": None, "sender": None, "recipient": None,
                                 "sequence": None, "procedures": 0, "file": path.name}
    try:
        data = read_file(path)
        with context.transaction() as session:
            verified = _verify(session, data, expected_fingerprint)
    except PackageRejected as error:
        result.update(reason=str(error), reason_code=error.code)
        return result
    manifest = verified.payload.manifest
    result.update(valid=True, kind=manifest["kind"], sender=manifest["sender"]["unit_code"],
                  recipient=manifest["recipient"], sequence=manifest["sequence"],
                  procedures=_count(verified), key_id=manifest["key_id"], fingerprint=verified.signer_fingerprint,
                  created_at=manifest["created_at"])
    return result


def _count(verified: Verified) -> int:
    data = verified.data
    if "classifications" in data:
        return len(data["classifications"])
    if "procedures" in data:
        return len(data["procedures"])
    return int(data["receipt"]["procedures"])


# ================================================================ import
