"""One way to write a ratio, a date, a time and a period for people."""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import given, strategies as st

from dvc_desktop.domain.formats import day, moment, percent, period_label


def test_examples() -> None:
    assert percent(0.5721) == "57,21%" and percent(1) == "100,00%" and percent(None) == "—"
    assert day(date(2026, 7, 1)) == "01/07/2026" and day(None) == ""
    assert period_label("2026-Q3") == "Quý 3/2026" and period_label("2026") == "Năm 2026"
    local = datetime(2026, 12, 4, 1, 30, tzinfo=timezone.utc).astimezone()
    assert moment(datetime(2026, 12, 4, 1, 30)) == local.strftime("%d/%m/%Y %H:%M")  # naive: stored UTC


@given(st.floats(min_value=0, max_value=1, allow_nan=False))
def test_a_percentage_reads_back_within_its_rounding(share: float) -> None:
    text = percent(share)
    assert text.endswith("%") and "." not in text and text.count(",") == 1
    assert abs(float(text[:-1].replace(",", ".")) / 100 - share) <= 0.00005 + 1e-12


def test_the_report_and_the_window_word_a_unit_state_alike():
    """One home for the words of codes: the report prints what the window shows (it said "Chưa gửi" where
    the window said "Chưa nộp")."""
    from dvc_desktop.domain.labels import PLANS, UNIT_STATES, plan_label, unit_state_label
    from dvc_desktop.gui.labels import plan_label as window_plan, unit_state_label as window_state

    for state in UNIT_STATES:
        for late in (False, True):
            assert unit_state_label(state, late, official=True) == window_state(state, late)
    assert unit_state_label("never", official=True) == "Chưa nộp"
    assert all(plan_label(plan, official=True) == window_plan(plan) for plan in PLANS)
