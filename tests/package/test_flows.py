"""The whole exchange by the command line: keys, reference, submission, preview, receipt, rotation."""

from __future__ import annotations

import json
import zipfile

from dvc_desktop.services.context import open_context
from dvc_desktop.services.workspace import detail, load_rows
from tests.package.conftest import PROVINCE_PASS, UNIT, UNIT_PASS, classify_some

import pytest

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def imported(offices, *paths, dry_run=False):
    argv = ["package", "import", *map(str, paths), "--json"] + (["--dry-run"] if dry_run else [])
    code, out, err = offices.run(offices.province, *argv)
    return code, json.loads(out)["results"], err


def unit_state(offices) -> dict:
    out = offices.run(offices.province, "status", "--json")[1]
    return next(u for u in json.loads(out)["units"] if u["code"] == UNIT)


def test_reference_brings_units_catalogue_deadline_and_pins_the_province_key(offices):
    out = offices.run(offices.unit, "status", "--json")[1]
    status = json.loads(out)
    assert status["procedures"] >= 1500 and status["deadline"]
    assert len(status["units"]) == 20
    trusted = offices.run(offices.unit, "trust", "list", "--json")[1]
    assert [k["unit_code"] for k in json.loads(trusted)["keys"]] == ["000.00.01.H59"]


def test_the_first_reference_needs_the_fingerprint(offices, tmp_path):
    fresh = tmp_path / "fresh"
    offices.run(fresh, "init", "--role", "department", "--unit-code", "000.00.21.H59", "--unit-name", "Sở Y tế",
                "--province-code", "H59")
    code, out, err = offices.run(fresh, "reference", "import", str(offices.tmp / "ref.dvcpkg"))
    assert code == 3 and "Dấu vân tay" in err
    code, _, err = offices.run(fresh, "reference", "import", str(offices.tmp / "ref.dvcpkg"),
                               "--fingerprint", "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ")
    assert code == 3 and "không khớp" in err


def test_submission_preview_apply_and_repeat(offices):
    classify_some(offices.unit, 30)
    package = offices.tmp / "stp-1.dvcpkg"
    code, out, _ = offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)
    assert code == 0 and "số 1" in out
    with zipfile.ZipFile(package) as archive:
        assert archive.namelist() == ["package.zip", "package.zip.minisig"]

    code, out, _ = offices.run(offices.province, "package", "verify", str(package), "--json")
    verified = json.loads(out)
    assert code == 0 and verified["valid"] and verified["kind"] == "submission"
    assert (verified["sender"], verified["recipient"], verified["sequence"], verified["procedures"]) == (
        UNIT, "H59", 1, 30)

    before = unit_state(offices)
    code, results, _ = imported(offices, package, dry_run=True)
    assert code == 0 and results[0]["status"] == "would_import"
    assert results[0]["added"] + results[0]["changed"] > 0
    assert unit_state(offices) == before  # a preview changes nothing

    code, results, _ = imported(offices, package)
    result = results[0]
    assert code == 0 and result["status"] == "imported" and result["sequence"] == 1
    assert {"added", "removed", "changed", "sender"} <= set(result)
    state = unit_state(offices)
    # Received, not yet reviewed by the office.
    assert state["last_sequence"] == 1 and state["state"] == "changed" and state["last_import_at"]
    assert state["awaiting_review"] == 30 - state["by_form"].get("", 0)

    code, results, _ = imported(offices, package)
    assert code == 0 and results[0]["status"] == "already_imported"

    # the province now holds exactly the unit's snapshot
    with open_context(offices.province) as context, context.transaction() as session:
        from sqlalchemy import func, select

        from dvc_desktop.store import models

        unit = session.scalars(select(models.Unit).where(models.Unit.code == UNIT)).one()
        count = session.scalar(select(func.count()).select_from(models.Classification)
                               .where(models.Classification.unit_id == unit.id))
    assert count == 30


