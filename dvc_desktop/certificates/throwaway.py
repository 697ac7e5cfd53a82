"""A throw-away CA and agency certificate, made in memory for `--self-test`: it proves that this
installation can sign and check (CMS, PAdES with its embedded font) without a token or a real
certificate. Nothing made here is trusted anywhere but in the self-test's scratch stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Throwaway:
    ca_pem: bytes
    pkcs12: bytes  # the agency's key and certificate, with the CA, under `password`
    password: str


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DVC Desktop tự kiểm tra"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_throwaway(password: str) -> Throwaway:
    now = dt.datetime.now(dt.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())

    def usage(ca: bool) -> x509.KeyUsage:
        return x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                             data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                             encipher_only=False, decipher_only=False)

    def issue(subject: x509.Name, public: ec.EllipticCurvePublicKey, ca: bool) -> x509.Certificate:
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(_name("CA tự kiểm tra"))
                .public_key(public).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
                .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
                .add_extension(usage(ca), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                               critical=False)
                .sign(ca_key, hashes.SHA256()))

    ca = issue(_name("CA tự kiểm tra"), ca_key.public_key(), True)
    agency = issue(_name("Cơ quan tự kiểm tra"), key.public_key(), False)
    bundle = pkcs12.serialize_key_and_certificates(b"self-test", key, agency, [ca],
                                                   serialization.BestAvailableEncryption(password.encode()))
    return Throwaway(ca.public_bytes(serialization.Encoding.PEM), bundle, password)
