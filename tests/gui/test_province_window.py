"""The province window driven as the office drives it: dashboard, unit detail, consolidated
catalogue, review, checks and publication options."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select

from dvc_desktop.domain.text import fold
from dvc_desktop.gui.qt import Qt, QtWidgets
from tests.conftest import demo_province
from tests.gui.conftest import activate, dialog_named, idle, type_text, past_open_items
from tests.windows import open_window, shown_print_preview, shut_down_every_application, start_application  # noqa: F401,E501


@pytest.fixture()
def province_dir(tmp_path):
    """A demo province whose deadline has passed; two units delivered, one has not."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.settings import put_deadline
    from dvc_desktop.store import models

    path = demo_province(tmp_path / "province")
    with open_context(path) as context:
        with context.transaction() as session:
            put_deadline(session, date.today() - timedelta(days=5))
            units = session.scalars(select(models.Unit).where(models.Unit.kind != "province")
                                    .order_by(models.Unit.code)).all()
            delivered, silent = units[:2], units[2]
            session.execute(delete(models.PackageImport).where(models.PackageImport.sender_code == silent.code))
            for number, unit in enumerate(delivered):
                if not session.scalar(select(models.PackageImport.id).where(models.PackageImport.sender_code == unit.code)):
                    session.add(models.PackageImport(
                        kind="submission", sender_code=unit.code, sequence=1, sha256=f"{number:064d}", key_id="AB" * 8,
                        file_name="goi.dvcpkg", created_at="2026-11-01T00:00:00Z", summary={"procedures": 7}))
    return path


def column(table, title: str) -> int:
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == title)


def test_dashboard_shows_states_sorts_filters_and_opens_a_unit(qtbot, reporter, province_dir):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.status import status

    with open_context(province_dir) as context:
        expected = {u.code: u for u in status(context).units}
    application, window = open_window(qtbot, province_dir, reporter)
    table = window.dashboard.table
    qtbot.waitUntil(lambda: table.rowCount() == len(expected), timeout=10_000)
    state_column, code_column = column(table, "Tình trạng"), column(table, "Mã đơn vị")
    labels = {"on_time": "Đúng hạn", "changed": "Có thay đổi chưa xem xét", "late": "Trễ hạn", "never": "Chưa nộp",
              "returned": "Có câu trả lời bị trả lại", "incomplete": "Còn thủ tục chưa phân loại"}
    shown = {table.item(r, code_column).text(): table.item(r, state_column).text() for r in range(table.rowCount())}
    assert shown == {code: labels[u.state] for code, u in expected.items()}
    late = {code for code, u in expected.items() if u.state == "late"}
    assert late, "the deadline has passed: units without a package are late"

    # Filter by state: only the late units remain; the counts line says so.
    combo = window.dashboard.state_filter
    combo.setCurrentIndex(combo.findText("Trễ hạn"))
    assert set(window.dashboard.shown_codes()) == late
    assert f"trễ hạn {len(late)}" in window.dashboard.counts.text()
    combo.setCurrentIndex(0)

    # Sorting by the number of rows awaiting review puts the largest last (ascending).
    waiting = column(table, "Chờ xem xét")
    table.horizontalHeader().sectionClicked.emit(waiting)
    table.sortItems(waiting, Qt.SortOrder.AscendingOrder)
    values = [int(table.item(r, waiting).text()) for r in range(table.rowCount())]
    assert values == sorted(values)

    # Search without diacritics.
    name = next(iter(expected.values())).name
    window.dashboard.search.setFocus()
    qtbot.keyClicks(window.dashboard.search, fold(name)[:12])
    assert next(iter(expected)) in window.dashboard.shown_codes()
    window.dashboard.search.clear()

    # Enter on a delivered unit opens its detail, with its package; the button shows its rows.
    delivered = next(code for code, u in expected.items() if u.last_sequence)
    window.dashboard.select_unit(delivered)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog_named("unitDetailDialog") is not None, timeout=5000)
    dialog = dialog_named("unitDetailDialog")
    assert dialog.findChild(QtWidgets.QTableWidget, "unitSubmissions").rowCount() >= 1
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "showUnitRows"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.review
    rows = [window.review.model.row(i) for i in window.review.model.visible_ids()]
    assert rows and {r.unit_code for r in rows} == {delivered}


