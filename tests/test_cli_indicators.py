"""`indicators` and `figures` as a script would use them: exit codes, --json shapes, files."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from dvc_desktop.cli import main
from tests.test_cli import INIT, run

CATALOGUE_KEYS = {"procedures", "eligible", "eligibility_unknown", "toan_trinh_eligible", "eligible_by_reason",
                  "toan_trinh", "mot_phan", "chua_truc_tuyen", "chua_phan_loai", "share_full", "share_full_of_eligible",
                  "share_full_of_eligible_by_reason", "share_full_of_online", "proactive"}
DOSSIER_KEYS = {"received_total", "received_online", "with_fees", "paid_online", "received_full_online",
                "processed_online", "received_eligible", "received_eligible_full_online", "online_share",
                "paid_online_share", "full_online_share", "processed_online_share", "eligible_full_online_share"}
FIGURES = ["--total", "120", "--online", "90", "--with-fees", "40", "--paid-online", "30"]


@pytest.fixture()
def unit(data_dir, capsys):
    assert run(capsys, *INIT)[0] == 0
    assert run(capsys, "demo")[0] == 0
    return data_dir


def test_figures_set_list_and_delete(unit, capsys):
    code, out, _ = run(capsys, "figures", "set", "--period", "2026-Q1", *FIGURES)
    assert code == 0 and "2026-Q1" in out and "75,00%" in out
    code, out, _ = run(capsys, "figures", "set", "--period", "2026-Q2", "--total", "10", "--online", "0",
                       "--with-fees", "0", "--paid-online", "0", "--json")
    row = json.loads(out)
    assert code == 0 and row["period"] == "2026-Q2" and row["online_share"] == 0 and row["paid_online_share"] is None
    code, out, _ = run(capsys, "figures", "list", "--json")
    listed = json.loads(out)["figures"]
    assert [f["period"] for f in listed] == ["2026-Q1", "2026-Q2"]
    assert set(listed[0]) == {"period", *DOSSIER_KEYS, "updated_at", "updated_by"}
    assert (listed[0]["received_total"], listed[0]["online_share"]) == (120, 0.75)
    code, out, _ = run(capsys, "figures", "list")
    assert code == 0 and "2026-Q1" in out and "—" in out  # no dossier with fees in Q2: no ratio
    assert run(capsys, "figures", "delete", "--period", "2026-Q2")[0] == 0
    code, _, err = run(capsys, "figures", "delete", "--period", "2026-Q2")
    assert code == 2 and "2026-Q2" in err and err.count("\n") == 1


@pytest.mark.parametrize(("argv", "needle"), [
    (["--period", "2026-Q1", "--total", "10", "--online", "11", "--with-fees", "0", "--paid-online", "0"], "(11)"),
    (["--period", "2026-Q1", "--total", "-1", "--online", "0", "--with-fees", "0", "--paid-online", "0"], "«-1»"),
    (["--period", "2026", *FIGURES], "theo quý"),
    (["--period", "Q1/2026", *FIGURES], "«Q1/2026»"),
])
def test_figures_breaking_a_rule_exit_2_with_one_line(unit, capsys, argv, needle):
    code, _, err = run(capsys, "figures", "set", *argv)
    assert code == 2 and err.startswith("dvc-desktop: ") and needle in err and err.count("\n") == 1
    assert json.loads(run(capsys, "figures", "list", "--json")[1]) == {"figures": []}


def test_indicators_json_by_unit_level_and_sector(unit, capsys):
    code, out, _ = run(capsys, "indicators", "--json")
    report = json.loads(out)
    assert code == 0 and report["by"] == "unit" and report["period"] is None and report["dossiers"] is None
    assert [r["key"] for r in report["rows"]] == ["000.00.13.H59"]
    assert set(report["rows"][0]) == {"key", "name", *CATALOGUE_KEYS} and set(report["total"]) == CATALOGUE_KEYS
    total = report["total"]
    assert total["procedures"] == sum(total[k] for k in ("toan_trinh", "mot_phan", "chua_truc_tuyen", "chua_phan_loai"))
    for by in ("level", "sector"):
        code, out, _ = run(capsys, "indicators", "--by", by, "--json")
        other = json.loads(out)
        assert code == 0 and other["total"] == total
        assert sum(r["procedures"] for r in other["rows"]) == total["procedures"]


def test_indicators_with_a_period_carry_the_dossier_side(unit, capsys):
    run(capsys, "figures", "set", "--period", "2026-Q1", *FIGURES)
    run(capsys, "figures", "set", "--period", "2026-Q2", *FIGURES)
    code, out, _ = run(capsys, "indicators", "--period", "2026", "--json")
    dossiers = json.loads(out)["dossiers"]
    assert code == 0 and dossiers["period"] == "2026" and dossiers["periods"] == ["2026-Q1", "2026-Q2"]
    assert set(dossiers["total"]) == DOSSIER_KEYS
    assert dossiers["total"]["received_total"] == 240 and dossiers["total"]["online_share"] == 0.75
    assert dossiers["rows"][0]["periods"] == ["2026-Q1", "2026-Q2"] and dossiers["units_reporting"] == 1
    code, out, _ = run(capsys, "indicators", "--by", "level", "--period", "2026-Q2")
    assert code == 0 and "Cấp tỉnh" in out and "1/1" in out and "Tổng cộng" in out


def test_indicators_out_csv_and_xlsx(unit, capsys, tmp_path):
    run(capsys, "figures", "set", "--period", "2026-Q1", *FIGURES)
    code, out, _ = run(capsys, "indicators", "--period", "2026-Q1", "--out", str(tmp_path / "ct.csv"))
    assert code == 0 and "ct.csv" in out
    rows = list(csv.reader((tmp_path / "ct.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][0] == "000.00.13.H59" and rows[-1][1] == "Tổng cộng"
    assert dict(zip(rows[0], rows[1]))["Hồ sơ tiếp nhận"] == "120"
    code, _, _ = run(capsys, "indicators", "--by", "sector", "--out", str(tmp_path / "ct.xlsx"), "--json")
    sheet = openpyxl.load_workbook(tmp_path / "ct.xlsx").active
    assert code == 0 and sheet.max_row > 3 and sheet.cell(row=sheet.max_row, column=2).value == "Tổng cộng"


def test_usage_errors(unit, capsys, tmp_path):
    code, _, err = run(capsys, "indicators", "--out", str(tmp_path / "ct.pdf"))
    assert code == 2 and ".pdf" in err
    code, _, err = run(capsys, "indicators", "--period", "2026-Q9")
    assert code == 2 and "2026-Q9" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["indicators", "--by", "ward"])
    assert exit_info.value.code == 2


def test_before_init_the_verbs_exit_2(data_dir, capsys):
    assert run(capsys, "indicators")[0] == 2
    assert run(capsys, "figures", "list")[0] == 2


def test_indicators_follow_the_reporting_date_given_with_as_of(unit, capsys):
    code, out, _ = run(capsys, "indicators", "--as-of", "15/06/2026", "--json")
    report = json.loads(out)
    assert code == 0 and (report["rule_set"], report["reporting_date"]) == ("ND42-2022", "2026-06-15")
    code, out, _ = run(capsys, "indicators", "--as-of", "2026-07-05")
    assert code == 0 and "05/07/2026" in out and "ND224-2026" in out
    assert "ước tính theo lý do" in out and "điểm a khoản 2 Điều 19" in out
    with pytest.raises(SystemExit) as exit_info:
        main(["indicators", "--as-of", "32/13/2026"])
    assert exit_info.value.code == 2


def test_figures_set_takes_the_optional_figures_of_art_19(unit, capsys):
    code, out, _ = run(capsys, "figures", "set", "--period", "2026-Q1", *FIGURES, "--full-online", "60",
                       "--processed-online", "90", "--eligible", "100", "--eligible-full-online", "55", "--json")
    row = json.loads(out)
    assert code == 0 and (row["received_full_online"], row["full_online_share"]) == (60, 0.5)
    assert row["eligible_full_online_share"] == 0.55
    code, out, _ = run(capsys, "figures", "set", "--period", "2026-Q2", *FIGURES, "--json")
    assert json.loads(out)["received_full_online"] is None and json.loads(out)["full_online_share"] is None
    code, _, err = run(capsys, "figures", "set", "--period", "2026-Q3", *FIGURES, "--full-online", "91")
    assert code == 2 and "(91)" in err
    code, out, _ = run(capsys, "indicators", "--period", "2026")
    assert code == 0 and "—" in out and "nghĩa vụ tài chính khác" in out