def test_many_files_at_once_give_one_summary(offices, tmp_path):
    classify_some(offices.unit, 10)
    first, second = offices.tmp / "a.dvcpkg", offices.tmp / "b.dvcpkg"
    offices.run(offices.unit, "package", "export", str(first), passphrase=UNIT_PASS)
    offices.run(offices.unit, "package", "export", str(second), passphrase=UNIT_PASS)
    junk = tmp_path / "thu-rac.dvcpkg"
    junk.write_bytes(b"not a package")
    code, results, err = imported(offices, second, first, junk)
    assert [r["status"] for r in results] == ["imported", "rejected", "rejected"]
    assert results[1]["reason_code"] == "replay" and "phát lại" in results[1]["reason"]
    assert code == 3 and err.count("dvc-desktop: ") == 2


def test_receipt_carries_review_comments_back(offices):
    classify_some(offices.unit, 6)
    package = offices.tmp / "stp.dvcpkg"
    offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)
    imported(offices, package)
    with open_context(offices.unit) as context:
        codes = sorted(r.code for r in load_rows(context) if r.form)
    returned_code, accepted = codes[0], codes[1:]
    comment = "Cần ghi rõ điều khoản của luật chuyên ngành."
    code, out, err = offices.run(offices.province, "review", "return", "--unit", UNIT, "--code", returned_code,
                                 "--comment", comment)
    assert code == 0, err
    arguments = [argument for c in accepted for argument in ("--code", c)]
    assert offices.run(offices.province, "review", "accept", "--unit", UNIT, *arguments)[0] == 0
    # A return without a comment, or a code the unit does not have, is a usage error.
    assert offices.run(offices.province, "review", "return", "--unit", UNIT, "--code", returned_code)[0] == 2
    assert offices.run(offices.province, "review", "accept", "--unit", UNIT, "--code", "9.999999")[0] == 2
    state = unit_state(offices)
    assert state["state"] == "returned" and state["returned"] == 1 and state["awaiting_review"] == 0
    receipt = offices.tmp / "receipt.dvcpkg"
    code, out, _ = offices.run(offices.province, "receipt", "export", UNIT, str(receipt), passphrase=PROVINCE_PASS)
    assert code == 0
    code, out, err = offices.run(offices.unit, "receipt", "import", str(receipt))
    assert code == 0, err
    with open_context(offices.unit) as context:
        row = next(r for r in load_rows(context) if r.code == returned_code)
        found = detail(context, row.id)
    assert found.review_status == "returned" and found.review_comment == comment
    code, out, err = offices.run(offices.unit, "receipt", "import", str(receipt))
    assert "đã nhập trước đây" in out


def test_a_receipt_for_another_unit_is_refused(offices, tmp_path):
    classify_some(offices.unit, 3)
    package = offices.tmp / "stp.dvcpkg"
    offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)
    imported(offices, package)
    receipt = offices.tmp / "receipt.dvcpkg"
    offices.run(offices.province, "receipt", "export", UNIT, str(receipt), passphrase=PROVINCE_PASS)
    other = tmp_path / "other"
    offices.run(other, "init", "--role", "department", "--unit-code", "000.00.21.H59", "--unit-name", "Sở Y tế",
                "--province-code", "H59")
    fingerprint = offices.run(offices.province, "keys", "fingerprint")[1].strip().splitlines()[-1]
    offices.run(other, "reference", "import", str(offices.tmp / "ref.dvcpkg"), "--fingerprint", fingerprint)
    code, _, err = offices.run(other, "receipt", "import", str(receipt))
    assert code == 3 and "không phải cho 000.00.21.H59" in err


def test_key_rotation_is_announced_by_the_old_key(offices):
    classify_some(offices.unit, 4)
    old_key = offices.run(offices.unit, "keys", "fingerprint")[1].splitlines()[0]
    code, out, _ = offices.run(offices.unit, "keys", "generate", passphrase="mật khẩu mới của sở")
    assert code == 0 and "khóa thay thế" in out
    first = offices.tmp / "rotate-1.dvcpkg"
    code, out, _ = offices.run(offices.unit, "package", "export", str(first), passphrase=UNIT_PASS)
    assert code == 0 and "thông báo khóa mới" in out
    assert imported(offices, first)[1][0]["status"] == "imported"
    keys = json.loads(offices.run(offices.province, "trust", "list", "--json")[1])["keys"]
    states = sorted(k["state"] for k in keys if k["unit_code"] == UNIT)
    assert states == ["active", "replaced"]
    second = offices.tmp / "rotate-2.dvcpkg"
    code, out, _ = offices.run(offices.unit, "package", "export", str(second), passphrase="mật khẩu mới của sở")
    assert code == 0
    assert offices.run(offices.unit, "keys", "fingerprint")[1].splitlines()[0] != old_key
    assert imported(offices, second)[1][0]["status"] == "imported"