def test_catalogue_filters_search_and_review_by_keyboard(qtbot, reporter, province_dir):
    application, window = open_window(qtbot, province_dir, reporter)
    review = window.review
    qtbot.waitUntil(lambda: review.model.rowCount() > 1000, timeout=10_000)
    total = review.model.rowCount()
    accepted_before = {r.id for r in review.model.all_rows() if r.review_status == "accepted"}
    window.tabs.setCurrentWidget(review)
    review.search.setFocus()
    type_text(qtbot, review.search, "ho tich")
    qtbot.waitUntil(lambda: review.model.rowCount() < total, timeout=3000)
    rows = [review.model.row(i) for i in review.model.visible_ids()]
    assert rows and all("ho tich" in r.search_key for r in rows)
    assert f"Hiển thị {len(rows)}/{total}" in review.counts.text()

    form = review.form_filter
    form.setCurrentIndex(form.findText("Toàn trình"))
    review.review_filter.setCurrentIndex(review.review_filter.findText("Chờ xem xét"))
    rows = [review.model.row(i) for i in review.model.visible_ids()]
    assert rows and {r.form for r in rows} == {"toan_trinh"} and {r.review_status for r in rows} == {""}

    # Select two rows and accept them with the keyboard.
    review.table.setFocus()
    review.table.selectRow(0)
    qtbot.keyClick(review.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = review.selected_ids()
    assert len(chosen) == 2
    qtbot.keyClick(review.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Đã ghi" in review.review_message.text(), timeout=5000)
    assert {review.model.row(i).review_status for i in chosen} == {"accepted"}

    # Returning without a comment is refused in place; nothing is stored.
    target = review.model.row_id(2)
    review.select_ids([target])
    assert review.selected_ids() == [target]
    qtbot.mouseClick(review.return_button, Qt.MouseButton.LeftButton)
    assert "Ghi ý kiến" in review.review_message.text() and review.model.row(target).review_status == ""

    # Filter by review status: the accepted rows (the demo's office had accepted some already).
    review.clear_filters()
    review.review_filter.setCurrentIndex(review.review_filter.findText("Đã chấp nhận"))
    assert set(review.model.visible_ids()) == accepted_before | set(chosen)
    idle(qtbot, window)

    from dvc_desktop.services.consolidation import load_consolidated
    from dvc_desktop.services.context import open_context

    window.close()
    application.shutdown()
    with open_context(province_dir) as context:
        stored = {r.id: r.review_status for r in load_consolidated(context, chosen + [target])}
    assert stored == {chosen[0]: "accepted", chosen[1]: "accepted", target: ""}


def test_checks_link_to_their_rows(qtbot, reporter, province_dir):
    application, window = open_window(qtbot, province_dir, reporter)
    checks = window.checks
    qtbot.waitUntil(lambda: checks.table.model().rowCount() > 0, timeout=10_000)
    assert "Kiểm tra (" in window.tabs.tabText(2)
    checks.select_kind("disagreement")
    assert set(checks.shown_kinds()) == {"disagreement"}
    window.tabs.setCurrentWidget(checks)
    checks.table.setFocus()
    checks.table.selectRow(0)
    finding = checks.findings[checks.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)]
    qtbot.keyClick(checks.table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.review
    rows = [window.review.model.row(i) for i in window.review.model.visible_ids()]
    # Units at one level disagreeing: the rows are that code, from more than one unit, with different forms.
    assert {r.code for r in rows} == {finding.procedure_code}
    assert len({r.unit_code for r in rows}) > 1 and len({r.form for r in rows if r.form}) > 1
    assert window.review.finding_note.isVisible()

    checks.select_kind("contradicts_checklist")
    window.tabs.setCurrentWidget(checks)
    checks.table.selectRow(0)
    finding = checks.findings[checks.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)]
    checks.open_selected()
    assert window.review.selected_ids() == [finding.classification_id]


def test_publish_dialog_writes_one_level(qtbot, reporter, province_dir, tmp_path):
    import openpyxl

    application, window = open_window(qtbot, province_dir, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    said = past_open_items(qtbot)  # what stands open, said first
    units = window.view.report.units
    settle = sum(1 for f in window.view.findings if f.kind != "unclassified_at_level")
    # Answers across units are not procedures: the strip says which it counts.
    assert f"{window.view.report.classified} câu trả lời đã phân loại" in window.summary.text()
    assert f"{settle} vấn đề kiểm tra cần xử lý" in said
    assert window.tabs.tabText(2).replace("&", "") == f"Kiểm tra ({settle})"  # the conflicts, not the waiting work
    assert f"{sum(u.awaiting_review for u in units)} câu trả lời chưa xem xét" in said
    assert f"{sum(1 for u in units if u.state in ('late', 'never'))} đơn vị chưa nộp" in said
    qtbot.waitUntil(lambda: dialog_named("publishDialog") is not None, timeout=5000)
    dialog = dialog_named("publishDialog")
    kind = dialog.findChild(QtWidgets.QComboBox, "publishKind")
    assert kind.currentData() == "official"  # the default: the appendix of the decision
    kind.setCurrentIndex(kind.findData("draft"))
    level = dialog.findChild(QtWidgets.QComboBox, "publishLevel")
    level.setCurrentIndex(level.findData("xa"))
    out = tmp_path / "cap-xa.xlsx"
    path = dialog.findChild(QtWidgets.QLineEdit, "publishPath")
    path.setText(str(out))
    dialog.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "Đã ghi Danh mục" in window.statusBar().currentMessage(), timeout=30_000)
    sheet = openpyxl.load_workbook(out, read_only=True)["Danh mục"]
    levels = {row[5] for row in sheet.iter_rows(min_row=5, values_only=True)
              if isinstance(row[0], int) and row[1] and row[2] and row[3] is not None}
    assert levels == {"Cấp xã"}
    left_out = _published_count(out)

    # Returned, unreviewed and unclassified answers are left out by default; unticked, they are published.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    past_open_items(qtbot)
    qtbot.waitUntil(lambda: dialog_named("publishDialog") is not None, timeout=5000)
    dialog = dialog_named("publishDialog")
    boxes = [dialog.findChild(QtWidgets.QCheckBox, f"leaveOut_{name}")
             for name in ("returned", "unreviewed", "unclassified")]
    assert all(box.isChecked() for box in boxes)
    assert not boxes[2].isEnabled()  # the official appendix lists classified answers only
    kind = dialog.findChild(QtWidgets.QComboBox, "publishKind")
    kind.setCurrentIndex(kind.findData("draft"))
    level = dialog.findChild(QtWidgets.QComboBox, "publishLevel")
    level.setCurrentIndex(level.findData("xa"))
    for box in boxes:
        assert box.isEnabled()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not any(box.isChecked() for box in boxes)
    every = tmp_path / "cap-xa-tat-ca.xlsx"
    dialog.findChild(QtWidgets.QLineEdit, "publishPath").setText(str(every))
    dialog.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: every.exists(), timeout=30_000)
    assert _published_count(every) > left_out

    # A wrong extension is refused inside the dialog.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    past_open_items(qtbot)
    qtbot.waitUntil(lambda: dialog_named("publishDialog") is not None, timeout=5000)
    dialog = dialog_named("publishDialog")
    dialog.findChild(QtWidgets.QLineEdit, "publishPath").setText(str(tmp_path / "x.docx"))
    dialog.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and ".xlsx" in dialog.findChild(QtWidgets.QLabel, "publishMessage").text()
    dialog.reject()


