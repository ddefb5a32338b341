"""The numbers on a body's dashboard, each from one query through the body.

Counts are aggregated in the database. Durations and on-time judgements are computed in Python
from one query of dates each, because the statutory rule lives only in ``section55.deadlines``
(ADR 002) and date arithmetic in SQL differs between SQLite and PostgreSQL.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from django.db.models import Count, Q
from django.utils import timezone

from section55 import deadlines
from section55.dashboards.charts import BLUE, GREEN, RED, BarChart, Row, Series
from section55.responses.models import Response, Status
from section55.tracking.models import CLOSED_STATUSES, OPEN_STATUSES, ItemStatus, TrackedItem

AHEAD_DAYS = (30, 90)
CLOSURE_BANDS = (
    (90, "Within 90 days"),
    (180, "91 to 180 days"),
    (365, "181 days to 1 year"),
    (730, "1 to 2 years"),
    (None, "More than 2 years"),
)


@dataclass(frozen=True)
class ReportRow:
    slug: str
    title: str
    published_on: date
    on_track: int
    overdue: int
    closed: int

    @property
    def total(self) -> int:
        return self.on_track + self.overdue + self.closed


@dataclass(frozen=True)
class DueRow:
    """Something due on a day ahead: a tracked item's target or a statutory last day."""

    due_on: date
    kind: str
    what: str
    report_title: str
    report_slug: str
    days: int


@dataclass(frozen=True)
class OnTimeRecord:
    on_time: int
    late: int
    unknown: int
    late_rows: list

    @property
    def judged(self) -> int:
        return self.on_time + self.late

    @property
    def percent_on_time(self) -> int | None:
        return round(100 * self.on_time / self.judged) if self.judged else None


def filter_items(items, filters: dict):
    lookups = {
        "report": "finding__report__slug",
        "status": "status",
        "start": "finding__report__published_on__gte",
        "end": "finding__report__published_on__lte",
    }
    return items.filter(**{lookups[k]: v for k, v in filters.items() if k in lookups})


def filter_responses(responses, filters: dict):
    lookups = {
        "report": "report__slug",
        "start": "report__published_on__gte",
        "end": "report__published_on__lte",
    }
    return responses.filter(**{lookups[k]: v for k, v in filters.items() if k in lookups})


