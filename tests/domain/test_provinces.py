"""Province codes as reference data: kinds, retired codes and their successors, the historic range."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.provinces import (
    bundled_provinces,
    kind_word,
    province,
    require_province_code,
    retired_code_warning,
)


def test_the_list_covers_the_historic_series_and_34_provinces_in_use():
    provinces = bundled_provinces()
    assert set(provinces) == {f"H{n:02d}" for n in range(1, 64)}
    in_use = [p for p in provinces.values() if p.active_on(date(2026, 12, 3))]
    assert len(in_use) == 34
    for retired in provinces.values():
        if retired.active_to is not None:
            assert retired.successor in provinces and provinces[retired.successor].active_to is None


def test_kinds_and_names():
    hcm = province("h29")
    assert (hcm.name, hcm.kind_word, hcm.short_name) == ("Thành phố Hồ Chí Minh", "thành phố", "Hồ Chí Minh")
    assert (province("H55").kind_word, province("H55").short_name) == ("tỉnh", "Thái Nguyên")
    assert kind_word("H26") == "thành phố"
    assert kind_word("H99", "Thành phố Thử Nghiệm") == "thành phố" and kind_word("H99", "Tỉnh X") == "tỉnh"


def test_a_retired_code_warns_with_its_successor_and_a_current_one_does_not():
    warning = retired_code_warning("H59", date(2026, 12, 3))
    assert "H59" in warning and "01/07/2025" in warning and "H61" in warning and "Vĩnh Long" in warning
    assert retired_code_warning("H59", date(2025, 6, 30)) == ""  # still in use on that day
    assert retired_code_warning("H61", date(2026, 12, 3)) == ""
    assert retired_code_warning("H99", date(2026, 12, 3)) == ""  # not in the list: no claim either way


@given(st.integers(min_value=0, max_value=120))
def test_only_the_historic_range_is_accepted(number):
    code = f"H{number:02d}" if number < 100 else f"H{number}"
    if 1 <= number <= 63:
        assert require_province_code(f" {code.lower()} ") == code
    else:
        with pytest.raises(DomainError, match="H01 đến H63"):
            require_province_code(code)
