"""Which reminder a deadline calls for today. Pure Python: no Django import.

A deadline has reminders some days before it (14, 7 and 1 for the statutory last day) and may have
one once it has passed. Only the most recent milestone reached counts: if the job did not run for a
week, the next run sends the 7-day reminder, not the 14-day one as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CHIEF_OFFICER_DAYS_BEFORE = (7, 1)
STATUTORY_DAYS_BEFORE = (14, 7, 1)


@dataclass(frozen=True)
class Milestone:
    name: str
    deadline: date
    days_left: int

    @property
    def has_passed(self) -> bool:
        return self.days_left < 0


def current_milestone(
    prefix: str, deadline: date, today: date, days_before=(), after: bool = False
) -> Milestone | None:
    """The most recent milestone of ``deadline`` reached by ``today``, or None.

    Reminders before the deadline stay due until the deadline day itself; ``after`` adds one for
    every day after it (sent once, the first run after the deadline)."""
    days_left = (deadline - today).days
    if days_left < 0:
        return Milestone(f"{prefix}-passed", deadline, days_left) if after else None
    reached = [days for days in days_before if days_left <= days]
    if not reached:
        return None
    return Milestone(f"{prefix}-{min(reached)}", deadline, days_left)


def in_words(days_left: int) -> str:
    if days_left == 0:
        return "today"
    if days_left == 1:
        return "tomorrow"
    if days_left > 1:
        return f"in {days_left} days"
    overdue = -days_left
    return f"{overdue} day{'s' if overdue != 1 else ''} ago"
