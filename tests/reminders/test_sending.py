"""Reminders over a whole timeline: each goes once, on its day, to the right people of the right
body, and a day the job did not run is caught up with one reminder, never a flood."""

from datetime import date

import pytest
from django.conf import settings
from django.core import mail

from section55.accounts.models import Role
from section55.reminders import services
from section55.reminders.models import SentReminder
from section55.reminders.services import send_due_reminders
from section55.responses.models import Response, Status
from section55.tracking import workflow as tracking_workflow
from section55.tracking.models import ItemStatus
from tests.factories import make_report, make_user
from tests.reminders.helpers import (
    REPORT_PUBLISHED,
    invited_response,
    run_every_day,
)
from tests.tracking.factories import make_tracked_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(editor, approver, force_liaison, viewer, other_body_user):
    return {
        "editor": editor.email,
        "approver": approver.email,
        "liaison": force_liaison.email,
        "viewer": viewer.email,
        "other": other_body_user.email,
    }


@pytest.fixture
def report(body):
    return make_report(body, forces=[body.force], published_on=REPORT_PUBLISHED)


def emails_of(*addresses):
    return sorted(addresses)


def test_across_the_whole_timeline_each_reminder_goes_once_on_its_day(body, report, people):
    response = invited_response(report, body, make_user(body, Role.EDITOR, email="z@n.org"))
    sent = run_every_day(REPORT_PUBLISHED, date(2024, 12, 31))
    liaison_and_editors = emails_of(people["editor"], people["liaison"], "z@n.org")
    editors_and_approvers = emails_of(people["editor"], people["approver"], "z@n.org")
    assert sent == [
        (date(2024, 9, 18), "chief-officer-7", response, liaison_and_editors),
        (date(2024, 9, 24), "chief-officer-1", response, liaison_and_editors),
        (date(2024, 10, 2), "statutory-14", response, editors_and_approvers),
        (date(2024, 10, 9), "statutory-7", response, editors_and_approvers),
        (date(2024, 10, 15), "statutory-1", response, editors_and_approvers),
        (date(2024, 10, 17), "statutory-passed", response, editors_and_approvers),
    ]
    assert len(mail.outbox) == 6
    assert SentReminder.objects.count() == 6


def test_the_emails_say_what_is_due_when_and_link_to_the_response(body, report, people):
    response = invited_response(report, body, make_user(body, Role.EDITOR))
    run_every_day(date(2024, 9, 18), date(2024, 10, 17))
    subjects = [message.subject for message in mail.outbox]
    assert (
        subjects[0] == f"Chief officer's comments due in 7 days (25 September 2024): {report.title}"
    )
    assert subjects[1].startswith("Chief officer's comments due tomorrow (25 September 2024)")
    assert subjects[2] == f"Response must be published in 14 days (16 October 2024): {report.title}"
    assert subjects[5].startswith("Not published by the statutory last day (16 October 2024)")
    assert f"{settings.SITE_URL}/responses/{response.public_id}/" in mail.outbox[0].body
    assert "has not been published" in mail.outbox[5].body


def test_reminders_never_reach_another_bodys_people(body, other_body, people):
    """A national report: both bodies answer it, and each hears only of its own response."""
    make_user(other_body, Role.APPROVER, email="approver@suffolk.example.org")
    report = make_report(body, published_on=REPORT_PUBLISHED)
    sent = run_every_day(date(2024, 10, 1), date(2024, 10, 20))
    assert sent, "nothing was sent"
    for _day, _milestone, response, recipients in sent:
        own_people = response.body.users.values_list("email", flat=True)
        assert set(recipients) <= set(own_people)
    suffolk = [r for r in sent if r[2].body == other_body]
    assert {r[1] for r in suffolk} == {
        "statutory-14",
        "statutory-7",
        "statutory-1",
        "statutory-passed",
    }
    assert all(people["other"] in r[3] and people["editor"] not in r[3] for r in suffolk)
    assert all(report.pk == r[2].report_id for r in sent)


def test_viewers_and_inactive_people_are_never_reminded(body, report, people, editor):
    editor.is_active = False
    editor.save()
    invited_response(report, body, make_user(body, Role.EDITOR, email="new@n.org"))
    sent = run_every_day(REPORT_PUBLISHED, date(2024, 10, 20))
    everyone = {email for *_, recipients in sent for email in recipients}
    assert people["viewer"] not in everyone
    assert editor.email not in everyone
    assert "new@n.org" in everyone


def test_days_the_job_did_not_run_are_caught_up_with_the_latest_reminder_only(body, report, people):
    invited_response(report, body, make_user(body, Role.EDITOR))
    assert send_due_reminders(date(2024, 9, 1)).sent == []
    caught_up = send_due_reminders(date(2024, 10, 12)).sent
    assert [r.milestone for r in caught_up] == ["statutory-7"]
    assert "in 4 days" in mail.outbox[-1].subject
    assert [r.milestone for r in send_due_reminders(date(2024, 11, 30)).sent] == [
        "statutory-passed"
    ]
    assert send_due_reminders(date(2024, 12, 1)).sent == []


def test_the_chief_officer_is_not_reminded_once_the_comments_are_in(body, report, people):
    response = invited_response(report, body, make_user(body, Role.EDITOR))
    run_every_day(date(2024, 9, 18), date(2024, 9, 20))
    Response.objects.filter(pk=response.pk).update(status=Status.CHIEF_OFFICER_RECEIVED)
    sent = run_every_day(date(2024, 9, 21), date(2024, 9, 30))
    assert [milestone for _, milestone, *_ in sent] == []


