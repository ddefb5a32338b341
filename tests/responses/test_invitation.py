"""The chief officer's invitation (s55(4)): a date no later than the last day to publish, which can
be changed; the invitation re-sent or withdrawn; the comments returned for changes. Each step is
emailed to the force liaison and leaves a history row."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from section55.responses import workflow
from section55.responses.models import Response, Status
from section55.responses.workflow import TransitionRefused
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db

LAST_DAY = date(2024, 10, 16)


@pytest.fixture
def response(body):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22))
    make_finding(report, ref="3", directed_at_forces=True)
    return Response.objects.get(report=report, body=body)


@pytest.fixture
def invited(response, editor, force_liaison):
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    mail.outbox.clear()
    response.refresh_from_db()
    return response


def url(name, response):
    return reverse(f"responses:{name}", args=[response.public_id])


def date_form(day):
    return {"due_on_0": str(day.day), "due_on_1": str(day.month), "due_on_2": str(day.year)}


def liaison_mail(force_liaison):
    return [message for message in mail.outbox if force_liaison.email in message.to]


def test_the_date_cannot_be_after_the_last_day_to_publish(response, editor):
    with pytest.raises(TransitionRefused, match="16 October 2024"):
        workflow.invite_chief_officer(response, editor, date(2024, 10, 17))
    assert Response.objects.get(pk=response.pk).status == Status.DRAFT


def test_the_invitation_form_refuses_a_late_date_and_says_why(signed_in, editor, response):
    page = signed_in(editor).post(url("invite", response), date_form(date(2024, 11, 1)))

    assert "on or before 16 October 2024, the last day to publish" in page.content.decode()
    assert Response.objects.get(pk=response.pk).status == Status.DRAFT


def test_the_proposed_date_is_never_after_the_last_day_whatever_the_lead_time(response):
    response.body.chief_officer_lead_days = 0
    assert response.default_chief_officer_due_on == LAST_DAY
    response.body.chief_officer_lead_days = 400
    assert response.default_chief_officer_due_on == response.report.published_on


def test_the_date_can_be_changed_and_the_force_liaison_is_told(
    signed_in, editor, invited, force_liaison
):
    signed_in(editor).post(url("invitation", invited), date_form(date(2024, 10, 2)))

    invited.refresh_from_db()
    assert invited.chief_officer_due_on == date(2024, 10, 2)
    assert invited.status == Status.CHIEF_OFFICER_INVITED
    [message] = liaison_mail(force_liaison)
    assert "2 October 2024" in message.subject
    assert (
        "changed from 25 September 2024 to 2 October 2024" in invited.status_changes.last().reason
    )


def test_a_changed_date_after_the_last_day_is_refused(signed_in, editor, invited):
    page = signed_in(editor).post(url("invitation", invited), date_form(date(2024, 10, 30)))

    assert "the last day to publish" in page.content.decode()
    assert Response.objects.get(pk=invited.pk).chief_officer_due_on == date(2024, 9, 25)


def test_the_invitation_can_be_sent_again(signed_in, editor, invited, force_liaison):
    signed_in(editor).post(url("invitation", invited), {"action": "resend"})

    assert len(liaison_mail(force_liaison)) == 1
    assert invited.status_changes.last().reason == "Invitation sent again"


def test_the_invitation_can_be_withdrawn_with_a_reason(signed_in, editor, invited, force_liaison):
    reason = "The report is answered with the PEEL response."
    signed_in(editor).post(url("withdraw-invitation", invited), {"reason": reason})

    invited.refresh_from_db()
    assert (invited.status, invited.chief_officer_due_on) == (Status.DRAFT, None)
    [message] = liaison_mail(force_liaison)
    assert "withdrawn" in message.subject.lower() and reason in message.body
    assert invited.status_changes.last().reason == reason


def test_the_chief_officers_comments_can_be_returned_for_changes(
    signed_in, editor, invited, force_liaison
):
    workflow.record_chief_officer_not_submitted(invited, editor, "Nothing came")
    mail.outbox.clear()
    reason = "Please answer recommendation 3 directly."
    signed_in(editor).post(url("return-chief-officer-comments", invited), {"reason": reason})

    invited.refresh_from_db()
    assert invited.status == Status.CHIEF_OFFICER_INVITED
    assert not invited.chief_officer_not_submitted
    [message] = liaison_mail(force_liaison)
    assert reason in message.body


@pytest.mark.parametrize(
    "name", ["invitation", "withdraw-invitation", "return-chief-officer-comments"]
)
def test_a_force_liaison_cannot_change_the_invitation(signed_in, force_liaison, invited, name):
    client = signed_in(force_liaison)
    client.post(url(name, invited), {**date_form(date(2024, 10, 1)), "reason": "mine"})

    invited.refresh_from_db()
    assert invited.chief_officer_due_on == date(2024, 9, 25)
    assert invited.status == Status.CHIEF_OFFICER_INVITED


@pytest.mark.parametrize(
    "name", ["invitation", "withdraw-invitation", "return-chief-officer-comments"]
)
def test_another_bodys_user_gets_404_on_the_invitation_pages(
    signed_in, other_body_user, invited, name
):
    client = signed_in(other_body_user)
    assert client.get(url(name, invited)).status_code == 404
    assert client.post(url(name, invited), {"reason": "x"}).status_code == 404


def test_the_response_page_offers_each_invitation_action_to_editors(signed_in, editor, invited):
    page = signed_in(editor).get(url("detail", invited)).content.decode()

    assert url("invitation", invited) in page
    assert url("withdraw-invitation", invited) in page
