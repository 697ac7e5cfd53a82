"""The table judges an answer by its essence (texts as empty/filled/refused, days as present or not):
for any stored answer, under either rule set, the judgement is the one the whole answer gets."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from dvc_desktop.domain.classification import needs_attention
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, answer_reason_label, bundled_rule_sets
from dvc_desktop.domain.text import clean
from dvc_desktop.services.workspace_view import ANSWER_KEYS, Judge, Judgement, _Answer, to_domain

RULES = bundled_rule_sets()
REASONS = sorted({reason.code for rules in RULES for reason in rules.reasons})
TEXT = st.text(alphabet=st.sampled_from(["a", "ệ", " ", "\u00a0", "\u2003", "\n", "\t", "\x01", "\u202e", "\x85"]),
               max_size=4)
GENTLE = st.sampled_from(["", "", "", " ", "\u00a0", "Điều 5", "a\nb", "x\t"])
DAY = st.sampled_from([None, "", "2026-07-01", date(2026, 7, 1)])
VALUES = {
    "form": st.sampled_from([None, "", "toan_trinh", "mot_phan", "chua_truc_tuyen"]),
    **dict.fromkeys(CHECKLIST_KEYS, st.sampled_from([None, True, False, 1, 0])),
    "reason_code": st.sampled_from(["", "khac", *REASONS]),
    "legal_provision": TEXT, "note": TEXT, "technical_description": TEXT, "portal_link": TEXT,
    "proactive_level": st.sampled_from([None, 1, 2, 4, 5]),
    "status": st.sampled_from(["draft", "ready"]),
    "expected_fix_on": DAY, "portal_published_on": DAY,
    "rule_set_code": st.sampled_from(["", *(rules.code for rules in RULES)]),
}
ANSWERS = st.tuples(*(VALUES[key] for key in ANSWER_KEYS))
CHECKLISTS = {"toan_trinh": (True,) * 5, "mot_phan": (True, True, False, True, 1),
              "chua_truc_tuyen": (True, False, 0, True, True)}


@st.composite
def nearly_ready(draw: st.DrawFn) -> tuple:
    """An answer whose form, checklist and reason agree: what decides its judgement is then mostly its
    texts and days, which the essence reduces."""
    values = dict(zip(ANSWER_KEYS, draw(ANSWERS)))
    form = draw(st.sampled_from(sorted(CHECKLISTS)))
    values.update(zip(CHECKLIST_KEYS, CHECKLISTS[form]), form=form)
    reasons = [reason.code for rules in RULES for reason in rules.reasons if form in reason.forms]
    values["reason_code"] = draw(st.sampled_from([*reasons, ""])) if form != "toan_trinh" else ""
    values["proactive_level"] = draw(st.sampled_from([None, None, 1, 2]))
    for key in ("legal_provision", "note", "technical_description", "portal_link"):
        values[key] = draw(TEXT) if draw(st.integers(0, 9)) == 0 else draw(GENTLE)
    for key in ("expected_fix_on", "portal_published_on"):
        values[key] = draw(st.sampled_from([None, "2026-07-01", ""]))
    return tuple(values[key] for key in ANSWER_KEYS)


def whole_judgement(answer: tuple, rules) -> Judgement:  # type: ignore[no-untyped-def]
    values = [bool(v) if key in CHECKLIST_KEYS and v is not None else v for key, v in zip(ANSWER_KEYS, answer)]
    c = to_domain(_Answer(*values))
    return Judgement(c.form.value if c.form else None, answer_reason_label(c.reason_code, values[-1] or ""),
                     c.status.value, needs_attention(c, rules))


@settings(max_examples=600, deadline=None)
@given(st.lists(ANSWERS | nearly_ready(), min_size=1, max_size=6), st.sampled_from(RULES))
def test_judging_by_essence_gives_the_whole_answers_judgement(answers, rules):
    judge = Judge(rules)  # one judge for several answers: its memo must never mix two of them up
    for answer in answers:
        assert judge(answer) == whole_judgement(answer, rules), answer


def test_the_examples_reach_answers_that_need_no_attention():
    """Otherwise the property above could not tell a wrong essence from a right one."""
    found = []

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(nearly_ready(), st.sampled_from(RULES))
    def look(answer, rules):  # type: ignore[no-untyped-def]
        found.append(whole_judgement(answer, rules).attention)

    look()
    assert found.count(False) > 10 and found.count(True) > 10


@given(TEXT)
def test_a_text_is_empty_after_clean_exactly_when_it_is_blank(text):
    assert bool(clean(text)) == bool(text.strip())
