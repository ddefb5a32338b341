"""A known tracker for the dashboard and panel report tests, dated relative to today."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from section55.publishing.models import PublishedVersion
from section55.responses.models import Response, Status
from section55.tracking.models import ItemStatus, ItemStatusChange, ItemUpdate, TrackedItem
from section55.tracking.services import track_findings
from tests.factories import make_finding, make_report


def days_ago(n: int) -> date:
    return timezone.localdate() - timedelta(days=n)


def moment(day: date, hour: int = 12):
    return timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour))


def tracked_report(body, title, published_on, texts, *, response_published_on=None):
    """A report with one finding per text, its response published (with a version) when a date
    is given, and a tracked item per finding."""
    report = make_report(body, title=title, forces=[body.force], published_on=published_on)
    for n, text in enumerate(texts, start=1):
        make_finding(report, ref=str(n), text=text, position=n)
    response = Response.objects.get(report=report, body=body)
    if response_published_on:
        Response.objects.filter(pk=response.pk).update(
            status=Status.PUBLISHED, published_on=response_published_on
        )
        PublishedVersion.objects.create(
            response=response, number=1, published_on=response_published_on, html_fragment="<p>"
        )
    return report, track_findings(response)


def set_item(item, **fields):
    TrackedItem.objects.filter(pk=item.pk).update(**fields)
    item.refresh_from_db()
    return item


@dataclass
class KnownTracker:
    alpha: object
    beta: object
    pending: object
    items: list


def make_known_tracker(body, user) -> KnownTracker:
    """Six items over two published reports, and one report whose response is not published.

    alpha (published 400 days ago, response on time): 1 in progress, 10 days overdue; 2 awaiting
    allocation, due in 20 days; 3 closed completed 100 days after publication; 4 awaiting sign-off,
    due in 60 days. beta (published 800 days ago, response 5 days late): 5 closed with no further
    action 30 days after publication; 6 in progress, 1 day overdue. pending (published 40 days
    ago): its statutory last day is in 15 days.
    """
    alpha_on, beta_on = days_ago(400), days_ago(800)
    alpha, (a1, a2, a3, a4) = tracked_report(
        body,
        "Alpha inspection of stalking",
        alpha_on,
        [
            "The force should train every call handler.",
            "The force should publish its plan.",
            '=HYPERLINK("http://example.org","click")',
            "The force should audit its records.",
        ],
        response_published_on=alpha_on + timedelta(days=50),
    )
    beta, (b1, b2) = tracked_report(
        body,
        "Beta inspection of custody",
        beta_on,
        ["The force should review custody records.", "The force should appoint a lead."],
        response_published_on=beta_on + timedelta(days=60),
    )
    pending, _ = tracked_report(body, "Gamma inspection not yet answered", days_ago(40), [])
    long_ago = moment(days_ago(200))
    set_item(
        a1, status=ItemStatus.IN_PROGRESS, target_on=days_ago(10), owner=user, created_at=long_ago
    )
    set_item(a2, target_on=days_ago(-20), created_at=long_ago)
    set_item(
        a3,
        status=ItemStatus.CLOSED_COMPLETED,
        closed_on=alpha_on + timedelta(days=100),
        closure_reason="Internal note: evidence accepted by the board",
        created_at=long_ago,
    )
    set_item(
        a4,
        status=ItemStatus.AWAITING_SIGN_OFF,
        target_on=days_ago(-60),
        created_at=moment(days_ago(2)),
    )
    set_item(
        b1,
        status=ItemStatus.CLOSED_NO_FURTHER_ACTION,
        closed_on=beta_on + timedelta(days=30),
        created_at=long_ago,
    )
    set_item(b2, status=ItemStatus.IN_PROGRESS, target_on=days_ago(1), created_at=long_ago)
    _history(user, a1, a3, a4)
    return KnownTracker(alpha, beta, pending, [a1, a2, a3, a4, b1, b2])


def _history(user, a1, a3, a4):
    change = ItemStatusChange.objects.create
    change(
        item=a4,
        from_status=ItemStatus.IN_PROGRESS,
        to_status=ItemStatus.AWAITING_SIGN_OFF,
        changed_by=user,
        changed_at=moment(days_ago(1)),
        reason="Audit finished",
    )
    change(
        item=a3,
        from_status=ItemStatus.AWAITING_SIGN_OFF,
        to_status=ItemStatus.CLOSED_COMPLETED,
        changed_by=user,
        changed_at=moment(days_ago(5)),
        reason="Evidence of training accepted",
    )
    update = ItemUpdate.objects.create(
        item=a1, written_by=user, written_at=moment(days_ago(3)), text="Training plan agreed"
    )
    update.evidence.create(
        filename="plan.pdf", media_type="application/pdf", size=3, sha256="0" * 64, content=b"pdf"
    )
    ItemUpdate.objects.create(
        item=a1, written_by=user, written_at=moment(days_ago(100)), text="An old update"
    )
