"""Detached CMS signatures made through PKCS#11 (SoftHSM2) and checked as the province checks them, and by
`openssl cms -verify` as an auditor would."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from dvc_desktop.certificates.cms import CertificateTrust, SignatureRefused, sign_detached, verify_detached
from dvc_desktop.certificates.credentials import CredentialError, TokenSource, open_signer, read_credential
from dvc_desktop.certificates.x509 import fingerprint, organisation_of
from tests.certificates.pki import NOW, Hierarchy, SoftToken

PAYLOAD = b"PK\x03\x04 a package.zip stands here " * 2000


def _source(token: SoftToken, key: str = "agency") -> TokenSource:
    return TokenSource(token.library, token.token_label, key)


def _sign(token: SoftToken, key: str = "agency", data: bytes = PAYLOAD, at: dt.datetime | None = None) -> bytes:
    with open_signer(_source(token, key), token.pin) as signer:
        return sign_detached(signer, data, at)


def _trust(pki: Hierarchy, crl: bool = True) -> CertificateTrust:
    return CertificateTrust([pki.root.certificate], [pki.crl] if crl else [])


def test_a_token_signature_verifies_against_the_root_alone(soft_token: SoftToken, pki: Hierarchy) -> None:
    signature = _sign(soft_token)
    signed = verify_detached(PAYLOAD, signature, _trust(pki))
    assert fingerprint(signed.certificate) == fingerprint(pki.agency.certificate)
    assert signed.info.organisation == "Sở Tư pháp, UBND tỉnh Thử Nghiệm"
    assert abs(signed.signing_time - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_the_signature_as_an_auditor_would(soft_token: SoftToken, pki: Hierarchy,
                                                            tmp_path: Path) -> None:
    (tmp_path / "package.zip").write_bytes(PAYLOAD)
    (tmp_path / "package.zip.p7s").write_bytes(_sign(soft_token))
    done = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "package.zip.p7s",
                           "-content", "package.zip", "-CAfile", str(pki.files["root"]), "-purpose", "any",
                           "-out", "/dev/null"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Verification successful" in done.stderr
    (tmp_path / "package.zip").write_bytes(PAYLOAD + b"!")
    tampered = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "package.zip.p7s",
                               "-content", "package.zip", "-CAfile", str(pki.files["root"]), "-purpose", "any",
                               "-out", "/dev/null"], cwd=tmp_path, capture_output=True, text=True)
    assert tampered.returncode != 0


@pytest.mark.parametrize(("key", "code"), [
    ("expired", "certificate_expired"), ("not_yet_valid", "certificate_not_yet_valid"),
    ("no_signing", "key_usage"), ("foreign", "untrusted_chain"), ("revoked", "revoked"),
])
def test_each_refusal_names_its_reason(soft_token: SoftToken, pki: Hierarchy, key: str, code: str) -> None:
    with pytest.raises(SignatureRefused) as refused:
        verify_detached(PAYLOAD, _sign(soft_token, key), _trust(pki))
    assert refused.value.code == code
    assert refused.value.certificate is not None
    assert str(refused.value)  # a sentence in Vietnamese for the window and the console


def test_a_revoked_certificate_passes_only_until_its_crl_is_loaded(soft_token: SoftToken, pki: Hierarchy) -> None:
    signature = _sign(soft_token, "revoked")
    verify_detached(PAYLOAD, signature, _trust(pki, crl=False))
    with pytest.raises(SignatureRefused, match="thu hồi"):
        verify_detached(PAYLOAD, signature, _trust(pki))


def test_a_signature_over_another_payload_is_refused(soft_token: SoftToken, pki: Hierarchy) -> None:
    signature = _sign(soft_token, data=PAYLOAD + b"x")
    with pytest.raises(SignatureRefused) as refused:
        verify_detached(PAYLOAD, signature, _trust(pki))
    assert refused.value.code == "bad_signature"


def test_the_signing_time_decides_validity(soft_token: SoftToken, pki: Hierarchy) -> None:
    """An expired certificate's old signature stays good; a signing time in the future is refused."""
    old = _sign(soft_token, "expired", at=NOW - dt.timedelta(days=100))
    assert verify_detached(PAYLOAD, old, _trust(pki)).signing_time == NOW - dt.timedelta(days=100)
    ahead = _sign(soft_token, at=NOW + dt.timedelta(days=3))
    with pytest.raises(SignatureRefused) as refused:
        verify_detached(PAYLOAD, ahead, _trust(pki))
    assert refused.value.code == "future_signing_time"


