"""The typed shape of each file in a package: msgspec structs that decode and validate the JSON in one
pass (types, lengths, enums, unknown fields refused); package/schema.py then holds every string to the
text rule.

`resources/schemas/*.schema.json` publishes the same shape for other readers (docs/package-format.md);
`tests/package/test_records_schema.py` holds the two in agreement field by field. Dates stay the strings
the package carries (checked here with the same parser as before), so what an older version wrote and
what this one writes read alike.
"""

# No `from __future__ import annotations`: msgspec reads these annotations at run time.

from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

_UNIT_CODE = r"\A[0-9A-Z][0-9A-Z.\-]{0,39}\Z"
_KEY_ID = r"\A[0-9A-F]{16}\Z"
_PUBLIC_KEY = r"\A[A-Za-z0-9+/]{43}=\Z"


# Text by its longest. Whether it may hold line breaks is the text rule's (domain/text.py: by the field's
# name, MULTILINE_FIELDS), checked after decoding over all of a file's strings at once (package/schema.py):
# a pattern per string made decoding a 2,000-record file two and a half times slower.
Text = str
Text16 = Annotated[str, Meta(max_length=16)]
Text32 = Annotated[str, Meta(max_length=32)]
Text40 = Annotated[str, Meta(max_length=40)]
Text64 = Annotated[str, Meta(max_length=64)]
Text100 = Annotated[str, Meta(max_length=100)]
Text255 = Annotated[str, Meta(max_length=255)]
Text2000 = Annotated[str, Meta(max_length=2000)]
Text2048 = Annotated[str, Meta(max_length=2048)]
Text20000 = Annotated[str, Meta(max_length=20000)]
Name255 = Annotated[str, Meta(min_length=1, max_length=255)]
Name2000 = Annotated[str, Meta(min_length=1, max_length=2000)]
Url = Annotated[str, Meta(min_length=1, max_length=2048)]
UnitCode = Annotated[str, Meta(pattern=_UNIT_CODE)]
KeyId = Annotated[str, Meta(pattern=_KEY_ID)]
PublicKey = Annotated[str, Meta(pattern=_PUBLIC_KEY)]
# Dates as the package carries them (MOMENT_FIELDS, DAY_FIELDS).
DateText = Annotated[str, Meta(max_length=64)]
Count = Annotated[int, Meta(ge=0, le=1_000_000_000)]
Level = Annotated[int, Meta(ge=1, le=4)]
Form = Literal["toan_trinh", "mot_phan", "chua_truc_tuyen"]


# Fields that hold a date and time, and fields that hold a day: checked with the parsers the store uses
# (package/schema.py, over a whole file at once), so what older versions wrote reads as before.
MOMENT_FIELDS = frozenset({"created_at", "updated_at", "accepted_at"})
DAY_FIELDS = frozenset({"expected_fix_on", "portal_published_on", "target_date", "emc_connected_on", "active_from",
                        "active_to", "opened_on", "deadline"})


class _Record(msgspec.Struct, forbid_unknown_fields=True, frozen=True, gc=False):
    """Every record refuses a field it does not know, as the schemas' additionalProperties: false."""


# ---------------------------------------------------------------- manifest.json


class Sender(_Record, frozen=True):
    unit_code: UnitCode
    unit_name: Name255


class NextKey(_Record, frozen=True):
    key_id: KeyId
    public_key: PublicKey


class CertificateRef(_Record, frozen=True):
    sha256: Annotated[str, Meta(pattern=r"\A[0-9A-F]{64}\Z")]  # of the DER certificate
    holder: Name255  # the common name, as a reader of the manifest would recognise it


class FileEntry(_Record, frozen=True):
    name: Annotated[str, Meta(pattern=r"\A[a-z0-9_\-]{1,64}\.json\Z")]
    sha256: Annotated[str, Meta(pattern=r"\A[0-9a-f]{64}\Z")]
    size: Annotated[int, Meta(ge=0)]


class Manifest(_Record, frozen=True):
    format: Literal["dvc-package"]
    format_version: Literal[1]
    kind: Literal["reference", "submission", "receipt"]
    sender: Sender
    recipient: Annotated[str, Meta(pattern=r"\A(H[0-9]{2}|[0-9A-Z][0-9A-Z.\-]{0,39})\Z")]
    sequence: Annotated[int, Meta(ge=1)]
    created_at: DateText
    schema_version: Text32
    rule_set: Text32
    key_id: KeyId | None  # None: signed with a certificate only
    files: Annotated[list[FileEntry], Meta(max_length=32)]
    next_key: NextKey | UnsetType = UNSET
    certificate: CertificateRef | UnsetType = UNSET  # the certificate that signs package.zip.p7s


# ---------------------------------------------------------------- submission (unit → province)


