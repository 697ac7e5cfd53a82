"""The pure rules of the indicators: periods, the figures' rules, ratios, eligibility."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc_desktop.domain.catalogue import Counts, PublishedRow, published_level, tally, unit_summaries
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.indicators import (
    FIRST_YEAR, LAST_YEAR, LEGAL_BARRIER_REASONS, REMEDIABLE_REASONS, CatalogueFigures, DossierFigures, Period,
    figures_issues, is_eligible, parse_period, parse_quarter, period_issues, quarter_of, ratio,
)
from dvc_desktop.domain.rulesets import bundled_rule_sets

years = st.integers(FIRST_YEAR, LAST_YEAR)
quarters = st.builds(Period, years, st.integers(1, 4))
periods = st.one_of(quarters, st.builds(Period, years))
counts = st.integers(0, 10**6)
forms = st.sampled_from(["toan_trinh", "mot_phan", "chua_truc_tuyen", "chua_phan_loai"])
reasons = st.sampled_from(sorted(LEGAL_BARRIER_REASONS | REMEDIABLE_REASONS) + [""])


# ---------------------------------------------------------------- periods


@given(periods)
def test_a_period_reads_back_from_its_code(period):
    assert parse_period(period.code) == period
    assert str(period) == period.code


@given(quarters)
def test_a_quarter_is_accepted_in_its_loose_spellings(period):
    year, q = period.year, period.quarter
    for text in (f"{year}Q{q}", f" {year}-q{q} ", f"{year} - Q{q}",
                 f"{year}-Q{q}".translate(str.maketrans("0123456789", "０１２３４５６７８９"))):
        assert parse_quarter(text) == period


@given(periods)
def test_the_quarters_of_a_period_tile_it(period):
    parts = period.quarters
    assert parts[0].first_day == period.first_day and parts[-1].last_day == period.last_day
    for before, after in zip(parts, parts[1:]):
        assert before.last_day + timedelta(days=1) == after.first_day
    assert len(parts) == (1 if period.is_quarter else 4)
    assert all(p.is_quarter and p.year == period.year for p in parts)


@given(st.dates(date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)))
def test_every_day_lies_in_its_quarter(day):
    quarter = quarter_of(day)
    assert quarter.first_day <= day <= quarter.last_day
    assert period_issues(quarter, day) == []
    assert period_issues(quarter, quarter.first_day - timedelta(days=1))  # not begun yet


@pytest.mark.parametrize("text", ["", "2026-Q5", "2026-Q0", "26-Q1", "2026-3", "Q3-2026", "2026/Q3", "1999",
                                  "2100-Q1", "2026-Q3x", "năm 2026"])
def test_anything_else_is_refused_with_the_value(text):
    with pytest.raises(DomainError) as refused:
        parse_period(text)
    assert f"«{text}»" in str(refused.value) or "ngoài khoảng" in str(refused.value)


def test_a_year_is_not_a_period_to_enter_figures_for():
    assert parse_period("2026") == Period(2026)
    with pytest.raises(DomainError, match="theo quý"):
        parse_quarter("2026")


# ---------------------------------------------------------------- dossier figures


@given(counts, counts, counts, counts)
def test_figures_are_accepted_exactly_when_they_meet_the_three_rules(total, online, fees, paid):
    issues = figures_issues(DossierFigures(total, online, fees, paid))
    assert (issues == []) == (online <= total and paid <= fees)
    assert {i.field for i in issues} <= {"received_online", "paid_online"}


@given(counts, counts, counts, counts)
def test_accepted_figures_have_ratios_between_zero_and_one(total, online, fees, paid):
    figures = DossierFigures(total, min(online, total), fees, min(paid, fees))
    assert not figures_issues(figures)
    for share, denominator in ((figures.online_share, total), (figures.paid_online_share, fees)):
        assert (share is None) == (denominator == 0)
        assert share is None or 0 <= share <= 1


@pytest.mark.parametrize("field", ["received_total", "received_online", "with_fees", "paid_online"])
@pytest.mark.parametrize("value", [-1, True, 1.5, "3", 10**9 + 1])
def test_each_number_must_be_a_whole_number_within_range(field, value):
    issues = figures_issues(DossierFigures(**{field: value}))
    assert [i.field for i in issues] == [field]
    assert "không âm" in issues[0].message or "quá lớn" in issues[0].message


def test_the_messages_name_the_numbers():
    issues = figures_issues(DossierFigures(100, 120, 40, 50))
    assert [i.field for i in issues] == ["received_online", "paid_online"]
    assert "(120)" in issues[0].message and "(100)" in issues[0].message
    assert "(50)" in issues[1].message and "(40)" in issues[1].message


@given(st.lists(st.builds(DossierFigures, counts, counts, counts, counts), max_size=4))
def test_a_year_is_the_sum_of_its_quarters(entered):
    year = sum(entered, DossierFigures())
    assert year.received_total == sum(f.received_total for f in entered)
    assert year.paid_online == sum(f.paid_online for f in entered)
    assert year.online_share == ratio(year.received_online, year.received_total)


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_ratio_is_none_only_without_a_denominator(numerator, denominator):
    value = ratio(numerator, denominator)
    assert (value is None) == (denominator == 0)
    assert value is None or value * denominator == pytest.approx(numerator)


# ---------------------------------------------------------------- eligibility and counting


def test_every_reason_of_every_rule_set_is_decided():
    for rules in bundled_rule_sets():
        for reason in rules.partial_reasons:
            assert (reason.code in LEGAL_BARRIER_REASONS) != (reason.code in REMEDIABLE_REASONS), reason.code


@given(forms, reasons, st.sampled_from(["", "  ", "Khoản 1 Điều 9 Luật Hộ tịch 2014"]))
def test_only_a_proven_legal_barrier_makes_a_procedure_ineligible(form, reason, provision):
    expected = not (form == "mot_phan" and reason in LEGAL_BARRIER_REASONS and provision.strip())
    assert is_eligible(form, reason, provision) == expected


def test_eligibility_examples():
    assert is_eligible("toan_trinh", "", "")
    assert is_eligible("chua_truc_tuyen", "", "")
    assert is_eligible(None, "", "")
    assert is_eligible("mot_phan", "technical_fault", "Điều 5")  # work to do, not a barrier
    assert not is_eligible("mot_phan", "law_requires_presence", "Khoản 1 Điều 9 Luật Hộ tịch 2014")
    assert not is_eligible("mot_phan", "site_inspection", "Điều 12 Nghị định 15/2018")
    assert is_eligible("mot_phan", "on_site_verification", "")  # claimed, not proven


rows = st.builds(lambda unit, level, sector, form, eligible: PublishedRow(
    "1.000001", "", sector, f"Đơn vị {unit}", f"U{unit}", level, form, form, "", level, eligible),
    st.integers(0, 4), st.sampled_from(["tinh", "xa"]), st.sampled_from(["Hộ tịch", "Đất đai", ""]), forms,
    st.booleans())


@given(st.lists(rows, max_size=60))
def test_counts_per_unit_level_and_sector_add_up_to_the_same_total(published):
    total = tally(published, lambda row: None).get(None, Counts())
    for key in (lambda r: r.unit_code, lambda r: r.level_code, lambda r: r.sector):
        groups = tally(published, key)
        summed = sum((_frozen(c) for c in groups.values()), CatalogueFigures())
        assert summed == _frozen(total)
    assert sum(u.counts.procedures for u in unit_summaries(published)) == len(published)
    f = _frozen(total)
    assert f.procedures == f.toan_trinh + f.mot_phan + f.chua_truc_tuyen + f.chua_phan_loai
    assert f.eligible_by_reason <= f.procedures
    for share in (f.share_full, f.share_full_of_online):
        assert share is None or 0 <= share <= 1


def _frozen(c: Counts) -> CatalogueFigures:
    return CatalogueFigures(c.procedures, c.eligible, c.toan_trinh, c.mot_phan, c.chua_truc_tuyen, c.chua_phan_loai)


def test_toan_trinh_is_always_eligible_so_its_share_of_eligible_is_at_most_one():
    published = [PublishedRow("c", "", "", "A", "A", "tinh", form, form, "", "tinh",
                              is_eligible(form, reason, "Điều 1"))
                 for form, reason in [("toan_trinh", ""), ("mot_phan", "in_person"), ("mot_phan", "technical"),
                                      ("chua_truc_tuyen", ""), ("chua_phan_loai", "")]]
    f = _frozen(tally(published, lambda r: None)[None])
    assert (f.procedures, f.eligible_by_reason, f.toan_trinh, f.mot_phan) == (5, 4, 1, 2)
    assert f.share_full == 0.2 and f.share_full_of_eligible_by_reason == 0.25
    assert f.share_full_of_online == pytest.approx(1 / 3)


def test_no_procedures_gives_no_shares_not_zero():
    f = CatalogueFigures()
    assert (f.share_full, f.share_full_of_eligible, f.share_full_of_eligible_by_reason,
            f.share_full_of_online) == (None, None, None, None)


def test_the_published_level_is_the_units_own_when_the_procedure_is_done_there():
    assert published_level("xa", ["tinh", "xa"]) == "xa"
    assert published_level("xa", []) == "xa"
    assert published_level("xa", ["tinh", "trung_uong"]) == "tinh"
