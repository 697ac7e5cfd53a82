"""Issue 13: the rule sets as Decree 224/2026 Art. 14 and Decree 42/2022 Art. 11 have them."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dvc_desktop.domain.classification import (
    Checklist,
    Classification,
    Form,
    advice,
    readiness_issues,
    save_issues,
)
from dvc_desktop.domain.rulesets import answer_reason_label, bundled_rule_sets, rule_set_by_code, rule_set_title

ND224 = rule_set_by_code("ND224-2026")
ND42 = rule_set_by_code("ND42-2022")
NO_PROCESSING = Checklist(True, True, False, True, True)
NOT_SUBMITTABLE = Checklist(True, False, False, False, False)
FIX_ON = date(2027, 3, 1)


def fields_of(issues):
    return {issue.field for issue in issues}


def test_a_legal_ground_needs_its_provision_and_nothing_technical():
    for code in ("law_requires_presence", "on_site_verification"):
        bare = Classification(NO_PROCESSING, Form.PARTIAL, code)
        assert fields_of(save_issues(bare, ND224)) == {"legal_provision"}
        assert save_issues(Classification(NO_PROCESSING, Form.PARTIAL, code, "Điều 12 Nghị định 15/2018"), ND224) == []


def test_a_technical_ground_needs_a_description_and_a_fix_date_never_a_law():
    for code in ("technical_fault", "technical_other"):
        bare = Classification(NO_PROCESSING, Form.PARTIAL, code)
        issues = save_issues(bare, ND224)
        assert fields_of(issues) == {"technical_description", "expected_fix_on"}
        assert not any("pháp luật chuyên ngành" in i.message for i in issues)
        described = Classification(NO_PROCESSING, Form.PARTIAL, code, technical_description="Chưa có biểu mẫu điện tử",
                                   expected_fix_on=FIX_ON)
        assert save_issues(described, ND224) == []


def test_the_first_ground_is_any_regulation_requiring_presence_at_the_agency():
    label = ND224.reason("law_requires_presence").label
    assert label.startswith("Quy định") and "hiện diện tại cơ quan nhà nước" in label
    assert "Luật quy định" not in label
    assert [r.label for r in ND224.partial_reasons][2:] == ["Sự cố kỹ thuật chưa thể khắc phục ngay",
                                                             "Các vấn đề kỹ thuật khác chưa thể xử lý được"]


def test_not_online_needs_a_reason_under_decree_224_only():
    bare = Classification(NOT_SUBMITTABLE, Form.NOT_ONLINE)
    assert save_issues(bare, ND224) == []  # savable as a draft...
    assert "reason_code" in fields_of(readiness_issues(bare, ND224))  # ...but never ready without a reason
    assert "reason_code" not in fields_of(readiness_issues(bare, ND42))
    excluded = Classification(NOT_SUBMITTABLE, Form.NOT_ONLINE, "online_excluded_by_law")
    assert fields_of(save_issues(excluded, ND224)) == {"legal_provision"}
    assert readiness_issues(Classification(NOT_SUBMITTABLE, Form.NOT_ONLINE, "technical_other",
                                           technical_description="Chưa có phần mềm", expected_fix_on=FIX_ON),
                            ND224) == []
    # A một phần-only ground does not explain "not online", and Decree 42 has no such reasons at all.
    assert "reason_code" in fields_of(save_issues(Classification(NOT_SUBMITTABLE, Form.NOT_ONLINE,
                                                                 "law_requires_presence", "Điều 1"), ND224))
    assert "reason_code" in fields_of(save_issues(Classification(NOT_SUBMITTABLE, Form.NOT_ONLINE, "technical"),
                                                  ND42))


def test_decree_42_reasons_are_recommended_never_blocking():
    bare = Classification(NO_PROCESSING, Form.PARTIAL)
    assert readiness_issues(bare, ND42) == [] and len(advice(bare, ND42)) == 1
    assert advice(bare, ND224) == []
    assert "Điều 11" in ND42.title and "quy ước của tỉnh" in ND42.title
    assert not ND42.partial_requires_reason and ND42.reasons_recommended


def test_portal_publication_only_on_explained_forms():
    full = Classification(Checklist(True, True, True, True, True), Form.FULL, portal_published_on=date(2026, 8, 1))
    assert fields_of(save_issues(full, ND224)) == {"portal_published_on"}
    published = Classification(NO_PROCESSING, Form.PARTIAL, "on_site_verification", "Điều 12",
                               portal_published_on=date(2026, 8, 1), portal_link="https://dichvucong.gov.vn/p/1")
    assert save_issues(published, ND224) == []


def test_rule_sets_carry_their_full_citation_and_the_source_of_the_definition():
    assert ND224.citation == ("Nghị định số 224/2026/NĐ-CP ngày 24 tháng 6 năm 2026 của Chính phủ quy định chi tiết "
                              "một số điều và biện pháp thi hành Luật Chuyển đổi số")
    assert ND42.citation.startswith("Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ")
    assert "Điều 11 Nghị định số 42/2022" in ND224.definition_source and not ND224.verified
    for rules in bundled_rule_sets():
        assert rules.definition_source and rules.citation


def test_decree_42_codes_have_a_proposed_decree_224_ground():
    proposed = {old: ND224.successor_of(old).code for old in (r.code for r in ND42.reasons)}
    assert proposed == {"in_person": "law_requires_presence", "site_inspection": "on_site_verification",
                        "fees_offline": "technical_other", "result_offline": "technical_other",
                        "technical": "technical_other"}


@given(st.sampled_from([r.code for rs in bundled_rule_sets() for r in rs.reasons] + ["made_up", ""]),
       st.sampled_from(["ND42-2022", "ND224-2026", "XYZ"]))
def test_a_raw_reason_code_never_comes_out_as_a_label(code, rule_set_code):
    label = answer_reason_label(code, rule_set_code)
    assert label == "" if not code else (label and label != code and "_" not in label)


def test_an_answer_shows_the_rule_set_it_was_saved_under():
    assert answer_reason_label("in_person", "ND42-2022") == ND42.reason("in_person").label
    assert rule_set_title("ND42-2022") == ND42.title and rule_set_title("ND224-2026") == ND224.title
