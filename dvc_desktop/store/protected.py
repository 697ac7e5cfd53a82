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