def test_indicators_tab_groups_and_exports(qtbot, reporter, province_dir, tmp_path):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.indicators import indicator_report

    with open_context(province_dir) as context:
        by_unit, by_level = indicator_report(context, "unit"), indicator_report(context, "level")
    application, window = open_window(qtbot, province_dir, reporter)
    panel = window.indicators
    window.tabs.setCurrentWidget(panel)  # the tab reads its figures when first shown
    qtbot.waitUntil(lambda: panel.shown is not None and panel.table.rowCount() == len(by_unit.catalogue.rows) + 1,
                    timeout=10_000)
    # The latest quarter with dossier figures is offered at once.
    qtbot.waitUntil(lambda: panel.shown.dossiers is not None, timeout=10_000)
    assert "đã nhập số liệu hồ sơ" in panel.note.text()
    total = panel.table.rowCount() - 1
    assert panel.table.item(total, 1).text() == "Tổng cộng"
    assert panel.table.item(total, 2).text() == f"{by_unit.catalogue.total.procedures:,}".replace(",", ".")

    panel.grouping.setCurrentIndex(panel.grouping.findData("level"))
    qtbot.waitUntil(lambda: panel.shown.catalogue.by == "level", timeout=5000)
    assert panel.table.rowCount() == len(by_level.catalogue.rows) + 1

    out = tmp_path / "chi-so.csv"
    panel.export(out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_report_menu_opens_the_print_preview(qtbot, reporter, province_dir):
    application, window = open_window(qtbot, province_dir, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    window.act_report.trigger()

    qtbot.waitUntil(lambda: shown_print_preview() is not None, timeout=20_000)
    assert window._report_preview.pages >= 2
    shown_print_preview().reject()
    # A unit's summary needs a unit: without a selection the window says so.
    window.dashboard.table.clearSelection()
    window.tabs.setCurrentWidget(window.dashboard)
    window.act_unit_report.trigger()
    assert "Chọn một đơn vị" in window.statusBar().currentMessage()


def test_checks_put_conflicts_first_group_by_unit_and_count_what_is_shown(qtbot, reporter, province_dir):
    from dvc_desktop.gui.forms import select_choice

    application, window = open_window(qtbot, province_dir, reporter)
    checks = window.checks
    qtbot.waitUntil(lambda: checks.table.model().rowCount() > 0, timeout=10_000)
    total = len(checks.findings)
    waiting = sum(1 for f in checks.findings if f.kind == "unclassified_at_level")
    assert waiting > checks.table.model().rowCount() / 2  # the case: nobody's procedures would drown the conflicts
    # By default: the conflicts to settle, not the procedures nobody has classified yet.
    assert "unclassified_at_level" not in checks.shown_kinds()
    assert checks.table.model().rowCount() == total - waiting
    assert checks.summary.text() == f"Hiển thị {total - waiting} / {total} vấn đề"
    assert checks.kind_filter.currentText() == f"Cần xử lý ({total - waiting})"
    checks.select_kind(None)
    assert checks.table.model().rowCount() == total
    # By unit, the one with most findings first, with its count; the count follows the filters.
    first_unit = checks.unit_filter.itemData(1)
    per_unit = sum(1 for f in checks.findings if f.unit_code == first_unit)
    assert checks.unit_filter.itemText(1).endswith(f"({per_unit})")
    assert all(int(checks.unit_filter.itemText(i).rsplit("(", 1)[1].rstrip(")")) <= per_unit
               for i in range(2, checks.unit_filter.count()))
    select_choice(checks.unit_filter, first_unit)
    assert checks.table.model().rowCount() == per_unit
    assert checks.summary.text() == f"Hiển thị {per_unit} / {total} vấn đề"


def test_the_detail_says_the_new_review_after_tra_lai(qtbot, reporter, province_dir):
    application, window = open_window(qtbot, province_dir, reporter)
    review = window.review
    qtbot.waitUntil(lambda: review.model.rowCount() > 10, timeout=10_000)
    window.tabs.setCurrentWidget(review)
    target = next(r.id for r in review.model.all_rows() if r.review_status == "" and r.form)
    review.select_ids([target])
    qtbot.waitUntil(lambda: "Chờ xem xét" in review.detail.toPlainText(), timeout=5000)
    review.comment.setFocus()
    type_text(qtbot, review.comment, "Bổ sung căn cứ pháp lý")
    qtbot.mouseClick(review.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.model.row(target).review_status == "returned", timeout=5000)
    # The same row stays selected; its detail refreshes by itself.
    qtbot.waitUntil(lambda: "Trả lại" in review.detail.toPlainText()
                    and "Bổ sung căn cứ pháp lý" in review.detail.toPlainText(), timeout=5000)


def _published_count(path) -> int:  # type: ignore[no-untyped-def]
    import openpyxl

    """The procedures a draft Danh mục lists (its "Tổng cộng" line)."""
    sheet = openpyxl.load_workbook(path, read_only=True)["Danh mục"]
    rows = [row for row in sheet.iter_rows(values_only=True) if len(row) > 2 and row[1] == "Tổng cộng"]
    return int(str(rows[0][2]).split()[0])


def test_the_office_backs_up_chooses_its_language_and_shows_its_key_from_the_window(qtbot, reporter, province_dir,
                                                                                 tmp_path, monkeypatch):
    from dvc_desktop.gui import office_actions
    from dvc_desktop.store.database import DB_FILE_NAME

    copy = tmp_path / "sao-luu.sqlite"
    monkeypatch.setattr(office_actions, "ask_save_path", lambda *args: copy)  # the file dialog's answer
    application, window = open_window(qtbot, province_dir, reporter)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    menus = {menu.title().replace("&", ""): [a.text().replace("&", "") for a in menu.actions() if a.text()]
             for menu in (action.menu() for action in window.menuBar().actions())}
    assert {"Sao lưu dữ liệu…", "Cài đặt ngôn ngữ…"} <= set(menus["Tệp"])
    assert {"Tạo khóa ký hoặc khóa thay thế…", "Xuất khóa công khai và phiếu khóa…",
            "In phiếu khóa của Văn phòng…"} <= set(menus["Gói"])

    window.act_backup.trigger()
    qtbot.waitUntil(lambda: "Đã sao lưu" in window.statusBar().currentMessage(), timeout=20_000)
    assert copy.stat().st_size > 0 and (province_dir / DB_FILE_NAME).exists()

    window.act_settings.trigger()
    qtbot.waitUntil(lambda: dialog_named("SettingsDialog") is not None, timeout=5000)
    dialog_named("SettingsDialog").reject()

    window.act_key_card.trigger()  # the fingerprint the units check on the reference package
    qtbot.waitUntil(lambda: dialog_named("keyCardPreview") is not None, timeout=20_000)
    dialog_named("keyCardPreview").reject()


def test_the_table_is_shown_before_the_checks_are_done(qtbot, reporter, province_dir, monkeypatch):
    """The checks are the slowest part of opening (1.5 s at 60,000 classifications): the units and the
    consolidated table come first, the summary says the checks are running, then their counts come."""
    import threading

    from dvc_desktop.services import province_view

    release = threading.Event()
    real = province_view.load_findings
    monkeypatch.setattr(province_view, "load_findings", lambda context: (release.wait(10), real(context))[1])
    application, ready = start_application(province_dir, reporter)
    try:
        qtbot.waitUntil(lambda: hasattr(application.window, "review")
                        and application.window.review.model.total_rows() > 0, timeout=10_000)
        window = application.window
        assert "đang kiểm tra tính nhất quán" in window.summary.text() and not ready
        assert "kiểm tra tính nhất quán chưa xong" in window._open_items()
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    assert "vấn đề cần xử lý" in window.summary.text() and window.checks.findings
    assert window.tabs.tabText(2).startswith("&Kiểm tra (")
