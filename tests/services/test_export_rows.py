"""The department's "Xuất các dòng đã chọn ra Excel": local times, as the window shows them, and any
number of rows (SQLite refuses a statement with more bound parameters than its limit)."""

from __future__ import annotations

from datetime import timezone

import openpyxl
import pytest

from dvc_desktop.domain.formats import moment
from dvc_desktop.services import workspace as ws


def _one_local_procedure(context) -> int:  # type: ignore[no-untyped-def]
    return ws.create_local_procedure(context, ws.LocalProcedure("1.999901", "Thủ tục riêng của Sở", "Tư pháp",
                                                                 ("tinh",)))


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="the time zone is set through TZ (POSIX)")
def test_the_last_change_is_written_in_local_time(department, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    import time

    time.tzset()
    try:
        row_id = _one_local_procedure(department)
        out = ws.export_rows(department, [row_id], tmp_path / "d.xlsx")
        cells = [c.value for c in openpyxl.load_workbook(out).active[2]]
        stored = ws.load_rows(department, [row_id])[0].updated_at
        assert cells[-1] == moment(stored)
        utc = stored.replace(tzinfo=timezone.utc) if stored.tzinfo is None else stored
        assert cells[-1] != utc.astimezone(timezone.utc).strftime("%d/%m/%Y %H:%M")  # 7 hours ahead of UTC
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_more_ids_than_sqlite_binds_in_one_statement(department, tmp_path):
    import sqlite3

    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)  # 32,766 or 250,000
    row_id = _one_local_procedure(department)
    ids = [row_id, *range(10_000_000, 10_000_000 + limit)]  # one more than a statement may bind
    out = ws.export_rows(department, ids, tmp_path / "d.xlsx")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][1] == "1.999901"
