"""Official certificates in the store (`dvc-desktop keys certificate`, `trust ca|crl|org|policy`): the
certificate this unit or office signs with, the CA certificates and CRLs it trusts, and the organisation
each unit's certificates name."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.certificates import x509 as certs
from dvc_desktop.certificates.cms import CertificateTrust
from dvc_desktop.certificates.credentials import (
    CredentialError, Pkcs12Source, SigningSource, TokenSource, check_usable, library_suggestions, read_credential,
    source_from_dict,
)
from dvc_desktop.domain.text import fold
from dvc_desktop.i18n import translate
from dvc_desktop.package.acceptance import CertificatePolicy
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected, InvalidRequest
from dvc_desktop.services.settings import get_setting, put_setting, require_identity
from dvc_desktop.store import audit, models

# Where a certificate is, re-exported for the command line and the window (they do not import certificates/).
__all__ = ["Pkcs12Source", "TokenSource", "library_suggestions"]

SIGNING_SETTING = "certificate.signing"
POLICY_SETTING = "certificate.require"


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


# ---------------------------------------------------------------- the certificate this store signs with


@dataclass(frozen=True)
class SigningCertificate:
    source: SigningSource
    certificate: certs.CertificateInfo
    chain: list[certs.CertificateInfo]
    configured_at: str

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source.as_dict(), "certificate": self.certificate.as_dict(),
                "chain": [c.as_dict() for c in self.chain], "configured_at": self.configured_at}


def configure_signing_certificate(context: ServiceContext, source: SigningSource, pin: str) -> SigningCertificate:
    """Open the token (or file) with the PIN, read its certificate and keep where it is, never the PIN."""
    now = dt.datetime.now(dt.timezone.utc)
    try:
        credential = read_credential(source, pin)
        check_usable(credential.certificate, now)
    except CredentialError as error:
        raise InvalidRequest(str(error)) from error
    info = certs.describe(credential.certificate)
    value = {"source": source.as_dict(), "certificate": base64.b64encode(certs.der(credential.certificate)).decode(),
             "chain": [base64.b64encode(certs.der(c)).decode() for c in credential.chain],
             "configured_at": now.isoformat(timespec="seconds")}
    with context.transaction() as session:
        require_identity(session)
        put_setting(session, SIGNING_SETTING, value)
        audit.record(session, context.actor, "certificate.configure", "certificate", info.sha256,
                     subject=info.subject, serial=info.serial, source=source.as_dict())
    return _signing_from(value)


def _signing_from(value: Any) -> SigningCertificate:
    certificate = certs.load_certificates(base64.b64decode(value["certificate"]))[0]
    chain = [certs.load_certificates(base64.b64decode(c))[0] for c in value.get("chain", [])]
    return SigningCertificate(source_from_dict(value["source"]), certs.describe(certificate),
                              [certs.describe(c) for c in chain], str(value.get("configured_at", "")))


def signing_certificate_in(session: Session) -> SigningCertificate | None:
    value = get_setting(session, SIGNING_SETTING)
    return _signing_from(value) if isinstance(value, dict) else None


def signing_certificate(context: ServiceContext) -> SigningCertificate | None:
    with context.transaction() as session:
        return signing_certificate_in(session)


def forget_signing_certificate(context: ServiceContext) -> None:
    with context.transaction() as session:
        current = signing_certificate_in(session)
        if current is None:
            return
        put_setting(session, SIGNING_SETTING, None)
        audit.record(session, context.actor, "certificate.forget", "certificate", current.certificate.sha256)


# ---------------------------------------------------------------- trusted CAs and CRLs


@dataclass(frozen=True)
class TrustedCaView:
    sha256: str
    subject: str
    not_after: str
    added_at: str
    added: bool = True  # False: it was trusted already


def _read(path: Path) -> bytes:
    try:
        return certs.read_limited(path)
    except certs.CertificateFileError as error:
        raise InputRejected(str(error)) from error


def add_trusted_cas(context: ServiceContext, path: Path) -> list[TrustedCaView]:
    """Every CA certificate in the file (a PEM bundle or one DER): a file holding any certificate that is
    not a CA's is refused whole."""
    try:
        found = certs.load_certificates(_read(path), path.name)
    except certs.CertificateFileError as error:
        raise InputRejected(str(error)) from error
    for certificate in found:
        if not certs.is_ca(certificate):
            info = certs.describe(certificate)
            raise InputRejected(_t(
                "«{subject}» trong tệp {name} không phải chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA): "
                "chỉ thêm chứng thư CA gốc hoặc CA trung gian; không thêm gì.",
                subject=info.common_name or info.subject, name=path.name))
    views = []
    with context.transaction() as session:
        for certificate in found:
            info = certs.describe(certificate)
            row = session.scalars(select(models.TrustedCa).where(models.TrustedCa.sha256 == info.sha256)).first()
            if row is not None:
                views.append(_ca_view(row, added=False))
                continue
            row = models.TrustedCa(sha256=info.sha256, subject=info.subject[:1024],
                                   not_after=certificate.not_valid_after_utc, der=certs.der(certificate),
                                   added_by=context.actor[:128])
            session.add(row)
            session.flush()
            audit.record(session, context.actor, "trust.ca.add", "certificate", info.sha256, subject=info.subject)
            views.append(_ca_view(row))
    return views


