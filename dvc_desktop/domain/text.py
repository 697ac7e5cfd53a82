"""Vietnamese text: one normal form for storage, one folded form for search."""

from __future__ import annotations

import re
import unicodedata

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.i18n import translate

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


# --- What text may hold ---------------------------------------------------------------------------
# One rule for every text field at every door (editor, Excel, packages, command line, the store):
# no C0 control characters except tab and line breaks where a field allows several lines, no DEL or
# C1, no bidirectional overrides or isolates (they reorder what a reader sees, "Trojan source"), no
# lone surrogates (not text at all, and unencodable in UTF-8). Nothing is stripped silently: the
# field is refused, naming the character.
_FORBIDDEN_ANYWHERE = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 (tab, LF, CR aside), DEL, C1
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings/overrides and isolates
    "\ud800-\udfff"  # surrogates: only ever unpaired in a Python str
)
_FORBIDDEN_MULTILINE = re.compile(f"[{_FORBIDDEN_ANYWHERE}]")
_FORBIDDEN_SINGLE_LINE = re.compile(f"[{_FORBIDDEN_ANYWHERE}\t\n\r]")

# Fields whose text may run over several lines (tab and line breaks kept); every other field is one line.
MULTILINE_FIELDS = frozenset({
    "note", "notes", "legal_provision", "technical_description", "review_comment", "comment", "basis",
    "steps", "method", "processing_time", "applicants", "executing_agency", "forms", "result",
    "requirements", "fees", "legal_basis", "announcing_decision", "description", "message", "details",
})


def refused_pattern(multiline: bool) -> re.Pattern[str]:
    """What the text rule refuses, as one compiled pattern (for callers that judge many strings)."""
    return _FORBIDDEN_MULTILINE if multiline else _FORBIDDEN_SINGLE_LINE


def forbidden_character(value: str, multiline: bool = False) -> tuple[int, str] | None:
    """(0-based position, character) of the first character the text rule refuses, else None."""
    found = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN_SINGLE_LINE).search(value)
    return (found.start(), found.group()) if found else None


def describe_character(character: str) -> str:
    """"U+0001 (ký tự điều khiển)": how a refusal names a character a user cannot see."""
    point = ord(character)
    if 0xD800 <= point <= 0xDFFF:
        kind = translate("text", "nửa cặp thay thế UTF-16, không phải ký tự")
    elif 0x202A <= point <= 0x202E or 0x2066 <= point <= 0x2069:
        kind = translate("text", "ký tự điều khiển hướng chữ, có thể làm đảo thứ tự hiển thị")
    elif character in "\t\n\r":
        kind = translate("text", "tab hoặc xuống dòng, không được dùng trong trường một dòng")
    else:
        kind = translate("text", "ký tự điều khiển, không hiển thị được")
    return f"U+{point:04X} ({kind})"


class UnsafeText(DomainError):
    """Text a field may not hold; `str()` is the user-facing message naming field and character."""

    def __init__(self, where: str, character: str, position: int) -> None:
        self.where = where
        self.character = character
        self.position = position
        super().__init__(translate(
            "text", "{where}: có ký tự {character} ở vị trí {position}. Hãy xóa ký tự này rồi nhập lại.",
            where=where, character=describe_character(character), position=position + 1))


def check_text(value: str, where: str, multiline: bool = False) -> str:
    """`value` in NFC when the rule allows it; UnsafeText naming `where` otherwise."""
    found = forbidden_character(value, multiline)
    if found is not None:
        raise UnsafeText(where, found[1], found[0])
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def safe_text(value: object, where: str, multiline: bool = False) -> str:
    """check_text, then clean (whitespace collapsed): the one call for a one-line field's input."""
    if value is None:
        return ""
    return clean(check_text(str(value), where, multiline))
