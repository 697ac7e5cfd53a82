import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from dvc_desktop.domain.text import clean, fold, slug

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
vietnamese_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.-0123456789", max_size=60)


def test_examples_from_the_issue():
    assert fold("Đăng ký khai sinh") == "dang ky khai sinh"
    assert "dang ky khai sinh" in fold("Thủ tục ĐĂNG KÝ  KHAI SINH có yếu tố nước ngoài")


def test_clean_normalises_to_nfc_and_collapses_space():
    nfd = unicodedata.normalize("NFD", "  Chứng   thực\tbản sao ")
    assert clean(nfd) == "Chứng thực bản sao"
    assert unicodedata.is_normalized("NFC", clean(nfd))
    assert clean(None) == ""


def test_slug_is_ascii_host_label():
    assert slug("Phường Đông Hà") == "phuongdongha"


@given(vietnamese_text)
def test_fold_of_vietnamese_is_plain_lowercase_ascii(text):
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()


@given(vietnamese_text)
def test_fold_ignores_case_and_normal_form(text):
    assert fold(text.upper()) == fold(text.lower()) == fold(unicodedata.normalize("NFD", text))


@given(st.text(max_size=80))
def test_fold_is_idempotent_and_strips_every_mark(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)


@given(st.text(max_size=80))
def test_clean_is_idempotent_and_nfc(text):
    cleaned = clean(text)
    assert clean(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


@given(vietnamese_text, vietnamese_text, vietnamese_text)
def test_a_folded_substring_is_found_in_the_folded_whole(before, needle, after):
    assert fold(needle) in fold(before + needle + after) or not fold(needle)
