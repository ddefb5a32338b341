"""Each person's private calendar feed: what is in it, who can read it, and resetting it."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from icalendar import Calendar

from section55.accounts.models import Role
from section55.reminders.feeds import feed_of
from section55.responses.models import Response, Status
from section55.tracking import workflow as tracking_workflow
from section55.tracking.models import ItemStatus
from tests.factories import make_report, make_user
from tests.reminders.helpers import CHIEF_OFFICER_DUE, REPORT_PUBLISHED, invited_response
from tests.tracking.factories import make_tracked_items

pytestmark = pytest.mark.django_db


def feed_url(user) -> str:
    return reverse("reminders:feed", args=[feed_of(user).token])


def events(client, user) -> dict[str, tuple]:
    """{summary: (start, uid)} of every event in the user's feed, read back by a parser."""
    response = client.get(feed_url(user))
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    return {
        str(e["SUMMARY"]): (e.decoded("DTSTART"), str(e["UID"])) for e in calendar.walk("VEVENT")
    }


@pytest.fixture
def report(body):
    return make_report(
        body,
        forces=[body.force],
        published_on=REPORT_PUBLISHED,
        title="Vetting, misconduct; and more",
    )


@pytest.fixture
def items(body, editor, force_liaison):
    owned, unowned = make_tracked_items(body, due_on=date(2025, 1, 31))
    tracking_workflow.allocate(owned, editor, force_liaison, target_on=date(2025, 3, 31))
    return owned, unowned


def test_the_feed_lists_the_bodys_response_deadlines_for_anyone_without_signing_in(
    client, body, report, editor, viewer
):
    invited_response(report, body, editor)
    summaries = events(client, viewer)
    assert summaries["Last day to publish the response: Vetting, misconduct; and more"][0] == (
        date(2024, 10, 16)
    )
    assert summaries["Chief officer's comments due: Vetting, misconduct; and more"][0] == (
        CHIEF_OFFICER_DUE
    )


def test_editors_see_every_open_item_and_the_force_liaison_only_their_own(
    client, body, editor, approver, force_liaison, items
):
    owned, unowned = items
    targets = {
        f"Target date: {owned.finding.heading} of {owned.finding.report.title}": date(2025, 3, 31),
        f"Target date: {unowned.finding.heading} of {unowned.finding.report.title}": date(
            2025, 1, 31
        ),
    }
    for person in (editor, approver):
        assert {s: d for s, (d, _) in events(client, person).items()} == targets
    liaison = {s: d for s, (d, _) in events(client, force_liaison).items()}
    assert list(liaison.values()) == [date(2025, 3, 31)]


def test_closed_items_and_published_or_unneeded_responses_are_not_in_the_feed(
    client, body, editor, report, items
):
    second = make_report(body, forces=[body.force], published_on=date(2024, 9, 1))
    Response.objects.filter(report=report).update(
        status=Status.PUBLISHED, published_on=date(2024, 10, 1)
    )
    Response.objects.filter(report=second).update(status=Status.NOT_REQUIRED)
    items[1].status = ItemStatus.CLOSED_COMPLETED
    items[1].save()
    assert [d for d, _ in events(client, editor).values()] == [date(2025, 3, 31)]


def test_another_bodys_token_shows_only_that_bodys_deadlines(
    client, body, other_body, editor, other_body_user, items
):
    national = make_report(body, published_on=REPORT_PUBLISHED, title="A national thematic")
    theirs = events(client, other_body_user)
    assert list(theirs) == ["Last day to publish the response: A national thematic"]
    suffolk_response = Response.objects.get(report=national, body=other_body)
    assert str(suffolk_response.public_id) in theirs[list(theirs)[0]][1]
    assert len(events(client, editor)) == 3  # Norfolk's own response and its two items


def test_the_feed_is_well_formed_icalendar(client, body, report, editor, items, settings):
    content = client.get(feed_url(editor)).content
    text = content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "VERSION:2.0\r\n" in text and "PRODID:" in text
    assert "DTSTART;VALUE=DATE:20241016\r\n" in text
    assert "DTEND;VALUE=DATE:20241017\r\n" in text
    assert "Vetting\\, misconduct\\; and more" in text.replace("\r\n ", "")
    calendar = Calendar.from_ical(content)
    for event in calendar.walk("VEVENT"):
        assert event["UID"].endswith("@127.0.0.1")
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(days=1)
        assert str(event["URL"]).startswith(settings.SITE_URL + "/")


def test_the_feed_keeps_each_events_uid_from_one_fetch_to_the_next(client, body, report, editor):
    assert events(client, editor) == events(client, editor)


def test_the_feed_is_sent_as_a_private_calendar(client, editor):
    response = client.get(feed_url(editor))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-cache"
    assert response["X-Robots-Tag"] == "noindex"
    assert client.post(feed_url(editor)).status_code == 405


def test_a_wrong_token_is_not_found(client, editor):
    feed_of(editor)
    assert client.get(reverse("reminders:feed", args=["not-the-token"])).status_code == 404


def test_a_person_who_has_left_has_no_feed(client, editor):
    url = feed_url(editor)
    editor.is_active = False
    editor.save()
    assert client.get(url).status_code == 404


def test_someone_without_a_body_gets_an_empty_calendar(client, body, report):
    admin = make_user(None, Role.ADMINISTRATOR, is_superuser=True)
    assert events(client, admin) == {}


def test_the_calendar_page_shows_the_signed_in_persons_own_address(signed_in, editor, settings):
    page = signed_in(editor).get(reverse("reminders:calendar"))
    assert page.status_code == 200
    address = settings.SITE_URL + feed_url(editor)
    assert address in page.content.decode()
    assert page.context["address"] == address


def test_resetting_the_address_makes_the_old_one_not_found(signed_in, client, editor):
    old = feed_url(editor)
    page = signed_in(editor).post(reverse("reminders:calendar-reset"), follow=True)
    assert "the old one no longer works" in page.content.decode()
    new = feed_url(editor)
    assert new != old
    client.logout()
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_resetting_only_resets_your_own_address(signed_in, editor, other_body_user):
    theirs = feed_url(other_body_user)
    signed_in(editor).post(reverse("reminders:calendar-reset"))
    assert feed_url(other_body_user) == theirs


def test_resetting_needs_a_post(signed_in, editor):
    assert signed_in(editor).get(reverse("reminders:calendar-reset")).status_code == 405


@pytest.mark.parametrize("name", ["reminders:calendar", "reminders:calendar-reset"])
def test_anonymous_visitors_are_sent_to_sign_in_for_the_page_and_the_reset(client, name):
    response = client.post(reverse(name)) if name.endswith("reset") else client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign-in"))
