"""Presenters turn records into what a page shows, keeping rules out of templates."""

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from django.utils import timezone

from section55.deadlines import DeadlineState, DeadlineStatus
from section55.responses.models import Response

SOON_DAYS = 14


@dataclass(frozen=True)
class DeadlineRow:
    response: Response
    state: DeadlineState

    @property
    def report(self):
        return self.response.report


class DashboardPresenter:
    """The signed-in body's responses, split by whether they are published, with deadline states."""

    def __init__(self, body, today=None):
        self.body = body
        self.today = today or timezone.localdate()

    @cached_property
    def _rows(self) -> list[DeadlineRow]:
        responses = Response.objects.for_body(self.body).with_report()
        return [DeadlineRow(r, r.deadline_state(self.today)) for r in responses]

    @cached_property
    def awaiting(self) -> list[DeadlineRow]:
        rows = [row for row in self._rows if not row.state.is_published]
        return sorted(rows, key=lambda row: (row.state.last_day, row.report.title))

    @cached_property
    def published(self) -> list[DeadlineRow]:
        rows = [row for row in self._rows if row.state.is_published]
        return sorted(rows, key=lambda row: row.response.published_on or date.min, reverse=True)

    @property
    def overdue_count(self) -> int:
        return sum(row.state.status == DeadlineStatus.OVERDUE for row in self.awaiting)

    @property
    def due_soon_count(self) -> int:
        return sum(
            row.state.status == DeadlineStatus.DUE_TODAY
            or (row.state.status == DeadlineStatus.DUE and row.state.days <= SOON_DAYS)
            for row in self.awaiting
        )

    @property
    def late_count(self) -> int:
        return sum(row.state.status == DeadlineStatus.PUBLISHED_LATE for row in self.published)
