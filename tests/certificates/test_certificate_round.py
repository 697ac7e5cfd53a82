"""The issue's "done when", through the command line from empty stores (never `demo`): a unit whose only
signing means is its certificate on a (SoftHSM2) token exports its package; the province, with nothing but
the CA certificate configured, accepts it after confirming the unit's organisation once, with no fingerprint
exchanged; `openssl cms -verify` agrees; every refusal leaves the store as it was (exit 3)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

import shutil
import subprocess

from tests.certificates.pki import Hierarchy, SoftToken
from tests.certificates.conftest import init_store as _init
from tests.test_first_round import CODES, HEALTH, JUSTICE

ORGANISATION = "Sở Tư pháp, UBND tỉnh Thử Nghiệm"


def _department(cli, tmp_path: Path, round_open, token: SoftToken, pin_file: Path, key_label: str = "agency",
                unit: tuple[str, str] = JUSTICE) -> Path:
    """A unit with no minisign key: its certificate on the token is its only way to sign."""
    _, reference, fingerprint = round_open
    store = tmp_path / unit[0]
    _init(cli, store, "department", unit, passphrase=False)
    cli(store, "reference", "import", str(reference), "--fingerprint", fingerprint)
    shown = cli(store, "keys", "certificate", "--pkcs11-lib", token.library, "--token", token.token_label,
                "--key-label", key_label, "--pin-file", str(pin_file), "--json")
    assert shown["certificate"]["source"]["kind"] == "pkcs11"
    code = CODES["justice"] if unit == JUSTICE else CODES["health"]
    cli(store, "classify", code, "--form", "toan_trinh", "--ready")
    return store


def _export(cli, store: Path, out: Path, pin_file: Path) -> Path:
    printed = cli(store, "package", "export", str(out), "--pin-file", str(pin_file))
    assert "chứng thư số" in printed
    return out


def _store_state(cli, office: Path) -> tuple:
    """What an import would change: each unit's state and the import log."""
    status = cli(office, "status", "--json")
    return tuple((u["code"], u["state"], u.get("last_sequence")) for u in status["units"])


def test_a_token_signed_package_is_accepted_with_only_the_ca_configured(
        tmp_path, cli, round_open, soft_token, pki: Hierarchy, pin_file):
    office = round_open[0]
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    with zipfile.ZipFile(package) as container:
        assert container.namelist() == ["package.zip", "package.zip.p7s"]  # no minisign key: the certificate alone
        manifest = json.loads(zipfile.ZipFile(container.open("package.zip")).read("manifest.json"))
    assert manifest["key_id"] is None and manifest["certificate"]["holder"] == "Sở Tư pháp tỉnh Thử Nghiệm"

    # The province has no key of this unit, no fingerprint: only the CA.
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    before = _store_state(cli, office)
    refused = cli(office, "package", "import", str(package), "--json", expect=3)["results"][0]
    assert refused["reason_code"] == "unconfirmed_certificate" and "lần đầu" in refused["reason"]
    assert refused["certificate"]["organisation"] == ORGANISATION
    assert refused["certificate"]["serial"] == format(pki.agency.certificate.serial_number, "X")
    assert _store_state(cli, office) == before
    checked = cli(office, "package", "verify", str(package), "--json", expect=3)
    assert checked["reason_code"] == "unconfirmed_certificate"

    cli(office, "trust", "org", "add", "--unit-code", JUSTICE[0], "--organisation", ORGANISATION, "--yes")
    results = cli(office, "package", "import", str(package), "--json")["results"]
    assert results[0]["status"] == "imported"
    assert results[0]["certificate"]["organisation"] == ORGANISATION
    states = {code: state for code, state, _ in _store_state(cli, office)}
    assert states[JUSTICE[0]] == "changed"

    # A renewed certificate of the same organisation (another token, a new serial) is accepted as it is.
    cli(store, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token", soft_token.token_label,
        "--key-label", "agency_renewed", "--pin-file", str(pin_file))
    cli(store, "classify", CODES["justice2"], "--form", "toan_trinh", "--ready")
    renewed = _export(cli, store, tmp_path / "goi-2.dvcpkg", pin_file)
    assert cli(office, "package", "import", str(renewed), "--json")["results"][0]["status"] == "imported"


def _confirmed_office(cli, round_open, pki: Hierarchy) -> Path:
    office = round_open[0]
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    cli(office, "trust", "org", "add", "--unit-code", JUSTICE[0], "--organisation", ORGANISATION, "--yes")
    return office


