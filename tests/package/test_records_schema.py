"""The typed records that read a package (package/records.py) and the JSON Schemas published for other
readers (resources/schemas/) accept the same documents, but for the text rule, which the records
apply to every string (the schemas carry it as a pattern only where other readers need it).

Each example starts from a document with every field, optional ones included, and changes one place:
a value replaced (by another type, a boundary length or number, a forbidden character), a field
removed, an unknown field added.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from dvc_desktop.package.errors import PackageRejected
from dvc_desktop.package.records import KIND_FILES, OPTIONAL_FILES
from dvc_desktop.package.schema import _check_text, decode_file, decode_manifest
from tests.package.published_schema import accepts

DAY, MOMENT = "2026-07-01", "2026-11-29T08:00:00+07:00"
CHECKLIST = dict.fromkeys(("info_online", "submitted_online", "processed_online", "fees_online", "result_online"), True)
FIGURES = {"period": "2026-Q3", "received_total": 10, "received_online": 5, "with_fees": 2, "paid_online": 1,
           "updated_at": MOMENT, "received_full_online": 3, "processed_online": 4, "received_eligible": 5,
           "received_eligible_full_online": 2}
DOCUMENTS: dict[str, dict] = {
    "submission": {
        "classifications": [{
            "code": "1.000001.000.00.00.H59", "name": "Đăng ký khai sinh", "origin": "reference", "sector": "Hộ tịch",
            "level_codes": ["tinh"], "checklist": CHECKLIST, "form": "mot_phan", "reason_code": "R1",
            "legal_provision": "Điều 11\nkhoản 2", "note": "ghi chú", "proactive_level": 2, "status": "ready",
            "updated_at": MOMENT, "fields": {"steps": "Bước 1\nBước 2"}, "rule_set_code": "ND224-2026",
            "technical_description": "mô tả", "expected_fix_on": DAY, "portal_published_on": None,
            "portal_link": "https://dichvucong.gov.vn/p/1"}],
        "websites": [{"name": "Cổng", "url": "https://sotuphap.gov.vn", "linked_from_portal": True,
                      "plan_status": "done", "target_date": DAY, "ipv6": True, "emc_connected_on": DAY}],
        "dossier_figures": [FIGURES],
    },
    "reference": {
        "province": {"code": "H59", "name": "Tỉnh Sơn Hà", "domain": "sonha.gov.vn", "public_key": "A" * 43 + "="},
        "levels": [{"code": "tinh", "name": "Cấp tỉnh", "aliases": ["tỉnh"], "sort_order": 1, "active_from": DAY,
                    "active_to": None}],
        "units": [{"code": "000.00.00.H59", "name": "UBND tỉnh", "kind": "province", "level_code": "tinh",
                   "parent_code": None, "state": "active", "replaced_by": None}],
        "sectors": [{"name": "Hộ tịch", "code": "HT", "ministry_code": "BTP"}],
        "procedures": [{"code": "1.000001", "name": "Đăng ký khai sinh", "sector": "Hộ tịch", "level_codes": ["tinh"],
                        "fields": {"steps": "Bước 1\nBước 2", "fees": "0"}, "reference_form": "toan_trinh",
                        "legacy_level": 4, "units": ["000.00.13.H59"]}],
        "rules": {"rule_set": "ND224-2026", "deadline": DAY,
                  "round": {"name": "Rà soát 2026", "basis": "Quyết định\nsố 1", "opened_on": DAY, "deadline": DAY}},
    },
    "receipt": {"unit_code": "000.00.13.H59", "accepted_sequence": 3, "accepted_at": MOMENT, "procedures": 10,
                "comments": [{"code": "1.000001", "status": "returned", "comment": "Xem lại\nlý do"}]},
    "manifest": {"format": "dvc-package", "format_version": 1, "kind": "submission",
                 "sender": {"unit_code": "000.00.13.H59", "unit_name": "Sở Tư pháp"}, "recipient": "H59",
                 "sequence": 1, "created_at": MOMENT, "schema_version": "0007", "rule_set": "ND224-2026",
                 "key_id": "FEFEFB8AC875F048", "next_key": {"key_id": "FEFEFB8AC875F049", "public_key": "B" * 43 + "="},
                 "files": [{"name": "classifications.json", "sha256": "0" * 64, "size": 10}]},
}

LENGTHS = [0, 1, 15, 16, 17, 31, 32, 33, 39, 40, 41, 43, 63, 64, 65, 99, 100, 101, 254, 255, 256, 1999, 2000, 2001,
           2047, 2048, 2049, 19999, 20000, 20001]
NUMBERS = [-1, 0, 1, 2, 4, 5, 400, 10**9, 10**9 + 1]
STRINGS = st.one_of(
    st.sampled_from(LENGTHS).map(lambda n: "a" * n),
    st.text(alphabet=st.sampled_from(["a", "Z", "0", "9", ".", "-", "ệ", " ", "\n", "\t", "\r", "\x01", "\x7f",
                                      "\x85", "\u202e", "\u2067", "\ud800", "H", "Q", "="]), max_size=12),
    st.sampled_from(["toan_trinh", "mot_phan", "chua_truc_tuyen", "reference", "local", "draft", "ready", "done",
                     "returned", "accepted", "commune", "retired", "dvc-package", "submission", "H59", "2026-Q3",
                     "2026-Q5", DAY, MOMENT, "2026-13-01", "2026-07-01T25:00", "000.00.13.H59", "000.00.13.H59\n",
                     "FEFEFB8AC875F048", "fefefb8ac875f048", "A" * 43 + "=", "a.json", "../a.json"]),
)
VALUES = st.one_of(STRINGS, st.sampled_from(NUMBERS), st.integers(), st.booleans(), st.none(), st.just(1.5),
                   st.just([]), st.just({}), st.lists(STRINGS, max_size=3), st.just(["a"] * 9))


def _places(node: object, path: tuple = ()) -> list[tuple]:
    """Every place in the document: object members and list items, nested."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*path, index))
    return found


