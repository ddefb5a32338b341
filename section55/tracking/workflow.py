"""Named transitions of a tracked item, each with its guard and an ``ItemStatusChange`` row.

Closing, in any of its three forms, and reopening need the approver role: the body decides that a
finding has been dealt with, not the force. The guards are here rather than in the views so that
the pages, the API and any command are held to the same rules. A refused transition stores
nothing: every field it sets is saved by the transition itself, after its guard.
"""

from django.db import transaction
from django.utils import timezone

from section55.accounts.models import Role
from section55.core.workflow import TransitionRefused, guard, require_text
from section55.tracking.models import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    ItemStatus,
    ItemStatusChange,
    TrackedItem,
)

ALLOCATORS = {Role.EDITOR, Role.ADMINISTRATOR, Role.APPROVER}
PROGRESSORS = {Role.EDITOR, Role.ADMINISTRATOR, Role.APPROVER, Role.FORCE_LIAISON}
APPROVERS = {Role.APPROVER}


def _guard(item: TrackedItem, user, *, from_statuses, roles) -> TrackedItem:
    return guard(item, user, from_statuses=from_statuses, roles=roles, noun="item")


def _move(item, user, to_status, reason="", **fields):
    ItemStatusChange.objects.create(
        item=item, from_status=item.status, to_status=to_status, changed_by=user, reason=reason
    )
    for name, value in fields.items():
        setattr(item, name, value)
    item.status = to_status
    item.save()
    return item


def guard_progress(item, user) -> TrackedItem:
    """For updates and actions, which only open items take, from those who progress them; call
    inside a transaction, which holds the item's row until it ends."""
    return _guard(item, user, from_statuses=set(OPEN_STATUSES), roles=PROGRESSORS)


def guard_review(item, user) -> TrackedItem:
    """For the office's reviews, which continue after an item is closed."""
    return _guard(item, user, from_statuses=set(ItemStatus), roles=ALLOCATORS)


@transaction.atomic
def allocate(item, user, owner, target_on=None, rag=""):
    item = _guard(item, user, from_statuses={ItemStatus.AWAITING_ALLOCATION}, roles=ALLOCATORS)
    if owner is None or owner.body_id != item.body_id:
        raise TransitionRefused("Choose an owner from your own office")
    return _move(
        item,
        user,
        ItemStatus.IN_PROGRESS,
        owner=owner,
        target_on=target_on or item.target_on,
        rag=rag or item.rag,
    )


@transaction.atomic
def request_sign_off(item, user, reason=""):
    item = _guard(item, user, from_statuses={ItemStatus.IN_PROGRESS}, roles=PROGRESSORS)
    if not item.updates.exists():
        raise TransitionRefused("Add an update saying what was done before asking for sign-off")
    return _move(item, user, ItemStatus.AWAITING_SIGN_OFF, reason)


@transaction.atomic
def return_to_progress(item, user, reason):
    item = _guard(item, user, from_statuses={ItemStatus.AWAITING_SIGN_OFF}, roles=APPROVERS)
    require_text(reason, "Say what is still to be done")
    return _move(item, user, ItemStatus.IN_PROGRESS, reason)


@transaction.atomic
def close_completed(item, user, reason):
    item = _guard(
        item,
        user,
        from_statuses={ItemStatus.IN_PROGRESS, ItemStatus.AWAITING_SIGN_OFF},
        roles=APPROVERS,
    )
    require_text(reason, "Say what shows the finding has been dealt with")
    return _close(item, user, ItemStatus.CLOSED_COMPLETED, reason)


@transaction.atomic
def close_superseded(item, user, later_finding, reason):
    item = _guard(item, user, from_statuses=set(OPEN_STATUSES), roles=APPROVERS)
    if later_finding is None or later_finding.pk == item.finding_id:
        raise TransitionRefused("Choose the later finding that replaces this one")
    require_text(reason, "Say how the later finding replaces this one")
    return _close(item, user, ItemStatus.CLOSED_SUPERSEDED, reason, superseded_by=later_finding)


@transaction.atomic
def close_no_further_action(item, user, reason):
    item = _guard(item, user, from_statuses=set(OPEN_STATUSES), roles=APPROVERS)
    require_text(reason, "Say why no further action will be taken")
    return _close(item, user, ItemStatus.CLOSED_NO_FURTHER_ACTION, reason)


@transaction.atomic
def reopen(item, user, reason):
    item = _guard(item, user, from_statuses=set(CLOSED_STATUSES), roles=APPROVERS)
    require_text(reason, "Say why the item is open again")
    status = ItemStatus.IN_PROGRESS if item.owner_id else ItemStatus.AWAITING_ALLOCATION
    return _move(item, user, status, reason, closure_reason="", superseded_by=None, closed_on=None)


def _close(item, user, status, reason, **fields):
    return _move(
        item, user, status, reason, closure_reason=reason, closed_on=timezone.localdate(), **fields
    )