class BodyDashboard:
    def __init__(self, body, filters: dict | None = None, today: date | None = None):
        self.body = body
        self.filters = filters or {}
        self.today = today or timezone.localdate()
        self.items = filter_items(TrackedItem.objects.for_body(body), self.filters)
        self.responses = filter_responses(Response.objects.for_body(body), self.filters)

    def _overdue(self) -> Q:
        return Q(status__in=OPEN_STATUSES, target_on__lt=self.today)

    def _due_within(self, days: int) -> Q:
        window = (self.today, self.today + timedelta(days=days))
        return Q(status__in=OPEN_STATUSES, target_on__range=window)

    @cached_property
    def summary(self) -> dict:
        return self.items.aggregate(
            total=Count("pk"),
            open=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
            closed=Count("pk", filter=Q(status__in=CLOSED_STATUSES)),
            overdue=Count("pk", filter=self._overdue()),
            **{f"due_{d}": Count("pk", filter=self._due_within(d)) for d in AHEAD_DAYS},
        )

    @cached_property
    def by_status(self) -> list[tuple[str, int]]:
        counts = dict(self.items.order_by().values_list("status").annotate(n=Count("pk")))
        return [(label, counts.get(value, 0)) for value, label in ItemStatus.choices]

    @cached_property
    def by_report(self) -> list[ReportRow]:
        rows = (
            self.items.order_by()
            .values(
                "finding__report__slug",
                "finding__report__title",
                "finding__report__published_on",
            )
            .annotate(
                open=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
                overdue=Count("pk", filter=self._overdue()),
                closed=Count("pk", filter=Q(status__in=CLOSED_STATUSES)),
            )
            .order_by("-finding__report__published_on", "finding__report__title")
        )
        return [
            ReportRow(
                r["finding__report__slug"],
                r["finding__report__title"],
                r["finding__report__published_on"],
                r["open"] - r["overdue"],
                r["overdue"],
                r["closed"],
            )
            for r in rows
        ]

    @cached_property
    def overdue_items(self) -> list[tuple[TrackedItem, int]]:
        items = self.items.overdue(self.today).with_finding().order_by("target_on", "pk")
        return [(item, (self.today - item.target_on).days) for item in items]

    @cached_property
    def due_ahead(self) -> list[DueRow]:
        horizon = max(AHEAD_DAYS)
        rows = self._targets_due(horizon) + self._statutory_days_due(horizon)
        return sorted(rows, key=lambda row: (row.due_on, row.report_title, row.what))

    def due_count(self, days: int) -> int:
        return sum(row.days <= days for row in self.due_ahead)

    @property
    def due_counts(self) -> list[tuple[int, int]]:
        return [(days, self.due_count(days)) for days in AHEAD_DAYS]

    def _targets_due(self, horizon: int) -> list[DueRow]:
        items = self.items.filter(self._due_within(horizon)).with_finding()
        return [
            DueRow(
                item.target_on,
                "Target date",
                item.finding.heading,
                item.finding.report.title,
                item.finding.report.slug,
                (item.target_on - self.today).days,
            )
            for item in items
        ]

    def _statutory_days_due(self, horizon: int) -> list[DueRow]:
        # Reports whose last lawful day falls within the horizon, by the one statutory rule.
        lag = deadlines.statutory_last_day(self.today) - self.today
        window = (self.today - lag, self.today + timedelta(days=horizon) - lag)
        responses = (
            self.responses.awaiting_publication()
            .exclude(status=Status.PUBLISHED)
            .filter(report__published_on__range=window)
            .select_related("report")
        )
        return [self._statutory_row(response) for response in responses]

    def _statutory_row(self, response) -> DueRow:
        last_day = response.report.statutory_last_day
        return DueRow(
            last_day,
            "Statutory last day to publish",
            "Section 55 response",
            response.report.title,
            response.report.slug,
            (last_day - self.today).days,
        )

    @cached_property
    def on_time(self) -> OnTimeRecord:
        responses = (
            self.responses.filter(Q(published_on__isnull=False) | Q(status=Status.PUBLISHED))
            .select_related("report")
            .order_by("-published_on")
        )
        states = [(r, r.deadline_state(self.today)) for r in responses]
        counts = {status: 0 for status in deadlines.DeadlineStatus}
        for _, state in states:
            counts[state.status] += 1
        return OnTimeRecord(
            on_time=counts[deadlines.DeadlineStatus.PUBLISHED_ON_TIME],
            late=counts[deadlines.DeadlineStatus.PUBLISHED_LATE],
            unknown=counts[deadlines.DeadlineStatus.PUBLISHED_DATE_UNKNOWN],
            late_rows=[(r, s) for r, s in states if s.needs_attention],
        )

    @cached_property
    def days_to_closure(self) -> list[int]:
        dates = self.items.filter(status__in=CLOSED_STATUSES, closed_on__isnull=False)
        pairs = dates.values_list("closed_on", "finding__report__published_on")
        return sorted(max((closed - published).days, 0) for closed, published in pairs)

    @property
    def median_days_to_closure(self) -> float | None:
        days = self.days_to_closure
        return statistics.median(days) if days else None

    @cached_property
    def closure_bands(self) -> list[tuple[str, int]]:
        counts = [0] * len(CLOSURE_BANDS)
        for days in self.days_to_closure:
            counts[_band(days)] += 1
        return [(label, n) for (_, label), n in zip(CLOSURE_BANDS, counts, strict=True)]

    # Charts: each drawn from the same rows as the table that follows it.

    @property
    def status_chart(self) -> BarChart:
        rows = [Row(label, (n,)) for label, n in self.by_status]
        return BarChart("chart-status", "Tracked items by status", [Series("Items", BLUE)], rows)

    @property
    def report_chart(self) -> BarChart:
        series = [Series("Open", BLUE), Series("Overdue", RED), Series("Closed", GREEN)]
        rows = [Row(r.title, (r.on_track, r.overdue, r.closed)) for r in self.by_report]
        return BarChart("chart-reports", "Tracked items by report", series, rows)

    @property
    def on_time_chart(self) -> BarChart:
        record = self.on_time
        rows = [
            Row("Published on time", (record.on_time,)),
            Row("Published late", (record.late,)),
            Row("Publication date not recorded", (record.unknown,)),
        ]
        title = "Published responses against the statutory last day"
        return BarChart("chart-on-time", title, [Series("Responses", BLUE)], rows)

    @property
    def closure_chart(self) -> BarChart:
        rows = [Row(label, (n,)) for label, n in self.closure_bands]
        title = "Time from report publication to closure"
        return BarChart("chart-closure", title, [Series("Items", GREEN)], rows)


def _band(days: int) -> int:
    return next(n for n, (limit, _) in enumerate(CLOSURE_BANDS) if limit is None or days <= limit)
