"""The files a mistyped output path must never overwrite: the store and its companions, the lock, and
whatever is in the data folder's `keys/` and `backups/` (a package written over the store turned it into
a zip; a backup written over `keys/signing-key.pem` destroyed the private key)."""

from __future__ import annotations

import os
from pathlib import Path

from dvc_desktop.i18n import translate
from dvc_desktop.store.files import DB_FILE_NAME, LOCK_FILE_NAME

_STORE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _key(path: str) -> str:
    """Paths compared as the file system does: resolved, and case-insensitively on Windows."""
    return os.path.normcase(os.path.realpath(path))


def protected_kind(data_dir: Path, target: Path) -> str | None:
    """What `target` is among the data folder's own files, or None when a command may write it."""
    data, wanted = _key(str(data_dir)), _key(str(target))
    store = os.path.join(data, os.path.normcase(DB_FILE_NAME))
    if wanted in {store + suffix for suffix in _STORE_COMPANIONS}:
        return translate("store", "kho dữ liệu")
    if wanted == os.path.join(data, os.path.normcase(LOCK_FILE_NAME)):
        return translate("store", "tệp khóa dữ liệu")
    for folder, what in (("keys", translate("store", "thư mục khóa ký")),
                         ("backups", translate("store", "thư mục sao lưu tự động"))):
        inside = os.path.join(data, folder)
        if wanted == inside or wanted.startswith(inside + os.sep):
            return what
    return None


# What an existing file must begin with to be replaced by a new one of its suffix.
_SIGNATURES = {".xlsx": b"PK\x03\x04", ".dvcpkg": b"PK\x03\x04", ".pdf": b"%PDF-", ".sqlite": b"SQLite format 3\x00"}
_TEXT_SUFFIXES = (".csv", ".json", ".pub", ".txt")


def same_kind(existing: Path) -> bool:
    """Whether the file at `existing` is what its suffix says (a workbook, a PDF, a package, a store, text),
    so a new file of that suffix may replace it; a file of another kind under that name is kept."""
    suffix = existing.suffix.lower()
    try:
        with open(existing, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if suffix in _SIGNATURES:
        return head.startswith(_SIGNATURES[suffix]) or not head
    if suffix in _TEXT_SUFFIXES:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            return error.start >= len(head) - 3  # a character cut by the 4 KB read
        return True
    return True
