"""Under the department's table: how many rows show, the unit's progress and deadline, the round and
the last package sent and received."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from dvc_desktop.domain.classification import Status
from dvc_desktop.gui.forms import box_layout, child
from dvc_desktop.gui.labels import day, moment
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QObject, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.services.workspace_view import ProcedureRow, WorkspaceSnapshot


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


class StatusStrip(QObject):
    def __init__(self, panel: QtWidgets.QWidget) -> None:
        super().__init__(panel)
        self.count_label: QtWidgets.QLabel = child(panel, QtWidgets.QLabel, "countLabel")
        # What the amber rows mean, said once under the table (the colour of row_model's attention).
        legend = plain(QtWidgets.QLabel(_t("Dòng màu hổ phách: cần xem lại (chưa có hình thức, bảng kiểm chưa đủ, "
                                          "hoặc hình thức khác gợi ý của bảng kiểm)."), panel))
        legend.setObjectName("attentionLegend")
        legend.setStyleSheet("color: #8a5300;")
        legend.setWordWrap(True)  # never what sets the window's minimum width
        self.count_label.parentWidget().layout().addWidget(legend)
        self.progress_label: QtWidgets.QLabel = child(panel, QtWidgets.QLabel, "progressLabel")
        self.progress_bar: QtWidgets.QProgressBar = child(panel, QtWidgets.QProgressBar, "progressBar")
        self.deadline_label: QtWidgets.QLabel = child(panel, QtWidgets.QLabel, "deadlineLabel")
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.package_label: QtWidgets.QLabel = child(panel, QtWidgets.QLabel, "packageLabel")
        self.round_label = self._round_line(panel)

    @staticmethod
    def _round_line(panel: QtWidgets.QWidget) -> QtWidgets.QLabel:
        """Under the progress strip, beside the deadline: the round and the letter it rests on (a
        basis can be long, so it wraps on a line of its own rather than widen the strip)."""
        label = plain(QtWidgets.QLabel(panel))
        label.setObjectName("roundLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(False)
        box_layout(panel).insertWidget(1, label)
        return label

    def show_counts(self, shown: int, total: int) -> None:
        self.count_label.setText(_t("Hiển thị {shown} / {total} thủ tục", shown=shown, total=total))

    def show_progress(self, rows: list["ProcedureRow"], snapshot: "WorkspaceSnapshot | None", today: date) -> None:
        if snapshot is not None and not snapshot.complete:
            self.progress_label.setText(_t("Đang đọc danh sách thủ tục…"))
            return
        total = len(rows)
        ready_value = Status.READY.value  # looked up once: per row it cost 8 ms of 10 for 20,000 rows
        classified = sum(1 for r in rows if r.form)
        ready = sum(1 for r in rows if r.status == ready_value)
        attention = sum(1 for r in rows if r.attention)
        self.progress_label.setText(_t("Đã phân loại {classified}/{total} · Sẵn sàng {ready} · Cần xem lại {attention}",
                                       classified=classified, total=total, ready=ready, attention=attention))
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(ready)
        self.progress_bar.setFormat(_t("%p% sẵn sàng"))
        deadline = snapshot.deadline if snapshot else None
        if deadline is None:
            self.deadline_label.setText(_t("Hạn nộp: chưa đặt"))
        else:
            left = (deadline - today).days
            suffix = _t("còn {n} ngày", n=left) if left >= 0 else _t("đã quá {n} ngày", n=-left)
            self.deadline_label.setText(_t("Hạn nộp: {day} ({suffix})", day=day(deadline), suffix=suffix))

    def show_round(self, snapshot: "WorkspaceSnapshot") -> None:
        parts = [_t("Đợt: {name}", name=snapshot.round_name)] if snapshot.round_name else []
        if snapshot.round_basis:
            parts.append(_t("Căn cứ: {basis}", basis=snapshot.round_basis))
        self.round_label.setText(" · ".join(parts))
        self.round_label.setVisible(bool(parts))

    def show_packages(self, last_export: dict[str, Any] | None, last_receipt: dict[str, Any] | None) -> None:
        parts = []
        if last_export:
            at = datetime.fromisoformat(last_export["at"])
            parts.append(_t("Gói gần nhất: số {n}, {at}", n=last_export["sequence"], at=moment(at)))
        if last_receipt:
            at = datetime.fromisoformat(last_receipt["accepted_at"])
            returned = sum(c["status"] == "returned" for c in last_receipt["comments"])
            text = _t("Tỉnh đã nhận gói số {n} ngày {day}", n=last_receipt["accepted_sequence"], day=moment(at))
            if returned:
                text += _t(" · {n} thủ tục bị trả lại", n=returned)
            parts.append(text)
        self.package_label.setText(" · ".join(parts))