def test_wrong_passphrase_is_a_clear_refusal(offices):
    code, _, err = offices.run(offices.unit, "package", "export", str(offices.tmp / "x.dvcpkg"), passphrase="sai rồi!!")
    assert code == 2 and "Mật khẩu khóa không đúng" in err
    assert not (offices.tmp / "x.dvcpkg").exists()


def test_roles_are_enforced(offices):
    code, _, err = offices.run(offices.province, "package", "export", str(offices.tmp / "x.dvcpkg"),
                               passphrase=PROVINCE_PASS)
    assert code == 2 and "department" in err
    code, _, err = offices.run(offices.unit, "reference", "export", str(offices.tmp / "y.dvcpkg"),
                               passphrase=UNIT_PASS)
    assert code == 2


def test_after_a_rotation_the_old_key_is_refused(offices):
    classify_some(offices.unit, 2)
    signed_with_old = offices.tmp / "old-key.dvcpkg"
    offices.run(offices.unit, "package", "export", str(signed_with_old), passphrase=UNIT_PASS)
    offices.run(offices.unit, "keys", "generate", passphrase="mật khẩu mới của sở")
    rotation = offices.tmp / "rotation.dvcpkg"
    offices.run(offices.unit, "package", "export", str(rotation), passphrase=UNIT_PASS)
    assert imported(offices, rotation)[1][0]["status"] == "imported"
    assert imported(offices, rotation)[1][0]["status"] == "already_imported"
    code, results, _ = imported(offices, signed_with_old)
    assert code == 3 and results[0]["reason_code"] == "replaced_key"


def test_the_preview_of_a_batch_sees_earlier_files(offices):
    classify_some(offices.unit, 5)
    first, second = offices.tmp / "p1.dvcpkg", offices.tmp / "p2.dvcpkg"
    offices.run(offices.unit, "package", "export", str(first), passphrase=UNIT_PASS)
    offices.run(offices.unit, "package", "export", str(second), passphrase=UNIT_PASS)
    before = unit_state(offices)
    code, results, _ = imported(offices, second, first, second, dry_run=True)
    assert [r["status"] for r in results] == ["would_import", "rejected", "already_imported"]
    assert results[1]["reason_code"] == "replay"
    assert unit_state(offices) == before
    code, results, _ = imported(offices, first, second)
    assert [r["status"] for r in results] == ["imported", "imported"]


def test_a_reference_with_a_broken_unit_tree_is_refused(offices, tmp_path):
    """Even signed by the trusted province key, a unit tree with a cycle is refused and changes nothing."""
    import hashlib

    from dvc_desktop.package.container import build_container, build_payload
    from dvc_desktop.package.keys import public_info, unlock
    from dvc_desktop.package.minisign import sign

    with zipfile.ZipFile(offices.tmp / "ref.dvcpkg") as outer, zipfile.ZipFile(
            __import__("io").BytesIO(outer.read("package.zip"))) as inner:
        manifest = json.loads(inner.read("manifest.json"))
        files = {name: inner.read(name) for name in inner.namelist() if name != "manifest.json"}
    units = json.loads(files["units.json"])
    units[1]["parent_code"], units[2]["parent_code"] = units[2]["code"], units[1]["code"]
    files["units.json"] = json.dumps(units).encode()
    manifest["sequence"] = 2
    manifest["files"] = [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                         for n, d in sorted(files.items())]
    keys = offices.province / "keys"
    payload = build_payload(manifest, files)
    bad = tmp_path / "ref-2.dvcpkg"
    bad.write_bytes(build_container(payload, sign(unlock(keys, PROVINCE_PASS), public_info(keys).key_id, payload, "x")))
    code, out, err = offices.run(offices.unit, "reference", "import", str(bad), "--json")
    result = json.loads(out)["results"][0]
    assert code == 3 and result["reason_code"] == "schema" and "vòng lặp" in result["reason"]
