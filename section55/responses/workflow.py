"""Named transitions of a response, each with its guard and a history row.

Every transition checks the response is at the right stage and the person has the right role,
then moves it, records a ``StatusChange`` and tells the people who need to know — all in one
transaction. Views call these functions and nothing else changes ``Response.status``.
"""

from django.db import transaction
from django.utils import timezone

from section55.accounts.models import Role
from section55.core.workflow import TransitionRefused, guard, lock, require_text
from section55.responses import notifications
from section55.responses.completeness import missing_for_approval
from section55.responses.models import Response, Status, StatusChange

EDITORS = {Role.EDITOR, Role.ADMINISTRATOR}
APPROVERS = {Role.APPROVER}
PUBLISHERS = {Role.EDITOR, Role.APPROVER, Role.ADMINISTRATOR}
CORRECTABLE = {Status.DRAFT, Status.CHIEF_OFFICER_INVITED}


def _guard(response: Response, user, *, from_statuses, roles) -> Response:
    return guard(response, user, from_statuses=from_statuses, roles=roles, noun="response")


def _move(response: Response, user, to_status: str, reason: str = "", **fields) -> Response:
    change = StatusChange(
        response=response,
        from_status=response.status,
        to_status=to_status,
        changed_by=user,
        reason=reason,
    )
    for name, value in fields.items():
        setattr(response, name, value)
    response.status = to_status
    response.revision += 1
    response.save(update_fields=["status", "revision", *fields])
    change.save()
    return response


def due_on_problem(response, due_on) -> str | None:
    """Why ``due_on`` cannot be the chief officer's date, or None: it must fall between the
    report's publication and the statutory last day, so both sets of comments can be published
    together (s55(5A))."""
    if due_on < response.report.published_on:
        return "The date must not be before the report was published"
    if due_on > response.statutory_last_day:
        return (
            f"The date must be on or before {response.statutory_last_day:%-d %B %Y}, the last "
            "day to publish: the chief officer's comments are published with the body's"
        )
    return None


def _check_due_on(response, due_on):
    if problem := due_on_problem(response, due_on):
        raise TransitionRefused(problem)


@transaction.atomic
def invite_chief_officer(response, user, due_on):
    response = _guard(response, user, from_statuses={Status.DRAFT}, roles=EDITORS)
    _check_due_on(response, due_on)
    _move(response, user, Status.CHIEF_OFFICER_INVITED, chief_officer_due_on=due_on)
    notifications.chief_officer_invited(response)
    return response


INVITED = {Status.CHIEF_OFFICER_INVITED}


@transaction.atomic
def change_chief_officer_date(response, user, due_on):
    """A new date for the chief officer's comments; the force liaison is told."""
    response = _guard(response, user, from_statuses=INVITED, roles=EDITORS)
    _check_due_on(response, due_on)
    before = response.chief_officer_due_on
    if due_on == before:
        raise TransitionRefused(f"The comments are already due on {due_on:%-d %B %Y}")
    note = (
        "Date for the chief officer's comments changed from "
        f"{before:%-d %B %Y} to {due_on:%-d %B %Y}"
    )
    _move(response, user, Status.CHIEF_OFFICER_INVITED, note, chief_officer_due_on=due_on)
    notifications.chief_officer_invited(response, note)
    return response


@transaction.atomic
def resend_invitation(response, user):
    response = _guard(response, user, from_statuses=INVITED, roles=EDITORS)
    _move(response, user, Status.CHIEF_OFFICER_INVITED, "Invitation sent again")
    notifications.chief_officer_invited(response, "This invitation is sent again.")
    return response


@transaction.atomic
def withdraw_invitation(response, user, reason):
    response = _guard(response, user, from_statuses=INVITED, roles=EDITORS)
    require_text(reason, "Say why the invitation is withdrawn")
    _move(response, user, Status.DRAFT, reason, chief_officer_due_on=None)
    notifications.invitation_withdrawn(response, reason)
    return response


@transaction.atomic
def return_chief_officer_comments(response, user, reason):
    """The body asks for the chief officer's comments to be changed; the force liaison can
    write again, by the date already set."""
    response = _guard(response, user, from_statuses={Status.CHIEF_OFFICER_RECEIVED}, roles=EDITORS)
    require_text(reason, "Say what needs to change in the chief officer's comments")
    if response.chief_officer_due_on is None:
        raise TransitionRefused("The chief officer was never invited: invite them first")
    _move(
        response,
        user,
        Status.CHIEF_OFFICER_INVITED,
        reason,
        chief_officer_not_submitted=False,
    )
    notifications.chief_officer_comments_returned(response, reason)
    return response


