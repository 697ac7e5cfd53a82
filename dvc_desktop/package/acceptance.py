"""Whether a package is acceptable, all in one place: the container, the signer (trusted, or the first
time the province's key confirmed by its fingerprint), the signature, the manifest and every data file
decoded into typed records, then the rules a kind's data must meet. What comes out is an `Accepted`
package whose records the services only decide what to do with.

The office's trusted keys live in its store: the caller passes `signer_for(key_id)`, which says what
the store knows of a key (nothing, or a `Signer`), and a `CertificatePolicy`: the CA certificates and
CRLs it trusts and the organisation it confirmed for each unit. A package signed with a certificate
(`package.zip.p7s`) is accepted on the certificate when the office trusts any CA; its minisign
signature, if any, is then checked too when the office knows that key.
"""

from __future__ import annotations

import base64
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from dvc_desktop.certificates.cms import CertificateTrust, SignatureRefused, SignedBy, verify_detached
from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.indicators import OPTIONAL_FIGURES, DossierFigures, figures_issues, parse_quarter
from dvc_desktop.domain.text import fold
from dvc_desktop.i18n import translate
from dvc_desktop.package.container import Opened, Payload, open_container, read_payload, verify_signature
from dvc_desktop.package.errors import PackageRejected
from dvc_desktop.package.keys import fingerprint_of, key_id_hex
from dvc_desktop.package.minisign import MinisignPublicKey
from dvc_desktop.package.records import (
    KIND_FILES, OPTIONAL_FILES, Classification, Comment, Figures, LevelRecord, Manifest, ProcedureRecord,
    Province, Receipt, Rules, SectorRecord, UnitRecord, Website,
)
from dvc_desktop.package.schema import decode_file
from msgspec import UNSET

# A procedure code in its normalised form, ASCII digits only (domain/codes.py: national, case or local):
# such a code parses to itself. Anything else goes through parse_procedure_code, which explains the refusal.
_CANONICAL_CODE = re.compile(r"[0-9]\.[0-9]{6}(\.[0-9]{2}|\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})?")


def _t(text: str, **params: object) -> str:
    return translate("package", text, **params)


def kind_label(kind: str) -> str:
    return {"submission": _t("gửi tỉnh"), "reference": _t("tham chiếu"), "receipt": _t("biên nhận")}.get(kind, kind)


@dataclass(frozen=True)
class Signer:
    """A key the office trusts, as its store records it."""

    unit_code: str
    public_key: bytes
    revoked: bool = False
    replaced: bool = False


@dataclass(frozen=True)
class SubmissionData:
    """A unit's full snapshot; `dossier_figures` is None in a package from before the indicators."""

    classifications: list[Classification]
    websites: list[Website]
    dossier_figures: list[Figures] | None


@dataclass(frozen=True)
class ReferenceData:
    province: Province
    levels: list[LevelRecord]
    units: list[UnitRecord]
    sectors: list[SectorRecord]
    procedures: list[ProcedureRecord]
    rules: Rules


@dataclass(frozen=True)
class ReceiptData:
    receipt: Receipt


PackageData = SubmissionData | ReferenceData | ReceiptData


@dataclass(frozen=True)
class CertificatePolicy:
    """What the receiving office knows of certificates: the CAs and CRLs it trusts, the organisation it
    confirmed for each unit (`organisation_for(unit_code)`), and whether it refuses minisign-only packages."""

    trust: CertificateTrust
    organisation_for: Callable[[str], str | None]
    require_certificate: bool = False


NO_CERTIFICATES = CertificatePolicy(CertificateTrust(), lambda unit: None)


@dataclass(frozen=True)
class Accepted:
    opened: Opened
    payload: Payload
    data: PackageData
    signer: Signer | None  # None: the province's key, confirmed by its fingerprint the first time
    signer_fingerprint: str
    certificate: SignedBy | None = None  # the certificate that signed package.zip.p7s, validated

    @property
    def manifest(self) -> Manifest:
        return self.payload.manifest

    @property
    def count(self) -> int:
        """How many procedures the package speaks of."""
        data = self.data
        if isinstance(data, SubmissionData):
            return len(data.classifications)
        if isinstance(data, ReferenceData):
            return len(data.procedures)
        return data.receipt.procedures