def _ca_view(row: models.TrustedCa, added: bool = True) -> TrustedCaView:
    return TrustedCaView(row.sha256, row.subject, _iso(row.not_after), _iso(row.added_at), added)


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:  # SQLite gives back naive UTC
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.isoformat(timespec="seconds")


def list_trusted_cas(context: ServiceContext) -> list[TrustedCaView]:
    with context.transaction() as session:
        return [_ca_view(row) for row in session.scalars(select(models.TrustedCa).order_by(models.TrustedCa.id))]


def remove_trusted_ca(context: ServiceContext, sha256: str) -> TrustedCaView:
    wanted = sha256.replace(":", "").strip().upper()
    with context.transaction() as session:
        row = session.scalars(select(models.TrustedCa).where(models.TrustedCa.sha256 == wanted)).first()
        if row is None:
            raise InvalidRequest(_t("Không có chứng thư CA nào được tin cậy với dấu SHA-256 {fp}.", fp=wanted))
        view = _ca_view(row)
        session.delete(row)
        audit.record(session, context.actor, "trust.ca.remove", "certificate", row.sha256, subject=row.subject)
        return view


@dataclass(frozen=True)
class CrlView:
    issuer: str
    this_update: str
    next_update: str | None
    revoked: int
    sha256: str
    added: bool = True


def add_crl(context: ServiceContext, path: Path) -> CrlView:
    """A CRL from a file. One signed by a CA the office trusts must verify with that CA's key; one of an
    issuing CA not added itself is checked at each use, against the issuer of the certificate it lists."""
    data = _read(path)
    try:
        crl = certs.load_crl(data, path.name)
    except certs.CertificateFileError as error:
        raise InputRejected(str(error)) from error
    der = certs.crl_der(crl)
    sha256 = hashlib.sha256(der).hexdigest().upper()
    with context.transaction() as session:
        for row in session.scalars(select(models.TrustedCa)):
            issuer = certs.load_certificates(row.der)[0]
            if issuer.subject == crl.issuer and not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
                raise InputRejected(_t("CRL trong tệp {name} không mang chữ ký hợp lệ của «{issuer}»; không nạp.",
                                       name=path.name, issuer=row.subject))
        existing = session.scalars(select(models.TrustedCrl).where(models.TrustedCrl.sha256 == sha256)).first()
        if existing is not None:
            return _crl_view(existing, added=False)
        loaded = models.TrustedCrl(issuer=certs.readable_name(crl.issuer)[:1024], sha256=sha256,
                                this_update=crl.last_update_utc, next_update=crl.next_update_utc,
                                revoked=len(crl), der=der)
        session.add(loaded)
        session.flush()
        audit.record(session, context.actor, "trust.crl.add", "crl", sha256, issuer=loaded.issuer,
                     revoked=loaded.revoked)
        return _crl_view(loaded)


