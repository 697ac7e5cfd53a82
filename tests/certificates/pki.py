"""A certificate hierarchy shaped like the government's, made with `cryptography` for the tests and the
bench: a root CA, an issuing CA under it, agency certificates with organisation and unit names in
Vietnamese, and the odd ones every refusal needs (expired, not yet valid, no digitalSignature, another
organisation, another root, revoked with a CRL)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
PROVINCE = "UBND tỉnh Thử Nghiệm"
SOFTHSM_LIBRARIES = ["/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"]


def softhsm_library() -> str | None:
    return next((p for p in SOFTHSM_LIBRARIES if Path(p).is_file()), None) if shutil.which("softhsm2-util") else None


@dataclass
class Issued:
    certificate: x509.Certificate
    key: rsa.RSAPrivateKey

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def pkcs12(self, password: str, chain: list[x509.Certificate] = ()) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"dvc", self.key, self.certificate, list(chain),
            serialization.BestAvailableEncryption(password.encode()))


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def name(common: str, organisation: str | None = None, unit: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(attributes)


def _usage(ca: bool, signing: bool = True) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=signing and not ca, content_commitment=not ca, key_encipherment=not ca,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def issue(subject: x509.Name, issuer: Issued | None, ca: bool = False, signing: bool = True,
          not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
          timestamping: bool = False) -> Issued:
    key = _key()
    signer_key = issuer.key if issuer else key
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer.certificate.subject if issuer else subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before or NOW - dt.timedelta(days=1000 if ca else 300))
               .not_valid_after(not_after or NOW + dt.timedelta(days=3650 if ca else 730))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(_usage(ca, signing), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if timestamping:  # RFC 3161: a timestamp authority's certificate names that one use, critically
        builder = builder.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]),
                                        critical=True)
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer_key.public_key()), critical=False)
    return Issued(builder.sign(signer_key, hashes.SHA256()), key)


def crl(issuer: Issued, revoked: list[Issued], revoked_at: dt.datetime | None = None) -> bytes:
    builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer.certificate.subject)
               .last_update(NOW - dt.timedelta(hours=1)).next_update(NOW + dt.timedelta(days=7))
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
                              critical=False)
               .add_extension(x509.CRLNumber(1), critical=False))
    for item in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(item.certificate.serial_number)
            .revocation_date(revoked_at or NOW - dt.timedelta(days=2)).build())
    return builder.sign(issuer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


@dataclass
class Hierarchy:
    root: Issued
    issuing: Issued
    agency: Issued                 # Sở Tư pháp: the unit the tests sign for
    agency_renewed: Issued         # the same organisation, a later certificate
    other_organisation: Issued     # Sở Y tế: a different organisation
    expired: Issued
    not_yet_valid: Issued
    no_signing: Issued             # keyUsage without digitalSignature
    revoked: Issued
    foreign_root: Issued
    foreign: Issued                # chained to a root nobody trusts
    office: Issued                 # Văn phòng UBND tỉnh: signs the province's documents
    tsa: Issued                    # a timestamp authority under the same root
    crl: bytes = b""
    files: dict[str, Path] = field(default_factory=dict)

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for label in ("root", "issuing", "foreign_root"):
            path = folder / f"{label}.pem"
            path.write_bytes(getattr(self, label).pem())
            self.files[label] = path
        chain = folder / "ca-chain.pem"
        chain.write_bytes(self.root.pem() + self.issuing.pem())
        self.files["chain"] = chain
        (folder / "issuing.crl").write_bytes(self.crl)
        self.files["crl"] = folder / "issuing.crl"


def make_hierarchy() -> Hierarchy:
    root = issue(name("Cục Chứng thực số và Bảo mật thông tin (thử)", "Ban Cơ yếu Chính phủ"), None, ca=True)
    issuing = issue(name("CA phục vụ các cơ quan Nhà nước G3 (thử)", "Ban Cơ yếu Chính phủ"), root, ca=True)

    def agency(unit: str, **kwargs: object) -> Issued:
        return issue(name(f"{unit} tỉnh Thử Nghiệm", PROVINCE, unit), issuing, **kwargs)  # type: ignore[arg-type]

    foreign_root = issue(name("CA không được tin cậy", "Tổ chức lạ"), None, ca=True)
    hierarchy = Hierarchy(
        root=root, issuing=issuing, agency=agency("Sở Tư pháp"), agency_renewed=agency("Sở Tư pháp"),
        other_organisation=agency("Sở Y tế"),
        expired=agency("Sở Tư pháp", not_before=NOW - dt.timedelta(days=800), not_after=NOW - dt.timedelta(days=70)),
        not_yet_valid=agency("Sở Tư pháp", not_before=NOW + dt.timedelta(days=30),
                             not_after=NOW + dt.timedelta(days=400)),
        no_signing=agency("Sở Tư pháp", signing=False), revoked=agency("Sở Tư pháp"),
        foreign_root=foreign_root, foreign=issue(name("Sở Tư pháp tỉnh Thử Nghiệm", PROVINCE, "Sở Tư pháp"),
                                                 foreign_root),
        office=agency("Văn phòng UBND tỉnh"),
        tsa=issue(name("Dịch vụ cấp dấu thời gian (thử)", "Ban Cơ yếu Chính phủ"), issuing, timestamping=True))
    hierarchy.crl = crl(issuing, [hierarchy.revoked])
    return hierarchy


@dataclass(frozen=True)
class SoftToken:
    library: str
    token_label: str
    pin: str
    so_pin: str
    config: Path


def make_token(folder: Path, label: str, pin: str, keys: dict[str, tuple[Issued, list[Issued]]]) -> SoftToken:
    """A SoftHSM2 token in `folder` holding each key (by label) with its certificate and chain, imported
    through python-pkcs11 as a CA's enrolment tool would. Sets SOFTHSM2_CONF for the process (and the
    command lines it starts): call it once, before anything else loads the PKCS#11 library."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass
    from pkcs11.util.rsa import decode_rsa_private_key

    library = softhsm_library()
    assert library, "softhsm2 is not installed"
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    config = folder / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    so_pin = "87654321"
    env = {"SOFTHSM2_CONF": str(config), "PATH": "/usr/bin:/bin"}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", so_pin],
                   check=True, capture_output=True, env=env)
    import os

    os.environ["SOFTHSM2_CONF"] = str(config)  # for the whole process: SoftHSM reads it once, when loaded
    token = pkcs11.lib(library).get_token(token_label=label)
    with token.open(rw=True, user_pin=pin) as session:
        for index, (key_label, (issued, chain)) in enumerate(keys.items(), start=1):
            key_id = bytes([index])
            rsa_der = issued.key.private_bytes(serialization.Encoding.DER,
                                               serialization.PrivateFormat.TraditionalOpenSSL,
                                               serialization.NoEncryption())
            attributes = decode_rsa_private_key(rsa_der)
            attributes.update({Attribute.TOKEN: True, Attribute.LABEL: key_label, Attribute.ID: key_id,
                               Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False, Attribute.SIGN: True})
            session.create_object(attributes)
            for n, certificate in enumerate([issued, *chain]):
                session.create_object({
                    Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True, Attribute.LABEL: key_label if n == 0 else f"CA {n}",
                    Attribute.ID: key_id if n == 0 else bytes([100 + index * 10 + n]),
                    Attribute.SUBJECT: certificate.certificate.subject.public_bytes(),
                    Attribute.VALUE: certificate.certificate.public_bytes(serialization.Encoding.DER)})
    return SoftToken(library, label, pin, so_pin, config)