def accept(raw: bytes, signer_for: Callable[[str], Signer | None],
           expected_fingerprint: str | None = None, certificates: CertificatePolicy = NO_CERTIFICATES) -> Accepted:
    """The package in `raw`, accepted, or PackageRejected with the reason."""
    opened = open_container(raw)
    if opened.cms is None and certificates.require_certificate:
        raise PackageRejected("certificate_required", _t(
            "Văn phòng chỉ nhận gói ký bằng chứng thư số của đơn vị; gói này chỉ có chữ ký bằng khóa minisign."))
    if opened.cms is not None and (opened.key_id is None or certificates.trust.anchors):
        return _accept_certificate(opened, signer_for, certificates)
    assert opened.key_id is not None
    key_id = key_id_hex(opened.key_id)
    signer = signer_for(key_id)
    if signer is None:
        key = _first_contact_key(opened, opened.key_id, expected_fingerprint)
    else:
        _check_key_state(signer, key_id)
        key = MinisignPublicKey(opened.key_id, signer.public_key)
    verify_signature(opened, key)
    payload = read_payload(opened.payload)
    if payload.manifest.key_id != key_id:
        raise PackageRejected("tampered", _t("Manifest ghi khóa khác với khóa đã ký gói."))
    if signer is not None:
        _check_sender(signer, payload.manifest)
    return Accepted(opened, payload, _data(payload), signer, fingerprint_of(key.key_id, key.public_key))


def _accept_certificate(opened: Opened, signer_for: Callable[[str], Signer | None],
                        certificates: CertificatePolicy) -> Accepted:
    """Trust from the certificate: a chain to a trusted CA, then the unit's confirmed organisation."""
    assert opened.cms is not None
    try:
        signed = verify_detached(opened.payload, opened.cms, certificates.trust)
    except SignatureRefused as error:
        raise PackageRejected(error.code, str(error), certificate=error.certificate.as_dict()
                              if error.certificate else None) from error
    payload = read_payload(opened.payload)
    manifest = payload.manifest
    if manifest.certificate is UNSET or manifest.certificate.sha256 != signed.info.sha256:
        raise PackageRejected("tampered", _t("Manifest ghi chứng thư số khác với chứng thư đã ký gói."))
    if manifest.kind == "reference" and opened.key_id is None:
        raise PackageRejected("schema", _t(
            "Gói tham chiếu phải có chữ ký bằng khóa minisign của tỉnh (các đơn vị tin cậy tỉnh qua khóa đó)."))
    signer: Signer | None = None
    fingerprint = ""
    if opened.key_id is None:
        if manifest.key_id is not None:
            raise PackageRejected("tampered", _t("Manifest ghi khóa minisign nhưng gói không có chữ ký minisign."))
    else:
        key_id = key_id_hex(opened.key_id)
        if manifest.key_id != key_id:
            raise PackageRejected("tampered", _t("Manifest ghi khóa khác với khóa đã ký gói."))
        signer = signer_for(key_id)
        key: MinisignPublicKey | None = None
        if signer is not None:  # a key the office knows must still be good and still the sender's
            _check_key_state(signer, key_id)
            _check_sender(signer, manifest)
            key = MinisignPublicKey(opened.key_id, signer.public_key)
        elif manifest.kind == "reference":  # the province's key, vouched for by its certificate, must match
            province: Province = decode_file("province", payload.files.get("province.json", b""), _t("Dữ liệu gói"))
            try:
                key = MinisignPublicKey(opened.key_id, base64.b64decode(province.public_key, validate=True))
            except ValueError as error:
                raise PackageRejected("schema", _t("Khóa công khai của tỉnh trong gói không hợp lệ.")) from error
        if key is not None:
            verify_signature(opened, key)
            fingerprint = fingerprint_of(key.key_id, key.public_key)
    unit = manifest.sender.unit_code
    confirmed = certificates.organisation_for(unit)
    shown = signed.info.as_dict()
    if confirmed is None:
        raise PackageRejected("unconfirmed_certificate", _t(
            "Đơn vị {unit} lần đầu gửi gói ký bằng chứng thư số: chủ thể «{subject}», tổ chức «{organisation}», "
            "số sê-ri {serial}. Đối chiếu rồi xác nhận tổ chức này là của đơn vị (`dvc-desktop trust org add`).",
            unit=unit, subject=signed.info.common_name, organisation=signed.info.organisation,
            serial=signed.info.serial), claimed_sender=unit, certificate=shown)
    if fold(confirmed) != fold(signed.info.organisation):
        raise PackageRejected("organisation_mismatch", _t(
            "Gói ghi đơn vị gửi {unit} nhưng được ký bằng chứng thư của tổ chức «{organisation}», khác với tổ chức "
            "«{confirmed}» đã xác nhận cho đơn vị này.", unit=unit, organisation=signed.info.organisation,
            confirmed=confirmed), certificate=shown)
    return Accepted(opened, payload, _data(payload), signer, fingerprint, signed)


