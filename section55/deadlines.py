"""Statutory dates for a section 55 response. Pure Python: no Django import.

Section 55(5A) of the Police Act 1996 requires the local policing body's comments to be published
"before the end of the period of 56 days beginning with the day on which the report is published".
A period "beginning with" a day counts that day as day 1, so day 56 — the last lawful day — is the
publication date plus 55 days. Section 55(4) lets the body set the date by which the chief officer's
comments are due; each body chooses how many days before the last day that is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from enum import StrEnum

STATUTORY_PERIOD_DAYS = 56
DEFAULT_CHIEF_OFFICER_LEAD_DAYS = 21
STATUTORY_RULE = (
    "Police Act 1996 s55(5A): published before the end of the period of 56 days beginning with "
    "the day on which the report is published (publication day counts as day 1)"
)


def statutory_last_day(report_published_on: date) -> date:
    """The last day on which the response may lawfully be published."""
    return report_published_on + timedelta(days=STATUTORY_PERIOD_DAYS - 1)


def chief_officer_due_on(
    report_published_on: date, lead_days: int = DEFAULT_CHIEF_OFFICER_LEAD_DAYS
) -> date:
    """The date the chief officer's comments are requested by (s55(4)), never before publication."""
    if lead_days < 0:
        raise ValueError("lead_days must not be negative")
    due = statutory_last_day(report_published_on) - timedelta(days=lead_days)
    return max(due, report_published_on)


def parse_iso_date(text: str) -> date:
    """A strict YYYY-MM-DD date; ValueError naming the text otherwise."""
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


class DeadlineStatus(StrEnum):
    DUE = "due"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    PUBLISHED_ON_TIME = "published_on_time"
    PUBLISHED_LATE = "published_late"
    PUBLISHED_DATE_UNKNOWN = "published_date_unknown"


@dataclass(frozen=True)
class DeadlineState:
    """Where a response stands against its statutory last day, in words and numbers.

    ``days`` is never negative: days remaining when due, days overdue or late otherwise.
    """

    status: DeadlineStatus
    days: int
    last_day: date

    @property
    def words(self) -> str:
        return _WORDS[self.status](self.days)

    @property
    def is_published(self) -> bool:
        return self.status in _PUBLISHED

    @property
    def needs_attention(self) -> bool:
        return self.status in (DeadlineStatus.OVERDUE, DeadlineStatus.PUBLISHED_LATE)

    def as_dict(self) -> dict:
        return {**asdict(self), "last_day": self.last_day.isoformat(), "words": self.words}


_PUBLISHED = {
    DeadlineStatus.PUBLISHED_ON_TIME,
    DeadlineStatus.PUBLISHED_LATE,
    DeadlineStatus.PUBLISHED_DATE_UNKNOWN,
}


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


_WORDS = {
    DeadlineStatus.DUE: lambda n: f"due in {_days(n)}",
    DeadlineStatus.DUE_TODAY: lambda n: "due today",
    DeadlineStatus.OVERDUE: lambda n: f"overdue by {_days(n)}",
    DeadlineStatus.PUBLISHED_ON_TIME: lambda n: "published on time",
    DeadlineStatus.PUBLISHED_LATE: lambda n: f"published {_days(n)} late",
    DeadlineStatus.PUBLISHED_DATE_UNKNOWN: lambda n: "published, date not recorded",
}


def deadline_state(
    report_published_on: date,
    today: date,
    response_published_on: date | None = None,
    published: bool = False,
) -> DeadlineState:
    """The state of a response to a report published on ``report_published_on``, as at ``today``.

    ``published`` without a date is an archived response whose publication date is not known."""
    last_day = statutory_last_day(report_published_on)
    if published and response_published_on is None:
        return DeadlineState(DeadlineStatus.PUBLISHED_DATE_UNKNOWN, 0, last_day)
    if response_published_on is not None:
        late_by = (response_published_on - last_day).days
        if late_by > 0:
            return DeadlineState(DeadlineStatus.PUBLISHED_LATE, late_by, last_day)
        return DeadlineState(DeadlineStatus.PUBLISHED_ON_TIME, 0, last_day)
    remaining = (last_day - today).days
    if remaining > 0:
        return DeadlineState(DeadlineStatus.DUE, remaining, last_day)
    if remaining == 0:
        return DeadlineState(DeadlineStatus.DUE_TODAY, 0, last_day)
    return DeadlineState(DeadlineStatus.OVERDUE, -remaining, last_day)
