"""Vietnamese text: one normal form for storage, one folded form for search."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters that carry no combining mark to strip but still differ from their Latin base.
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def clean(value: object) -> str:
    """NFC-normalise, trim and collapse inner whitespace; None becomes ''."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _SPACES.sub(" ", text).strip()


def fold(value: object) -> str:
    """Search key that ignores case, diacritics and spacing; đ/Đ become d.

    "Đăng  ký khai sinh" and "dang ky KHAI SINH" fold to the same string.
    """
    # Compatibility decomposition first, so full-width letters and ligatures fold too;
    # case-fold on both sides of it because each can produce what the other changes.
    text = unicodedata.normalize("NFKD", clean(value).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def slug(value: object) -> str:
    """Lower-case ASCII letters and digits only, as used in .gov.vn host names."""
    return re.sub(r"[^a-z0-9]", "", fold(value))
