"""What importing a submission does to the unit's rows at the province, record by record.

The preview's diff (added, removed, changed with the before/after form and what changed), the rows
written (answers, rule set, "package" as author, review cleared only where an answer changed), the
unit's local procedures, websites and audit entry; a preview changes nothing.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, rule_set_in_force
from dvc_desktop.services.context import open_context
from dvc_desktop.package.acceptance import _CANONICAL_CODE
from dvc_desktop.services.packages import Change, ImportResult, import_packages
from dvc_desktop.services.review import find_classification, review
from tests.conftest import store_rows
from tests.package.conftest import UNIT, Offices, base_manifest, forge, submission_files

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

LOCAL = "2.999990.000.00.13.H59"  # a code the province does not know: kept as the unit's local procedure


def query(offices: Offices, sql: str, *parameters: object) -> list[tuple]:
    return store_rows(offices.province, sql, *parameters)


def known_codes(offices: Offices, count: int) -> list[str]:
    return [code for (code,) in query(offices, "SELECT code FROM procedures WHERE origin = 'reference' "
                                               "ORDER BY code LIMIT ?", count)]


COLUMNS = ("form", *CHECKLIST_KEYS, "reason_code", "legal_provision", "note", "proactive_level", "status",
           "rule_set_code", "updated_at", "updated_by", "review_status", "review_comment")


def unit_rows(offices: Offices) -> dict[str, dict]:
    """The unit's classifications at the province, by procedure code, read with plain sqlite3."""
    rows = query(offices, f"SELECT p.code, c.id, {', '.join('c.' + c for c in COLUMNS)} FROM classifications c "
                          "JOIN procedures p ON p.id = c.procedure_id JOIN units u ON u.id = c.unit_id "
                          "WHERE u.code = ?", UNIT)
    return {code: {"id": row_id, **dict(zip(COLUMNS, values))} for code, row_id, *values in rows}


def record(code: str, **changes) -> dict:
    value = {"code": code, "name": "Đăng ký khai sinh", "origin": "reference", "sector": "Hộ tịch",
             "level_codes": ["tinh"], "checklist": dict.fromkeys(CHECKLIST_KEYS, True), "form": "toan_trinh",
             "reason_code": "", "legal_provision": "", "note": "", "proactive_level": None, "status": "ready",
             "updated_at": "2026-11-29T08:00:00+00:00"}
    value.update(changes)
    return value


def submit(offices: Offices, sequence: int, classifications: list[dict], websites: list[dict] | None = None,
           dry_run: bool = False) -> ImportResult:
    files = submission_files(classifications, websites)
    path = offices.tmp / f"seq-{sequence}.dvcpkg"
    path.write_bytes(forge(offices, base_manifest(offices, files, sequence=sequence), files))
    with open_context(offices.province) as context:
        (result,) = import_packages(context, [path], dry_run=dry_run)
    assert result.status == ("would_import" if dry_run else "imported"), result.reason
    return result


def expect_row(row: dict, record: dict, rule_set: str) -> None:
    assert {key: row[key] for key in CHECKLIST_KEYS} == {key: int(v) if v is not None else None
                                                        for key, v in record["checklist"].items()}
    for name in ("form", "reason_code", "legal_provision", "note", "proactive_level", "status"):
        assert row[name] == record[name], name
    assert row["rule_set_code"] == rule_set and row["updated_by"] == "package"
    if isinstance(row["updated_at"], str):  # the SQLite file: the text SQLAlchemy stores
        assert row["updated_at"] == record["updated_at"][:19].replace("T", " ") + ".000000"
    else:  # a server: a time with its zone
        assert row["updated_at"] == datetime.fromisoformat(record["updated_at"])


def test_first_submission_adds_every_record_with_local_procedure_and_websites(offices):
    k1, k2, k3 = known_codes(offices, 3)
    assert unit_rows(offices) == {}  # the demo province holds nothing of this unit
    records = [
        record(k1),
        record(k2, form="mot_phan", reason_code="law_requires_presence", legal_provision="Khoản 1 Điều 9",
               checklist={**dict.fromkeys(CHECKLIST_KEYS, True), "processed_online": False}, proactive_level=2),
        record(k3, form=None, status="draft", checklist=dict.fromkeys(CHECKLIST_KEYS, None)),
        record(LOCAL, origin="local", name="Thủ tục riêng của sở", sector="Lĩnh vực thử nghiệm riêng",
               level_codes=["tinh", "khong-co"], fields={"steps": "Bước 1", "fees": "Không"}),
    ]
    sites = [{"name": "Cổng sở", "url": "https://stp.sonha.gov.vn", "linked_from_portal": True,
              "plan_status": "done", "target_date": None}]
    result = submit(offices, 1, records, sites)
    assert result.changes == [Change(r["code"], "added", None, r["form"])
                              for r in sorted(records, key=lambda r: r["code"])]
    assert (result.added, result.removed, result.changed, result.websites_changed) == (4, 0, 0, 1)

    rows = unit_rows(offices)
    assert sorted(rows) == sorted([k1, k2, k3, LOCAL])
    rule_set = rule_set_in_force(date.today()).code
    for item in records:
        expect_row(rows[item["code"]], item, rule_set)
        assert rows[item["code"]]["review_status"] == "" and rows[item["code"]]["review_comment"] == ""
    (local,) = query(offices, "SELECT id, origin, name, steps, fees, sector_id FROM procedures WHERE code = ?", LOCAL)
    assert local[1:5] == ("local", "Thủ tục riêng của sở", "Bước 1", "Không")
    assert query(offices, "SELECT name FROM sectors WHERE id = ?", local[5]) == [("Lĩnh vực thử nghiệm riêng",)]
    assert query(offices, "SELECT level_code FROM procedure_levels WHERE procedure_id = ?", local[0]) == [("tinh",)]
    assert query(offices, "SELECT w.name, w.url, w.linked_from_portal, w.plan_status FROM websites w "
                          "JOIN units u ON u.id = w.unit_id WHERE u.code = ?", UNIT) == [
        ("Cổng sở", "https://stp.sonha.gov.vn", 1, "done")]
    ((details,),) = query(offices, "SELECT details FROM audit_log WHERE action = 'package.import.submission' "
                                   "AND entity_key = ?", f"{UNIT}/1")
    details = json.loads(details) if isinstance(details, str) else details  # JSON text in SQLite, a value on a server
    assert {k: details[k] for k in ("added", "removed", "changed")} == {
        "added": result.added, "removed": result.removed, "changed": result.changed}


