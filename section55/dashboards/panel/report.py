"""What changed in a body's tracked items between two dates, as plain data for every format.

Four sections: items opened in the period, items that progressed (status changes other than
closing, and dated updates), items closed, and items overdue at the end of the period (or today,
if the period has not ended). Overdue is judged on items still open now: a target date missed
then met inside the period is history, not something the panel needs to chase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count
from django.utils import timezone

from section55.tracking.models import (
    CLOSED_STATUSES,
    ItemStatus,
    ItemStatusChange,
    ItemUpdate,
    TrackedItem,
)

LONGEST_TEXT = 400


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    intro: str
    empty: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]

    @property
    def caption(self) -> str:
        return self.heading


@dataclass(frozen=True)
class PanelReport:
    body_name: str
    start: date
    end: date
    generated_on: date
    sections: list[Section]

    @property
    def title(self) -> str:
        return f"Progress on HMICFRS inspection findings, {long_date(self.start)} to " + long_date(
            self.end
        )

    @property
    def full_title(self) -> str:
        return f"{self.body_name}: {self.title}"

    @property
    def introduction(self) -> str:
        return (
            f"This report tells the Police and Crime Panel how {self.body_name} is holding the "
            "chief officer to account for the recommendations and areas for improvement made by "
            f"HMICFRS. It covers {long_date(self.start)} to {long_date(self.end)} and was "
            f"prepared on {long_date(self.generated_on)}."
        )

    @property
    def summary(self) -> list[tuple[str, int]]:
        return [(section.heading, len(section.rows)) for section in self.sections]

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)


def long_date(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "Not set"


def build_panel_report(body, start: date, end: date, today: date | None = None) -> PanelReport:
    today = today or timezone.localdate()
    items = TrackedItem.objects.for_body(body)
    bounds = (_moment(start), _moment(end + timedelta(days=1)))
    sections = [
        _new(items, bounds),
        _progressed(body, bounds),
        _closed(body, bounds),
        _overdue(items, min(end, today)),
    ]
    return PanelReport(body.name, start, end, today, sections)


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _finding(item) -> tuple[str, str]:
    finding = item.finding
    text = finding.text if len(finding.text) <= LONGEST_TEXT else finding.text[:LONGEST_TEXT] + "…"
    return finding.report.title, f"{finding.heading}: {text}"


def _new(items, bounds) -> Section:
    opened = items.filter(created_at__gte=bounds[0], created_at__lt=bounds[1]).with_finding()
    rows = [
        (*_finding(item), long_date(item.target_on), item.get_status_display())
        for item in opened.order_by("created_at", "pk")
    ]
    return Section(
        "new",
        "New items",
        "Findings directed at the force that the body began tracking in the period.",
        "No new items were opened in the period.",
        ("Report", "Finding", "Target date", "Status now"),
        rows,
    )


def _progressed(body, bounds) -> Section:
    changes = (
        ItemStatusChange.objects.filter(item__body=body, changed_at__gte=bounds[0])
        .filter(changed_at__lt=bounds[1])
        .exclude(to_status__in=CLOSED_STATUSES)
        .select_related("item__finding__report")
    )
    updates = (
        ItemUpdate.objects.filter(item__body=body, written_at__gte=bounds[0])
        .filter(written_at__lt=bounds[1])
        .annotate(files=Count("evidence"))
        .select_related("item__finding__report")
    )
    events = [(c.changed_at, c.item, _status_words(c)) for c in changes]
    events += [(u.written_at, u.item, _update_words(u)) for u in updates]
    events.sort(key=lambda event: (event[0], event[1].pk))
    rows = [
        (long_date(timezone.localdate(at)), *_finding(item), words) for at, item, words in events
    ]
    return Section(
        "progressed",
        "Progress",
        "Changes of status, other than closing, and updates on progress recorded in the period.",
        "No progress was recorded in the period.",
        ("Date", "Report", "Finding", "What changed"),
        rows,
    )


def _status_words(change) -> str:
    before, after = ItemStatus(change.from_status).label, ItemStatus(change.to_status).label
    words = f"Status changed from {before.lower()} to {after.lower()}"
    return f"{words}: {change.reason}" if change.reason else words


def _update_words(update) -> str:
    files = f" ({update.files} evidence file{'s' if update.files != 1 else ''})"
    return f"Update: {update.text}" + (files if update.files else "")


def _closed(body, bounds) -> Section:
    closings = (
        ItemStatusChange.objects.filter(item__body=body, to_status__in=CLOSED_STATUSES)
        .filter(changed_at__gte=bounds[0], changed_at__lt=bounds[1])
        .select_related("item__finding__report")
        .order_by("changed_at", "pk")
    )
    rows = [
        (
            long_date(timezone.localdate(c.changed_at)),
            *_finding(c.item),
            ItemStatus(c.to_status).label,
            c.reason,
        )
        for c in closings
    ]
    return Section(
        "closed",
        "Closed items",
        "Items the body closed in the period, and why.",
        "No items were closed in the period.",
        ("Date closed", "Report", "Finding", "How closed", "Reason"),
        rows,
    )


def _overdue(items, as_at: date) -> Section:
    overdue = items.overdue(as_at).with_finding().order_by("target_on", "pk")
    rows = [
        (
            *_finding(item),
            long_date(item.target_on),
            _days((as_at - item.target_on).days),
            item.get_status_display(),
        )
        for item in overdue
    ]
    return Section(
        "overdue",
        "Overdue items",
        f"Open items whose target date had passed on {long_date(as_at)}.",
        f"No open item was past its target date on {long_date(as_at)}.",
        ("Report", "Finding", "Target date", "Overdue by", "Status"),
        rows,
    )


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"
