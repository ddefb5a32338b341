"""Operations on tracked items that touch several records."""

from django.db import transaction
from django.utils import timezone

from section55.accounts.models import User
from section55.tracking import workflow
from section55.tracking.models import Action, Evidence, ItemUpdate, Review, TrackedItem


def track_findings(response) -> list[TrackedItem]:
    """One tracked item per finding of the report directed at the body's force; returns the new
    ones. The target date starts as the finding's own due date. Withdrawn findings are not
    tracked; items opened before a finding was withdrawn stay, and say so."""
    findings = response.report.current_findings().filter(directed_at_forces=True)
    existing = set(
        TrackedItem.objects.filter(body=response.body).values_list("finding_id", flat=True)
    )
    new = [
        TrackedItem(
            body=response.body, finding=finding, response=response, target_on=finding.due_on
        )
        for finding in findings
        if finding.pk not in existing
    ]
    for item in new:
        item.save()  # one by one, so each gets its audit record
    return new


def people_of(body):
    return User.objects.filter(body=body, is_active=True).order_by(
        "first_name", "last_name", "email"
    )


@transaction.atomic
def add_update(item, user, text, evidence=None, rag="") -> ItemUpdate:
    """A dated note of progress, its evidence file (name, media type, bytes) and any new RAG.
    ``TransitionRefused``, with nothing stored, unless the item is open and the person may
    progress it: checked here, under the item's lock, however the page or API checked before."""
    item = workflow.guard_progress(item, user)
    update = ItemUpdate.objects.create(item=item, written_by=user, text=text)
    if evidence:
        Evidence.of(update, *evidence).save()
    if rag:
        item.rag = rag
        item.save(update_fields=["rag"])
    return update


@transaction.atomic
def add_action(item, user, description, owner, due_on) -> Action:
    item = workflow.guard_progress(item, user)
    return Action.objects.create(item=item, description=description, owner=owner, due_on=due_on)


@transaction.atomic
def mark_action_done(item, user, action) -> Action:
    item = workflow.guard_progress(item, user)
    action = item.actions.select_for_update().get(pk=action.pk)
    if action.done_on is None:
        action.done_on = timezone.localdate()
        action.save(update_fields=["done_on"])
    return action


@transaction.atomic
def add_review(item, user, reviewed_on, outcome, next_review_on) -> Review:
    item = workflow.guard_review(item, user)
    return Review.objects.create(
        item=item,
        reviewer=user,
        reviewed_on=reviewed_on,
        outcome=outcome,
        next_review_on=next_review_on,
    )
