"""Operations on tracked items that touch several records."""

from django.db import transaction

from section55.accounts.models import User
from section55.tracking.models import Action, Evidence, ItemUpdate, Review, TrackedItem


def track_findings(response) -> list[TrackedItem]:
    """One tracked item per finding of the report directed at the body's force; returns the new
    ones. The target date starts as the finding's own due date."""
    findings = response.report.findings.filter(directed_at_forces=True)
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
    """A dated note of progress, its evidence file (name, media type, bytes) and any new RAG."""
    update = ItemUpdate.objects.create(item=item, written_by=user, text=text)
    if evidence:
        Evidence.of(update, *evidence).save()
    if rag:
        item.rag = rag
        item.save(update_fields=["rag"])
    return update


def add_action(item, description, owner, due_on) -> Action:
    return Action.objects.create(item=item, description=description, owner=owner, due_on=due_on)


def add_review(item, user, reviewed_on, outcome, next_review_on) -> Review:
    return Review.objects.create(
        item=item,
        reviewer=user,
        reviewed_on=reviewed_on,
        outcome=outcome,
        next_review_on=next_review_on,
    )
