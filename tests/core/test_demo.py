import pytest
from django.utils import timezone

from section55.accounts.models import Role, User
from section55.core.demo import load_demo
from section55.reports.models import Finding, Report
from section55.responses.completeness import missing_for_approval
from section55.responses.models import Response, Status

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_soteria_report_with_its_five_recommendations_for_forces(tmp_path):
    load_demo(tmp_path)
    soteria = Report.objects.get(title__contains="national operating model for rape")
    refs = list(soteria.findings.filter(directed_at_forces=True).values_list("ref", flat=True))
    assert refs == ["3", "5", "7", "9", "11"]
    assert soteria.findings.get(ref="11").items[0].startswith("develop a rape")
    assert soteria.statutory_last_day.isoformat() == "2024-10-16"


def test_the_demo_has_reports_in_several_deadline_states(tmp_path):
    load_demo(tmp_path)
    states = {r.deadline_state().status for r in Response.objects.filter(body__slug="norfolk")}
    assert states == {"due", "overdue", "published_on_time", "published_late"}


def test_the_demo_creates_a_user_for_every_role_and_one_of_another_body(tmp_path):
    accounts = load_demo(tmp_path)
    roles = set(User.objects.filter(body__slug="norfolk").values_list("role", flat=True))
    assert roles == set(Role.values)
    assert User.objects.filter(body__slug="suffolk").exists()
    assert all(len(account.password) >= 16 for account in accounts)


def test_running_the_demo_again_keeps_what_was_stored_and_the_passwords(tmp_path):
    first = load_demo(tmp_path)
    report = Report.objects.first()
    report.title = "Changed by a person"
    report.save()
    second = load_demo(tmp_path)
    assert [a.password for a in first] == [a.password for a in second]
    assert Report.objects.filter(title="Changed by a person").exists()
    assert Finding.objects.count() == 13
    assert User.objects.filter(email=first[0].email).get().check_password(first[0].password)


def test_the_demo_tracker_has_items_in_several_states(tmp_path):
    from section55.tracking.models import ItemStatus, TrackedItem

    load_demo(tmp_path)
    statuses = set(
        TrackedItem.objects.filter(body__slug="norfolk").values_list("status", flat=True)
    )
    assert statuses == {
        ItemStatus.AWAITING_ALLOCATION,
        ItemStatus.IN_PROGRESS,
        ItemStatus.CLOSED_COMPLETED,
    }


# Every move the workflow can make (section55/responses/workflow.py), as (from, to).
WORKFLOW_MOVES = {
    (Status.DRAFT, Status.CHIEF_OFFICER_INVITED),
    (Status.CHIEF_OFFICER_INVITED, Status.CHIEF_OFFICER_INVITED),  # new date, or sent again
    (Status.CHIEF_OFFICER_INVITED, Status.DRAFT),  # invitation withdrawn
    (Status.CHIEF_OFFICER_INVITED, Status.CHIEF_OFFICER_RECEIVED),
    (Status.CHIEF_OFFICER_RECEIVED, Status.CHIEF_OFFICER_INVITED),  # comments returned
    (Status.CHIEF_OFFICER_RECEIVED, Status.AWAITING_APPROVAL),
    (Status.AWAITING_APPROVAL, Status.APPROVED),
    (Status.APPROVED, Status.AWAITING_APPROVAL),
    (Status.AWAITING_APPROVAL, Status.CHIEF_OFFICER_RECEIVED),
    (Status.APPROVED, Status.CHIEF_OFFICER_RECEIVED),
    (Status.APPROVED, Status.PUBLISHED),
    (Status.PUBLISHED, Status.CHIEF_OFFICER_RECEIVED),
    (Status.DRAFT, Status.NOT_REQUIRED),
    (Status.CHIEF_OFFICER_INVITED, Status.NOT_REQUIRED),
    (Status.NOT_REQUIRED, Status.DRAFT),
}

PAST_APPROVAL = {Status.AWAITING_APPROVAL, Status.APPROVED, Status.PUBLISHED}


