"""Issue 13, the supervisors' report as Decree 30 (App. I) writes it: number sign, the issuer's full name,
the place of the date line, "Kính gửi", "Lưu: VT, …", the signer asked in the preview or kept in the
settings, "tỉnh" or "thành phố" from the province's kind, and the font notice. From a store set up as a
real office sets one up (never the demo)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dvc_desktop.cli import main
from dvc_desktop.gui.qt import Qt, QtWidgets
from dvc_desktop.reports.compose import compose, letterhead, place_of
from dvc_desktop.reports.data import Issuer
from dvc_desktop.reports.document import Paragraph, Signature
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.report_settings import ReportSettings, get_report_settings, save_report_settings
from dvc_desktop.services.reports import report_data
from tests.publication.test_official_appendix import FULL, answer, set_up
from tests.reports.conftest import flat, pdftotext
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)

DAY = date(2026, 12, 3)


def test_number_sign_full_name_recipient_and_drafting_unit_come_from_the_settings():
    office = Issuer("000.00.01.H40", "Văn phòng UBND tỉnh", "province", "Tỉnh Thử Nghiệm", ("KT. CHÁNH VĂN PHÒNG",
                    "PHÓ CHÁNH VĂN PHÒNG"), "Nguyễn Văn A", "VPUBND", "", "Ủy ban nhân dân tỉnh", "KSTT", "tỉnh")
    head = letterhead(office, DAY)
    assert head.number.endswith("/BC-VPUBND") and head.issuer == "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"
    assert head.parent == "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM" and head.place == "Thử Nghiệm"
    assert letterhead(replace(office, full_name="Văn phòng"), DAY).issuer == "VĂN PHÒNG"
    assert not letterhead(replace(office, abbreviation=""), DAY).number.endswith("VPUBND")


def test_a_commune_dates_its_report_at_the_commune_and_a_city_named_after_a_person_in_full():
    commune = Issuer("000.00.31.H40", "UBND xã An Bình", "commune", "Tỉnh Thử Nghiệm", province_kind="tỉnh")
    assert place_of(commune) == "An Bình"
    assert place_of(replace(commune, name="UBND Phường 1")) == "Phường 1"
    city = Issuer("000.00.01.H29", "Văn phòng UBND thành phố", "province", "Thành phố Hồ Chí Minh",
                  province_kind="thành phố")
    assert place_of(city) == "Thành phố Hồ Chí Minh"
    assert letterhead(city, DAY).parent == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    assert place_of(replace(city, province_name="Thành phố Huế")) == "Huế"


def test_a_city_is_written_thanh_pho_everywhere_and_the_optional_lines_appear(context):
    set_up(context)
    with context.transaction() as session:
        from dvc_desktop.services.settings import get_identity, put_identity

        identity = get_identity(session)
        put_identity(session, replace(identity, province_code="H29", province_name="Thành phố Hồ Chí Minh",
                                             unit_name="Văn phòng UBND thành phố"))
    answer(context, "000.00.13.H40", "1.000001", "toan_trinh", FULL)
    save_report_settings(context, ReportSettings(abbreviation="vpubnd", recipient="Ủy ban nhân dân thành phố",
                                                 drafting_unit="KSTT", signer_name="Trần Thị B"))
    document = compose(report_data(context))
    words = " ".join(b.text for b in document.blocks if isinstance(b, Paragraph))
    signature = next(b for b in document.blocks if isinstance(b, Signature))
    assert "tỉnh" not in words and "thành phố Hồ Chí Minh" in words
    assert document.blocks[0] == Paragraph("Kính gửi: Ủy ban nhân dân thành phố", align="center", indent=False)
    assert signature.recipients[-1] == "Lưu: VT, KSTT." and signature.signer == "Trần Thị B"
    assert any("UBND thành phố" in line for line in signature.recipients)
    assert document.letterhead.number.endswith("/BC-VPUBND")  # upper-cased when saved


@pytest.mark.parametrize("changes, field", [({"abbreviation": "BC/?"}, "BC-"), ({"signer_name": "x" * 201}, "người ký"),
                                            ({"signer_title": ("A", "B", "C", "D")}, "3 dòng")])
def test_bad_settings_are_refused_with_the_field_named_and_nothing_stored(context, changes, field):
    set_up(context)
    with pytest.raises(InvalidRequest, match=field):
        save_report_settings(context, replace(ReportSettings(), **changes))
    with context.transaction() as session:
        assert get_report_settings(session) == ReportSettings()


def test_report_settings_and_report_on_the_command_line(qapp, data_dir, tmp_path, capsys):
    from dvc_desktop.reports.fonts import PREFERRED, report_family

    with open_context(data_dir) as context:
        set_up(context)
        answer(context, "000.00.13.H40", "1.000001", "toan_trinh", FULL)
    assert main(["report-settings", "--abbreviation", "VPUBND", "--drafting-unit", "KSTT", "--recipient",
                 "Chủ tịch UBND tỉnh", "--signer-title", "KT. CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG",
                 "--signer-name", "Lê Văn C"]) == 0
    assert "…/BC-VPUBND" in capsys.readouterr().out
    assert main(["report-settings", "--signer-name", "Lê Văn D"]) == 0  # the others are kept
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", str(out), "--as-of", "03/12/2026"]) == 0
    printed = capsys.readouterr().out
    assert ("Times New Roman" in printed) == (report_family() != PREFERRED)
    text = flat(pdftotext(out))
    for expected in ("/BC-VPUBND", "Kính gửi: Chủ tịch UBND tỉnh", "Lưu: VT, KSTT.", "KT. CHÁNH VĂN PHÒNG",
                     "PHÓ CHÁNH VĂN PHÒNG", "Lê Văn D", "Thử Nghiệm, ngày 03 tháng 12 năm 2026"):
        assert expected in text, expected
    assert main(["report-settings", "--abbreviation", "BC/?"]) == 2


def test_the_font_notice_says_when_the_mandated_font_is_missing(qapp, monkeypatch):
    from dvc_desktop.reports import fonts

    monkeypatch.setattr(fonts, "_family", fonts.BUNDLED)
    assert "Times New Roman" in fonts.mandated_font_missing() and fonts.BUNDLED in fonts.mandated_font_missing()
    monkeypatch.setattr(fonts, "_family", fonts.PREFERRED)
    assert fonts.mandated_font_missing() == ""


@pytest.fixture()
def reporter():
    from dvc_desktop.gui.errors import ErrorReporter

    return ErrorReporter(None)


def _dialog():  # type: ignore[no-untyped-def]
    return next((w for w in QtWidgets.QApplication.topLevelWidgets()
                 if w.objectName() == "reportSettingsDialog" and w.isVisible()), None)


def test_the_settings_from_the_menu_and_the_signer_asked_in_the_print_preview(qtbot, data_dir, reporter):
    from dvc_desktop.gui.report_preview import show_report_preview
    from dvc_desktop.reports.fonts import PREFERRED, report_family

    with open_context(data_dir) as context:
        set_up(context)
        answer(context, "000.00.13.H40", "1.000001", "toan_trinh", FULL)
    _, window = open_window(qtbot, data_dir, reporter)
    window.findChild(QtWidgets.QWidget, "reportSettings") or window.act_report_settings.trigger()
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10_000)
    dialog = _dialog()
    abbreviation = dialog.findChild(QtWidgets.QLineEdit, "abbreviationEdit")
    qtbot.keyClicks(abbreviation, "BC/?")
    qtbot.keyClick(dialog.findChild(QtWidgets.QLineEdit, "signerNameEdit"), Qt.Key.Key_Return)
    problem = dialog.findChild(QtWidgets.QLabel, "reportSettingsProblem")
    assert dialog.isVisible() and problem.isVisible() and "BC-" in problem.text()
    abbreviation.clear()
    qtbot.keyClicks(abbreviation, "VPUBND")
    title = dialog.findChild(QtWidgets.QPlainTextEdit, "signerTitleEdit")
    # Vietnamese letters come from the input method, as committed text (QTest types only Latin-1 keys).
    title.insertPlainText("KT. CHÁNH VĂN PHÒNG")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # a new line of the title
    title.insertPlainText("PHÓ CHÁNH VĂN PHÒNG")
    dialog.findChild(QtWidgets.QLineEdit, "signerNameEdit").insert("Phạm Văn E")
    qtbot.keyClick(dialog.findChild(QtWidgets.QLineEdit, "signerNameEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Đã lưu" in window.statusBar().currentMessage(), timeout=10_000)
    read: list[ReportSettings] = []

    def stored(context):  # type: ignore[no-untyped-def]
        with context.transaction() as session:
            return get_report_settings(session)

    window.runner.run(stored, read.append)
    qtbot.waitUntil(lambda: bool(read), timeout=10_000)
    saved = read[0]
    assert (saved.abbreviation, saved.signer_title, saved.signer_name) == (
        "VPUBND", ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"), "Phạm Văn E")

    shown = []
    preview = show_report_preview(window, window.runner, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert preview.data.issuer.signer_name == "Phạm Văn E"
    assert (preview.font_notice is not None) == (report_family() != PREFERRED)
    document = next(a for a in preview.dialog.findChildren(QtWidgets.QToolBar)[0].actions()
                    if a.objectName() == "reportDocument")
    document.trigger()
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10_000)
    name = _dialog().findChild(QtWidgets.QLineEdit, "signerNameEdit")
    assert name.text() == "Phạm Văn E"
    name.clear()
    name.insert("Hoàng Thị G")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: preview.data.issuer.signer_name == "Hoàng Thị G", timeout=10_000)
    preview.dialog.reject()
    assert reporter.last_message is None


def test_every_kind_of_check_is_named_in_words_in_the_report_and_the_checks_panel(qapp):
    from dvc_desktop.gui.checks_panel import kind_label
    from dvc_desktop.reports.compose import PROBLEM_NAMES
    from dvc_desktop.services.checks import KINDS

    for kind in KINDS:
        assert PROBLEM_NAMES.get(kind) and kind_label(kind) != kind, kind
