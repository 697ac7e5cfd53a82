"""Reading certificates and CRLs (PEM or DER, one or many) as hostile input, and what a person needs to
see of a certificate: subject, organisation, serial, validity, fingerprint."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from dvc_desktop.domain.text import clean, refused_pattern
from dvc_desktop.i18n import translate

MAX_FILE_BYTES = 4 * 1024 * 1024  # a CA bundle or a CRL; a government CRL is well under this
MAX_CERTIFICATES = 64
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", re.S)


class CertificateFileError(ValueError):
    """A certificate or CRL file that cannot be read; str() is the Vietnamese reason."""


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


def read_limited(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CertificateFileError(_t("Tệp {name} quá lớn để là chứng thư số hoặc CRL.", name=path.name))
        return path.read_bytes()
    except OSError as error:
        raise CertificateFileError(_t("Không đọc được tệp {name}: {error}", name=path.name,
                                      error=error.strerror or error)) from error


def load_certificates(data: bytes, name: str = "") -> list[x509.Certificate]:
    """Every certificate in a PEM bundle, or the one DER certificate; never an empty list."""
    if len(data) > MAX_FILE_BYTES:
        raise CertificateFileError(_t("Tệp {name} quá lớn để là chứng thư số.", name=name))
    try:
        blocks = [m for m in _PEM_BLOCK.finditer(data) if m.group(1) in (b"CERTIFICATE", b"TRUSTED CERTIFICATE")]
        if blocks:
            if len(blocks) > MAX_CERTIFICATES:
                raise CertificateFileError(_t("Tệp {name} có quá nhiều chứng thư (tối đa {n}).", name=name,
                                              n=MAX_CERTIFICATES))
            return [x509.load_pem_x509_certificate(m.group(0)) for m in blocks]
        return [x509.load_der_x509_certificate(data)]
    except ValueError as error:
        raise CertificateFileError(_t("Tệp {name} không phải chứng thư số X.509 (PEM hoặc DER).",
                                      name=name)) from error


def load_crl(data: bytes, name: str = "") -> x509.CertificateRevocationList:
    if len(data) > MAX_FILE_BYTES:
        raise CertificateFileError(_t("Tệp {name} quá lớn để là CRL.", name=name))
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as error:
        raise CertificateFileError(_t("Tệp {name} không phải danh sách chứng thư bị thu hồi (CRL) hợp lệ.",
                                      name=name)) from error


def der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(Encoding.DER)


def crl_der(crl: x509.CertificateRevocationList) -> bytes:
    return crl.public_bytes(Encoding.DER)


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, upper-case hex: what `openssl x509 -fingerprint -sha256` shows."""
    return hashlib.sha256(der(certificate)).hexdigest().upper()


def shown(text: str) -> str:
    """A certificate's name as the program shows and keeps it: NFC, one line, and any character the text
    rule refuses (a control or bidi-override character a hostile certificate may carry) as U+FFFD, so it
    can be read, stored and compared, never reorder what is displayed around it."""
    return refused_pattern(False).sub("\ufffd", clean(text))


def _values(name: x509.Name, oid: x509.ObjectIdentifier) -> list[str]:
    return [shown(str(attribute.value)) for attribute in name.get_attributes_for_oid(oid)]


def organisation_of(certificate: x509.Certificate) -> str:
    """The agency a certificate speaks for: its organisational units, then its organisations, most
    specific first ("Sở Tư pháp, UBND tỉnh Thử"). The government CA names the agency there; the common
    name may be a person's. A certificate with neither names its holder."""
    subject = certificate.subject
    parts = [*_values(subject, NameOID.ORGANIZATIONAL_UNIT_NAME), *_values(subject, NameOID.ORGANIZATION_NAME)]
    return ", ".join(p.strip() for p in parts if p.strip()) or ", ".join(_values(subject, NameOID.COMMON_NAME))


def readable_name(name: x509.Name) -> str:
    """Most specific first, as people read it: "CN=…, OU=…, O=…, ST=…, C=VN"."""
    return shown(name.rfc4514_string())


def allows_digital_signature(certificate: x509.Certificate) -> bool:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False  # the government CA always states it; a certificate without it is not one of theirs
    return bool(usage.digital_signature)


def is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def is_self_signed(certificate: x509.Certificate) -> bool:
    return certificate.issuer == certificate.subject


@dataclass(frozen=True)
class CertificateInfo:
    """What the office sees of a certificate before trusting it, and what --json prints."""

    subject: str
    common_name: str
    organisation: str
    issuer: str
    serial: str
    not_before: str
    not_after: str
    sha256: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def describe(certificate: x509.Certificate) -> CertificateInfo:
    return CertificateInfo(
        subject=readable_name(certificate.subject),
        common_name=", ".join(_values(certificate.subject, NameOID.COMMON_NAME)),
        organisation=organisation_of(certificate),
        issuer=readable_name(certificate.issuer),
        serial=format(certificate.serial_number, "X"),
        not_before=certificate.not_valid_before_utc.isoformat(timespec="seconds"),
        not_after=certificate.not_valid_after_utc.isoformat(timespec="seconds"),
        sha256=fingerprint(certificate),
    )


def valid_at(certificate: x509.Certificate, moment: dt.datetime) -> bool:
    return certificate.not_valid_before_utc <= moment <= certificate.not_valid_after_utc
