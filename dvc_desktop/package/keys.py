"""The unit's Ed25519 signing key, kept encrypted with the clerk's passphrase.

The key id is 8 random bytes, as minisign uses, so the public key can be exported in minisign's
format and checked with the stock tool.

The private key file (`signing-key.pem`) is the raw 32-byte Ed25519 key sealed with ChaCha20-Poly1305
under a key stretched from the passphrase by scrypt (N = 2^17, r = 8, p = 1: about half a second and
128 MB here, so each guess costs an attacker as much), in a readable armoured JSON envelope that names
its parameters. Keys from before (PKCS#8 with PBKDF2 at 2,048 iterations, what cryptography's
BestAvailableEncryption writes) are still read, and rewrapped in the new form, atomically, on their
first successful unlock.
"""

from __future__ import annotations

from typing import Any

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dvc_desktop.atomic_files import atomic_write, move
from dvc_desktop.i18n import translate
from dvc_desktop.package.minisign import MinisignPublicKey

MIN_PASSPHRASE_LENGTH = 8
PRIVATE_FILE = "signing-key.pem"
PUBLIC_FILE = "signing-key.json"
NEXT_PREFIX = "next-"  # a replacement key waiting to be announced by the next package

ARMOUR_BEGIN = b"-----BEGIN DVC DESKTOP ENCRYPTED SIGNING KEY-----\n"
ARMOUR_END = b"-----END DVC DESKTOP ENCRYPTED SIGNING KEY-----\n"
LEGACY_BEGIN = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
# scrypt's cost, measured to take about half a second on the offices' machines (0.53 s at 2^17 on the
# 2-core reference machine; 2^16 took 0.25 s). Read from each file, so it can be raised later.
SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MAX_N = 2 ** 20  # a file asking more is refused, not obeyed (1 GB of memory)


class SigningKeyError(ValueError):
    """A key problem the user can act on; str() is the message."""


class DamagedKeyError(SigningKeyError):
    """A key file that cannot be read (empty or cut short: a full disk or a power cut while writing)."""


def _damaged(path: Path) -> DamagedKeyError:
    return DamagedKeyError(translate(
        "keys", "Tệp khóa {path} bị hỏng (có thể do đĩa đầy hoặc mất điện khi ghi). Hãy khôi phục thư mục khóa từ "
                "bản sao lưu gần nhất, hoặc tạo khóa thay thế (`dvc-desktop keys generate`; tệp hỏng được giữ lại "
                "bên cạnh) rồi gửi phiếu khóa mới cho Văn phòng UBND tỉnh để tin cậy lại.", path=path))


@dataclass(frozen=True)
class PublicKeyInfo:
    key_id: bytes  # 8 bytes
    public_key: bytes  # 32 bytes, raw Ed25519
    created_at: str

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    @property
    def fingerprint(self) -> str:
        """Groups of four for reading aloud or printing on a key card."""
        raw = base64.b32encode(self.key_id + self.public_key).decode().rstrip("=")
        return " ".join(raw[i:i + 4] for i in range(0, 40, 4))


def check_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise SigningKeyError(translate("keys", "Mật khẩu khóa cần ít nhất {n} ký tự.", n=MIN_PASSPHRASE_LENGTH))
    if repeated is not None and repeated != passphrase:
        raise SigningKeyError(translate("keys", "Hai lần nhập mật khẩu không khớp nhau."))


def generate(keys_dir: Path, passphrase: str, prefix: str = "") -> PublicKeyInfo:
    """Create a key pair; the private key is written encrypted, readable by the owner only."""
    check_passphrase(passphrase)
    keys_dir.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    info = PublicKeyInfo(
        key_id=secrets.token_bytes(8),
        public_key=private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw),
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    # Each file whole or not at all: a full disk must never leave an empty key file under its name.
    atomic_write(keys_dir / (prefix + PRIVATE_FILE), wrap(private, passphrase), 0o600)
    atomic_write(keys_dir / (prefix + PUBLIC_FILE), json.dumps({
        "key_id": info.key_id.hex(), "public_key": base64.b64encode(info.public_key).decode(),
        "created_at": info.created_at}, indent=2).encode("utf-8"))
    return info


