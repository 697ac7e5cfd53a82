"""The `.dvcpkg` container (contract: docs/package-format.md), written and read as hostile input.

A `.dvcpkg` is a ZIP holding `package.zip` (manifest.json and the data files), then
`package.zip.minisig` (a minisign signature of package.zip by the unit's key) and/or
`package.zip.p7s` (a detached CMS signature of package.zip by the unit's certificate), in that order.
Both ZIPs are written canonically, so the reader can rebuild the container from its members and refuse
any file whose bytes differ: every byte of the file is then covered by a signature or by that
comparison.
"""

from __future__ import annotations

from typing import Any

import hashlib
import io
import json
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from dvc_desktop.package.errors import PackageRejected, reject as _reject
from dvc_desktop.package.minisign import (
    MinisignPublicKey, SignatureError, canonical_signature_text, parse_signature,
)
from dvc_desktop.package.records import Manifest
from dvc_desktop.package.schema import decode_manifest

__all__ = ["PackageRejected"]  # where most callers have always imported it from

PAYLOAD = "package.zip"
SIGNATURE = "package.zip.minisig"
CMS_SIGNATURE = "package.zip.p7s"
# The layouts a container may have: the payload, then one or both signatures.
LAYOUTS = ([PAYLOAD, SIGNATURE], [PAYLOAD, SIGNATURE, CMS_SIGNATURE], [PAYLOAD, CMS_SIGNATURE])
MAX_CMS_BYTES = 256 * 1024
MANIFEST = "manifest.json"
EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024
    max_entries: int = 64
    max_member_bytes: int = 300 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 100.0
    max_manifest_bytes: int = 1024 * 1024


# ---------------------------------------------------------------- writing


def _entry(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=EPOCH)
    info.compress_type = compress
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def build_zip(members: list[tuple[str, bytes]], compress: int) -> bytes:
    """A canonical ZIP: fixed order, dates, attributes and compression."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(_entry(name, compress), data, compresslevel=9 if compress else None)
    return buffer.getvalue()


def build_payload(manifest: dict[str, Any], files: dict[str, bytes]) -> bytes:
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    return build_zip([(MANIFEST, body), *sorted(files.items())], zipfile.ZIP_DEFLATED)


def build_container(payload: bytes, signature: str | None, cms: bytes | None = None) -> bytes:
    """The payload with its minisign signature, its CMS signature, or both (at least one)."""
    members = [(PAYLOAD, payload)]
    if signature is not None:
        members.append((SIGNATURE, signature.encode("utf-8")))
    if cms is not None:
        members.append((CMS_SIGNATURE, cms))
    if len(members) == 1:
        raise ValueError("a package needs a signature")
    return build_zip(members, zipfile.ZIP_STORED)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Opened:
    payload: bytes
    signature: str | None  # the minisign signature, when the sender has a minisign key
    key_id: bytes | None
    sha256: str  # of the whole file: the package's identity
    cms: bytes | None = None  # DER CMS, when the sender signed with a certificate


def open_container(data: bytes, limits: Limits = Limits()) -> Opened:
    """Check the outer container; nothing inside is trusted yet."""
    if len(data) > limits.max_file_bytes:
        raise _reject("too_large", "Tệp gói quá lớn ({size} MB).", size=len(data) // 1048576)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise _reject("not_a_package", "Tệp không phải gói DVC Desktop (.dvcpkg).") from error
    names = [e.filename for e in entries]
    if names not in LAYOUTS:
        raise _reject("bad_container", "Gói phải gồm package.zip rồi chữ ký package.zip.minisig và/hoặc "
                                       "package.zip.p7s, không gì khác.")
    if any(e.compress_type != zipfile.ZIP_STORED or e.file_size > limits.max_file_bytes for e in entries):
        raise _reject("bad_container", "Cấu trúc gói không hợp lệ.")
    if CMS_SIGNATURE in names and archive.getinfo(CMS_SIGNATURE).file_size > MAX_CMS_BYTES:
        raise _reject("bad_container", "Chữ ký số package.zip.p7s quá lớn.")
    try:
        payload = archive.read(PAYLOAD)
        signature = archive.read(SIGNATURE).decode("utf-8") if SIGNATURE in names else None
        cms = archive.read(CMS_SIGNATURE) if CMS_SIGNATURE in names else None
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, OSError, EOFError, RuntimeError,
            NotImplementedError) as error:
        raise _reject("tampered", "Gói đã bị sửa đổi hoặc hỏng: nội dung không đọc được.") from error
    key_id = None
    if signature is not None:
        try:
            parsed = parse_signature(signature)
        except SignatureError as error:
            raise _reject("tampered", "Chữ ký của gói không hợp lệ.") from error
        # The untrusted comment and the base64 padding are outside what Ed25519 signs: accept only the
        # canonical signature text, so that those bytes are covered by the comparison below.
        if signature != canonical_signature_text(parsed):
            raise _reject("tampered", "Gói đã bị sửa đổi: cấu trúc tệp khác với gói được ký.")
        key_id = parsed.key_id
    if build_container(payload, signature, cms) != data:
        raise _reject("tampered", "Gói đã bị sửa đổi: cấu trúc tệp khác với gói được ký.")
    return Opened(payload, signature, key_id, hashlib.sha256(data).hexdigest(), cms)


def verify_signature(opened: Opened, key: MinisignPublicKey) -> None:
    if opened.signature is None:
        raise _reject("unknown_signer", "Gói không có chữ ký minisign để kiểm tra bằng khóa này.")
    try:
        key.verify(opened.payload, "", opened.signature)
    except SignatureError as error:
        raise _reject("bad_signature", "Chữ ký không khớp: gói đã bị sửa đổi hoặc không do khóa này ký.") from error


@dataclass(frozen=True)
class Payload:
    manifest: Manifest
    files: dict[str, bytes]


def read_payload(payload: bytes, limits: Limits = Limits()) -> Payload:
    """Read the signed payload: only the listed files, each with its size and SHA-256 checked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise _reject("bad_payload", "Nội dung gói không phải tệp nén hợp lệ.") from error
    _check_entries(entries, limits)
    by_name = {e.filename: e for e in entries}
    if MANIFEST not in by_name:
        raise _reject("bad_manifest", "Gói thiếu manifest.json.")
    manifest = decode_manifest(_read(archive, by_name[MANIFEST], limits.max_manifest_bytes))
    listed = {f.name: f for f in manifest.files}
    present = set(by_name) - {MANIFEST}
    if present - set(listed):
        raise _reject("unlisted_file", "Gói chứa tệp không có trong manifest: {names}.",
                      names=", ".join(sorted(present - set(listed))))
    if set(listed) - present:
        raise _reject("missing_file", "Gói thiếu tệp được liệt kê trong manifest: {names}.",
                      names=", ".join(sorted(set(listed) - present)))
    files = {}
    for name, spec in sorted(listed.items()):
        entry = by_name[name]
        if entry.file_size != spec.size:
            raise _reject("size_mismatch", "Kích thước tệp {name} không khớp với manifest.", name=name)
        data = _read(archive, entry, spec.size)
        if len(data) != spec.size or hashlib.sha256(data).hexdigest() != spec.sha256:
            raise _reject("hash_mismatch", "Tệp {name} không khớp mã băm SHA-256 trong manifest.", name=name)
        files[name] = data
    return Payload(manifest, files)


