"""The words for codes, in one place: forms, statuses, reviews, unit states and kinds, levels, website
plans, keys, rounds. The window shows them in the interface language; official documents (the report,
the Danh mục) print them in Vietnamese as they are (`official=True`)."""

from __future__ import annotations

from dvc_desktop.i18n import marked, translate

FORMS = {"toan_trinh": marked("labels", "Toàn trình"), "mot_phan": marked("labels", "Một phần"),
         "chua_truc_tuyen": marked("labels", "Chưa trực tuyến")}
UNCLASSIFIED = marked("labels", "Chưa phân loại")
STATUSES = {"draft": marked("labels", "Nháp"), "ready": marked("labels", "Sẵn sàng")}
REVIEWS = {"": marked("labels", "Chờ xem xét"), "accepted": marked("labels", "Đã chấp nhận"),
           "returned": marked("labels", "Trả lại")}
UNIT_STATES = {
    "on_time": marked("labels", "Đúng hạn"),
    "changed": marked("labels", "Có thay đổi chưa xem xét"),
    "returned": marked("labels", "Có câu trả lời bị trả lại"),
    "incomplete": marked("labels", "Còn thủ tục chưa phân loại"),
    "late": marked("labels", "Trễ hạn"),
    "never": marked("labels", "Chưa nộp"),
    "retired": marked("labels", "Đã giải thể / sáp nhập"),
}
# A unit whose round's first package came after the deadline says so.
SENT_LATE_STATES = {
    "on_time": marked("labels", "Nộp trễ"),
    "changed": marked("labels", "Có thay đổi chưa xem xét (nộp trễ)"),
    "returned": marked("labels", "Có câu trả lời bị trả lại (nộp trễ)"),
    "incomplete": marked("labels", "Còn thủ tục chưa phân loại (nộp trễ)"),
}
LEVELS = {"tinh": marked("labels", "Cấp tỉnh"), "xa": marked("labels", "Cấp xã"),
          "huyen": marked("labels", "Cấp huyện")}
UNIT_KINDS = {"department": marked("labels", "Sở, ban, ngành"), "commune": marked("labels", "UBND xã, phường, đặc khu"),
              "district": marked("labels", "UBND cấp huyện (cũ)"), "province": marked("labels", "UBND tỉnh")}
KEY_STATES = {"active": marked("labels", "Đang dùng"), "revoked": marked("labels", "Đã thu hồi"),
              "replaced": marked("labels", "Đã thay bằng khóa mới")}
ROUND_STATES = {"open": marked("labels", "Đang mở"), "closed": marked("labels", "Đã kết thúc")}
PLANS = {"none": marked("labels", "Chưa có kế hoạch"), "planned": marked("labels", "Đã có kế hoạch"),
         "in_progress": marked("labels", "Đang chuyển đổi"), "done": marked("labels", "Đã là thành phần của Cổng")}
ANSWERS = {True: marked("labels", "Có"), False: marked("labels", "Không"), None: marked("labels", "Chưa trả lời")}


def _shown(text: str, official: bool) -> str:
    return text if official else translate("labels", text)


def form_label(form: str | None, official: bool = False) -> str:
    return _shown(FORMS.get(form or "", UNCLASSIFIED), official)


def status_label(status: str, official: bool = False) -> str:
    return _shown(STATUSES[status], official) if status in STATUSES else status


def review_label(review: str, official: bool = False) -> str:
    return _shown(REVIEWS[review], official) if review in REVIEWS else review


def unit_state_label(state: str, sent_late: bool = False, official: bool = False) -> str:
    """A unit's state (the dashboard, the report's table of units)."""
    words = SENT_LATE_STATES if sent_late and state in SENT_LATE_STATES else UNIT_STATES
    return _shown(words[state], official) if state in words else state


def level_label(level: str, official: bool = False) -> str:
    return _shown(LEVELS[level], official) if level in LEVELS else level


def unit_kind_label(kind: str, official: bool = False) -> str:
    return _shown(UNIT_KINDS[kind], official) if kind in UNIT_KINDS else kind


def key_state_label(state: str) -> str:
    return _shown(KEY_STATES[state], False) if state in KEY_STATES else state


def round_state_label(state: str) -> str:
    return _shown(ROUND_STATES[state], False) if state in ROUND_STATES else state


def plan_label(plan: str, official: bool = False) -> str:
    return _shown(PLANS[plan], official) if plan in PLANS else plan


def answer_label(answer: bool | None) -> str:
    return _shown(ANSWERS[answer], False)