def test_a_new_snapshot_changes_only_what_differs_and_clears_only_their_review(offices):
    k1, k2, k3, k4 = known_codes(offices, 4)
    first = [record(k1), record(k2, note="Ghi chú"), record(k3), record(LOCAL, origin="local", name="Riêng")]
    submit(offices, 1, first)
    with open_context(offices.province) as context:
        review(context, [find_classification(context, UNIT, code) for code in (k1, k2, LOCAL)], "accepted")
    before = unit_rows(offices)

    second = [
        record(k1, updated_at="2026-11-30T09:00:00+00:00"),  # the same answers, saved again: unchanged
        record(k2, note="Ghi chú mới", checklist={**dict.fromkeys(CHECKLIST_KEYS, True), "fees_online": None},
               updated_at="2026-11-30T09:00:00+00:00"),
        record(k4, form="chua_truc_tuyen", reason_code="online_excluded_by_law"),
        record(LOCAL, origin="local", name="Riêng"),
    ]
    result = submit(offices, 2, second)
    assert result.changes == [Change(k3, "removed", "toan_trinh", None),
                              *sorted([Change(k2, "changed", "toan_trinh", "toan_trinh", "note, checklist"),
                                       Change(k4, "added", None, "chua_truc_tuyen")], key=lambda c: c.code)]
    assert (result.added, result.removed, result.changed) == (1, 1, 1)

    rows = unit_rows(offices)
    assert sorted(rows) == sorted([k1, k2, k4, LOCAL])
    assert rows[k1] == before[k1] and rows[LOCAL] == before[LOCAL]  # untouched, review kept
    assert rows[k1]["review_status"] == "accepted"
    assert rows[k2]["id"] == before[k2]["id"] and rows[k2]["review_status"] == ""  # a new answer is reviewed afresh
    rule_set = rule_set_in_force(date.today()).code
    expect_row(rows[k2], second[1], rule_set)
    expect_row(rows[k4], second[2], rule_set)
    assert rows[k4]["id"] > max(row["id"] for row in before.values())  # ids are never reused

    # The same snapshot again: nothing changes.
    third = submit(offices, 3, second)
    assert (third.added, third.removed, third.changed, third.changes) == (0, 0, 0, [])
    assert unit_rows(offices) == rows


def test_the_preview_shows_the_diff_and_changes_nothing(offices):
    k1, k2 = known_codes(offices, 2)
    submit(offices, 1, [record(k1), record(k2)])
    before = unit_rows(offices)
    imports = query(offices, "SELECT count(*) FROM package_imports")
    result = submit(offices, 2, [record(k1, form="mot_phan", reason_code="on_site_verification"), record(LOCAL, origin="local",
                                                                                        name="Riêng")], dry_run=True)
    assert result.changes == [Change(k2, "removed", "toan_trinh", None),
                              *sorted([Change(k1, "changed", "toan_trinh", "mot_phan", "form, reason_code"),
                                       Change(LOCAL, "added", None, "toan_trinh")], key=lambda c: c.code)]
    assert unit_rows(offices) == before
    assert query(offices, "SELECT count(*) FROM procedures WHERE code = ?", LOCAL) == [(0,)]
    assert query(offices, "SELECT count(*) FROM package_imports") == imports


@pytest.mark.parametrize("code", ["1.000010", "2.000815.01", "2.000884.000.00.00.H55", "1.00001", "1.000010 ",
                                  " 1.000010", "1.000010\n", "１.000010", "1.00001٣", "2.000884.000.00.00.h55",
                                  "2.000884.000.00.00.H5", "1.000010.1"])
def test_the_quick_code_check_passes_only_codes_that_parse_to_themselves(code):
    """The acceptance skips parsing a code in its normalised form; any other goes through the full parse."""
    try:
        keeps = parse_procedure_code(code).value == code
    except DomainError:
        keeps = False
    assert bool(_CANONICAL_CODE.fullmatch(code)) == (keeps and code.isascii())