def workflow_problems(response, today) -> list[str]:
    """What about ``response`` the workflow could not have produced, in words."""
    problems = []
    changes = list(response.status_changes.order_by("changed_at", "pk"))
    reached = Status.DRAFT
    for change in changes:
        imported = change.to_status == Status.PUBLISHED and change.reason.startswith("Imported")
        if change.from_status != reached:
            problems.append(f"moved from {change.from_status} while {reached}")
        if (change.from_status, change.to_status) not in WORKFLOW_MOVES and not imported:
            problems.append(f"no such move: {change.from_status} → {change.to_status}")
        if timezone.localdate(change.changed_at) > today:
            problems.append(f"a move dated in the future: {change}")
        reached = change.to_status
    if reached != response.status:
        problems.append(f"status {response.status}, but its history ends at {reached}")
    if [c.changed_at for c in changes] != sorted(c.changed_at for c in changes):
        problems.append("its history is out of order")
    if invitation_stands(changes) != (response.chief_officer_due_on is not None):
        problems.append("a chief officer date without an invitation, or the reverse")
    imported = bool(changes) and changes[-1].reason.startswith("Imported")
    if response.status in PAST_APPROVAL and not imported and missing_for_approval(response):
        problems.append(f"{response.status} while missing {missing_for_approval(response)}")
    return problems + publication_problems(response, today, changes)


def invitation_stands(changes) -> bool:
    """Whether the chief officer was invited and the invitation not withdrawn since."""
    stands = False
    for change in changes:
        if change.to_status == Status.CHIEF_OFFICER_INVITED:
            stands = True
        elif (change.from_status, change.to_status) == (Status.CHIEF_OFFICER_INVITED, Status.DRAFT):
            stands = False
    return stands


def publication_problems(response, today, changes) -> list[str]:
    published = response.status == Status.PUBLISHED
    problems = []
    if published != (response.published_on is not None):
        problems.append(f"published on {response.published_on} while {response.status}")
    if published != response.versions.exists():
        problems.append("published without a published version, or the reverse")
    if not published:
        return problems
    if not response.report.published_on <= response.published_on <= today:
        problems.append(f"published on {response.published_on}, outside the report's life")
    if response.versions.get(number=1).published_on != response.published_on:
        problems.append("its first version has another publication date")
    tracked = set(response.tracked_items.values_list("finding_id", flat=True))
    if tracked != set(response.findings_for_force().values_list("pk", flat=True)):
        problems.append("its findings for the force are not all tracked")
    if changes[-1].reason.startswith("Imported"):
        return problems  # dated when imported, and holding what the document said
    if timezone.localdate(changes[-1].changed_at) != response.published_on:
        problems.append("the move to published is not dated the day it was published")
    return problems


def test_every_demo_response_is_in_a_state_the_workflow_could_have_reached(tmp_path):
    today = timezone.localdate()
    load_demo(tmp_path)
    responses = Response.objects.select_related("report", "body").order_by("pk")
    problems = {
        str(response): found
        for response in responses
        if (found := workflow_problems(response, today))
    }
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    assert responses.filter(status=Status.PUBLISHED, body__slug="norfolk").count() == 2


def test_the_demo_response_published_late_went_through_every_step_in_time(tmp_path):
    today = timezone.localdate()
    load_demo(tmp_path)
    late = Response.objects.get(report__title__contains="vetting", body__slug="norfolk")
    assert late.deadline_state(today).status == "published_late"
    assert late.deadline_state(today).days == 2
    steps = list(late.status_changes.values_list("to_status", "changed_by__role"))
    assert steps == [
        (Status.CHIEF_OFFICER_INVITED, Role.EDITOR),
        (Status.CHIEF_OFFICER_RECEIVED, Role.FORCE_LIAISON),
        (Status.AWAITING_APPROVAL, Role.EDITOR),
        (Status.APPROVED, Role.APPROVER),
        (Status.PUBLISHED, Role.APPROVER),
    ]
    assert late.chief_officer_due_on == late.default_chief_officer_due_on
    days = [timezone.localdate(c.changed_at) for c in late.status_changes.all()]
    assert days[0] > late.report.published_on
    assert days[1] == late.chief_officer_due_on
    assert days[-1] == late.published_on == late.versions.get().published_on
    assert late.tracked_items.count() == 1
