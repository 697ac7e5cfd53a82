import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc_desktop.domain.codes import (
    CodeKind,
    parse_procedure_code,
    parse_province_code,
    parse_unit_code,
)
from dvc_desktop.domain.errors import DomainError


@pytest.mark.parametrize(
    ("raw", "value", "kind"),
    [
        ("1.000010", "1.000010", CodeKind.NATIONAL),
        ("  2.000815.01 ", "2.000815.01", CodeKind.CASE),
        ("2.000884.000.00.00.H55", "2.000884.000.00.00.H55", CodeKind.LOCAL),
        ("1.001612.000.00.00.h48", "1.001612.000.00.00.H48", CodeKind.LOCAL),
        ("３．０００１８１", "3.000181", CodeKind.NATIONAL),  # full-width digits and dot
        ("1. 000 010", "1.000010", CodeKind.NATIONAL),
        ("2.000815.000.00.00.h55.02", "2.000815.000.00.00.H55.02", CodeKind.LOCAL_CASE),
    ],
)
def test_accepts_the_three_shapes(raw, value, kind):
    code = parse_procedure_code(raw)
    assert (code.value, code.kind) == (value, kind)


def test_parts_of_a_local_code():
    code = parse_procedure_code("2.000884.000.00.00.H55")
    assert code.national == "2.000884"
    assert code.agency == "000.00.00.H55"
    assert parse_procedure_code("2.000815.01").case == "01"


def test_parts_of_a_local_case_code():
    code = parse_procedure_code("2.000815.000.00.00.H55.02")
    assert (code.national, code.agency, code.case) == ("2.000815", "000.00.00.H55", "02")


@pytest.mark.parametrize("raw", ["1.00001", "12.000010", "1.000010.1", "2.000884.000.00.00.X55", "abc",
                                 "1,000010", "1.000010.000.00.H55",
                                 "2.000815.000.00.00.H55.2", "2.000815.000.00.00.H55.02.01"])
def test_rejects_other_shapes_naming_field_and_value(raw):
    with pytest.raises(DomainError) as error:
        parse_procedure_code(raw)
    assert "Mã TTHC" in str(error.value)
    assert raw in str(error.value)


def test_blank_code_says_it_is_blank():
    with pytest.raises(DomainError, match="để trống"):
        parse_procedure_code("  ")


@given(st.integers(0, 9), st.integers(0, 999_999), st.integers(0, 99))
def test_any_well_formed_case_code_round_trips(first, number, case):
    text = f"{first}.{number:06d}.{case:02d}"
    code = parse_procedure_code(f" {text} ")
    assert str(code) == text
    assert parse_procedure_code(code.value) == code


@given(st.text(alphabet="0123456789.H ", max_size=30))
def test_parser_never_crashes_and_only_accepts_known_shapes(text):
    try:
        code = parse_procedure_code(text)
    except DomainError:
        return
    assert code.kind in set(CodeKind)
    assert code.value.startswith(code.national)


def test_province_codes():
    assert parse_province_code(" h46 ") == "H46"
    assert parse_province_code("H62") == "H62" and parse_province_code("h63") == "H63"  # historic, still read
    for bad in ("H00", "H64", "46", "HN"):
        with pytest.raises(DomainError, match=bad):
            parse_province_code(bad)


def test_unit_codes():
    assert parse_unit_code("000.00.31.h55") == "000.00.31.H55"
    with pytest.raises(DomainError):
        parse_unit_code("sở tư pháp")
