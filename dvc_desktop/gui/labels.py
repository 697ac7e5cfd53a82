"""The window's names for the words of codes and for dates: one home for both, in the core
(dvc_desktop/domain/labels.py, dvc_desktop/domain/formats.py), shown in the interface language."""

from __future__ import annotations

from dvc_desktop.domain.formats import day, moment, percent, period_label  # noqa: F401 (the window's names)
from dvc_desktop.domain.labels import (  # noqa: F401 (the window's names)
    answer_label, form_label, key_state_label, plan_label, review_label, round_state_label, status_label,
    unit_kind_label, unit_state_label,
)
from dvc_desktop.domain.labels import level_label as unit_level_label  # noqa: F401

# One way to write a ratio everywhere.
share = percent
