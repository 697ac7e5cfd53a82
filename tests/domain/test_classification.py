from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dvc_desktop.domain.classification import (
    Checklist,
    Classification,
    Form,
    needs_attention,
    readiness_issues,
    save_issues,
    suggest_form,
)
from dvc_desktop.domain.rulesets import rule_set_by_code

ND224 = rule_set_by_code("ND224-2026")
ND42 = rule_set_by_code("ND42-2022")
ALL_TRUE = Checklist(True, True, True, True, True)
NO_POST = Checklist(True, True, True, True, False)
answers = st.sampled_from([True, False, None])
checklists = st.builds(Checklist, answers, answers, answers, answers, answers)


def test_checklist_decides_the_suggested_form():
    assert suggest_form(ALL_TRUE) == Form.FULL
    assert suggest_form(NO_POST) == Form.PARTIAL
    assert suggest_form(Checklist(True, False, True, True, True)) == Form.NOT_ONLINE
    assert suggest_form(Checklist(True, True, None, True, True)) is None
    assert suggest_form(Checklist(True, True, None, False, True)) == Form.PARTIAL


@given(checklists)
def test_suggestion_rules_hold_for_every_checklist(checklist):
    suggested = suggest_form(checklist)
    if checklist.submitted_online is False:
        assert suggested == Form.NOT_ONLINE
    elif all(checklist.answers()):
        assert suggested == Form.FULL
    elif False in checklist.answers():
        assert suggested == Form.PARTIAL
    else:
        assert suggested is None


def fields_of(issues):
    return {issue.field for issue in issues}


def test_partial_needs_one_of_the_art_14_grounds_under_decree_224_but_not_under_decree_42():
    bare = Classification(NO_POST, Form.PARTIAL)
    assert fields_of(save_issues(bare, ND224)) == {"reason_code"}
    assert save_issues(bare, ND42) == []  # Decree 42 only defines một phần: a reason is advice
    fixed = Classification(NO_POST, Form.PARTIAL, "law_requires_presence", "Khoản 1 Điều 9 Luật Hộ tịch 2014")
    assert save_issues(fixed, ND224) == []


def test_reason_must_come_from_the_rule_set_in_force_and_is_named_in_words():
    old_reason = Classification(NO_POST, Form.PARTIAL, "fees_offline", "Điều 5 Nghị định X")
    assert save_issues(old_reason, ND42) == []
    message = save_issues(old_reason, ND224)[0].message
    assert "Chưa thanh toán trực tuyến được phí, lệ phí" in message and "fees_offline" not in message


def test_reason_only_for_partial():
    issues = save_issues(Classification(ALL_TRUE, Form.FULL, "technical_fault", "x"), ND224)
    assert fields_of(issues) == {"reason_code"}


def test_contradicting_the_checklist_needs_a_note_and_stays_flagged():
    contradicting = Classification(NO_POST, Form.FULL)
    assert fields_of(save_issues(contradicting, ND224)) == {"note"}
    assert "Một phần" in save_issues(contradicting, ND224)[0].message
    noted = Classification(NO_POST, Form.FULL, note="Sẽ trả qua bưu chính từ quý sau")
    assert save_issues(noted, ND224) == []
    assert noted.contradicts_checklist and needs_attention(noted, ND224)


def test_ready_needs_a_form_and_a_complete_checklist():
    assert fields_of(readiness_issues(Classification(), ND224)) == {"form", "checklist"}
    assert readiness_issues(Classification(ALL_TRUE, Form.FULL), ND224) == []
    assert not needs_attention(Classification(ALL_TRUE, Form.FULL), ND224)


def test_proactive_levels_exist_only_under_decree_224():
    assert save_issues(Classification(ALL_TRUE, Form.FULL, proactive_level=2), ND224) == []
    assert fields_of(save_issues(Classification(ALL_TRUE, Form.FULL, proactive_level=2), ND42)) == {
        "proactive_level"}


@given(checklists, st.sampled_from([None, *Form]),
       st.sampled_from(["", "technical_fault", "law_requires_presence", "online_excluded_by_law"]),
       st.sampled_from(["", "Điều 9 Luật Hộ tịch"]), st.sampled_from(["", "ghi chú"]),
       st.sampled_from(["", "Chưa có biểu mẫu điện tử"]), st.sampled_from([None, date(2027, 3, 1)]))
def test_whatever_is_savable_and_complete_is_ready(checklist, form, reason, provision, note, description, fix_on):
    c = Classification(checklist, form, reason, provision, note, technical_description=description,
                       expected_fix_on=fix_on)
    ready = not readiness_issues(c, ND224)
    unexplained = form == Form.NOT_ONLINE and not reason  # Decree 224: "not online" must say why
    assert ready == (not save_issues(c, ND224) and form is not None and checklist.complete and not unexplained)
    if ready and form in (Form.PARTIAL, Form.NOT_ONLINE):
        grounds = ND224.reason(c.reason_code)
        assert grounds is not None and all(getattr(c, field) for field in grounds.requires)


@given(st.tuples(*[st.sampled_from([True, False, None])] * 5), st.sampled_from(list(Form)),
       st.sampled_from(["", "ghi chú của cán bộ"]))
def test_classifying_in_bulk_keeps_what_was_assessed(answers, form, note):
    from dvc_desktop.domain.classification import BULK_CONTRADICTION_NOTE, classified_in_bulk

    before = Classification(checklist=Checklist(*answers), note=note)
    after = classified_in_bulk(before, form, "", "")
    assert after.checklist == before.checklist and after.form == form
    if note:
        assert after.note == note
    else:
        assert (after.note == BULK_CONTRADICTION_NOTE) == after.contradicts_checklist