def _parent(document: object, path: tuple) -> object:
    for step in path[:-1]:
        document = document[step]  # type: ignore[index]
    return document


@st.composite
def changed(draw: st.DrawFn, name: str) -> object:
    document = copy.deepcopy(DOCUMENTS[name])
    path = draw(st.sampled_from(_places(document)))
    parent = _parent(document, path)
    action = draw(st.sampled_from(["replace", "replace", "replace", "remove", "add"]))
    if action == "remove":
        del parent[path[-1]]  # type: ignore[attr-defined]
    elif action == "add" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["extra", "Note", "n\x01ote"]))] = draw(VALUES)
    else:
        parent[path[-1]] = draw(VALUES)  # type: ignore[index]
    return document


def _records_accept(name: str, document: object) -> bool:
    data = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    try:
        if name == "manifest":
            decode_manifest(data)
        elif name == "receipt":
            decode_file("receipt", data, "thử")
        else:
            files = set(document)  # type: ignore[arg-type]
            required, optional = set(KIND_FILES[name]), set(OPTIONAL_FILES.get(name, ()))
            if not required <= files <= required | optional:
                return False  # refused before any file is decoded ("wrong_files")
            for file_name, value in document.items():  # type: ignore[union-attr]
                decode_file(file_name, json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"), "thử")
    except PackageRejected:
        return False
    return True


def _text_rule_refuses(document: object) -> bool:
    try:
        _check_text(document, (), "thử")
    except PackageRejected:
        return True
    return False


def _schema_accepts(name: str, document: object) -> bool:
    return accepts(name, document)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_full_documents_are_accepted_by_both(name):
    assert _schema_accepts(name, DOCUMENTS[name]) and _records_accept(name, DOCUMENTS[name])


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_records_accept_what_the_schema_accepts_less_what_the_text_rule_refuses(name, data):
    document = data.draw(changed(name))
    records = _records_accept(name, document)
    expected = _schema_accepts(name, document) and not _text_rule_refuses(document)
    assert records == expected, document


SWEEP = ["a" * n for n in LENGTHS] + NUMBERS + [None, True, False, 1.5, [], {}, ["a"] * 9, ["a"] * 33, "x\n", "\n"]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_place_with_every_boundary_value(name):
    """Each place of the document, one at a time, given each boundary length, number and other type."""
    disagreements = []
    for path in _places(DOCUMENTS[name]):
        for value in SWEEP:
            document = copy.deepcopy(DOCUMENTS[name])
            _parent(document, path)[path[-1]] = value  # type: ignore[index]
            expected = _schema_accepts(name, document) and not _text_rule_refuses(document)
            if _records_accept(name, document) != expected:
                disagreements.append((path, value if not isinstance(value, str) else f"{len(value)} chars"))
    assert not disagreements, disagreements[:10]


def _refusal(name: str, document: object) -> PackageRejected:
    with pytest.raises(PackageRejected) as caught:
        decode_file(name, json.dumps(document, ensure_ascii=False).encode(), "Dữ liệu gói")
    return caught.value


def test_a_refusal_names_the_place_and_the_reason():
    records = DOCUMENTS["submission"]["classifications"]
    bad_day = _refusal("classifications", [{**records[0], "expected_fix_on": "2026-02-30"}])
    assert bad_day.code == "schema" and "classifications/expected_fix_on" in str(bad_day) and "2026-02-30" in str(bad_day)
    bad_text = _refusal("classifications", [records[0], {**records[0], "code": "1.000002", "name": "Tên\nhai dòng"}])
    assert bad_text.code == "schema" and "classifications/1/name" in str(bad_text) and "U+000A" in str(bad_text)
    bad_field = _refusal("classifications", [{**records[0], "fields": {"ghi\tchu": "x"}}])
    assert "U+0009" in str(bad_field)
    bad_shape = _refusal("classifications", [{**records[0], "proactive_level": 7}])
    assert "classifications/0/proactive_level" in str(bad_shape) and "lược đồ" in str(bad_shape)