class Checklist(_Record, frozen=True):
    info_online: bool | None
    submitted_online: bool | None
    processed_online: bool | None
    fees_online: bool | None
    result_online: bool | None


class Classification(_Record, frozen=True):
    code: Text40
    name: Name2000
    origin: Literal["reference", "local"]
    sector: Text255
    level_codes: Annotated[list[Text16], Meta(max_length=8)]
    checklist: Checklist
    form: Form | None
    reason_code: Text64
    legal_provision: Text20000
    note: Text20000
    proactive_level: Level | None
    status: Literal["draft", "ready"]
    updated_at: DateText
    # Optional: a package from before the record grew them has none.
    fields: dict[Text, Text20000] = {}
    rule_set_code: Annotated[str, Meta(pattern=r"\A[A-Z0-9][A-Z0-9-]{0,31}\Z")] = ""
    technical_description: Text20000 = ""
    expected_fix_on: DateText | None = None
    portal_published_on: DateText | None = None
    portal_link: Text2048 = ""


class Website(_Record, frozen=True):
    name: Name255
    url: Url
    linked_from_portal: bool
    plan_status: Literal["none", "planned", "in_progress", "done"]
    target_date: DateText | None
    ipv6: bool | None = None
    emc_connected_on: DateText | None = None


class Figures(_Record, frozen=True):
    period: Annotated[str, Meta(pattern=r"\A[0-9]{4}-Q[1-4]\Z")]
    received_total: Count
    received_online: Count
    with_fees: Count
    paid_online: Count
    updated_at: DateText
    received_full_online: Count | None = None
    processed_online: Count | None = None
    received_eligible: Count | None = None
    received_eligible_full_online: Count | None = None


# ---------------------------------------------------------------- reference (province → units)


class Province(_Record, frozen=True):
    code: Annotated[str, Meta(pattern=r"\AH[0-9]{2}\Z")]
    name: Text
    domain: Text255
    public_key: PublicKey


class LevelRecord(_Record, frozen=True):
    code: Text16
    name: Text100
    aliases: list[Text]
    sort_order: int
    active_from: DateText | None = None
    active_to: DateText | None = None


class UnitRecord(_Record, frozen=True):
    code: UnitCode
    name: Name255
    kind: Literal["province", "department", "district", "commune"]
    level_code: Text16
    parent_code: Text | None
    state: Literal["active", "retired"] = "active"
    replaced_by: Text40 | None = None


class SectorRecord(_Record, frozen=True):
    name: Name255
    code: Text32 | None
    ministry_code: Text16 | None


class ProcedureRecord(_Record, frozen=True):
    code: Text40
    name: Name2000
    sector: Text255
    level_codes: Annotated[list[Text16], Meta(max_length=8)]
    fields: dict[Text, Text20000]
    reference_form: Form | None
    legacy_level: Level | None
    units: Annotated[list[UnitCode], Meta(max_length=20000)] = []


class RoundRecord(_Record, frozen=True):
    name: Name255
    basis: Text2000
    opened_on: DateText
    deadline: DateText


class Rules(_Record, frozen=True):
    rule_set: Text32
    deadline: DateText | None
    round: RoundRecord | None = None


# ---------------------------------------------------------------- receipt (province → one unit)


class Comment(_Record, frozen=True):
    code: Text40
    status: Literal["accepted", "returned"]
    comment: Text20000


class Receipt(_Record, frozen=True):
    unit_code: UnitCode
    accepted_sequence: Annotated[int, Meta(ge=1)]
    accepted_at: DateText
    procedures: Annotated[int, Meta(ge=0)]
    comments: Annotated[list[Comment], Meta(max_length=100000)]


# The type of each data file, by the file's name without ".json"; the files each kind carries.
FILE_TYPES: dict[str, object] = {
    "classifications": Annotated[list[Classification], Meta(max_length=100000)],
    "websites": Annotated[list[Website], Meta(max_length=1000)],
    "dossier_figures": Annotated[list[Figures], Meta(max_length=400)],
    "province": Province,
    "levels": Annotated[list[LevelRecord], Meta(max_length=32)],
    "units": Annotated[list[UnitRecord], Meta(max_length=20000)],
    "sectors": Annotated[list[SectorRecord], Meta(max_length=5000)],
    "procedures": Annotated[list[ProcedureRecord], Meta(max_length=100000)],
    "rules": Rules,
    "receipt": Receipt,
}
KIND_FILES = {
    "submission": ("classifications", "websites"),
    "reference": ("province", "levels", "units", "sectors", "procedures", "rules"),
    "receipt": ("receipt",),
}
# Files a kind may carry besides KIND_FILES: a submission from before the indicators has no figures.
OPTIONAL_FILES = {"submission": ("dossier_figures",)}


def as_plain(record: object) -> Any:
    """A record as plain JSON values (dicts and lists), as the store's settings keep them."""
    return msgspec.to_builtins(record)
