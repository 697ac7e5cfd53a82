"""Dossier figures travel in the unit's submission: entered at the unit, replaced at the province on import."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from dvc_desktop.domain.indicators import DossierFigures
from dvc_desktop.services.context import open_context
from dvc_desktop.services.indicators import dossier_indicators
from tests.package.conftest import (
    UNIT, UNIT_PASS, Offices, base_manifest, copy_offices, forge, offices_template, submission_files,
)

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


@pytest.fixture()
def template(request, store_engine) -> Path:
    """The two offices of conftest.py, set up once a run (per engine) and copied for each test."""
    return offices_template(request, store_engine, "figures", lambda province, _unit: forget_figures(province))


def forget_figures(store: Path) -> None:
    """The demo province's units reported figures already; start from none, so each sum here is the test's."""
    from sqlalchemy import delete

    from dvc_desktop.store import models

    with open_context(store) as context, context.transaction() as session:
        session.execute(delete(models.DossierFigureSet))


@pytest.fixture()
def offices(template, tmp_path, capsys, monkeypatch, request) -> Offices:
    return copy_offices(template, tmp_path, capsys, monkeypatch, request)


def enter(offices: Offices, period: str, total: int, online: int, fees: int, paid: int) -> None:
    code, _, err = offices.run(offices.unit, "figures", "set", "--period", period, "--total", str(total),
                               "--online", str(online), "--with-fees", str(fees), "--paid-online", str(paid))
    assert code == 0, err


def export(offices: Offices, name: str) -> Path:
    path = offices.tmp / name
    code, _, err = offices.run(offices.unit, "package", "export", str(path), passphrase=UNIT_PASS)
    assert code == 0, err
    return path


def import_json(offices: Offices, path: Path, *extra: str) -> tuple[int, dict]:
    code, out, _ = offices.run(offices.province, "package", "import", str(path), "--json", *extra)
    return code, json.loads(out)["results"][0]


def at_province(offices: Offices, period: str) -> dict[str, tuple[tuple[str, ...], DossierFigures]]:
    with open_context(offices.province) as context:
        rows = dossier_indicators(context, period).rows
    return {r.key: (r.periods, r.figures) for r in rows if r.reported}


def test_figures_go_to_the_province_and_a_later_package_replaces_them(offices):
    enter(offices, "2026-Q2", 100, 60, 20, 10)
    enter(offices, "2026-Q3", 120, 90, 40, 30)
    first = export(offices, "stp-1.dvcpkg")
    with zipfile.ZipFile(first) as outer, zipfile.ZipFile(io.BytesIO(outer.read("package.zip"))) as payload:
        assert payload.namelist() == ["manifest.json", "classifications.json", "dossier_figures.json", "websites.json"]
        carried = json.loads(payload.read("dossier_figures.json"))
    assert [(r["period"], r["received_total"], r["paid_online"]) for r in carried] == [
        ("2026-Q2", 100, 10), ("2026-Q3", 120, 30)]

    code, out, _ = offices.run(offices.province, "package", "verify", str(first), "--json")
    assert code == 0 and json.loads(out)["valid"]
    code, preview = import_json(offices, first, "--dry-run")
    assert (code, preview["status"], preview["figures_changed"]) == (0, "would_import", 2)
    assert at_province(offices, "2026") == {}  # a preview changes nothing

    code, result = import_json(offices, first)
    assert (code, result["status"], result["figures_changed"]) == (0, "imported", 2)
    assert at_province(offices, "2026") == {UNIT: (("2026-Q2", "2026-Q3"), DossierFigures(220, 150, 60, 40))}

    # The clerk corrects Q3 and withdraws Q2: the next package is again the full snapshot.
    enter(offices, "2026-Q3", 125, 95, 40, 35)
    assert offices.run(offices.unit, "figures", "delete", "--period", "2026-Q2")[0] == 0
    second = export(offices, "stp-2.dvcpkg")
    code, out, _ = offices.run(offices.province, "package", "import", str(second))
    assert code == 0 and "số liệu hồ sơ đổi ở 2 quý: 2026-Q2 (removed), 2026-Q3 (changed)" in out
    assert at_province(offices, "2026") == {UNIT: (("2026-Q3",), DossierFigures(125, 95, 40, 35))}

    # The same figures again: nothing to report.
    code, result = import_json(offices, export(offices, "stp-3.dvcpkg"))
    assert (code, result["status"], result["figures_changed"]) == (0, "imported", 0)


def test_an_older_package_without_figures_imports_and_leaves_them_alone(offices):
    enter(offices, "2026-Q3", 120, 90, 40, 30)
    assert import_json(offices, export(offices, "stp-1.dvcpkg"))[1]["status"] == "imported"
    files = submission_files()  # what a version before the indicators sends
    older = offices.tmp / "older.dvcpkg"
    older.write_bytes(forge(offices, base_manifest(offices, files, sequence=2), files))
    code, out, _ = offices.run(offices.province, "package", "verify", str(older), "--json")
    assert code == 0 and json.loads(out)["valid"]
    code, result = import_json(offices, older)
    assert (code, result["status"], result["figures_changed"]) == (0, "imported", 0)
    assert at_province(offices, "2026-Q3") == {UNIT: (("2026-Q3",), DossierFigures(120, 90, 40, 30))}


def figures_record(period: str = "2026-Q3", **changes) -> dict:
    record = {"period": period, "received_total": 10, "received_online": 5, "with_fees": 4, "paid_online": 2,
              "updated_at": "2026-11-29T08:00:00+00:00"}
    record.update(changes)
    return record


@pytest.mark.parametrize(("records", "needle"), [
    ([figures_record(received_online=11)], "2026-Q3"),
    ([figures_record(paid_online=5)], "2026-Q3"),
    ([figures_record(), figures_record()], "lặp lại 2026-Q3"),
    ([figures_record("2026")], "period"),
    ([figures_record("2026-Q5")], "period"),
    ([figures_record(received_total=-1)], "received_total"),
    ([figures_record(received_total=True)], "received_total"),
    ([figures_record(received_total=2.5)], "received_total"),
    ([figures_record(extra=1)], "figures"),
    ({"2026-Q3": {}}, "dossier_figures"),
], ids=["online-above-total", "paid-above-fees", "same-quarter-twice", "a-year", "quarter-5", "negative", "boolean",
        "fraction", "unknown-key", "not-a-list"])
def test_forged_figures_are_refused_and_change_nothing(offices, records, needle):
    files = {**submission_files(), "dossier_figures.json": json.dumps(records).encode()}
    path = offices.tmp / "forged.dvcpkg"
    path.write_bytes(forge(offices, base_manifest(offices, files), files))
    code, result = import_json(offices, path)
    assert (code, result["status"], result["reason_code"]) == (3, "rejected", "schema"), result
    assert needle in result["reason"]
    assert at_province(offices, "2026") == {}


def test_a_file_other_than_the_figures_is_still_refused(offices):
    files = {**submission_files(), "notes.json": b"[]"}
    path = offices.tmp / "extra.dvcpkg"
    path.write_bytes(forge(offices, base_manifest(offices, files), files))
    code, result = import_json(offices, path)
    assert (code, result["reason_code"]) == (3, "wrong_files")
