"""What one staff member does in a process of their own (tests/server/test_several_staff.py): their own
data folder (their name in local.json), the province's store on the server. Run by multiprocessing's
spawn, so nothing is shared with the test's process but the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def work(folder: str, plan: dict[str, Any], barrier: Any, answers: Any) -> None:
    """Carry out `plan` and put (name, what happened) on `answers`:
    - "import": a package imported at the same moment as the other staff member imports it;
    - "contested": one row decided on the version read before the barrier, as the other does;
    - "own": rows decided one by one (each its own transaction), on the versions read first."""
    from dvc_desktop.services.consolidation import load_consolidated
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.errors import ChangedMeanwhile
    from dvc_desktop.services.packages import import_packages
    from dvc_desktop.services.review import review

    with open_context(Path(folder)) as context:
        context.wait_seconds = 60
        name = context.actor
        seen = {row.id: row.version for row in load_consolidated(context, [plan["contested"], *plan["own"]])}
        barrier.wait(timeout=60)
        [result] = import_packages(context, [Path(plan["import"])])
        answers.put((name, "import", result.status))
        barrier.wait(timeout=60)
        try:
            review(context, [plan["contested"]], plan["decision"], plan["comment"],
                   seen={plan["contested"]: seen[plan["contested"]]})
            answers.put((name, "contested", "decided"))
        except ChangedMeanwhile as refused:
            answers.put((name, "contested", str(refused)))
        for row_id in plan["own"]:
            review(context, [row_id], plan["decision"], plan["comment"], seen={row_id: seen[row_id]})
        answers.put((name, "own", "done"))