def set_aside(keys_dir: Path, prefix: str = "", why: str = "damaged") -> None:
    """Keep key files beside, under another name (`signing-key.pem.damaged-STAMP`), so a new key can take
    their place; nothing is deleted."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    for name in (PRIVATE_FILE, PUBLIC_FILE):
        path = keys_dir / (prefix + name)
        if path.exists():
            move(path, path.with_name(f"{path.name}.{why}-{stamp}"))


def place_staged(staging: Path, keys_dir: Path, prefix: str = "", why: str = "replaced") -> None:
    """Move a key pair generated in `staging` (a folder inside `keys_dir`) into place as the key
    (`prefix` "") or its replacement (NEXT_PREFIX). Placing the key, the files there (damaged ones, or
    left by a set-up that failed before this version) are kept aside as `.WHY-STAMP`, and so is a
    replacement that waited. The private key moves first: a crash between the two moves leaves no
    public key, so no key is seen and the next `keys generate` makes a fresh pair, not a rotation."""
    set_aside(keys_dir, prefix, why=why)
    if not prefix:
        set_aside(keys_dir, NEXT_PREFIX, why=why)
    for name in (PRIVATE_FILE, PUBLIC_FILE):
        move(staging / name, keys_dir / (prefix + name))


def public_info(keys_dir: Path, prefix: str = "") -> PublicKeyInfo | None:
    path = keys_dir / (prefix + PUBLIC_FILE)
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        info = PublicKeyInfo(bytes.fromhex(raw["key_id"]), base64.b64decode(raw["public_key"], validate=True),
                             str(raw["created_at"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:  # binascii.Error is a ValueError
        raise _damaged(path) from error
    if len(info.key_id) != 8 or len(info.public_key) != 32:
        raise _damaged(path)
    return info


def wrap(private: Ed25519PrivateKey, passphrase: str, n: int | None = None) -> bytes:
    """The private key file's bytes: the raw key sealed under scrypt(passphrase)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    cost = {"n": n or SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    header = {"format": "dvc-desktop-signing-key", "version": 1, "cipher": "chacha20-poly1305",
              "kdf": {"name": "scrypt", **cost, "salt": base64.b64encode(salt).decode()},
              "nonce": base64.b64encode(nonce).decode()}
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    sealed = ChaCha20Poly1305(_stretch(passphrase, salt, **cost)).encrypt(nonce, raw, _associated(header))
    document = {**header, "ciphertext": base64.b64encode(sealed).decode()}
    return ARMOUR_BEGIN + json.dumps(document, indent=1).encode("ascii") + b"\n" + ARMOUR_END


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _associated(header: dict[str, Any]) -> bytes:
    """The parameters are authenticated with the key: a file whose cost was edited does not open."""
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def unlock(keys_dir: Path, passphrase: str, prefix: str = "") -> Ed25519PrivateKey:
    """The private key, or SigningKeyError with a clear message for a wrong passphrase. A key in the
    old PBKDF2 form is rewrapped with scrypt once it has opened."""
    path = keys_dir / (prefix + PRIVATE_FILE)
    if not path.exists():
        raise SigningKeyError(translate("keys", "Chưa có khóa ký: hãy tạo khóa trước."))
    data = _whole_key_file(path)  # a damaged file is not a wrong passphrase
    if data.startswith(ARMOUR_BEGIN):
        return _unwrap(path, data, passphrase)
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as error:
        raise SigningKeyError(translate("keys", "Mật khẩu khóa không đúng.")) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(translate("keys", "Tệp khóa không phải khóa Ed25519."))
    atomic_write(path, wrap(key, passphrase), 0o600)
    return key


def _unwrap(path: Path, data: bytes, passphrase: str) -> Ed25519PrivateKey:
    try:
        document = json.loads(data[len(ARMOUR_BEGIN):data.index(ARMOUR_END)])
        kdf = document["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(document["nonce"], validate=True)
        sealed = base64.b64decode(document["ciphertext"], validate=True)
        header = {key: value for key, value in document.items() if key != "ciphertext"}
        if (document.get("format"), document.get("version"), kdf.get("name"), document.get("cipher")) != (
                "dvc-desktop-signing-key", 1, "scrypt", "chacha20-poly1305") or not (
                2 <= n <= _SCRYPT_MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("unknown or unreasonable parameters")
    except (ValueError, KeyError, TypeError, AttributeError) as error:  # json and binascii errors included
        raise _damaged(path) from error
    try:
        raw = ChaCha20Poly1305(_stretch(passphrase, salt, n, r, p)).decrypt(nonce, sealed, _associated(header))
    except InvalidTag as error:
        raise SigningKeyError(translate("keys", "Mật khẩu khóa không đúng.")) from error
    except ValueError as error:  # a nonce or key of the wrong size: the file was altered
        raise _damaged(path) from error
    return Ed25519PrivateKey.from_private_bytes(raw)


def _whole_key_file(path: Path) -> bytes:
    """The private key file's bytes, or DamagedKeyError when it is not whole (either form)."""
    data = path.read_bytes()
    if data.startswith(ARMOUR_BEGIN) and data.endswith(ARMOUR_END):
        return data
    if data.startswith(LEGACY_BEGIN) and b"-----END" in data:
        return data
    raise _damaged(path)


def unlock_check(keys_dir: Path, prefix: str = "") -> None:
    """DamagedKeyError when the private key file is not whole (no passphrase needed)."""
    path = keys_dir / (prefix + PRIVATE_FILE)
    if path.exists():
        _whole_key_file(path)


def verify_key_pair(private: Ed25519PrivateKey, info: PublicKeyInfo) -> bool:
    public = Ed25519PublicKey.from_public_bytes(info.public_key)
    signature = private.sign(b"dvc-desktop key check")
    try:
        public.verify(signature, b"dvc-desktop key check")
    except Exception:
        return False
    return True


def promote_next(keys_dir: Path) -> None:
    """After the package announcing it is written, the replacement key becomes the signing key."""
    for name in (PRIVATE_FILE, PUBLIC_FILE):
        move(keys_dir / (NEXT_PREFIX + name), keys_dir / name)


def minisign_public_key(info: PublicKeyInfo) -> MinisignPublicKey:
    return MinisignPublicKey(info.key_id, info.public_key)


def key_id_hex(raw: bytes) -> str:
    """minisign prints key ids as the little-endian 64-bit number in upper-case hex."""
    return raw[::-1].hex().upper()


def fingerprint_of(key_id: bytes, public_key: bytes) -> str:
    return PublicKeyInfo(key_id, public_key, "").fingerprint
