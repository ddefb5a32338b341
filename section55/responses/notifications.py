"""Emails about a response, to the people of its body who need to act.

Django's email backend decides how they go (console in the demo, SMTP in production). A failure
to send is logged and does not undo the transition that caused it.
"""

import logging

from django.conf import settings
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.urls import reverse

from section55.accounts.models import Role, User

logger = logging.getLogger(__name__)


def _recipients(response, roles) -> list[str]:
    users = User.objects.filter(body=response.body, role__in=roles, is_active=True)
    return list(users.values_list("email", flat=True))


def _send(response, roles, subject, template):
    recipients = _recipients(response, roles)
    if not recipients:
        return 0
    link = settings.SITE_URL + reverse("responses:detail", args=[response.public_id])
    body = render_to_string(template, {"response": response, "link": link})
    message = (subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    try:
        return send_mass_mail([message], fail_silently=False)
    except OSError:
        logger.exception("Could not send '%s' to %s", subject, recipients)
        return 0


def chief_officer_invited(response):
    due = f"{response.chief_officer_due_on:%-d %B %Y}"
    subject = f"Comments requested by {due}: {response.report.title}"
    return _send(response, [Role.FORCE_LIAISON], subject, "responses/email/invited.txt")


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
