"""Issue 13: a report follows the law of its reporting date (`--as-of`, else the open round's, else today),
and prints reasons in words, never their codes; from a store set up as a real office sets one up."""

from __future__ import annotations

from datetime import date

from dvc_desktop.cli import main
from dvc_desktop.services.context import open_context
from dvc_desktop.services.reports import report_data
from tests.publication.test_official_appendix import PARTIAL, answer, set_up
from tests.reports.conftest import flat, pdftotext


def test_the_law_and_the_date_of_a_report_are_those_of_its_reporting_date(qapp, context):
    set_up(context)
    answer(context, "000.00.13.H40", "1.000001", "mot_phan", PARTIAL, rule_set="ND42-2022", reason_code="fees_offline")
    before = report_data(context, as_of=date(2026, 6, 30))
    after = report_data(context, as_of=date(2026, 7, 5))
    assert "42/2022" in before.rule_set and "224/2026" in after.rule_set
    assert (before.made_on, after.made_on) == (date(2026, 6, 30), date(2026, 7, 5))
    assert report_data(context).made_on == date(2026, 12, 3)  # no round open: today


def test_report_as_of_on_the_command_line_prints_reasons_in_words(qapp, data_dir, tmp_path, capsys):
    with open_context(data_dir) as context:
        set_up(context)
        answer(context, "000.00.13.H40", "1.000001", "mot_phan", PARTIAL, rule_set="ND42-2022",
               reason_code="fees_offline")
    out = tmp_path / "bao-cao.pdf"
    assert main(["report", str(out), "--unit", "000.00.13.H40", "--as-of", "30/06/2026"]) == 0
    text = flat(pdftotext(out))
    assert "Chưa thanh toán trực tuyến được phí, lệ phí" in text and "fees_offline" not in text
    assert "42/2022" in text and "30/06/2026" in text


def test_a_pdf_open_in_a_viewer_is_reported_and_left_as_it_was(qapp, context, held_open):
    import pytest

    from dvc_desktop.services.errors import InvalidRequest
    from dvc_desktop.services.reports import write_report

    set_up(context)
    out = held_open("bao-cao.pdf", b"%PDF open in a viewer")
    with pytest.raises(InvalidRequest, match="bao-cao.pdf"):
        write_report(context, out)
    assert out.read_bytes() == b"%PDF open in a viewer" and list(out.parent.iterdir()) == [out]
