"""import_catalog_excel and `dvc-desktop catalog import-excel`: counts, dry run, JSON, audit log."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path


from dvc_desktop.services.catalog import import_catalog_excel
from dvc_desktop.services.context import open_context
from storehelp import audit_rows, fingerprint, import_cli, query, run_cli
from workbooks import (
    Section,
    generated_code,
    generated_rows,
    official_layout,
    simple_workbook,
    write_official_sample,
)

SAMPLE_CODES = ["1.000010", "1.000020", "1.001234", "2.000815.01", "1.000656",
                "2.000884.000.00.00.H59", "1.001193"]


def service_import(data_dir: Path, path: Path, dry_run: bool = False):
    with open_context(data_dir) as context:
        return import_catalog_excel(context, path, dry_run=dry_run)


def import_json(capsys, data_dir: Path, path: Path, *flags: str) -> dict:
    result = import_cli(capsys, data_dir, path, "--json", *flags)
    assert result.code == 0, result.err
    assert result.err == ""
    return json.loads(result.out)


def procedures(data_dir: Path) -> dict[str, dict]:
    rows = query(data_dir, """
        SELECT p.code, p.national_code, p.name, p.name_folded, s.name, p.executing_agency,
               p.reference_form, p.legacy_level, p.origin,
               (SELECT group_concat(level_code, ',') FROM
                   (SELECT level_code FROM procedure_levels l WHERE l.procedure_id = p.id
                    ORDER BY level_code))
        FROM procedures p LEFT JOIN sectors s ON s.id = p.sector_id ORDER BY p.code""")
    keys = ("national", "name", "name_folded", "sector", "agency", "form", "legacy", "origin", "levels")
    return {row[0]: dict(zip(keys, row[1:])) for row in rows}


def with_changes(rows: list[list[object]], changes: dict[int, dict[int, object]]) -> list[list[object]]:
    out = [list(r) for r in rows]
    for index, columns in changes.items():
        for column, value in columns.items():
            out[index][column] = value
    return out


# --- Through the service -------------------------------------------------------------------------

def test_first_import_adds_and_stores_every_field(store, tmp_path):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")
    report = service_import(store, path)

    assert (report.added, report.updated, report.unchanged, report.rejected) == (7, 0, 0, [])
    assert report.added_codes == SAMPLE_CODES
    assert (report.sheet, report.header_row, report.file) == ("Danh mục TTHC", 4, "danh-muc.xlsx")
    stored = procedures(store)
    assert sorted(stored) == sorted(SAMPLE_CODES)
    first = stored["1.000010"]
    assert first == {
        "national": "1.000010", "name": "Cấp bản sao trích lục hộ tịch",
        "name_folded": "cap ban sao trich luc ho tich", "sector": "Tư pháp",
        "agency": "Sở Tư pháp", "form": "toan_trinh", "legacy": 4, "origin": "reference",
        "levels": "tinh",
    }
    assert stored["2.000815.01"]["national"] == "2.000815"
    assert (stored["2.000815.01"]["form"], stored["2.000815.01"]["legacy"]) == ("mot_phan", 3)
    assert stored["2.000884.000.00.00.H59"]["national"] == "2.000884"
    assert stored["1.001193"]["levels"] == "tinh,xa"
    assert stored["1.001193"]["form"] is None
    assert stored["1.000656"]["sector"] is None
    sectors = {name for (name,) in query(store, "SELECT name FROM sectors")}
    assert {"Tư pháp", "Đất đai", "Chứng thực", "Hộ tịch"} <= sectors


def test_second_identical_import_reports_all_unchanged_and_changes_nothing_but_the_log(store, tmp_path):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")
    service_import(store, path)
    before = procedures(store)
    report = service_import(store, path)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 7)
    assert report.added_codes == [] and report.updated_codes == []
    assert procedures(store) == before


def test_changed_name_and_level_report_updated(store, tmp_path):
    rows = generated_rows(6)
    service_import(store, official_layout(tmp_path / "v1.xlsx", rows))
    changed = with_changes(rows, {
        1: {2: "Tên mới của thủ tục"},
        3: {4: "Cấp tỉnh, Cấp xã"},  # was "Cấp tỉnh": overlaps the old level
        4: {4: "Cấp tỉnh"},          # was "Cấp xã"
        5: {3: "Hộ tịch", 6: "Mức độ 4"},
    })
    report = service_import(store, official_layout(tmp_path / "v2.xlsx", changed))
    assert (report.added, report.updated, report.unchanged) == (0, 4, 2)
    assert report.updated_codes == [generated_code(i) for i in (1, 3, 4, 5)]
    stored = procedures(store)
    assert stored[generated_code(1)]["name"] == "Tên mới của thủ tục"
    assert stored[generated_code(1)]["name_folded"] == "ten moi cua thu tuc"
    assert stored[generated_code(3)]["levels"] == "tinh,xa"
    assert stored[generated_code(4)]["levels"] == "tinh"
    assert (stored[generated_code(5)]["sector"], stored[generated_code(5)]["form"],
            stored[generated_code(5)]["legacy"]) == ("Hộ tịch", "toan_trinh", 4)
    # and back again: the same rows are updated once more, then unchanged
    again = service_import(store, official_layout(tmp_path / "v1b.xlsx", rows))
    assert (again.added, again.updated, again.unchanged) == (0, 4, 2)
    assert service_import(store, official_layout(tmp_path / "v1c.xlsx", rows)).unchanged == 6


def test_a_file_adds_new_codes_beside_existing_ones(store, tmp_path):
    service_import(store, official_layout(tmp_path / "a.xlsx", generated_rows(3)))
    report = service_import(store, official_layout(tmp_path / "b.xlsx", generated_rows(5)))
    assert (report.added, report.updated, report.unchanged) == (2, 0, 3)
    assert report.added_codes == [generated_code(3), generated_code(4)]
    assert len(procedures(store)) == 5


def test_rejected_rows_are_reported_and_not_stored(store, tmp_path):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        [1, "1.000010", "Một", None, None, None, None],
        [2, "1.0000", "Mã sai", None, None, None, None],
        [3, "1.000010", "Trùng", None, None, None, None],
    ])
    report = service_import(store, path)
    assert (report.added, report.updated, report.unchanged) == (1, 0, 0)
    assert [(r.row, r.reason) for r in report.rejected][1] == (8, "Trùng mã 1.000010 với dòng 6.")
    assert report.rejected[0].row == 7 and "«1.0000»" in report.rejected[0].reason
    assert list(procedures(store)) == ["1.000010"]
    assert procedures(store)["1.000010"]["name"] == "Một"


def test_dry_run_reports_the_same_counts_and_changes_nothing(store, tmp_path):
    rows = generated_rows(10)
    service_import(store, official_layout(tmp_path / "v1.xlsx", rows[:6]))
    path = official_layout(tmp_path / "v2.xlsx", with_changes(rows, {0: {2: "Đổi tên"}}) +
                           [[11, "1.23", "x", None, "Cấp xã", None, None]])
    before = fingerprint(store)

    dry = service_import(store, path, dry_run=True)
    assert dry.dry_run is True
    assert fingerprint(store) == before
    real = service_import(store, path)
    assert (dry.added, dry.updated, dry.unchanged) == (real.added, real.updated, real.unchanged) == (4, 1, 5)
    assert dry.rejected == real.rejected and [r.row for r in real.rejected] == [15]
    assert dry.added_codes == real.added_codes and dry.updated_codes == real.updated_codes
    assert fingerprint(store) != before


def test_dry_run_does_not_create_sectors(store, tmp_path):
    path = simple_workbook(tmp_path / "a.xlsx", ("Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện"),
                           [["1.000010", "Một", "Lĩnh vực hoàn toàn mới", "Cấp tỉnh"]])
    service_import(store, path, dry_run=True)
    assert query(store, "SELECT count(*) FROM sectors WHERE name = ?", "Lĩnh vực hoàn toàn mới") == [(0,)]
    service_import(store, path)
    assert query(store, "SELECT count(*) FROM sectors WHERE name = ?", "Lĩnh vực hoàn toàn mới") == [(1,)]


def test_audit_log_gets_one_entry_per_real_import_and_none_for_a_dry_run(store, tmp_path):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert audit_rows(store) == []
    service_import(store, path, dry_run=True)
    assert audit_rows(store) == []
    service_import(store, path)
    service_import(store, path, dry_run=True)
    service_import(store, path)
    entries = audit_rows(store)
    assert entries == [
        ("danh-muc.xlsx", {"sha256": digest, "added": 7, "updated": 0, "unchanged": 0, "rejected": 0}),
        ("danh-muc.xlsx", {"sha256": digest, "added": 0, "updated": 0, "unchanged": 7, "rejected": 0}),
    ]


# --- Through the command line ---------------------------------------------------------------------------

def test_cli_json_shape(store, tmp_path, capsys):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        [1, "1.000010", "Một", None, None, None, None],
        [2, "x1", "Mã sai", None, None, None, None],
    ])
    payload = import_json(capsys, store, path)
    assert {"added", "updated", "unchanged", "rejected"} <= set(payload)
    assert (payload["added"], payload["updated"], payload["unchanged"]) == (1, 0, 0)
    assert all(isinstance(payload[k], int) and not isinstance(payload[k], bool)
               for k in ("added", "updated", "unchanged"))
    assert isinstance(payload["rejected"], list)
    (rejection,) = payload["rejected"]
    assert set(rejection) == {"row", "reason"}
    assert rejection["row"] == 7 and isinstance(rejection["row"], int)
    assert "«x1»" in rejection["reason"]
    assert payload["dry_run"] is False
    assert (payload["sheet"], payload["header_row"]) == ("Danh mục TTHC", 4)


def test_cli_first_second_and_changed_imports(store, tmp_path, capsys):
    rows = generated_rows(8)
    v1 = official_layout(tmp_path / "v1.xlsx", rows)
    first = import_json(capsys, store, v1)
    assert (first["added"], first["updated"], first["unchanged"], first["rejected"]) == (8, 0, 0, [])
    second = import_json(capsys, store, v1)
    assert (second["added"], second["updated"], second["unchanged"], second["rejected"]) == (0, 0, 8, [])
    v2 = official_layout(tmp_path / "v2.xlsx", with_changes(rows, {
        0: {2: "Tên đã sửa"}, 7: {4: "Cấp tỉnh"}}) + generated_rows(1, start=8))
    third = import_json(capsys, store, v2)
    assert (third["added"], third["updated"], third["unchanged"]) == (1, 2, 6)
    status = run_cli(capsys, "--data-dir", str(store), "status", "--json")
    assert status.code == 0 and json.loads(status.out)["procedures"] == 9


def test_cli_dry_run_counts_match_and_store_is_unchanged(store, tmp_path, capsys):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")
    before = fingerprint(store)
    dry = import_json(capsys, store, path, "--dry-run")
    assert fingerprint(store) == before
    assert dry["dry_run"] is True
    real = import_json(capsys, store, path)
    assert real["dry_run"] is False
    assert {k: dry[k] for k in ("added", "updated", "unchanged", "rejected")} == \
           {k: real[k] for k in ("added", "updated", "unchanged", "rejected")}
    assert real["added"] == 7
    after_real = fingerprint(store)
    assert after_real.procedures == 7 and after_real.audit_entries == before.audit_entries + 1
    second_dry = import_json(capsys, store, path, "--dry-run")
    assert (second_dry["added"], second_dry["unchanged"]) == (0, 7)
    assert fingerprint(store) == after_real


def test_cli_audit_log(store, tmp_path, capsys):
    path, _ = write_official_sample(tmp_path / "danh-muc.xlsx")
    import_json(capsys, store, path, "--dry-run")
    import_json(capsys, store, path)
    import_json(capsys, store, path, "--dry-run")
    import_json(capsys, store, path)
    entries = audit_rows(store)
    assert [details["added"] for _, details in entries] == [7, 0]
    assert [details["unchanged"] for _, details in entries] == [0, 7]
    assert {key for key, _ in entries} == {"danh-muc.xlsx"}


def test_cli_text_output(store, tmp_path, capsys):
    path = official_layout(tmp_path / "a.xlsx", [
        Section("A. CẤP TỈNH"),
        [1, "1.000010", "Một", None, None, None, None],
        [2, "1.000010", "Trùng", None, None, None, None],
    ])
    dry = import_cli(capsys, store, path, "--dry-run")
    assert dry.code == 0
    assert dry.out.startswith("[Chạy thử, không thay đổi dữ liệu] ")
    real = import_cli(capsys, store, path)
    assert real.code == 0 and real.err == ""
    lines = real.out.splitlines()
    assert lines[0] == ("Trang «Danh mục TTHC», tiêu đề ở dòng 4: thêm 1, cập nhật 0, "
                        "không đổi 0, từ chối 1.")
    assert lines[1:] == ["  dòng 7: Trùng mã 1.000010 với dòng 6."]


def test_cli_two_thousand_rows(store, tmp_path, capsys):
    path = official_layout(tmp_path / "lon.xlsx", generated_rows(2000))
    started = time.perf_counter()
    first = import_json(capsys, store, path)
    assert (first["added"], first["updated"], first["unchanged"], first["rejected"]) == (2000, 0, 0, [])
    second = import_json(capsys, store, path)
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 2000)
    assert time.perf_counter() - started < 20
    stored = fingerprint(store)
    assert stored.procedures == 2000
    assert query(store, "SELECT count(*) FROM procedure_levels") == [(2000 + 2000 // 3,)]
    assert len(audit_rows(store)) == 2


def test_same_sector_code_under_two_names_does_not_crash(store, tmp_path, capsys):
    path = simple_workbook(tmp_path / "a.xlsx",
                           ("Mã TTHC", "Tên TTHC", "Lĩnh vực", "Mã lĩnh vực", "Cấp thực hiện"), [
        ["1.000010", "Một", "Hộ tịch", "G09-HT", "Cấp xã"],
        ["1.000020", "Hai", "Lĩnh vực hộ tịch", "G09-HT", "Cấp xã"],
    ])
    result = import_cli(capsys, store, path, "--json")
    assert result.code == 0, result.err
    payload = json.loads(result.out)
    assert payload["added"] + len(payload["rejected"]) == 2
