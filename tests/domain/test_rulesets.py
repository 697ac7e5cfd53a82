from datetime import date

import pytest

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, bundled_rule_sets, rule_set_by_code, rule_set_in_force


def test_both_decrees_ship_as_data():
    assert [r.code for r in bundled_rule_sets()] == ["ND42-2022", "ND224-2026"]


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(2023, 7, 18), "ND42-2022"),
        (date(2026, 6, 30), "ND42-2022"),
        (date(2026, 7, 1), "ND224-2026"),
        (date(2026, 11, 29), "ND224-2026"),
    ],
)
def test_the_rule_set_in_force_on_the_reporting_date_applies(day, code):
    assert rule_set_in_force(day).code == code


def test_no_rule_set_before_decree_42():
    with pytest.raises(DomainError, match="01/01/2020"):
        rule_set_in_force(date(2020, 1, 1))


def test_decree_224_lists_its_four_reasons_and_proactive_levels():
    rules = rule_set_by_code("ND224-2026")
    assert len(rules.partial_reasons) == 4
    assert rules.proactive_levels == (1, 2, 3, 4)
    assert rules.partial_requires_reason and rules.not_online_requires_reason and rules.requires_portal_publication
    assert tuple(c.code for c in rules.checklist) == CHECKLIST_KEYS


@pytest.mark.parametrize(("level", "form"), [(4, "toan_trinh"), (3, "mot_phan"), (2, "chua_truc_tuyen"),
                                             (1, "chua_truc_tuyen")])
def test_legacy_levels_map_to_a_suggestion(level, form):
    for rules in bundled_rule_sets():
        assert rules.form_from_legacy_level(level) == form