@transaction.atomic
def receive_chief_officer_comments(response, user):
    """The force liaison submits the chief officer's part, once every finding has an answer."""
    response = _guard(
        response, user, from_statuses={Status.CHIEF_OFFICER_INVITED}, roles={Role.FORCE_LIAISON}
    )
    from section55.responses.completeness import missing_chief_officer_parts

    missing = missing_chief_officer_parts(response)
    if missing:
        raise TransitionRefused("Before submitting: " + "; ".join(missing))
    _move(response, user, Status.CHIEF_OFFICER_RECEIVED)
    notifications.chief_officer_comments_received(response)
    return response


@transaction.atomic
def record_chief_officer_not_submitted(response, user, reason):
    response = _guard(response, user, from_statuses={Status.CHIEF_OFFICER_INVITED}, roles=EDITORS)
    if not reason.strip():
        raise TransitionRefused(
            "Say why the chief officer's comments are recorded as not submitted"
        )
    return _move(
        response, user, Status.CHIEF_OFFICER_RECEIVED, reason, chief_officer_not_submitted=True
    )


@transaction.atomic
def submit_for_approval(response, user):
    response = _guard(response, user, from_statuses={Status.CHIEF_OFFICER_RECEIVED}, roles=EDITORS)
    missing = missing_for_approval(response)
    if missing:
        raise TransitionRefused("Before approval: " + "; ".join(missing))
    _move(response, user, Status.AWAITING_APPROVAL)
    notifications.awaiting_approval(response)
    return response


@transaction.atomic
def approve(response, user):
    response = _guard(response, user, from_statuses={Status.AWAITING_APPROVAL}, roles=APPROVERS)
    return _move(response, user, Status.APPROVED)


@transaction.atomic
def approval_lapsed(response, changed_by, note):
    """What was approved changed (a correction of the report or its findings, possibly by
    another body concerned): the response needs approving again before it can be published.

    Not a person's choice, so there is no role check: ``changed_by`` is who made the change."""
    lock(response)
    if response.status != Status.APPROVED:
        return response
    _move(response, changed_by, Status.AWAITING_APPROVAL, note)
    notifications.awaiting_approval(response)
    return response


@transaction.atomic
def return_for_changes(response, user, reason):
    response = _guard(
        response, user, from_statuses={Status.AWAITING_APPROVAL, Status.APPROVED}, roles=APPROVERS
    )
    require_text(reason, "Say what needs to change")
    return _move(response, user, Status.CHIEF_OFFICER_RECEIVED, reason)


@transaction.atomic
def mark_published(response, user, published_on=None):
    """The state change of publishing; ``publishing.services.publish`` also stores the documents.

    A correction keeps the date the response was first published: that is the date the
    statutory deadline was met or missed."""
    response = _guard(response, user, from_statuses={Status.APPROVED}, roles=PUBLISHERS)
    missing = missing_for_approval(response)
    if missing:
        raise TransitionRefused("Before publication: " + "; ".join(missing))
    first_published_on = response.published_on or published_on or timezone.localdate()
    report_date = response.published_report_date or response.report.published_on
    _move(
        response,
        user,
        Status.PUBLISHED,
        published_on=first_published_on,
        published_report_date=report_date,
    )
    notifications.published(response)
    return response


@transaction.atomic
def start_correction(response, user, reason):
    """A published response is never edited in place: a correction goes through approval again
    and is published as a new version beside the first."""
    response = _guard(response, user, from_statuses={Status.PUBLISHED}, roles=EDITORS)
    require_text(reason, "Say what needs correcting")
    return _move(response, user, Status.CHIEF_OFFICER_RECEIVED, reason)


@transaction.atomic
def mark_not_required(response, user, reason, answered_by_report=None):
    response = _guard(response, user, from_statuses=CORRECTABLE, roles=EDITORS)
    require_text(reason, "Say why no response is required")
    return _move(
        response,
        user,
        Status.NOT_REQUIRED,
        reason,
        not_required_reason=reason,
        answered_by_report=answered_by_report,
    )


@transaction.atomic
def reopen(response, user, reason):
    """A response marked not required is needed after all."""
    response = _guard(response, user, from_statuses={Status.NOT_REQUIRED}, roles=EDITORS)
    return _move(
        response, user, Status.DRAFT, reason, not_required_reason="", answered_by_report=None
    )