def _check_key_state(signer: Signer, key_id: str) -> None:
    if signer.revoked:
        raise PackageRejected("revoked_key", _t("Khóa ký {key} của đơn vị {unit} đã bị thu hồi.",
                                                key=key_id, unit=signer.unit_code))
    if signer.replaced:
        raise PackageRejected("replaced_key", _t(
            "Khóa ký {key} của đơn vị {unit} đã được thay bằng khóa mới; gói ký bằng khóa cũ không được nhận.",
            key=key_id, unit=signer.unit_code))


def _check_sender(signer: Signer, manifest: Manifest) -> None:
    if manifest.sender.unit_code != signer.unit_code:
        raise PackageRejected("key_mismatch", _t(
            "Gói ghi đơn vị gửi {sender} nhưng được ký bằng khóa của đơn vị {unit}.",
            sender=manifest.sender.unit_code, unit=signer.unit_code))


def _first_contact_key(opened: Opened, raw_key_id: bytes, expected: str | None) -> MinisignPublicKey:
    """A reference package may bring the province's key the first time, checked by its fingerprint."""
    key_id = key_id_hex(raw_key_id)
    unsigned = read_payload(opened.payload)  # hostile-safe, not yet trusted
    if unsigned.manifest.kind != "reference" or "province.json" not in unsigned.files:
        claimed = unsigned.manifest.sender.unit_code
        raise PackageRejected("unknown_signer", _t("Gói được ký bằng khóa {key} chưa được tin cậy (gói ghi đơn vị gửi "
                                                   "{unit}).", key=key_id, unit=claimed), claimed_sender=claimed)
    try:
        province: Province = decode_file("province", unsigned.files["province.json"], _t("Dữ liệu gói"))
        key = MinisignPublicKey(raw_key_id, base64.b64decode(province.public_key, validate=True))
        shown = fingerprint_of(key.key_id, key.public_key)
    except (PackageRejected, ValueError) as error:
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


def accept_self_signed_reference(raw: bytes) -> Accepted:
    """A reference package checked like an import but signed by the key it carries: what the first-run
    wizard shows before any store exists. Trust comes from the user comparing the fingerprint; the
    import that follows checks it again against the fingerprint confirmed."""
    opened = open_container(raw)
    unsigned = read_payload(opened.payload)
    if unsigned.manifest.kind != "reference":
        raise PackageRejected("wrong_kind", _t("Đây không phải gói tham chiếu của tỉnh."))
    data = _data(unsigned)
    assert isinstance(data, ReferenceData)
    if opened.key_id is None:
        raise PackageRejected("schema", _t(
            "Gói tham chiếu phải có chữ ký bằng khóa minisign của tỉnh (các đơn vị tin cậy tỉnh qua khóa đó)."))
    key = MinisignPublicKey(opened.key_id, base64.b64decode(data.province.public_key))
    verify_signature(opened, key)
    return Accepted(opened, unsigned, data, None, fingerprint_of(key.key_id, key.public_key))


# ---------------------------------------------------------------- the rules a kind's data meets