@pytest.mark.parametrize(("key_label", "code", "words"), [
    ("other_organisation", "organisation_mismatch", "Sở Y tế"),
    ("foreign", "untrusted_chain", "không dẫn tới"),
    ("revoked", "revoked", "thu hồi"),
])
def test_a_certificate_the_office_must_refuse_changes_nothing(
        tmp_path, cli, round_open, soft_token, pki: Hierarchy, pin_file, key_label, code, words):
    office = _confirmed_office(cli, round_open, pki)
    if key_label == "revoked":
        assert "1 chứng thư bị thu hồi" in cli(office, "trust", "crl", "add", str(pki.files["crl"]))
    store = _department(cli, tmp_path, round_open, soft_token, pin_file, key_label)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    before = _store_state(cli, office)
    result = cli(office, "package", "import", str(package), "--json", expect=3)["results"][0]
    assert (result["status"], result["reason_code"]) == ("rejected", code)
    assert words in result["reason"]
    assert _store_state(cli, office) == before


def test_a_byte_changed_after_signing_is_refused(tmp_path, cli, round_open, soft_token, pki, pin_file):
    office = _confirmed_office(cli, round_open, pki)
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    data = bytearray(package.read_bytes())
    # A byte inside the signed payload's compressed data, past the local headers: the ZIP still reads.
    data[200] ^= 0x01
    tampered = tmp_path / "sua.dvcpkg"
    tampered.write_bytes(bytes(data))
    before = _store_state(cli, office)
    result = cli(office, "package", "import", str(tampered), "--json", expect=3)["results"][0]
    assert result["status"] == "rejected" and result["reason_code"] in ("bad_signature", "tampered", "bad_payload")
    assert _store_state(cli, office) == before
    assert cli(office, "package", "import", str(package), "--json")["results"][0]["status"] == "imported"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_an_auditor_checks_the_package_with_openssl(tmp_path, cli, round_open, soft_token, pki, pin_file):
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    with zipfile.ZipFile(package) as container:
        container.extractall(tmp_path / "audit")
    done = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "package.zip.p7s",
                           "-content", "package.zip", "-CAfile", str(pki.files["root"]), "-purpose", "any",
                           "-out", "/dev/null"], cwd=tmp_path / "audit", capture_output=True, text=True)
    assert done.returncode == 0 and "Verification successful" in done.stderr, done.stderr


