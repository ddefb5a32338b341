"""Emails about a response, to the people of its body who need to act.

Django's email backend decides how they go (console in the demo, SMTP in production). A failure
to send — the server down, an address it refuses — is logged and does not undo the transition
that caused it. Subjects are made one line, as titles may hold line breaks.
"""

import logging

from django.conf import settings
from django.core.mail import BadHeaderError, send_mass_mail
from django.template.loader import render_to_string
from django.urls import reverse

from section55.accounts.models import Role, User
from section55.core.mail import one_line

logger = logging.getLogger(__name__)


def _recipients(response, roles) -> list[str]:
    users = User.objects.filter(body=response.body, role__in=roles, is_active=True)
    return list(users.values_list("email", flat=True))


def _send(response, roles, subject, template, note=""):
    subject = one_line(subject)
    recipients = _recipients(response, roles)
    if not recipients:
        return 0
    link = settings.SITE_URL + reverse("responses:detail", args=[response.public_id])
    body = render_to_string(template, {"response": response, "link": link, "note": note})
    message = (subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    try:
        return send_mass_mail([message], fail_silently=False)
    except (OSError, BadHeaderError):
        logger.exception("Could not send '%s' to %s", subject, recipients)
        return 0


def chief_officer_invited(response, note=""):
    """The invitation, or (with ``note`` saying what changed) the invitation as it now stands."""
    due = f"{response.chief_officer_due_on:%-d %B %Y}"
    subject = f"Comments requested by {due}: {response.report.title}"
    template = "responses/email/invited.txt"
    return _send(response, [Role.FORCE_LIAISON], subject, template, note)


def invitation_withdrawn(response, reason):
    subject = f"Invitation to comment withdrawn: {response.report.title}"
    template = "responses/email/invitation_withdrawn.txt"
    return _send(response, [Role.FORCE_LIAISON], subject, template, reason)


def chief_officer_comments_returned(response, reason):
    subject = f"Chief officer's comments returned for changes: {response.report.title}"
    template = "responses/email/comments_returned.txt"
    return _send(response, [Role.FORCE_LIAISON], subject, template, reason)


def chief_officer_comments_received(response):
    subject = f"Chief officer's comments received: {response.report.title}"
    return _send(response, [Role.EDITOR], subject, "responses/email/received.txt")


def awaiting_approval(response):
    subject = f"Response awaiting your approval: {response.report.title}"
    return _send(response, [Role.APPROVER], subject, "responses/email/awaiting_approval.txt")


def published(response):
    subject = f"Response published: {response.report.title}"
    roles = [Role.EDITOR, Role.APPROVER, Role.FORCE_LIAISON, Role.ADMINISTRATOR]
    return _send(response, roles, subject, "responses/email/published.txt")
