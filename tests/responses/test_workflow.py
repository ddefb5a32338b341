"""The response's stages, moved only by named transitions with guards and history rows."""

from datetime import date

import pytest
from django.core import mail

from section55.responses import workflow
from section55.responses.completeness import missing_for_approval
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status
from section55.responses.workflow import TransitionRefused
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def response(body):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22))
    make_finding(report, ref="3", directed_at_forces=True)
    make_finding(report, ref="4", directed_at_forces=False, addressees=["College of Policing"])
    return Response.objects.get(report=report, body=body)


def write_chief_officer_part(response):
    answers = {
        f.pk: {"position": Position.ACCEPTED, "chief_officer_text": "We will do it."}
        for f in response.findings_for_force()
    }
    save_parts(
        response, response.revision, {"chief_officer_comments": "We welcome the report."}, answers
    )
    response.refresh_from_db()


def write_body_part(response):
    answers = {
        f.pk: {"body_explanation": "The force will act."} for f in response.recommendations()
    }
    save_parts(response, response.revision, {"body_comments": "I accept the findings."}, answers)
    response.refresh_from_db()


def test_the_full_journey_from_draft_to_published_leaves_a_history_row_per_step(
    response, editor, force_liaison, approver
):
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    write_chief_officer_part(response)
    workflow.receive_chief_officer_comments(response, force_liaison)
    write_body_part(response)
    workflow.submit_for_approval(response, editor)
    workflow.approve(response, approver)
    workflow.mark_published(response, editor, date(2024, 10, 15))

    response.refresh_from_db()
    assert response.status == Status.PUBLISHED
    assert response.published_on == date(2024, 10, 15)
    steps = list(response.status_changes.values_list("from_status", "to_status", "changed_by"))
    assert steps == [
        (Status.DRAFT, Status.CHIEF_OFFICER_INVITED, editor.pk),
        (Status.CHIEF_OFFICER_INVITED, Status.CHIEF_OFFICER_RECEIVED, force_liaison.pk),
        (Status.CHIEF_OFFICER_RECEIVED, Status.AWAITING_APPROVAL, editor.pk),
        (Status.AWAITING_APPROVAL, Status.APPROVED, approver.pk),
        (Status.APPROVED, Status.PUBLISHED, editor.pk),
    ]


def test_inviting_the_chief_officer_emails_the_force_liaison_with_the_due_date(
    response, editor, force_liaison
):
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    assert [m.to for m in mail.outbox] == [[force_liaison.email]]
    assert "25 September 2024" in mail.outbox[0].subject
    assert f"/responses/{response.public_id}/" in mail.outbox[0].body


def test_approvers_are_told_when_a_response_awaits_them(response, editor, approver, force_liaison):
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    workflow.record_chief_officer_not_submitted(response, editor, "No reply by the date set")
    write_body_part(response)
    mail.outbox.clear()
    workflow.submit_for_approval(response, editor)
    assert [m.to for m in mail.outbox] == [[approver.email]]


def test_the_chief_officer_cannot_submit_until_every_finding_for_the_force_is_answered(
    response, editor, force_liaison
):
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    with pytest.raises(TransitionRefused, match="Recommendation 3"):
        workflow.receive_chief_officer_comments(response, force_liaison)


def test_approval_is_refused_while_a_recommendation_lacks_its_explanation(response, editor):
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    workflow.record_chief_officer_not_submitted(response, editor, "No reply by the date set")
    save_parts(response, response.revision, {"body_comments": "Overall."}, {})
    with pytest.raises(TransitionRefused) as refusal:
        workflow.submit_for_approval(response, editor)
    assert "Recommendation 3" in str(refusal.value)
    assert "Recommendation 4" in str(refusal.value)  # every recommendation, not only the force's


def test_the_missing_list_names_every_part_still_to_write(response):
    missing = missing_for_approval(response)
    assert missing == [
        "the chief officer's comments, received or recorded as not submitted",
        "the PCC's overall comments",
        "the explanation of action taken or proposed for Recommendation 3",
        "the explanation of action taken or proposed for Recommendation 4",
    ]


@pytest.mark.parametrize("user_fixture", ["editor", "force_liaison", "viewer"])
def test_only_an_approver_can_approve(request, response, user_fixture):
    Response.objects.filter(pk=response.pk).update(status=Status.AWAITING_APPROVAL)
    with pytest.raises(TransitionRefused, match="role"):
        workflow.approve(response, request.getfixturevalue(user_fixture))
    response.refresh_from_db()
    assert response.status == Status.AWAITING_APPROVAL
    assert not response.status_changes.exists()


def test_another_bodys_approver_cannot_approve(response, other_body):
    from section55.accounts.models import Role
    from tests.factories import make_user

    Response.objects.filter(pk=response.pk).update(status=Status.AWAITING_APPROVAL)
    with pytest.raises(TransitionRefused):
        workflow.approve(response, make_user(other_body, Role.APPROVER))


def test_a_transition_from_the_wrong_stage_is_refused_and_changes_nothing(response, approver):
    with pytest.raises(TransitionRefused, match="while the response is draft"):
        workflow.approve(response, approver)
    assert Response.objects.get(pk=response.pk).status == Status.DRAFT


def test_a_stale_copy_of_the_response_cannot_skip_a_stage(response, editor, approver):
    stale = Response.objects.get(pk=response.pk)
    workflow.invite_chief_officer(response, editor, date(2024, 9, 25))
    with pytest.raises(TransitionRefused):
        workflow.invite_chief_officer(stale, editor, date(2024, 9, 26))


def test_a_response_not_required_names_why_and_the_report_that_answers_it(response, editor, body):
    force_report = make_report(body, forces=[body.force], title="The force report")
    workflow.mark_not_required(response, editor, "Same findings as the force report", force_report)
    response.refresh_from_db()
    assert response.status == Status.NOT_REQUIRED
    assert response.answered_by_report == force_report
    assert response.status_changes.get().reason == "Same findings as the force report"
    workflow.reopen(response, editor, "The findings differ after all")
    assert Response.objects.get(pk=response.pk).status == Status.DRAFT


def test_a_reason_is_required_to_mark_a_response_not_required(response, editor):
    with pytest.raises(TransitionRefused, match="Say why"):
        workflow.mark_not_required(response, editor, "  ")


def test_the_invitation_date_cannot_be_before_the_report_was_published(response, editor):
    with pytest.raises(TransitionRefused, match="before the report was published"):
        workflow.invite_chief_officer(response, editor, date(2024, 8, 1))
