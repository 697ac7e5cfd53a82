"""The administrative levels shipped with the program (resources/reference/levels.json)."""

from __future__ import annotations

import json
from datetime import date

from dvc_desktop.domain.units import Level
from dvc_desktop.resources import resource_path


def bundled_levels() -> list[Level]:
    raw = json.loads(resource_path("reference", "levels.json").read_text(encoding="utf-8"))
    return [
        Level(
            code=item["code"],
            name=item["name"],
            aliases=tuple(item.get("aliases", ())),
            active_from=date.fromisoformat(item["active_from"]) if item.get("active_from") else None,
            active_to=date.fromisoformat(item["active_to"]) if item.get("active_to") else None,
            sort_order=item.get("sort_order", 0),
        )
        for item in raw["levels"]
    ]