def _data(payload: Payload) -> PackageData:
    manifest = payload.manifest
    kind = manifest.kind
    expected = {f"{name}.json" for name in KIND_FILES[kind]}
    optional = {f"{name}.json" for name in OPTIONAL_FILES.get(kind, ())}
    if not expected <= set(payload.files) <= expected | optional:
        raise PackageRejected("wrong_files", _t("Gói loại {kind} phải gồm đúng các tệp: {names}.", kind=kind_label(kind),
                                                names=", ".join(sorted(expected))))
    what = _t("Dữ liệu gói")
    files = {name: decode_file(name, payload.files[f"{name}.json"], what)
             for name in (*KIND_FILES[kind], *OPTIONAL_FILES.get(kind, ())) if f"{name}.json" in payload.files}
    data: PackageData
    codes: list[str]
    if kind == "submission":
        data = SubmissionData(files["classifications"], files["websites"], files.get("dossier_figures"))
        codes = [r.code for r in data.classifications]
        if data.dossier_figures is not None:
            _check_figures(data.dossier_figures)
    elif kind == "reference":
        data = ReferenceData(**files)
        codes = [p.code for p in data.procedures]
        _check_unit_tree(data.units)
    else:
        data = ReceiptData(files["receipt"])
        codes = [c.code for c in data.receipt.comments]
    if len(set(codes)) != len(codes):
        repeated = sorted(code for code, n in Counter(codes).items() if n > 1)[:5]
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: mã lặp lại {codes}.", codes=", ".join(repeated)))
    if isinstance(data, SubmissionData):
        _check_reasons(data.classifications)
    if manifest.next_key and manifest.next_key.key_id == manifest.key_id:
        raise PackageRejected("schema", _t("Manifest thông báo khóa mới trùng với khóa đang ký gói."))
    _check_codes(codes)
    return data


def _check_codes(codes: list[str]) -> None:
    """Every code in the form the program writes."""
    for code in codes:
        if _CANONICAL_CODE.fullmatch(code):
            continue  # what the program writes: parsing it again would change nothing
        try:
            parsed = parse_procedure_code(code)
        except DomainError as error:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error
        if parsed.value != code:  # packages are written by the program: codes are already normalised
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: mã «{code}» không ở dạng chuẩn.",
                                               code=code))


def _check_reasons(records: list[Classification]) -> None:
    unknown = sorted({r.reason_code for r in records if r.reason_code and r.reason_code not in _known_reasons()})
    if unknown:  # it would be published verbatim, a code no rule set explains
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: lý do không có trong bộ quy tắc nào: {codes}.",
                                           codes=", ".join(unknown[:5])))


@lru_cache(maxsize=1)
def _known_reasons() -> frozenset[str]:
    """Every reason code of the bundled rule sets (a package from before a change of law keeps its own)."""
    from dvc_desktop.domain.rulesets import bundled_rule_sets

    return frozenset(reason.code for rules in bundled_rule_sets() for reason in rules.reasons)


def figures_in(record: Figures) -> DossierFigures:
    """An older package carries only the four required figures; the optional ones are then not entered."""
    return DossierFigures(record.received_total, record.received_online, record.with_fees, record.paid_online,
                          **{name: getattr(record, name) for name in OPTIONAL_FIGURES})


def _check_figures(records: list[Figures]) -> None:
    """The rules a clerk's entry meets (domain/indicators.py), again: the package may be forged."""
    periods = [r.period for r in records]
    if len(set(periods)) != len(periods):
        repeated = sorted(p for p, n in Counter(periods).items() if n > 1)
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: kỳ báo cáo lặp lại {periods}.",
                                           periods=", ".join(repeated)))
    for record in records:
        try:
            parse_quarter(record.period)
        except DomainError as error:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error
        issues = figures_issues(figures_in(record))
        if issues:
            raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: kỳ {period}: {error}",
                                               period=record.period, error=issues[0].message))


def _check_unit_tree(units: list[UnitRecord]) -> None:
    """One root, parents that exist, no cycles: the same rules as the domain's unit tree."""
    from dvc_desktop.domain.units import Unit, UnitKind, UnitTree

    try:
        UnitTree.build(Unit(u.code, u.name, UnitKind(u.kind), u.level_code, u.parent_code) for u in units)
    except DomainError as error:
        raise PackageRejected("schema", _t("Dữ liệu gói không hợp lệ: {error}", error=error)) from error


__all__ = ["Accepted", "Comment", "PackageRejected", "Signer", "accept", "figures_in", "kind_label"]