def test_no_trusted_ca_and_garbage_are_refused(soft_token: SoftToken, pki: Hierarchy) -> None:
    with pytest.raises(SignatureRefused) as none:
        verify_detached(PAYLOAD, _sign(soft_token), CertificateTrust())
    assert none.value.code == "no_trusted_ca"
    for garbage in (b"", b"\x30\x03\x02\x01\x01", b"not a signature" * 10, b"\x30" + b"\xff" * 40):
        with pytest.raises(SignatureRefused) as bad:
            verify_detached(PAYLOAD, garbage, _trust(pki))
        assert bad.value.code == "bad_cms"


def test_a_wrong_pin_signs_nothing_and_says_so(soft_token: SoftToken) -> None:
    with pytest.raises(CredentialError) as wrong:
        with open_signer(_source(soft_token), "000000"):
            pytest.fail("a wrong PIN opened the token")
    assert wrong.value.code == "wrong_pin"
    assert "PIN" in str(wrong.value)


def test_a_missing_token_or_key_says_which(soft_token: SoftToken) -> None:
    with pytest.raises(CredentialError) as token:
        read_credential(TokenSource(soft_token.library, "Không có token này", "agency"), soft_token.pin)
    assert token.value.code == "token_missing"
    with pytest.raises(CredentialError) as key:
        read_credential(_source(soft_token, "không có"), soft_token.pin)
    assert key.value.code == "key_missing"


def test_the_credential_brings_its_chain(soft_token: SoftToken, pki: Hierarchy) -> None:
    credential = read_credential(_source(soft_token), soft_token.pin)
    assert organisation_of(credential.certificate) == "Sở Tư pháp, UBND tỉnh Thử Nghiệm"
    assert [fingerprint(c) for c in credential.chain] == [fingerprint(pki.issuing.certificate),
                                                          fingerprint(pki.root.certificate)]


def test_a_token_gone_while_signing_says_so_and_signs_nothing(soft_token: SoftToken) -> None:
    """What a pulled-out token looks like to the program: every handle of the open session is dead. The
    library is shut and started again under the signer, as when the token's driver loses the device."""
    from dvc_desktop.certificates import credentials

    with pytest.raises(CredentialError) as gone:
        with open_signer(_source(soft_token), soft_token.pin) as signer:
            credentials._library(soft_token.library).reinitialize()
            sign_detached(signer, PAYLOAD)
    assert gone.value.code == "token_removed"
    assert "rút ra" in str(gone.value)
    _sign(soft_token)  # the token works again once it is back


def test_a_pkcs12_file_signs_like_a_token(pki: Hierarchy, tmp_path: Path) -> None:
    from dvc_desktop.certificates.credentials import Pkcs12Source

    path = tmp_path / "so-tu-phap.p12"
    path.write_bytes(pki.agency.pkcs12("mật khẩu tệp", [pki.issuing.certificate]))
    source = Pkcs12Source(str(path))
    credential = read_credential(source, "mật khẩu tệp")
    assert fingerprint(credential.certificate) == fingerprint(pki.agency.certificate)
    with open_signer(source, "mật khẩu tệp") as signer:
        signature = sign_detached(signer, PAYLOAD)
    assert verify_detached(PAYLOAD, signature, _trust(pki)).info.organisation == "Sở Tư pháp, UBND tỉnh Thử Nghiệm"
    with pytest.raises(CredentialError) as wrong:
        read_credential(source, "sai")
    assert wrong.value.code == "wrong_pin"


def test_a_hostile_name_in_a_certificate_is_shown_kept_and_compared_harmlessly(pki: Hierarchy) -> None:
    """Control and bidi-override characters in a certificate's names become U+FFFD: the office can still read,
    store and confirm it (the store's text rule refuses those characters), and nothing reorders the display."""
    from dvc_desktop.certificates.x509 import describe
    from tests.certificates.pki import issue, name

    hostile = issue(name("Sở \u202eTư\u0007 pháp", "UBND\u2066 tỉnh", "Phòng\nA"), pki.issuing)
    info = describe(hostile.certificate)
    assert info.common_name == "Sở \ufffdTư\ufffd pháp"
    assert info.organisation == "Phòng A, UBND\ufffd tỉnh"  # a line break is a space in a one-line name
    assert "\u202e" not in info.subject and "\u0007" not in info.subject
