"""Hostile packages at the province: every refusal is exit 3, one stderr line, a Vietnamese reason with
a stable `reason_code`, and a province store left byte-for-byte unchanged (audit log included).

Building the two offices takes ~1.7 s, so this module builds them once (the same steps as the
`offices` fixture of conftest.py) and gives each test a fresh copy of both data directories.
"""

from __future__ import annotations

import base64
import io
import json
import os
import random
import re
import stat
import struct
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from dvc_desktop.package import keys as keyfiles
from dvc_desktop.package.container import (
    EPOCH, MANIFEST, PAYLOAD, SIGNATURE, Limits, build_container, build_payload, build_zip,
)
from dvc_desktop.package.minisign import sign
from tests.conftest import store_fingerprint, store_rows
from tests.package.conftest import (
    UNIT, UNIT_PASS, Offices, base_manifest, classify_some, copy_offices, forge, offices_template,
    submission_files,
)

# Hostile packages are refused before the store is touched: on SQLite only (the import itself runs on both
# engines in test_flows.py, test_submission_diff.py and tests/server).

OTHER_UNIT = "000.00.12.H59"  # a department of the demo province, with no key of its own
VIETNAMESE = re.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]")
CHECKLIST = ("info_online", "submitted_online", "processed_online", "fees_online", "result_online")


# ---------------------------------------------------------------- the two offices, built once


@pytest.fixture()
def template(request, store_engine) -> Path:
    return offices_template(request, store_engine, "hostile", lambda _province, unit: classify_some(unit, 6))


@pytest.fixture()
def offices(template, tmp_path, capsys, monkeypatch, request) -> Offices:
    """A fresh copy of the two offices of conftest.py (the department has classified 6 procedures)."""
    return copy_offices(template, tmp_path, capsys, monkeypatch, request)


# ---------------------------------------------------------------- helpers


def import_json(offices: Offices, path: Path) -> tuple[int, dict, str]:
    code, out, err = offices.run(offices.province, "package", "import", str(path), "--json")
    assert out, f"no --json result (exit {code}): {err}"
    results = json.loads(out)["results"]
    assert len(results) == 1, results
    return code, results[0], err


def assert_refused(offices: Offices, path: Path, reason_code: str | tuple[str, ...]) -> dict:
    """Import `path` at the province: refused with `reason_code` (or one of them), nothing in the store changes."""
    before = store_fingerprint(offices.province)
    code, result, err = import_json(offices, path)
    assert result["status"] == "rejected", result
    assert result["reason_code"] in ((reason_code,) if isinstance(reason_code, str) else reason_code), result
    assert result["file"] == path.name
    assert result["reason"] and VIETNAMESE.search(result["reason"].lower()), result["reason"]
    assert code == 3
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0] == f"dvc-desktop: {path.name}: {result['reason']}"
    assert store_fingerprint(offices.province) == before, "a refused import changed the province store"
    return result


def write(offices: Offices, name: str, data: bytes) -> Path:
    path = offices.tmp / name
    path.write_bytes(data)
    return path


def export(offices: Offices, name: str) -> Path:
    path = offices.tmp / name
    code, _, err = offices.run(offices.unit, "package", "export", str(path), passphrase=UNIT_PASS)
    assert code == 0, err
    return path


def known_code(offices: Offices) -> str:
    return store_rows(offices.province, "SELECT code FROM procedures WHERE origin = 'reference' ORDER BY code LIMIT 1")[0][0]


def record(code: str, **changes) -> dict:
    """One classification as a submission carries it (resources/schemas/submission.schema.json)."""
    value = {"code": code, "name": "Đăng ký khai sinh", "origin": "reference", "sector": "Hộ tịch",
             "level_codes": [], "checklist": dict.fromkeys(CHECKLIST, True), "form": "toan_trinh",
             "reason_code": "", "legal_provision": "", "note": "", "proactive_level": None, "status": "ready",
             "updated_at": "2026-11-29T08:00:00+00:00"}
    value.update(changes)
    return value


