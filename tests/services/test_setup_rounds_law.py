"""Issue 13: a retired province code is warned about at set-up; rounds carry a reporting date; the
`procedure eligible` and `round … --reporting-date` verbs."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from dvc_desktop.cli import main
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.rounds import extend_round, list_rounds, open_round
from dvc_desktop.services.setup import identity_warnings, initialise
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def test_identity_warnings_name_the_successor_of_a_retired_code():
    assert identity_warnings("H61", date(2026, 7, 1)) == []
    (warning,) = identity_warnings("h59", date(2026, 7, 1))
    assert "H59" in warning and "H61" in warning
    assert identity_warnings("H59", date(2025, 6, 30)) == []  # still in use then
    assert identity_warnings("H99") == []  # refused elsewhere, with its own message


def test_initialise_with_a_retired_code_proceeds_and_records_the_warning(context):
    context.today = lambda: date(2026, 7, 1)
    identity = initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà")
    assert identity.province_code == "H59"
    with context.transaction() as session:
        entry = session.scalars(select(models.AuditEntry).where(models.AuditEntry.action == "init")).one()
    assert any("H61" in w for w in entry.details["warnings"])
    with pytest.raises(InvalidRequest):
        initialise(context, "province", "000.00.01.H64", "Văn phòng", "H64")


def test_a_rounds_reporting_date_chooses_the_rule_set(context):
    initialise(context, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm")
    context.today = lambda: date(2026, 7, 5)
    view = open_round(context, "Rà soát", "Công văn 1/UBND", date(2026, 7, 30), reporting_date=date(2026, 6, 15))
    assert view.reporting_date == date(2026, 6, 15) and view.to_json()["reporting_date"] == "2026-06-15"
    with context.transaction() as session:
        chosen = reporting_date(session, context.today())
    assert (chosen.day, chosen.source) == (date(2026, 6, 15), "round")
    assert extend_round(context, None, None).reporting_date is None  # back to "the day the output is made"
    assert list_rounds(context)[0].deadline == date(2026, 7, 30)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_round_cli_takes_and_lists_a_reporting_date(capsys, tmp_path):
    data = str(tmp_path / "data")
    assert _run(capsys, "--data-dir", data, "init", "--role", "province", "--unit-code", "000.00.01.H40",
                "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H40")[0] == 0
    code, out, _ = _run(capsys, "--data-dir", data, "round", "open", "--name", "Rà soát", "--basis", "CV 1",
                        "--deadline", "2026-12-31", "--reporting-date", "30/06/2026")
    assert code == 0 and "30/06/2026" in out
    code, out, _ = _run(capsys, "--data-dir", data, "round", "list")
    assert "chốt số liệu 30/06/2026" in out
    code, out, _ = _run(capsys, "--data-dir", data, "round", "extend", "--reporting-date", "none", "--json")
    assert code == 0 and json.loads(out)["reporting_date"] is None
    code, _, err = _run(capsys, "--data-dir", data, "round", "extend")
    assert code != 0 and "--reporting-date" in err
    code, _, err = _run(capsys, "--data-dir", data, "units", "add", "--code", "000.00.50.H40", "--name",
                        "UBND huyện Cũ", "--level", "huyen")
    assert code != 0 and "1/7/2025" in err


def test_procedure_eligible_cli(capsys, tmp_path):
    from openpyxl import Workbook

    data = str(tmp_path / "data")
    _run(capsys, "--data-dir", data, "init", "--role", "province", "--unit-code", "000.00.01.H40",
         "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H40")
    book = Workbook()
    book.active.append(["Mã TTHC", "Tên TTHC", "Cấp thực hiện"])
    book.active.append(["2.000815.000.00.00.H40.02", "Chứng thực (trường hợp 2)", "Cấp xã"])
    book.save(tmp_path / "c.xlsx")
    assert _run(capsys, "--data-dir", data, "catalog", "import-excel", str(tmp_path / "c.xlsx"))[0] == 0
    code, out, _ = _run(capsys, "--data-dir", data, "procedure", "eligible", "2.000815.000.00.00.h40.02", "yes",
                        "--json")
    assert code == 0 and json.loads(out) == {"code": "2.000815.000.00.00.H40.02", "eligible_full_online": True}
    code, out, _ = _run(capsys, "--data-dir", data, "procedure", "eligible", "2.000815.000.00.00.H40.02", "unknown")
    assert code == 0 and "chưa rõ" in out
    code, _, err = _run(capsys, "--data-dir", data, "procedure", "eligible", "1.000010", "no")
    assert code != 0 and "1.000010" in err
