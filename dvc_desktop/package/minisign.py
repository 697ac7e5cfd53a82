"""minisign's key and signature formats, so the stock `minisign -V` (0.11) checks our packages.

Public key file:  "untrusted comment: …" + base64("Ed" ‖ key id (8) ‖ Ed25519 public key (32)).
Signature file:   "untrusted comment: …" + base64("ED" ‖ key id ‖ Ed25519(BLAKE2b-512(file)))
                  "trusted comment: …"   + base64(Ed25519(signature ‖ trusted comment)).
"ED" is the prehashed algorithm minisign 0.11 writes by default; legacy "Ed" signs the bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PUBLIC_KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
MAX_SIGNATURE_FILE = 4096


class SignatureError(ValueError):
    """The signature or key text is malformed or does not verify; str() names the reason (English)."""


@dataclass(frozen=True)
class MinisignPublicKey:
    key_id: bytes
    public_key: bytes

    def to_text(self, comment: str) -> str:
        blob = PUBLIC_KEY_ALGORITHM + self.key_id + self.public_key
        return f"untrusted comment: {comment}\n{base64.b64encode(blob).decode()}\n"

    @classmethod
    def from_text(cls, text: str) -> "MinisignPublicKey":
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        encoded = lines[-1] if lines else ""
        if len(lines) > 2 or (len(lines) == 2 and not lines[0].startswith("untrusted comment:")):
            raise SignatureError("not a minisign public key")
        blob = _b64(encoded)
        if len(blob) != 42 or blob[:2] != PUBLIC_KEY_ALGORITHM:
            raise SignatureError("not a minisign Ed25519 public key")
        return cls(blob[2:10], blob[10:])

    def verify(self, message: bytes, trusted_comment: str, signature_text: str) -> None:
        """Check a .minisig for `message` against this key; raises SignatureError."""
        signature = parse_signature(signature_text)
        if signature.key_id != self.key_id:
            raise SignatureError("signed by another key")
        public = Ed25519PublicKey.from_public_bytes(self.public_key)
        signed = hashlib.blake2b(message, digest_size=64).digest() if signature.algorithm == PREHASHED else message
        try:
            public.verify(signature.signature, signed)
            public.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode())
        except InvalidSignature as error:
            raise SignatureError("signature does not verify") from error
        if trusted_comment and signature.trusted_comment != trusted_comment:
            raise SignatureError("trusted comment differs")


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(text: str) -> Signature:
    if len(text) > MAX_SIGNATURE_FILE:
        raise SignatureError("signature file too large")
    lines = text.split("\n")
    if len(lines) < 4 or not lines[0].startswith("untrusted comment: ") or \
            not lines[2].startswith("trusted comment: "):
        raise SignatureError("malformed signature file")
    blob = _b64(lines[1])
    if len(blob) != 74 or blob[:2] not in (PREHASHED, LEGACY):
        raise SignatureError("unsupported signature algorithm")
    global_signature = _b64(lines[3])
    if len(global_signature) != 64:
        raise SignatureError("malformed global signature")
    return Signature(blob[:2], blob[2:10], blob[10:], lines[2][len("trusted comment: "):], global_signature)


UNTRUSTED_COMMENT = "signature from dvc-desktop secret key"


def canonical_signature_text(signature: Signature, untrusted_comment: str = UNTRUSTED_COMMENT) -> str:
    """The exact text `sign` writes for this signature."""
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{base64.b64encode(signature.algorithm + signature.key_id + signature.signature).decode()}\n"
            f"trusted comment: {signature.trusted_comment}\n"
            f"{base64.b64encode(signature.global_signature).decode()}\n")


def sign(private: Ed25519PrivateKey, key_id: bytes, message: bytes, trusted_comment: str,
         untrusted_comment: str = UNTRUSTED_COMMENT) -> str:
    """A prehashed ("ED") minisign signature file, as `minisign -S` 0.11 writes it."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise SignatureError("trusted comment must be one line")
    signature = private.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = private.sign(signature + trusted_comment.encode())
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{base64.b64encode(PREHASHED + key_id + signature).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_signature).decode()}\n")


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as error:
        raise SignatureError("invalid base64") from error
