"""An auditor checks a package with the stock minisign tool (DESIGN.md, "Package format"), and our
minisign code agrees with itself and with the tool."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from dvc_desktop.package.minisign import MinisignPublicKey, SignatureError, parse_signature, sign
from tests.package.conftest import UNIT_PASS, classify_some

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="the minisign binary is not installed "
                                    "(CI installs it: apt-get install minisign)")


def minisign(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([MINISIGN, *args], cwd=cwd, capture_output=True, text=True, timeout=60)


@pytest.fixture()
def unzipped(offices) -> Path:
    """A real exported package, unzipped as an auditor would, next to the department's public key."""
    classify_some(offices.unit, 5)
    package = offices.tmp / "real.dvcpkg"
    code, _, err = offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)
    assert code == 0, err
    audit = offices.tmp / "audit"
    audit.mkdir()
    with zipfile.ZipFile(package) as archive:
        assert archive.namelist() == ["package.zip", "package.zip.minisig"]
        for name in archive.namelist():
            (audit / name).write_bytes(archive.read(name))
    code, _, err = offices.run(offices.unit, "keys", "export-public", str(audit / "unit.pub"))
    assert code == 0, err
    return audit


@needs_minisign
def test_stock_minisign_verifies_a_real_package(unzipped):
    result = minisign("-Vm", "package.zip", "-p", "unit.pub", cwd=unzipped)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Signature and comment signature verified" in output
    assert "Trusted comment: dvc-desktop submission sender:000.00.13.H59 recipient:H59 sequence:1" in output
    # and our own reader of the exported key agrees
    key = MinisignPublicKey.from_text((unzipped / "unit.pub").read_text(encoding="utf-8"))
    key.verify((unzipped / "package.zip").read_bytes(), "", (unzipped / "package.zip.minisig").read_text())


@needs_minisign
def test_stock_minisign_refuses_a_changed_package_zip_or_another_key(unzipped):
    path = unzipped / "package.zip"
    original = path.read_bytes()
    for position in (0, 30, len(original) // 2, len(original) - 1):
        data = bytearray(original)
        data[position] ^= 0x01
        path.write_bytes(data)
        result = minisign("-Vm", "package.zip", "-p", "unit.pub", cwd=unzipped)
        assert result.returncode != 0, f"minisign accepted package.zip changed at byte {position}"
        assert "Signature and comment signature verified" not in result.stdout + result.stderr
    path.write_bytes(original)
    assert minisign("-Vm", "package.zip", "-p", "unit.pub", cwd=unzipped).returncode == 0
    other = MinisignPublicKey(bytes(range(8)), _raw_public(Ed25519PrivateKey.generate()))
    (unzipped / "other.pub").write_text(other.to_text("someone else"), encoding="utf-8")
    assert minisign("-Vm", "package.zip", "-p", "other.pub", cwd=unzipped).returncode != 0


@needs_minisign
def test_our_verifier_accepts_what_stock_minisign_signs(tmp_path):
    """The other direction: a key pair and a signature made by minisign itself (-W: no password)."""
    result = minisign("-G", "-W", "-p", "tool.pub", "-s", "tool.key", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    message = "Dữ liệu do minisign ký.\n".encode() * 100
    (tmp_path / "data.bin").write_bytes(message)
    result = minisign("-S", "-s", "tool.key", "-m", "data.bin", "-t", "bình luận tin cậy", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    key = MinisignPublicKey.from_text((tmp_path / "tool.pub").read_text(encoding="utf-8"))
    signature = (tmp_path / "data.bin.minisig").read_text(encoding="utf-8")
    assert parse_signature(signature).algorithm == b"ED"  # prehashed, minisign 0.11's default
    key.verify(message, "bình luận tin cậy", signature)
    with pytest.raises(SignatureError):
        key.verify(message + b"!", "", signature)


# ---------------------------------------------------------------- pure Python


def _raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@pytest.fixture()
def pair() -> tuple[Ed25519PrivateKey, MinisignPublicKey]:
    private = Ed25519PrivateKey.generate()
    return private, MinisignPublicKey(b"\x01\x23\x45\x67\x89\xab\xcd\xef", _raw_public(private))


def test_our_signature_verifies_with_our_public_key(pair):
    private, public = pair
    message = b"package.zip bytes \x00\xff" * 1000
    signature = sign(private, public.key_id, message, "dvc-desktop submission sequence:7")
    public.verify(message, "", signature)
    public.verify(message, "dvc-desktop submission sequence:7", signature)
    parsed = parse_signature(signature)
    assert (parsed.algorithm, parsed.key_id) == (b"ED", public.key_id)
    assert parsed.trusted_comment == "dvc-desktop submission sequence:7"


@pytest.mark.parametrize("tamper", ["message", "trusted-comment", "expected-comment", "key-id", "other-key",
                                    "signature-bytes"])
def test_our_verifier_refuses_tampering(pair, tamper):
    private, public = pair
    message = b"the signed payload"
    signature = sign(private, public.key_id, message, "sequence:1")
    lines = signature.split("\n")
    if tamper == "message":
        message = b"the signed payloaD"
    elif tamper == "trusted-comment":
        lines[2] = "trusted comment: sequence:2"
    elif tamper == "key-id":
        public = MinisignPublicKey(b"\x00" * 8, public.public_key)
    elif tamper == "other-key":
        public = MinisignPublicKey(public.key_id, _raw_public(Ed25519PrivateKey.generate()))
    elif tamper == "signature-bytes":
        import base64

        blob = bytearray(base64.b64decode(lines[1]))
        blob[-1] ^= 0x01
        lines[1] = base64.b64encode(bytes(blob)).decode()
    expected = "sequence:9" if tamper == "expected-comment" else ""
    with pytest.raises(SignatureError):
        public.verify(message, expected, "\n".join(lines))


def test_public_key_round_trips_through_text(pair):
    _, public = pair
    text = public.to_text("minisign public key 0123456789ABCDEF")
    assert text.startswith("untrusted comment: minisign public key 0123456789ABCDEF\n")
    assert MinisignPublicKey.from_text(text) == public
    assert MinisignPublicKey.from_text(text.splitlines()[1]) == public  # the bare base64 line is enough
    assert MinisignPublicKey.from_text(text.replace("\n", "\r\n")) == public


@pytest.mark.parametrize("text", ["", "untrusted comment: x\n", "untrusted comment: x\nnot base64\n",
                                  "untrusted comment: x\nRWQAAAAAAAAAAA==\n", "three\nline\nfile\n"])
def test_malformed_public_key_text_is_refused(text):
    with pytest.raises(SignatureError):
        MinisignPublicKey.from_text(text)
