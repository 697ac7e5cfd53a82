"""Reading is bounded by what a workbook holds, not by what it declares: a few-KB file declaring
`A1:XFD199000` (16,384 columns) took over 120 s of CPU; 199,000 honest rows reached 2.1 GB. Rows are
read only as wide as the header, skipped rows cost nothing, and an import applies rows in batches as
they stream (bench/workbooks.py holds the figures)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bench.workbooks import write_hostile
from dvc_desktop.excel import table
from dvc_desktop.excel.catalog_reader import read_catalog
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected
from dvc_desktop.services import catalog
from storehelp import audit_rows, import_cli, init_store
from workbooks import generated_rows, official_layout


def test_a_declared_dimension_of_16384_columns_is_not_read(tmp_path, levels, monkeypatch):
    hostile = write_hostile(tmp_path / "hostile.xlsx")
    assert hostile.stat().st_size < 10_000
    widths: list[int] = []
    real = table.refused_cell
    monkeypatch.setattr("dvc_desktop.excel.catalog_reader.refused_cell",
                        lambda cells, header: widths.append(len(cells)) or real(cells, header))
    with pytest.raises(WorkbookRejected, match="quá nhiều dòng"):  # its row 199,000 is past the 50,000 limit
        read_catalog(hostile, levels)
    assert widths == [4]  # the one row before the limit, as wide as the header: no 16,384-cell rows
    # Under a limit it fits, the far row is read, and still only as wide as the header.
    widths.clear()
    sheet = read_catalog(hostile, levels, limits=WorkbookLimits(max_rows=200_000))
    assert [(r.row, r.code.value) for r in sheet.rows] == [(2, "1.000010"), (199_000, "1.000020")]
    assert widths == [4, 4]


def test_a_file_longer_than_the_limit_is_refused_by_counting_as_rows_stream(tmp_path, levels):
    path = official_layout(tmp_path / "dai.xlsx", generated_rows(30))
    limits = WorkbookLimits(max_rows=25)
    try:
        read_catalog(path, levels, limits=limits)
    except ValueError as error:
        assert "quá nhiều dòng" in str(error) and "25" in str(error)
    else:
        raise AssertionError("a file over the limit was read")


def test_an_import_streams_rows_in_batches_in_one_transaction(tmp_path, capsys, levels, monkeypatch):
    monkeypatch.setattr(catalog._Applier, "BATCH", 7)
    held: list[int] = []
    real_apply = catalog._Applier.apply
    monkeypatch.setattr(catalog._Applier, "apply", lambda self, rows, report: held.append(len(rows))
                        or real_apply(self, rows, report))
    store = init_store(tmp_path / "store")
    path = official_layout(tmp_path / "lon.xlsx", generated_rows(30))
    result = import_cli(capsys, store, path, "--json")
    assert json.loads(result.out)["added"] == 30
    assert held == [7, 7, 7, 7, 2]  # never the whole file at once
    assert len(audit_rows(store)) == 1  # one import, one transaction
    with sqlite3.connect(store / "dvc-desktop.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM procedures").fetchone() == (30,)
    assert read_catalog(path, levels, on_row=lambda row: None).rows == []  # streamed rows are not kept
