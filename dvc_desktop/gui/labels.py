"""Display texts for codes (forms, statuses, plan states) and dates, in one place."""

from __future__ import annotations


from dvc_desktop.domain.formats import day, moment, percent, period_label  # noqa: F401 (the window's names)
from dvc_desktop.i18n import translate


def form_label(form: str | None) -> str:
    return {
        "toan_trinh": translate("labels", "Toàn trình"),
        "mot_phan": translate("labels", "Một phần"),
        "chua_truc_tuyen": translate("labels", "Chưa trực tuyến"),
    }.get(form or "", translate("labels", "Chưa phân loại"))


def status_label(status: str) -> str:
    return {"draft": translate("labels", "Nháp"), "ready": translate("labels", "Sẵn sàng")}.get(status, status)


def review_label(review: str) -> str:
    return {
        "": translate("labels", "Chờ xem xét"),
        "accepted": translate("labels", "Đã chấp nhận"),
        "returned": translate("labels", "Trả lại"),
    }.get(review, review)


def unit_state_label(state: str, sent_late: bool = False) -> str:
    """A unit's state on the dashboard; a unit whose package came after the deadline says so."""
    if sent_late and state == "on_time":
        return translate("labels", "Nộp trễ")
    if sent_late and state == "changed":
        return translate("labels", "Có thay đổi chưa xem xét (nộp trễ)")
    if sent_late and state == "returned":
        return translate("labels", "Có câu trả lời bị trả lại (nộp trễ)")
    if sent_late and state == "incomplete":
        return translate("labels", "Còn thủ tục chưa phân loại (nộp trễ)")
    return {
        "on_time": translate("labels", "Đúng hạn"),
        "changed": translate("labels", "Có thay đổi chưa xem xét"),
        "returned": translate("labels", "Có câu trả lời bị trả lại"),
        "incomplete": translate("labels", "Còn thủ tục chưa phân loại"),
        "late": translate("labels", "Trễ hạn"),
        "never": translate("labels", "Chưa nộp"),
        "retired": translate("labels", "Đã giải thể / sáp nhập"),
    }.get(state, state)


def unit_level_label(level: str) -> str:
    return {"tinh": translate("labels", "Cấp tỉnh"), "xa": translate("labels", "Cấp xã")}.get(level, level)


def unit_kind_label(kind: str) -> str:
    return {
        "department": translate("labels", "Sở, ban, ngành"),
        "commune": translate("labels", "UBND xã, phường, đặc khu"),
        "district": translate("labels", "UBND cấp huyện (cũ)"),
        "province": translate("labels", "UBND tỉnh"),
    }.get(kind, kind)


def key_state_label(state: str) -> str:
    return {
        "active": translate("labels", "Đang dùng"),
        "revoked": translate("labels", "Đã thu hồi"),
        "replaced": translate("labels", "Đã thay bằng khóa mới"),
    }.get(state, state)


def round_state_label(state: str) -> str:
    return {"open": translate("labels", "Đang mở"), "closed": translate("labels", "Đã kết thúc")}.get(state, state)


def plan_label(plan: str) -> str:
    return {
        "none": translate("labels", "Chưa có kế hoạch"),
        "planned": translate("labels", "Đã có kế hoạch"),
        "in_progress": translate("labels", "Đang chuyển đổi"),
        "done": translate("labels", "Đã là thành phần Cổng"),
    }.get(plan, plan)


def answer_label(answer: bool | None) -> str:
    return {True: translate("labels", "Có"), False: translate("labels", "Không"),
            None: translate("labels", "Chưa trả lời")}[answer]


# One way to write a ratio, a date, a time and a period everywhere (dvc_desktop/domain/formats.py).
share = percent