def test_the_office_may_require_certificates(tmp_path, cli, round_open, soft_token, pki, pin_file):
    """A unit with a minisign key only is refused once the policy says so; with its certificate added, its
    package carries both signatures and is accepted, and minisign still checks its own part."""
    office = _confirmed_office(cli, round_open, pki)
    _, reference, fingerprint = round_open
    store = tmp_path / JUSTICE[0]
    _init(cli, store, "department", JUSTICE, passphrase=True)
    cli(store, "reference", "import", str(reference), "--fingerprint", fingerprint)
    cli(store, "keys", "export-public", str(tmp_path / "tu-phap.pub"))
    cli(office, "trust", "add", str(tmp_path / "tu-phap.pub"), "--unit-code", JUSTICE[0], "--yes")
    cli(store, "classify", CODES["justice"], "--form", "toan_trinh", "--ready")
    keyed = tmp_path / "khoa.dvcpkg"
    cli(store, "package", "export", str(keyed), passphrase=True)

    assert cli(office, "trust", "policy", "--require-certificate", "--json") == {"require_certificate": True}
    result = cli(office, "package", "import", str(keyed), "--json", expect=3)["results"][0]
    assert result["reason_code"] == "certificate_required"

    cli(store, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token", soft_token.token_label,
        "--key-label", "agency", "--pin-file", str(pin_file))
    both = tmp_path / "ca-hai.dvcpkg"
    printed = cli(store, "package", "export", str(both), "--pin-file", str(pin_file), passphrase=True)
    assert "khóa" in printed and "chứng thư số" in printed
    with zipfile.ZipFile(both) as container:
        assert container.namelist() == ["package.zip", "package.zip.minisig", "package.zip.p7s"]
    assert cli(office, "package", "import", str(both), "--json")["results"][0]["status"] == "imported"
    if shutil.which("minisign"):
        with zipfile.ZipFile(both) as container:
            container.extractall(tmp_path / "audit")
        done = subprocess.run(["minisign", "-Vm", "package.zip", "-p", str(tmp_path / "tu-phap.pub")],
                              cwd=tmp_path / "audit", capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_a_wrong_pin_writes_nothing_and_keeps_the_sequence(tmp_path, cli, round_open, soft_token, pin_file):
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    wrong = tmp_path / "sai.txt"
    wrong.write_text("111111", encoding="utf-8")
    out = tmp_path / "goi.dvcpkg"
    message = cli(store, "package", "export", str(out), "--pin-file", str(wrong), expect=2)
    assert "Mã PIN sai" in message and _pin_not_shown(message)
    assert not out.exists() and not list(tmp_path.glob("goi*"))
    _export(cli, store, out, pin_file)
    with zipfile.ZipFile(out) as container:
        manifest = json.loads(zipfile.ZipFile(container.open("package.zip")).read("manifest.json"))
    assert manifest["sequence"] == 1  # the refused attempt reserved no number


def _pin_not_shown(text: str) -> bool:
    return "111111" not in text and "246810" not in text


def _signed_again(package: Path, token: SoftToken, key_label: str, out: Path, payload_change: bytes = b"") -> Path:
    """The unit's package as a unit holding another certificate would have made it: the same data, the
    manifest naming that certificate, signed by it on the token (what `package export` would do, were the
    unit's own checks before signing not there)."""
    from dvc_desktop.certificates.cms import sign_detached
    from dvc_desktop.certificates.credentials import TokenSource, open_signer, signer_certificate
    from dvc_desktop.certificates.x509 import describe
    from dvc_desktop.package.container import MANIFEST, build_container, build_payload
    from cryptography import x509

    with zipfile.ZipFile(package) as container:
        inner = zipfile.ZipFile(io.BytesIO(container.read("package.zip")))
        manifest = json.loads(inner.read(MANIFEST))
        files = {name: inner.read(name) for name in inner.namelist() if name != MANIFEST}
    with open_signer(TokenSource(token.library, token.token_label, key_label), token.pin) as signer:
        try:
            holder = signer_certificate(signer)
        except Exception:  # the unit's own check refuses it; the province must refuse it too
            holder = describe(x509.load_der_x509_certificate(signer.signing_cert.dump()))
        manifest["certificate"] = {"sha256": holder.sha256, "holder": holder.common_name}
        payload = build_payload(manifest, files)
        signature = sign_detached(signer, payload + payload_change)
    out.write_bytes(build_container(payload, None, signature))
    return out


@pytest.mark.parametrize(("key_label", "code"), [
    ("expired", "certificate_expired"), ("not_yet_valid", "certificate_not_yet_valid"), ("no_signing", "key_usage"),
    ("agency", "bad_signature"),
])
def test_signatures_no_unit_could_make_today_are_refused(tmp_path, cli, round_open, soft_token, pki, pin_file,
                                                         key_label, code):
    office = _confirmed_office(cli, round_open, pki)
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    # "agency" signs another payload: a CMS signature over different bytes than package.zip.
    forged = _signed_again(package, soft_token, key_label, tmp_path / "gia.dvcpkg",
                           b"x" if key_label == "agency" else b"")
    before = _store_state(cli, office)
    result = cli(office, "package", "import", str(forged), "--json", expect=3)["results"][0]
    assert (result["status"], result["reason_code"]) == ("rejected", code)
    assert _store_state(cli, office) == before


def test_a_unit_cannot_sign_with_a_certificate_that_cannot_sign_today(tmp_path, cli, round_open, soft_token, pin_file):
    _, reference, fingerprint = round_open
    store = tmp_path / JUSTICE[0]
    _init(cli, store, "department", JUSTICE, passphrase=False)
    cli(store, "reference", "import", str(reference), "--fingerprint", fingerprint)
    for label, words in (("expired", "không còn hiệu lực"), ("not_yet_valid", "không còn hiệu lực"),
                         ("no_signing", "không được phép")):
        message = cli(store, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token",
                      soft_token.token_label, "--key-label", label, "--pin-file", str(pin_file), expect=2)
        assert words in message
    assert cli(store, "keys", "certificate", "--show", "--json") == {"certificate": None}


def test_the_office_signs_its_reference_and_receipts_with_its_certificate_too(
        tmp_path, cli, round_open, soft_token, pki, pin_file):
    """The province's reference carries its certificate signature beside the minisign one its units trust; a
    unit that trusts the CA and confirmed the office's organisation checks both; a receipt is signed the same."""
    office, _, fingerprint = round_open
    cli(office, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token", soft_token.token_label,
        "--key-label", "office", "--pin-file", str(pin_file))
    reference = tmp_path / "tham-chieu-ky-so.dvcpkg"
    cli(office, "reference", "export", str(reference), "--pin-file", str(pin_file), passphrase=True)
    with zipfile.ZipFile(reference) as container:
        assert container.namelist() == ["package.zip", "package.zip.minisig", "package.zip.p7s"]
        container.extractall(tmp_path / "audit")
    if shutil.which("openssl"):
        done = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "package.zip.p7s",
                               "-content", "package.zip", "-CAfile", str(pki.files["root"]), "-purpose", "any",
                               "-out", "/dev/null"], cwd=tmp_path / "audit", capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    # A unit trusting no CA takes it on the province key's fingerprint, as before.
    plain_unit = tmp_path / "plain"
    _init(cli, plain_unit, "department", JUSTICE, passphrase=False)
    cli(plain_unit, "reference", "import", str(reference), "--fingerprint", fingerprint)
    # A unit trusting the CA checks the certificate (and the minisign key the reference brings).
    checked = tmp_path / "checked"
    _init(cli, checked, "department", HEALTH, passphrase=False)
    cli(checked, "trust", "ca", "add", str(pki.files["root"]))
    refused = cli(checked, "reference", "import", str(reference), "--json", expect=3)["results"][0]
    assert refused["reason_code"] == "unconfirmed_certificate"
    cli(checked, "trust", "org", "add", "--unit-code", refused["sender"], "--organisation",
        refused["certificate"]["organisation"], "--yes")
    imported = cli(checked, "reference", "import", str(reference), "--json")["results"][0]
    assert imported["status"] == "imported" and imported["certificate"]["common_name"].startswith("Văn phòng")

    # A receipt for a unit that sent its package.
    cli(checked, "classify", CODES["health"], "--form", "toan_trinh", "--ready")
    cli(checked, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token", soft_token.token_label,
        "--key-label", "other_organisation", "--pin-file", str(pin_file))
    package = _export(cli, checked, tmp_path / "y-te.dvcpkg", pin_file)
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    cli(office, "trust", "org", "add", "--unit-code", HEALTH[0], "--organisation", "Sở Y tế, UBND tỉnh Thử Nghiệm",
        "--yes")
    assert cli(office, "package", "import", str(package), "--json")["results"][0]["status"] == "imported"
    receipt = tmp_path / "bien-nhan.dvcpkg"
    cli(office, "receipt", "export", HEALTH[0], str(receipt), "--pin-file", str(pin_file), passphrase=True)
    with zipfile.ZipFile(receipt) as container:
        assert "package.zip.p7s" in container.namelist()
    assert cli(checked, "receipt", "import", str(receipt), "--json")["results"][0]["status"] == "imported"