def test_a_new_chief_officer_date_is_reminded_again(body, report, people):
    response = invited_response(report, body, make_user(body, Role.EDITOR))
    run_every_day(date(2024, 9, 18), date(2024, 9, 19))
    Response.objects.filter(pk=response.pk).update(chief_officer_due_on=date(2024, 10, 1))
    sent = run_every_day(date(2024, 9, 20), date(2024, 9, 30))
    assert [(day, m) for day, m, *_ in sent] == [
        (date(2024, 9, 24), "chief-officer-7"),
        (date(2024, 9, 30), "chief-officer-1"),
    ]


def test_a_draft_without_a_chief_officer_date_gets_only_the_statutory_reminders(
    body, report, people
):
    sent = run_every_day(REPORT_PUBLISHED, date(2024, 10, 31))
    assert [m for _, m, *_ in sent] == [
        "statutory-14",
        "statutory-7",
        "statutory-1",
        "statutory-passed",
    ]


@pytest.mark.parametrize(
    "change",
    [
        {"status": Status.PUBLISHED, "published_on": date(2024, 10, 10)},
        {"status": Status.NOT_REQUIRED, "not_required_reason": "Answered by the PEEL response"},
        # A published response re-opened for a correction keeps its first publication date.
        {"status": Status.AWAITING_APPROVAL, "published_on": date(2024, 10, 10)},
    ],
)
def test_responses_published_or_not_required_get_no_deadline_reminders(
    body, report, people, change
):
    response = invited_response(report, body, make_user(body, Role.EDITOR))
    run_every_day(date(2024, 10, 2), date(2024, 10, 3))
    Response.objects.filter(pk=response.pk).update(**change)
    assert run_every_day(date(2024, 10, 4), date(2024, 12, 1)) == []


def test_a_late_publication_stops_further_reminders(body, report, people):
    response = Response.objects.get(report=report, body=body)
    run_every_day(date(2024, 10, 15), date(2024, 10, 18))
    Response.objects.filter(pk=response.pk).update(
        status=Status.PUBLISHED, published_on=date(2024, 10, 19)
    )
    assert run_every_day(date(2024, 10, 19), date(2024, 11, 30)) == []
    assert SentReminder.objects.filter(milestone="statutory-passed").count() == 1


def test_an_item_past_its_target_date_reminds_its_owner_once(body, editor, approver, force_liaison):
    owned, unowned = make_tracked_items(body, due_on=date(2025, 1, 31))
    tracking_workflow.allocate(owned, editor, force_liaison)
    sent = run_every_day(date(2025, 1, 1), date(2025, 6, 30))
    assert [(day, m, item.pk, to) for day, m, item, to in sent] == [
        (date(2025, 2, 1), "target-passed", owned.pk, [force_liaison.email]),
        (date(2025, 2, 1), "target-passed", unowned.pk, [editor.email]),
    ]
    message = next(m for m in mail.outbox if m.to == [force_liaison.email])
    assert message.subject == f"Past its target date of 31 January 2025: {owned}"
    assert "in progress" in message.body


def test_an_item_whose_owner_has_left_reminds_the_editors(body, editor, force_liaison):
    item, _ = make_tracked_items(body, due_on=date(2025, 1, 31))
    tracking_workflow.allocate(item, editor, force_liaison)
    force_liaison.is_active = False
    force_liaison.save()
    sent = send_due_reminders(date(2025, 2, 3)).sent
    assert {tuple(r.recipients) for r in sent} == {(editor.email,)}


def test_an_item_never_reminds_anyone_of_another_body(body, editor, other_body_user):
    item, _ = make_tracked_items(body, due_on=date(2025, 1, 31))
    item.owner = other_body_user  # should never happen; if it does, the item's body hears of it
    item.save()
    sent = send_due_reminders(date(2025, 2, 1)).sent
    assert all(r.recipients == [editor.email] for r in sent)


def test_closed_items_get_no_reminders_and_a_moved_target_date_is_reminded_again(body, editor):
    closed, moved = make_tracked_items(body, due_on=date(2025, 1, 31))
    closed.status = ItemStatus.CLOSED_COMPLETED
    closed.save()
    assert [r.item for r in send_due_reminders(date(2025, 2, 1)).sent] == [moved]
    moved.target_on = date(2025, 3, 31)
    moved.save()
    sent = run_every_day(date(2025, 2, 2), date(2025, 5, 1))
    assert [(day, item) for day, _, item, _ in sent] == [(date(2025, 4, 1), moved)]


def test_a_body_with_nobody_to_tell_records_nothing_and_tells_them_once_they_join(body, report):
    assert send_due_reminders(date(2024, 10, 2)).sent == []
    assert not SentReminder.objects.exists()
    make_user(body, Role.APPROVER, email="arrived@n.org")
    assert [r.recipients for r in send_due_reminders(date(2024, 10, 3)).sent] == [["arrived@n.org"]]


def test_two_runs_at_once_send_once_because_the_row_is_written_first(
    body, report, people, monkeypatch
):
    """The second run read what was sent before the first had recorded anything: its insert
    fails on the unique constraint, and it sends nothing."""
    assert len(send_due_reminders(date(2024, 10, 2)).sent) == 1
    monkeypatch.setattr(services, "_already_sent", lambda candidates: set())
    assert send_due_reminders(date(2024, 10, 2)).sent == []
    assert len(mail.outbox) == 1
    assert SentReminder.objects.count() == 1


def test_a_reminder_that_could_not_be_sent_is_not_recorded_and_goes_next_time(
    body, report, people, monkeypatch
):
    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        assert send_due_reminders(date(2024, 10, 2)).sent == []
    assert not SentReminder.objects.exists()
    assert [r.milestone for r in send_due_reminders(date(2024, 10, 3)).sent] == ["statutory-14"]