def raw_zip(members: list[tuple[str | zipfile.ZipInfo, bytes]], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP written by hand, with whatever names and attributes a test needs."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name"
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in members:
                if isinstance(name, zipfile.ZipInfo):
                    info = name
                else:  # a regular file (zipfile's own default, 0o600 without S_IFREG, is refused as special)
                    info = zipfile.ZipInfo(name, date_time=EPOCH)
                    info.create_system = 3
                    info.external_attr = (stat.S_IFREG | 0o644) << 16
                info.compress_type = compress
                archive.writestr(info, data)
    return buffer.getvalue()


def manifest_bytes(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def forged_payload(offices: Offices, members: list[tuple[str | zipfile.ZipInfo, bytes]],
                   listed: dict[str, bytes] | None = None, **manifest_changes) -> bytes:
    """A payload of hand-made members, with a manifest listing `listed` (default: the usual two files)."""
    listed = submission_files() if listed is None else listed
    manifest = base_manifest(offices, listed, **manifest_changes)
    return raw_zip([(MANIFEST, manifest_bytes(manifest)), *members])


def patch_central(data: bytes, name: str, offset: int, fmt: str, change) -> bytes:
    """Rewrite one field of `name`'s central directory entry (offset from "PK\\1\\2"): value -> change(value)."""
    out = bytearray(data)
    count, directory_offset = struct.unpack("<H4xI", bytes(out[-12:-2]))
    position, found = directory_offset, False
    for _ in range(count):
        assert out[position:position + 4] == b"PK\x01\x02"
        name_length, extra_length, comment_length = struct.unpack("<HHH", bytes(out[position + 28:position + 34]))
        if bytes(out[position + 46:position + 46 + name_length]).decode() == name:
            field = slice(position + offset, position + offset + struct.calcsize(fmt))
            out[field] = struct.pack(fmt, change(struct.unpack(fmt, bytes(out[field]))[0]))
            found = True
        position += 46 + name_length + extra_length + comment_length
    assert found, name
    return bytes(out)


def set_declared_sizes(data: bytes, sizes: dict[str, int]) -> bytes:
    """Rewrite the uncompressed sizes the central directory declares (what the reader checks first)."""
    for name, size in sizes.items():
        data = patch_central(data, name, 24, "<I", lambda _old, size=size: size)
    return data


def minimal_reference_files() -> dict[str, bytes]:
    province = {"code": "H59", "name": "Tỉnh Sơn Hà", "domain": "sonha.gov.vn",
                "public_key": base64.b64encode(bytes(32)).decode()}
    data = {"province": province, "levels": [], "units": [], "sectors": [], "procedures": [],
            "rules": {"rule_set": "ND224-2026", "deadline": None}}
    return {f"{name}.json": json.dumps(value).encode() for name, value in data.items()}


def receipt_files() -> dict[str, bytes]:
    receipt = {"unit_code": UNIT, "accepted_sequence": 1, "accepted_at": "2026-11-29T08:00:00+00:00",
               "procedures": 0, "comments": []}
    return {"receipt.json": json.dumps(receipt).encode()}


# ---------------------------------------------------------------- controls: the checks can fail


def test_control_a_forged_but_valid_package_is_imported_and_changes_the_store(offices):
    """The forging helpers build acceptable packages, and the fingerprint sees an import."""
    files = submission_files([record(known_code(offices))])
    path = write(offices, "valid.dvcpkg", forge(offices, base_manifest(offices, files), files))
    before = store_fingerprint(offices.province)
    code, result, err = import_json(offices, path)
    assert (code, result["status"], result["reason_code"], err) == (0, "imported", "", "")
    assert result["procedures"] == 1
    assert store_fingerprint(offices.province) != before


def test_control_a_hand_built_payload_is_imported(offices):
    """raw_zip/forged_payload make payloads the reader accepts, so each mutation below is what is refused."""
    files = submission_files()
    payload = forged_payload(offices, sorted(files.items()))
    path = write(offices, "hand.dvcpkg", forge(offices, {}, {}, payload=payload))
    code, result, _ = import_json(offices, path)
    assert (code, result["status"]) == (0, "imported"), result


# ---------------------------------------------------------------- who signed it


def test_unknown_signer(offices):
    stranger = offices.tmp / "stranger-keys"
    info = keyfiles.generate(stranger, "mật khẩu người lạ")
    private = keyfiles.unlock(stranger, "mật khẩu người lạ")
    files = submission_files([record(known_code(offices))])
    payload = build_payload(base_manifest(offices, files, key_id=info.key_id_hex), files)
    data = build_container(payload, sign(private, info.key_id, payload, "a stranger"))
    result = assert_refused(offices, write(offices, "stranger.dvcpkg", data), "unknown_signer")
    assert info.key_id_hex in result["reason"]


def test_unknown_signer_from_a_real_third_store(offices, template):
    """Another department of the province, with its own key, which the province never trusted."""
    third = offices.tmp / "third"
    assert offices.run(third, "init", "--role", "department", "--unit-code", "000.00.15.H59", "--unit-name",
                       "Sở Y tế", "--province-code", "H59", passphrase="mật khẩu sở y tế")[0] == 0
    fingerprint = offices.run(offices.province, "keys", "fingerprint")[1].strip().splitlines()[-1]
    code, _, err = offices.run(third, "reference", "import", str(template / "ref.dvcpkg"), "--fingerprint",
                               fingerprint)
    assert code == 0, err
    path = offices.tmp / "third.dvcpkg"
    assert offices.run(third, "package", "export", str(path), passphrase="mật khẩu sở y tế")[0] == 0
    assert_refused(offices, path, "unknown_signer")


def test_untrusted_key_claiming_the_trusted_key_id(offices):
    """A stranger's signature that names the department's key id does not verify with that key."""
    stranger = offices.tmp / "stranger-keys"
    keyfiles.generate(stranger, "mật khẩu người lạ")
    private = keyfiles.unlock(stranger, "mật khẩu người lạ")
    trusted = keyfiles.public_info(offices.unit / "keys")
    files = submission_files([record(known_code(offices))])
    payload = build_payload(base_manifest(offices, files), files)
    data = build_container(payload, sign(private, trusted.key_id, payload, "impostor"))
    assert_refused(offices, write(offices, "impostor.dvcpkg", data), "bad_signature")


def test_revoked_key(offices):
    path = export(offices, "real.dvcpkg")
    key_id = keyfiles.public_info(offices.unit / "keys").key_id_hex
    code, _, err = offices.run(offices.province, "trust", "revoke", key_id)
    assert code == 0, err
    result = assert_refused(offices, path, "revoked_key")
    assert key_id in result["reason"]
    # Trusting the revoked key again is refused, with the day it was revoked; it stays revoked.
    code, out, err = offices.run(offices.province, "trust", "add", str(offices.tmp / "unit.pub"), "--unit-code", UNIT,
                                 "--yes")
    assert code == 3 and "đã bị thu hồi ngày" in err and "Đã tin cậy" not in out
    assert_refused(offices, path, "revoked_key")


def test_key_of_another_unit(offices):
    """Signed with 000.00.13.H59's trusted key, but the manifest says it comes from 000.00.12.H59."""
    files = submission_files([record(known_code(offices))])
    manifest = base_manifest(offices, files, sender={"unit_code": OTHER_UNIT, "unit_name": "Sở Tài chính"})
    path = write(offices, "other-unit.dvcpkg", forge(offices, manifest, files))
    result = assert_refused(offices, path, "key_mismatch")
    assert OTHER_UNIT in result["reason"] and UNIT in result["reason"]


# ---------------------------------------------------------------- sequence and identity


def test_replay_of_an_older_sequence(offices):
    first, second = export(offices, "first.dvcpkg"), export(offices, "second.dvcpkg")
    code, result, _ = import_json(offices, second)
    assert (code, result["status"], result["sequence"]) == (0, "imported", 2)
    result = assert_refused(offices, first, "replay")
    assert result["sequence"] == 1


def test_replay_of_the_same_sequence_with_other_content(offices):
    code, result, _ = import_json(offices, export(offices, "first.dvcpkg"))
    assert (code, result["status"], result["sequence"]) == (0, "imported", 1)
    files = submission_files([record(known_code(offices), form="mot_phan")])
    path = write(offices, "same-seq.dvcpkg", forge(offices, base_manifest(offices, files, sequence=1), files))
    assert_refused(offices, path, "replay")


def test_the_same_package_twice_is_already_imported_and_changes_nothing(offices):
    path = export(offices, "real.dvcpkg")
    code, result, _ = import_json(offices, path)
    assert (code, result["status"]) == (0, "imported")
    before = store_fingerprint(offices.province)
    code, result, err = import_json(offices, path)
    assert (code, result["status"], err) == (0, "already_imported", "")
    assert VIETNAMESE.search(result["reason"].lower())
    assert store_fingerprint(offices.province) == before


def test_wrong_recipient_province(offices):
    files = submission_files([record(known_code(offices))])
    path = write(offices, "h46.dvcpkg", forge(offices, base_manifest(offices, files, recipient="H46"), files))
    result = assert_refused(offices, path, "wrong_recipient")
    assert "H46" in result["reason"]


@pytest.mark.parametrize("kind, files, reason_code", [
    # The acceptance of the data (package/acceptance.py) runs before _check_addressing: the kind must first carry its own files.
    ("reference", minimal_reference_files(), "wrong_kind"),
    ("receipt", receipt_files(), "wrong_kind"),
    ("reference", submission_files(), "wrong_files"),
    ("receipt", submission_files(), "wrong_files"),
], ids=["reference", "receipt", "reference-with-submission-files", "receipt-with-submission-files"])
def test_wrong_kind(offices, kind, files, reason_code):
    manifest = base_manifest(offices, files, kind=kind)
    path = write(offices, f"{kind}.dvcpkg", forge(offices, manifest, files))
    assert_refused(offices, path, reason_code)


# ---------------------------------------------------------------- the manifest against the files


def test_listed_file_missing(offices):
    files = submission_files()
    payload = forged_payload(offices, [("classifications.json", files["classifications.json"])], listed=files)
    result = assert_refused(offices, write(offices, "missing.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "missing_file")
    assert "websites.json" in result["reason"]


def test_file_present_but_not_listed(offices):
    files = submission_files()
    members = [*sorted(files.items()), ("notes.json", b"{}")]
    payload = forged_payload(offices, members, listed=files)
    result = assert_refused(offices, write(offices, "unlisted.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "unlisted_file")
    assert "notes.json" in result["reason"]


def test_hash_mismatch(offices):
    files = submission_files([record(known_code(offices))])
    manifest = base_manifest(offices, files)
    swapped = files["classifications.json"].replace(b"toan_trinh", b"TOAN_TRINH")
    assert len(swapped) == len(files["classifications.json"]) and swapped != files["classifications.json"]
    path = write(offices, "hash.dvcpkg", forge(offices, manifest, {**files, "classifications.json": swapped}))
    result = assert_refused(offices, path, "hash_mismatch")
    assert "classifications.json" in result["reason"]


def test_size_mismatch(offices):
    files = submission_files()
    manifest = base_manifest(offices, files)
    manifest["files"][0]["size"] += 1  # classifications.json, sha256 left right
    path = write(offices, "size.dvcpkg", forge(offices, manifest, files))
    assert_refused(offices, path, "size_mismatch")


# ---------------------------------------------------------------- hostile ZIP members


def test_duplicate_member_names(offices):
    files = submission_files()
    members = [*sorted(files.items()), ("websites.json", b'[{"evil": true}]')]
    payload = forged_payload(offices, members)
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert [e.filename for e in archive.infolist()].count("websites.json") == 2
    assert_refused(offices, write(offices, "dup.dvcpkg", forge(offices, {}, {}, payload=payload)), "duplicate_name")


@pytest.mark.parametrize("name", [
    "/classifications.json", "../classifications.json", "sub/../../classifications.json",
    "..\\classifications.json", "sub\\classifications.json", "C:classifications.json", "sub/classifications.json",
], ids=["absolute", "dotdot", "nested-dotdot", "backslash-dotdot", "backslash", "drive", "subdirectory"])
def test_bad_member_name(offices, name):
    files = submission_files()
    payload = forged_payload(offices, [(name, files["classifications.json"]),
                                       ("websites.json", files["websites.json"])])
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert name in archive.namelist()  # the hostile name really is in the ZIP
    result = assert_refused(offices, write(offices, "name.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "bad_name")
    assert name in result["reason"]


@pytest.mark.parametrize("mode", [stat.S_IFLNK | 0o777, stat.S_IFCHR | 0o644, stat.S_IFIFO | 0o644],
                         ids=["symlink", "device", "fifo"])
def test_link_or_special_member(offices, mode):
    files = submission_files()
    link = zipfile.ZipInfo("websites.json", date_time=EPOCH)
    link.create_system = 3
    link.external_attr = mode << 16
    payload = forged_payload(offices, [("classifications.json", files["classifications.json"]),
                                       (link, b"/etc/passwd")],
                             listed={**files, "websites.json": b"/etc/passwd"})
    result = assert_refused(offices, write(offices, "link.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "bad_name")
    assert "websites.json" in result["reason"]


def test_directory_member(offices):
    files = submission_files()
    payload = forged_payload(offices, [*sorted(files.items()), ("folder/", b"")])
    assert_refused(offices, write(offices, "dir.dvcpkg", forge(offices, {}, {}, payload=payload)), "bad_name")


def test_more_entries_than_the_limit(offices):
    limit = Limits().max_entries
    assert limit == 64
    files = submission_files()
    extra = [(f"extra-{i:03d}.json", b"{}") for i in range(limit + 1 - 3)]  # with manifest: limit + 1 entries
    payload = forged_payload(offices, [*sorted(files.items()), *extra], listed={**files, **dict(extra[:29])})
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert len(archive.infolist()) == limit + 1
    result = assert_refused(offices, write(offices, "many.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "too_many_entries")
    assert str(limit + 1) in result["reason"] and str(limit) in result["reason"]


def test_exactly_the_entry_limit_is_not_refused_as_too_many(offices):
    """The limit is a limit, not an off-by-one: 64 entries get past the entry check (refused later)."""
    files = submission_files()
    extra = [(f"extra-{i:03d}.json", b"{}") for i in range(Limits().max_entries - 3)]
    payload = forged_payload(offices, [*sorted(files.items()), *extra], listed={**files, **dict(extra[:29])})
    result = assert_refused(offices, write(offices, "limit.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "unlisted_file")
    assert "extra-029.json" in result["reason"]


def test_compression_bomb_is_refused_without_inflating(offices):
    bomb = b"\0" * 60_000_000
    files = {"classifications.json": bomb, "websites.json": b"[]"}
    manifest = base_manifest(offices, files)
    data = forge(offices, manifest, files)
    assert len(data) < 1_000_000  # the 60 MB are a few dozen KB on disk
    path = write(offices, "bomb.dvcpkg", data)
    started = time.monotonic()
    result = assert_refused(offices, path, "zip_bomb")
    assert time.monotonic() - started < 2.0
    assert "classifications.json" in result["reason"]


def test_total_uncompressed_size_beyond_the_limit_is_refused_without_inflating(offices):
    """Two members each under the member and ratio limits (290 MiB declared, 3.5 MB stored, ratio < 100),
    together over the 500 MB total: refused on the declared sizes alone."""
    noise = random.Random(7)
    first, second = noise.randbytes(3_500_000), noise.randbytes(3_500_000)
    declared = 290 * 1024 * 1024
    limits = Limits()
    assert declared <= limits.max_member_bytes and declared < limits.max_ratio * len(first)
    assert 2 * declared > limits.max_total_bytes
    listed = {"classifications.json": first, "websites.json": second}
    manifest = base_manifest(offices, listed)
    for spec in manifest["files"]:
        spec["size"] = declared
    payload = raw_zip([(MANIFEST, manifest_bytes(manifest)), ("classifications.json", first),
                       ("websites.json", second)], compress=zipfile.ZIP_STORED)
    payload = set_declared_sizes(payload, {"classifications.json": declared, "websites.json": declared})
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert [e.file_size for e in archive.infolist()][1:] == [declared, declared]
    path = write(offices, "total.dvcpkg", forge(offices, {}, {}, payload=payload))
    started = time.monotonic()
    result = assert_refused(offices, path, "zip_bomb")
    assert time.monotonic() - started < 2.0
    assert "Tổng dung lượng" in result["reason"]


def test_member_inflating_past_its_declared_size_is_not_read_whole(offices):
    """The central directory says 100 bytes; the member inflates to 60 MB: reading stops at the declared size."""
    files = submission_files()
    bomb = b"\0" * 60_000_000
    listed = {**files, "classifications.json": bomb[:100]}
    payload = forged_payload(offices, [("classifications.json", bomb), ("websites.json", files["websites.json"])],
                             listed=listed)
    payload = set_declared_sizes(payload, {"classifications.json": 100})
    path = write(offices, "liar.dvcpkg", forge(offices, {}, {}, payload=payload))
    started = time.monotonic()
    assert_refused(offices, path, "bad_payload")  # the CRC of the first 100 bytes does not match
    assert time.monotonic() - started < 2.0


# ---------------------------------------------------------------- the data files


@pytest.mark.parametrize("content", [b"[{", b"\xff\xfe[]", b""], ids=["truncated", "not-utf8", "empty"])
def test_malformed_json_in_classifications(offices, content):
    files = {**submission_files(), "classifications.json": content}
    path = write(offices, "json.dvcpkg", forge(offices, base_manifest(offices, files), files))
    result = assert_refused(offices, path, "bad_json")
    assert "classifications.json" in result["reason"]


@pytest.mark.parametrize("name", ["classifications.json", "manifest.json"])
def test_json_nested_thousands_deep_is_refused_not_crashed_on(offices, name):
    """The typed records refuse it at once; naming the place reads it again as plain JSON, which must
    not run out of stack."""
    deep = b"[" * 100_000 + b"]" * 100_000
    if name == "manifest.json":
        payload = raw_zip([(MANIFEST, deep), *sorted(submission_files().items())])
        data = forge(offices, {}, {}, payload=payload)
    else:
        files = {**submission_files(), name: deep}
        data = forge(offices, base_manifest(offices, files), files)
    result = assert_refused(offices, write(offices, "deep.dvcpkg", data), "bad_json")
    assert name in result["reason"] and "lồng nhau quá sâu" in result["reason"]


def test_malformed_manifest_json(offices):
    payload = raw_zip([(MANIFEST, b'{"format": "dvc-package",'), *sorted(submission_files().items())])
    result = assert_refused(offices, write(offices, "manifest.dvcpkg", forge(offices, {}, {}, payload=payload)),
                            "bad_json")
    assert "manifest.json" in result["reason"]


def test_payload_without_manifest(offices):
    payload = raw_zip(sorted(submission_files().items()))
    assert_refused(offices, write(offices, "nomanifest.dvcpkg", forge(offices, {}, {}, payload=payload)),
                   "bad_manifest")


def _without(mapping: dict, key: str) -> dict:
    return {k: v for k, v in mapping.items() if k != key}


MANIFEST_VIOLATIONS = {
    "sequence-as-string": lambda m: {**m, "sequence": "1"},
    "sequence-zero": lambda m: {**m, "sequence": 0},
    "format-version-2": lambda m: {**m, "format_version": 2},
    "unknown-kind": lambda m: {**m, "kind": "everything"},
    "missing-recipient": lambda m: _without(m, "recipient"),
    "missing-files": lambda m: _without(m, "files"),
    "unknown-key": lambda m: {**m, "extra": 1},
    # A key id of digits only has no lower case (1 run in ~2,000): then one letter is made lower case.
    "lowercase-key-id": lambda m: {**m, "key_id": m["key_id"].lower() if set(m["key_id"]) & set("ABCDEF")
                                   else m["key_id"][:-1] + "a"},
    "file-name-with-path": lambda m: {**m, "files": [{**m["files"][0], "name": "../classifications.json"},
                                                     m["files"][1]]},
    "size-as-string": lambda m: {**m, "files": [{**m["files"][0], "size": str(m["files"][0]["size"])},
                                                m["files"][1]]},
}


@pytest.mark.parametrize("violation", list(MANIFEST_VIOLATIONS))
def test_manifest_schema_violation(offices, violation):
    files = submission_files([record(known_code(offices))])
    manifest = MANIFEST_VIOLATIONS[violation](base_manifest(offices, files))
    path = write(offices, "schema.dvcpkg", forge(offices, manifest, files))
    result = assert_refused(offices, path, "schema")
    assert "manifest.json" in result["reason"]


CLASSIFICATION_VIOLATIONS = {
    "unknown-form": {"form": "toan_phan"},
    "checklist-as-string": {"checklist": {**dict.fromkeys(CHECKLIST, True), "info_online": "có"}},
    "proactive-level-5": {"proactive_level": 5},
    "unknown-status": {"status": "approved"},
    "name-empty": {"name": ""},
    "unknown-field": {"color": "red"},
}


@pytest.mark.parametrize("violation", list(CLASSIFICATION_VIOLATIONS))
def test_classification_schema_violation(offices, violation):
    files = submission_files([record(known_code(offices)),
                              record(known_code(offices), **CLASSIFICATION_VIOLATIONS[violation])])
    path = write(offices, "data.dvcpkg", forge(offices, base_manifest(offices, files), files))
    result = assert_refused(offices, path, "schema")
    assert "classifications/1" in result["reason"]


def test_classification_missing_a_required_key(offices):
    broken = record(known_code(offices))
    del broken["status"]
    files = submission_files([broken])
    path = write(offices, "missing-key.dvcpkg", forge(offices, base_manifest(offices, files), files))
    result = assert_refused(offices, path, "schema")
    assert "status" in result["reason"]


@pytest.mark.parametrize("code", ["1.0001", "", "2.000884.000.00.00.X55", "1.000010; DROP TABLE units"])
def test_bad_procedure_code_in_classifications(offices, code):
    files = submission_files([record(code)])
    path = write(offices, "code.dvcpkg", forge(offices, base_manifest(offices, files), files))
    result = assert_refused(offices, path, "schema")
    assert "Mã TTHC" in result["reason"]


def test_websites_not_a_list(offices):
    files = {**submission_files(), "websites.json": b'{"name": "x"}'}
    assert_refused(offices, write(offices, "sites.dvcpkg", forge(offices, base_manifest(offices, files), files)),
                   "schema")


# ---------------------------------------------------------------- the outer container


def _valid_parts(offices: Offices) -> tuple[bytes, str]:
    files = submission_files([record(known_code(offices))])
    payload = build_payload(base_manifest(offices, files), files)
    private, info = keyfiles.unlock(offices.unit / "keys", UNIT_PASS), keyfiles.public_info(offices.unit / "keys")
    return payload, sign(private, info.key_id, payload, "test")


def test_container_with_a_third_member(offices):
    payload, signature = _valid_parts(offices)
    data = build_zip([(PAYLOAD, payload), (SIGNATURE, signature.encode()), ("README.txt", b"hi")],
                     zipfile.ZIP_STORED)
    assert_refused(offices, write(offices, "third.dvcpkg", data), "bad_container")


def test_container_members_in_the_wrong_order(offices):
    payload, signature = _valid_parts(offices)
    data = build_zip([(SIGNATURE, signature.encode()), (PAYLOAD, payload)], zipfile.ZIP_STORED)
    assert_refused(offices, write(offices, "order.dvcpkg", data), "bad_container")


def test_container_with_compressed_members(offices):
    payload, signature = _valid_parts(offices)
    data = build_zip([(PAYLOAD, payload), (SIGNATURE, signature.encode())], zipfile.ZIP_DEFLATED)
    assert_refused(offices, write(offices, "deflated.dvcpkg", data), "bad_container")


def test_payload_changed_after_signing(offices):
    payload, signature = _valid_parts(offices)
    files = submission_files([record(known_code(offices), form="chua_truc_tuyen")])
    changed = build_payload(base_manifest(offices, files), files)
    assert changed != payload
    data = build_container(changed, signature)  # a canonical container, the old signature
    assert_refused(offices, write(offices, "changed.dvcpkg", data), "bad_signature")


def test_signature_file_that_is_not_a_signature(offices):
    payload, _ = _valid_parts(offices)
    data = build_container(payload, "untrusted comment: nothing\nnot base64!\n")
    assert_refused(offices, write(offices, "nosig.dvcpkg", data), "tampered")


@pytest.mark.parametrize("where", ["appended", "prepended"])
def test_container_with_extra_bytes(offices, where):
    payload, signature = _valid_parts(offices)
    data = build_container(payload, signature)
    data = data + b"\0garbage" if where == "appended" else b"MZ" + bytes(100) + data
    assert_refused(offices, write(offices, f"{where}.dvcpkg", data), "tampered")


@pytest.mark.parametrize("content", [b"", b"This is not a package.\n", b"PK\x03\x04" + bytes(40),
                                     os.urandom(4096)], ids=["empty", "text", "zip-magic-only", "random"])
def test_not_a_zip_at_all(offices, content):
    assert_refused(offices, write(offices, "junk.dvcpkg", content), "not_a_package")


def test_missing_file_is_one_refusal_line(offices):
    path = offices.tmp / "absent.dvcpkg"
    result = assert_refused(offices, path, "unreadable")
    assert "absent.dvcpkg" in result["reason"]


def test_several_files_one_line_per_refused_file(offices):
    """Two hostile files and a good one in one call: two stderr lines, the good one imported."""
    files = submission_files([record(known_code(offices))])
    good = write(offices, "good.dvcpkg", forge(offices, base_manifest(offices, files), files))
    empty = write(offices, "empty.dvcpkg", b"")
    other = write(offices, "h46.dvcpkg", forge(offices, base_manifest(offices, files, recipient="H46"), files))
    code, out, err = offices.run(offices.province, "package", "import", str(empty), str(good), str(other), "--json")
    statuses = [(r["file"], r["status"], r["reason_code"]) for r in json.loads(out)["results"]]
    assert statuses == [("empty.dvcpkg", "rejected", "not_a_package"), ("good.dvcpkg", "imported", ""),
                        ("h46.dvcpkg", "rejected", "wrong_recipient")]
    assert code == 3
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("dvc-desktop: empty.dvcpkg: ") and lines[1].startswith("dvc-desktop: h46.dvcpkg: ")


# ---------------------------------------------------------------- product bugs found by this suite (now fixed)


def unit_rows(offices: Offices, code: str) -> tuple[int, int]:
    """(classifications of the department for `code`, procedures with that code) in the province store."""
    [(classifications,)] = store_rows(
        offices.province, "SELECT count(*) FROM classifications c JOIN procedures p ON p.id = c.procedure_id "
        "JOIN units u ON u.id = c.unit_id WHERE u.code = ? AND p.code = ?", UNIT, code)
    [(procedures,)] = store_rows(offices.province, "SELECT count(*) FROM procedures WHERE code = ?", code)
    return classifications, procedures


# Was: _apply_submission keyed records by the raw code while _local_procedure inserted the normalised one,
# so " 1.000032" crashed the import with an IntegrityError (exit 1, no --json result).
@pytest.mark.parametrize("padded", ["leading-space", "trailing-space"])
def test_non_canonical_procedure_code_is_refused_or_normalised_not_a_crash(offices, padded):
    code = known_code(offices)
    raw = " " + code if padded == "leading-space" else code + " "
    files = submission_files([record(raw)])
    path = write(offices, "padded.dvcpkg", forge(offices, base_manifest(offices, files), files))
    before = store_fingerprint(offices.province)
    exit_code, out, err = offices.run(offices.province, "package", "import", str(path), "--json")
    assert exit_code in (0, 3), err
    (result,) = json.loads(out)["results"]
    if result["status"] == "rejected":
        assert result["reason_code"] == "schema" and exit_code == 3 and len(err.splitlines()) == 1
        assert store_fingerprint(offices.province) == before
    else:
        assert result["status"] == "imported" and exit_code == 0
        assert unit_rows(offices, code) == (1, 1)  # the catalogue's procedure, not a local twin


# Was: _record let trust_key's InputRejected escape (not a PackageRejected): the whole batch aborted with
# no --json results and no line for the other files.
def test_next_key_trusted_for_another_unit_is_one_refusal_in_the_batch(offices):
    stranger = offices.tmp / "stranger-keys"
    info = keyfiles.generate(stranger, "mật khẩu người lạ")
    public = offices.tmp / "other.pub"
    public.write_text(keyfiles.minisign_public_key(info).to_text("another unit"), encoding="utf-8")
    assert offices.run(offices.province, "trust", "add", str(public), "--unit-code", OTHER_UNIT, "--yes")[0] == 0
    files = submission_files([record(known_code(offices))])
    next_key = {"key_id": info.key_id_hex, "public_key": base64.b64encode(info.public_key).decode()}
    rotation = write(offices, "rotation.dvcpkg",
                     forge(offices, base_manifest(offices, files, next_key=next_key), files))
    empty = write(offices, "empty.dvcpkg", b"")
    before = store_fingerprint(offices.province)
    code, out, err = offices.run(offices.province, "package", "import", str(rotation), str(empty), "--json")
    assert store_fingerprint(offices.province) == before
    assert code == 3
    results = json.loads(out)["results"]
    assert [(r["file"], r["status"]) for r in results] == [("rotation.dvcpkg", "rejected"),
                                                           ("empty.dvcpkg", "rejected")]
    assert results[0]["reason_code"] and VIETNAMESE.search(results[0]["reason"].lower())
    assert len(err.splitlines()) == 2


CENTRAL_FLAGS, CENTRAL_METHOD = 8, 10  # offsets in a central directory entry


# Was: open_container let archive.read()'s EOFError / RuntimeError ('encrypted' flag) escape (CLI exit 1,
# 'Lỗi không mong đợi', no --json result); found by the byte-flip test.
@pytest.mark.parametrize("damage", ["encrypted-flag", "extra-length-past-the-end"])
def test_container_header_damage_is_refused_with_a_reason(offices, damage):
    payload, signature = _valid_parts(offices)
    data = build_container(payload, signature)
    if damage == "encrypted-flag":
        data = patch_central(data, SIGNATURE, CENTRAL_FLAGS, "<H", lambda flags: flags | 0x1)
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            header = archive.getinfo(SIGNATURE).header_offset
        data = data[:header + 28] + struct.pack("<H", 0x100) + data[header + 30:]
    assert_refused(offices, write(offices, "damaged.dvcpkg", data), ("tampered", "bad_container", "not_a_package"))


# Was: _read let zipfile's RuntimeError/NotImplementedError escape (CLI exit 1, no --json result), reachable
# without a trusted key since _first_contact_key reads an unknown signer's payload.
@pytest.mark.parametrize("damage, signer", [
    ("encrypted-flag", "trusted"), ("patched-data-flag", "trusted"), ("strong-encryption-flag", "trusted"),
    ("unsupported-method", "trusted"), ("encrypted-flag", "stranger"),
])
def test_payload_member_zipfile_cannot_read_is_refused_with_a_reason(offices, damage, signer):
    if signer == "trusted":
        private, info = keyfiles.unlock(offices.unit / "keys", UNIT_PASS), keyfiles.public_info(offices.unit / "keys")
    else:
        info = keyfiles.generate(offices.tmp / "stranger-keys", "mật khẩu người lạ")
        private = keyfiles.unlock(offices.tmp / "stranger-keys", "mật khẩu người lạ")
    files = submission_files([record(known_code(offices))])
    payload = build_payload(base_manifest(offices, files, key_id=info.key_id_hex), files)
    if damage == "unsupported-method":
        payload = patch_central(payload, "classifications.json", CENTRAL_METHOD, "<H", lambda _method: 1)  # shrink
    else:
        bit = {"encrypted-flag": 0x1, "patched-data-flag": 0x20, "strong-encryption-flag": 0x40}[damage]
        payload = patch_central(payload, "classifications.json", CENTRAL_FLAGS, "<H", lambda flags: flags | bit)
    data = build_container(payload, sign(private, info.key_id, payload, "damaged"))
    assert_refused(offices, write(offices, "payload.dvcpkg", data), ("bad_payload", "unknown_signer"))


def test_a_procedure_code_twice_in_one_snapshot_is_refused(offices):
    code = known_code(offices)
    files = submission_files([record(code), record(code, form="mot_phan", reason_code="law_requires_presence")])
    path = write(offices, "twice.dvcpkg", forge(offices, base_manifest(offices, files), files))
    before = store_fingerprint(offices.province)
    exit_code, result, err = import_json(offices, path)
    assert (exit_code, result["status"]) == (3, "rejected"), result
    assert result["reason_code"] and code in result["reason"]
    assert len(err.splitlines()) == 1
    assert store_fingerprint(offices.province) == before


def test_announcing_the_current_key_as_next_key_does_not_retire_it(offices):
    info = keyfiles.public_info(offices.unit / "keys")
    files = submission_files([record(known_code(offices))])
    next_key = {"key_id": info.key_id_hex, "public_key": base64.b64encode(info.public_key).decode()}
    path = write(offices, "self.dvcpkg", forge(offices, base_manifest(offices, files, next_key=next_key), files))
    exit_code, result, _ = import_json(offices, path)
    code, out, _ = offices.run(offices.province, "trust", "list", "--json")
    states = {k["key_id"]: k["state"] for k in json.loads(out)["keys"]}
    if result["status"] == "imported":
        assert states[info.key_id_hex] == "active"
    else:
        assert exit_code == 3 and result["reason_code"]


def test_an_unknown_reason_code_is_refused_at_import(offices):
    """`ly_do_khong_co` was published verbatim in the Danh mục and no check said a word."""
    files = submission_files([record(known_code(offices), form="mot_phan", reason_code="ly_do_khong_co",
                                     status="draft")])
    path = write(offices, "reason.dvcpkg", forge(offices, base_manifest(offices, files), files))
    result = assert_refused(offices, path, "schema")
    assert "ly_do_khong_co" in result["reason"]


@pytest.mark.parametrize("field, value, shown", [
    ("note", "ghi chú\x01", "U+0001"),  # a unit's package carried \x01 into the store; publish failed ever after
    ("name", "Đăng ký khai sinh\u202e", "U+202E"),  # bidi override: published without a word
    ("legal_provision", "Điều 5\x9b", "U+009B"),  # C1
    ("note", "\ud800", "U+D800"),  # a lone surrogate, as a JSON escape
    ("name", "Đăng ký\tkhai sinh", "U+0009"),  # a tab in a one-line field
])
def test_text_the_rule_refuses_is_refused_at_import_naming_place_and_character(offices, field, value, shown):
    files = submission_files([record(known_code(offices), **{field: value})])
    path = write(offices, "text.dvcpkg", forge(offices, base_manifest(offices, files), files))
    result = assert_refused(offices, path, "schema")
    assert shown in result["reason"] and f"0/{field}" in result["reason"], result["reason"]


def test_line_breaks_are_allowed_in_a_note(offices):
    files = submission_files([record(known_code(offices), note="dòng một\ndòng hai\ttab")])
    path = write(offices, "note.dvcpkg", forge(offices, base_manifest(offices, files), files))
    code, result, err = import_json(offices, path)
    assert result["status"] == "imported", (result, err)


def test_the_submission_schema_itself_refuses_control_characters():
    """Other readers of the format get the same rule from the schema file's `text` pattern."""
    from tests.package.published_schema import accepts

    assert accepts("submission", {"classifications": [record("1.000001.000.00.00.H59", note="a\nb")], "websites": []})
    assert not accepts("submission", {"classifications": [record("1.000001.000.00.00.H59", note="x\x07")],
                                      "websites": []})