def test_a_token_pulled_out_while_signing_leaves_no_file_and_keeps_the_sequence(
        tmp_path, cli, round_open, soft_token, pin_file, monkeypatch):
    """The token goes away between opening its session and signing (its driver restarted under the signer,
    as when the device is unplugged): one clear sentence, no file, no number used."""
    from dvc_desktop.certificates import credentials
    from dvc_desktop.services.packages import export as exporting

    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    real = exporting.sign_detached

    def pulled_out(signer, data, *args):  # the real signing, after the token is gone
        credentials._library(soft_token.library).reinitialize()
        return real(signer, data, *args)

    monkeypatch.setattr(exporting, "sign_detached", pulled_out)
    out = tmp_path / "goi.dvcpkg"
    message = cli(store, "package", "export", str(out), "--pin-file", str(pin_file), expect=2)
    assert "rút ra" in message and not out.exists() and not list(tmp_path.glob("goi*"))
    monkeypatch.setattr(exporting, "sign_detached", real)
    _export(cli, store, out, pin_file)
    with zipfile.ZipFile(out) as container:
        manifest = json.loads(zipfile.ZipFile(container.open("package.zip")).read("manifest.json"))
    assert manifest["sequence"] == 1


def test_any_byte_changed_in_a_certificate_signed_package_is_refused(tmp_path, cli, round_open, soft_token, pki,
                                                                     pin_file):
    """The byte-flip rule of tests/package/test_byte_flip.py for the new member: about 900 positions across a
    certificate-signed container (headers, payload, every 7th byte of the CMS and its certificates) each refused."""
    from dvc_desktop.certificates.cms import CertificateTrust
    from dvc_desktop.package.acceptance import CertificatePolicy, accept
    from dvc_desktop.package.errors import PackageRejected

    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    data = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file).read_bytes()
    policy = CertificatePolicy(CertificateTrust([pki.root.certificate], [pki.crl]), {JUSTICE[0]: ORGANISATION}.get)
    assert accept(data, lambda key_id: None, certificates=policy).certificate is not None
    cms_start = data.find(b"package.zip.p7s")
    positions = sorted(set(range(0, len(data), max(1, len(data) // 300))) | set(range(cms_start, len(data), 7)))
    accepted = []
    for position in positions:
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        try:
            accept(bytes(flipped), lambda key_id: None, certificates=policy)
        except PackageRejected:
            continue
        accepted.append(position)
    assert accepted == []
