"""A large store opens by screenful: the table takes searches as soon as its first screenful is shown,
its other rows known by code and name; the whole rows follow from the worker, and nothing the clerk did
meanwhile is lost."""

from __future__ import annotations

from dvc_desktop.demo.build import load_demo
from dvc_desktop.domain.text import fold
from dvc_desktop.gui.app import Application
from dvc_desktop.gui.qt import QtCore
from dvc_desktop.services.context import open_context
from dvc_desktop.services.workspace import snapshot
from tests.windows import shut_down_every_application, started  # noqa: F401 (fixture)


def test_a_large_store_takes_searches_before_its_rows_are_whole(qtbot, data_dir, reporter, monkeypatch):
    from dvc_desktop.services import first_look as looking

    with open_context(data_dir) as context:
        load_demo(context)  # 300 rows
        usual = {row.id: row for row in snapshot(context).rows}
    monkeypatch.setattr(looking, "WHOLE_UP_TO", 50)  # so these 300 rows count as a large store
    monkeypatch.setattr(looking, "SCREENFUL", 20)
    seen: dict[str, object] = {}
    ready: list[object] = []

    def on_usable(window) -> None:  # type: ignore[no-untyped-def]
        rows = window.model.all_rows()
        seen.update(pending=sum(row.pending for row in rows), rows=len(rows), ready=bool(ready),
                    filters=[w.isEnabled() for w in (window.sector_filter, window.level_filter, window.form_filter,
                                                     window.status_filter, window.attention_filter)],
                    search=window.search.isEnabled(), progress=window.progress_label.text())
        window.search.setFocus()
        qtbot.keyClicks(window.search, "khai sinh")  # the clerk types at once
        seen["found"] = window.model.visible_ids()

    application = Application(data_dir, reporter, on_ready=ready.append)
    application.on_usable = on_usable
    started.append(application)
    application.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    window = ready[0]
    qtbot.addWidget(window)

    assert seen["rows"] == 300 and seen["pending"] == 280 and seen["ready"] is False
    assert seen["filters"] == [False] * 5 and seen["search"] is True and "Đang đọc" in str(seen["progress"])
    wanted = sorted(i for i, row in usual.items() if "khai sinh" in row.search_key)
    assert wanted and sorted(seen["found"]) == wanted  # found by code and name among the pending rows

    # The whole rows: the search typed meanwhile still applies, the filters and the strip work.
    assert not any(row.pending for row in window.model.all_rows())
    assert {row.id: row for row in window.model.all_rows()} == usual
    assert window.search.text() == "khai sinh" and sorted(window.model.visible_ids()) == wanted
    assert all(w.isEnabled() for w in (window.sector_filter, window.form_filter, window.attention_filter))
    assert "Đã phân loại" in window.progress_label.text()
    first = window.model.index(0, 4)  # a whole row shows its form
    assert window.model.data(first) != "" and fold(window.model.data(window.model.index(0, 1))) != ""
    window.search.clear()
    qtbot.keyClick(window.table, QtCore.Qt.Key.Key_End, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 300
