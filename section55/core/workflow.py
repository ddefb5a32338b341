"""What every workflow (responses, tracked items) shares: the refusal, the guard, and running a
transition from a view."""

from django.contrib import messages


class TransitionRefused(Exception):
    """The transition is not allowed now; the message says why, for the person who asked."""


def lock(record):
    """Lock ``record``'s row until the transaction ends and bring it up to date."""
    type(record).objects.select_for_update().filter(pk=record.pk).exists()
    record.refresh_from_db()
    return record


def guard(record, user, *, from_statuses, roles, noun):
    """Lock ``record``'s row until the transaction ends and bring it up to date, so the checks see
    what is stored now; refuse unless ``user`` is of its body, in ``roles``, and the record is in
    one of ``from_statuses``."""
    lock(record)
    if user.body_id != record.body_id or user.role not in roles:
        raise TransitionRefused("Your role does not allow this")
    if record.status not in from_statuses:
        state = record.get_status_display().lower()
        raise TransitionRefused(f"This cannot be done while the {noun} is {state}")
    return record


def require_text(text, message):
    if not (text or "").strip():
        raise TransitionRefused(message)


def run_transition(request, record, transition, *args, success):
    """Call ``transition(record, request.user, *args)``, telling the person how it went."""
    try:
        transition(record, request.user, *args)
    except TransitionRefused as refusal:
        messages.error(request, str(refusal))
        return False
    messages.success(request, success)
    return True
