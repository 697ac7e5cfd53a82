"""The fast text check over a package's JSON agrees with the walk that names the place: a string the
rule refuses is found by both, anywhere in the document, judged by the nearest key above it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from dvc_desktop.package.container import PackageRejected
from dvc_desktop.package.schema import _check_text, _has_unsafe_text

KEYS = st.sampled_from(["code", "name", "note", "steps", "comment", "sector", "form"])
TEXT = st.text(alphabet=st.sampled_from(["a", "ệ", " ", "\n", "\t", "\u0001", "\u202e", "\u0085", "1"]),
               max_size=6)
JSON = st.recursive(TEXT | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS | TEXT, inner, max_size=4),
                    max_leaves=25)


def _named_walk_refuses(value: object) -> bool:
    try:
        _check_text(value, (), "thử")
    except PackageRejected:
        return True
    return False


@settings(max_examples=1000, deadline=None)
@given(JSON)
def test_the_fast_check_and_the_named_walk_agree(value):
    assert _has_unsafe_text(value) == _named_walk_refuses(value)


@pytest.mark.parametrize("value, unsafe", [
    ({"steps": ["Bước 1\nBước 2"]}, False),   # a list's items are judged by the list's key: multi-line
    ({"name": ["Tên\nhai dòng"]}, True),       # a one-line field
    ({"note": "ghi\u202echú"}, True),          # never, not even in a multi-line field
    ({"na\nme": "x"}, True),                   # keys too
    ({"note": {"\n": None}}, True),            # a key is one line, even under a multi-line field
])
def test_examples(value, unsafe):
    assert _has_unsafe_text(value) is unsafe