def _crl_view(row: models.TrustedCrl, added: bool = True) -> CrlView:
    return CrlView(row.issuer, _iso(row.this_update), _iso(row.next_update) if row.next_update else None,
                   row.revoked, row.sha256, added)


def list_crls(context: ServiceContext) -> list[CrlView]:
    with context.transaction() as session:
        return [_crl_view(row) for row in session.scalars(select(models.TrustedCrl).order_by(models.TrustedCrl.id))]


# ---------------------------------------------------------------- organisations and the policy


@dataclass(frozen=True)
class OrganisationView:
    unit_code: str
    organisation: str
    confirmed_at: str
    confirmed_by: str


def _known_unit(session: Session, unit_code: str) -> bool:
    """A unit of the store, or at a unit, the provincial office of its province: before the first reference
    (which brings the unit tree) the office's code is known only by its province suffix."""
    from dvc_desktop.services.identity import Role

    identity = require_identity(session)
    if unit_code == identity.province_code or session.scalars(
            select(models.Unit.id).where(models.Unit.code == unit_code)).first() is not None:
        return True
    return identity.role == Role.DEPARTMENT and unit_code.endswith("." + identity.province_code)


def confirm_organisation(context: ServiceContext, unit_code: str, organisation: str) -> OrganisationView:
    """From now on, a certificate naming `organisation` signs for `unit_code`, and no other organisation."""
    unit_code, organisation = unit_code.strip(), " ".join(organisation.split())
    if not organisation:
        raise InvalidRequest(_t("Tên tổ chức trong chứng thư không được để trống."))
    with context.transaction() as session:
        if not _known_unit(session, unit_code):
            raise InvalidRequest(_t("Không có đơn vị mã {code}.", code=unit_code))
        for row in session.scalars(select(models.CertificateOrganisation)):
            if fold(row.organisation) == fold(organisation) and row.unit_code != unit_code:
                raise InvalidRequest(_t(
                    "Tổ chức «{organisation}» đã được xác nhận cho đơn vị {other}: một tổ chức chỉ ký cho một đơn vị.",
                    organisation=organisation, other=row.unit_code))
        found = session.scalars(select(models.CertificateOrganisation)
                                .where(models.CertificateOrganisation.unit_code == unit_code)).first()
        before = found.organisation if found else None
        row = found or models.CertificateOrganisation(unit_code=unit_code, organisation=organisation)
        session.add(row)
        row.organisation = organisation
        row.confirmed_at = dt.datetime.now(dt.timezone.utc)
        row.confirmed_by = context.actor[:128]
        session.flush()
        audit.record(session, context.actor, "trust.org.confirm", "unit", unit_code, organisation=organisation,
                     before=before)
        return OrganisationView(row.unit_code, row.organisation, _iso(row.confirmed_at), row.confirmed_by)


def list_organisations(context: ServiceContext) -> list[OrganisationView]:
    with context.transaction() as session:
        return [OrganisationView(r.unit_code, r.organisation, _iso(r.confirmed_at), r.confirmed_by)
                for r in session.scalars(select(models.CertificateOrganisation)
                                         .order_by(models.CertificateOrganisation.unit_code))]


def set_require_certificate(context: ServiceContext, required: bool) -> None:
    with context.transaction() as session:
        require_identity(session)
        put_setting(session, POLICY_SETTING, required)
        audit.record(session, context.actor, "trust.policy", "policy", "require_certificate", value=required)


def requires_certificate(context: ServiceContext) -> bool:
    with context.transaction() as session:
        return bool(get_setting(session, POLICY_SETTING, False))


def certificate_policy(session: Session) -> CertificatePolicy:
    """What package acceptance needs from the store, read in the caller's transaction."""
    anchors = [certs.load_certificates(row.der)[0] for row in session.scalars(select(models.TrustedCa))]
    crls = [row.der for row in session.scalars(select(models.TrustedCrl))]
    organisations = {row.unit_code: row.organisation for row in session.scalars(select(models.CertificateOrganisation))}
    return CertificatePolicy(CertificateTrust(anchors, crls), organisations.get,
                             bool(get_setting(session, POLICY_SETTING, False)))
