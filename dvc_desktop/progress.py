"""Progress reporting and cancellation for long work, shared by the command line and the window."""

from __future__ import annotations

from typing import Callable

# Called as progress(done, total); total is 0 while unknown. Raising Cancelled stops the work.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled; the work stops and nothing is changed."""


def no_progress(_done: int, _total: int) -> None:
    return None