def _check_entries(entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(entries) > limits.max_entries:
        raise _reject("too_many_entries", "Gói có quá nhiều tệp ({n}, tối đa {limit}).",
                      n=len(entries), limit=limits.max_entries)
    names = [e.filename for e in entries]
    if len(set(names)) != len(names):
        raise _reject("duplicate_name", "Gói có hai tệp trùng tên.")
    for entry in entries:
        name = entry.filename
        mode = entry.external_attr >> 16
        if (name.startswith("/") or "\\" in name or ".." in name.split("/") or ":" in name or not name
                or entry.is_dir() or "/" in name.rstrip("/")):
            raise _reject("bad_name", "Tên tệp trong gói không hợp lệ: «{name}».", name=name)
        if stat.S_ISLNK(mode) or (mode and not stat.S_ISREG(mode)):
            raise _reject("bad_name", "Gói chứa liên kết hoặc tệp đặc biệt: «{name}».", name=name)
        if entry.file_size > limits.max_member_bytes or (
                entry.file_size > 1_000_000 and entry.file_size > limits.max_ratio * max(entry.compress_size, 1)):
            raise _reject("zip_bomb", "Gói có dấu hiệu bom nén (tệp {name}); đã từ chối mà không giải nén.",
                          name=name)
    if sum(e.file_size for e in entries) > limits.max_total_bytes:
        raise _reject("zip_bomb", "Tổng dung lượng giải nén của gói vượt giới hạn; đã từ chối mà không giải nén.")


def _read(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most `limit` bytes: a member that inflates past its declared size is refused."""
    if entry.file_size > limit:
        raise _reject("too_large", "Tệp {name} trong gói quá lớn.", name=entry.filename)
    try:
        with archive.open(entry) as handle:
            data = handle.read(limit + 1)
    # zipfile raises RuntimeError for an "encrypted" member and NotImplementedError for an
    # unsupported compression method: hostile flags, refused like any other damage.
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError) as error:
        raise _reject("bad_payload", "Không đọc được tệp {name} trong gói.", name=entry.filename) from error
    if len(data) > limit:
        raise _reject("zip_bomb", "Tệp {name} giải nén lớn hơn khai báo; đã từ chối.", name=entry.filename)
    return data


def read_file(path: Path, limits: Limits = Limits()) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise _reject("too_large", "Tệp gói quá lớn ({size} MB).", size=size // 1048576)
        return path.read_bytes()
    except OSError as error:
        raise _reject("unreadable", "Không đọc được tệp {name}: {error}", name=path.name,
                      error=error.strerror or error) from error
