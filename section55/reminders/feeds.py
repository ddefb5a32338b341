"""Each person's private calendar (RFC 5545) of the deadlines they care about.

Everyone in a body sees its unpublished responses' statutory last days and chief officer dates.
Editors, approvers and administrators see every open tracked item's target date; anyone else sees
the items they own. Nothing of another body is ever in it: every query goes through the body.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event

from section55.accounts.models import Role
from section55.reminders import links
from section55.reminders.models import CalendarFeed
from section55.responses.models import Response, Status
from section55.tracking.models import TrackedItem

ALL_ITEMS_ROLES = {Role.EDITOR, Role.APPROVER, Role.ADMINISTRATOR}
PRODID = "-//section55//Section 55 deadlines//EN"


@dataclass(frozen=True)
class Deadline:
    uid: str
    on: date
    summary: str
    description: str
    path: str


def feed_of(user) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(user=user)
    return feed


def feed_by_token(token: str) -> CalendarFeed:
    """The feed with this token, of a person still active; 404 for anything else."""
    feeds = CalendarFeed.objects.select_related("user__body__force")
    return get_object_or_404(feeds, token=token, user__is_active=True)


def address_of(feed: CalendarFeed) -> str:
    return settings.SITE_URL + reverse("reminders:feed", args=[feed.token])


def deadlines_for(user) -> list[Deadline]:
    deadlines = [*_response_deadlines(user.body), *_item_deadlines(user)]
    return sorted(deadlines, key=lambda deadline: (deadline.on, deadline.uid))


def _unpublished_responses(body):
    responses = Response.objects.for_body(body).awaiting_publication()
    return responses.exclude(status=Status.PUBLISHED).with_report()


def _response_deadlines(body):
    for response in _unpublished_responses(body):
        path = links.response_path(response)
        title = response.report.title
        yield Deadline(
            f"statutory-{response.public_id}",
            response.report.statutory_last_day,
            f"Last day to publish the response: {title}",
            "Section 55(5A) of the Police Act 1996: the last day of the 56 days.",
            path,
        )
        if response.chief_officer_due_on:
            yield Deadline(
                f"chief-officer-{response.public_id}",
                response.chief_officer_due_on,
                f"Chief officer's comments due: {title}",
                "Section 55(4) of the Police Act 1996: the date set for the chief officer.",
                path,
            )


def _items_for(user):
    items = TrackedItem.objects.for_body(user.body).open().filter(target_on__isnull=False)
    if user.role not in ALL_ITEMS_ROLES:
        items = items.filter(owner=user)
    return items.with_finding()


def _item_deadlines(user):
    for item in _items_for(user):
        yield Deadline(
            f"target-{item.public_id}",
            item.target_on,
            f"Target date: {item.finding.heading} of {item.finding.report.title}",
            f"{item.get_status_display()}. {item.finding.text}",
            links.item_path(item),
        )


def ics_for(user) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _calendar_name(user))
    stamp = timezone.now().replace(microsecond=0)
    for deadline in deadlines_for(user):
        calendar.add_component(_event(deadline, stamp))
    return calendar.to_ical()


def _calendar_name(user) -> str:
    return f"Section 55 deadlines: {user.body.name}" if user.body else "Section 55 deadlines"


def _event(deadline: Deadline, stamp) -> Event:
    event = Event()
    event.add("uid", f"{deadline.uid}@{urlsplit(settings.SITE_URL).hostname}")
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.on)
    event.add("dtend", deadline.on + timedelta(days=1))
    event.add("summary", deadline.summary)
    event.add("description", deadline.description)
    event.add("url", settings.SITE_URL + deadline.path)
    event.add("transp", "TRANSPARENT")
    return event
