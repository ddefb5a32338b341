"""The email of each kind of reminder: subject, text and the link to act on it."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from section55.core.mail import one_line
from section55.reminders import links
from section55.reminders.milestones import in_words
from section55.reminders.models import Kind

TEMPLATES = {
    Kind.CHIEF_OFFICER: "reminders/email/chief_officer.txt",
    Kind.STATUTORY: "reminders/email/statutory.txt",
    Kind.TARGET: "reminders/email/target.txt",
}


def message_for(due, recipients) -> EmailMessage:
    context = {
        "response": due.response,
        "item": due.item,
        "deadline": due.milestone.deadline,
        "when": in_words(due.milestone.days_left),
        "passed": due.milestone.has_passed,
        "link": settings.SITE_URL + _path(due),
    }
    body = render_to_string(TEMPLATES[due.kind], context)
    subject = one_line(_subject(due, context))
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def _subject(due, context) -> str:
    on = f"{due.milestone.deadline:%-d %B %Y}"
    if due.kind == Kind.TARGET:
        return f"Past its target date of {on}: {due.item}"
    title = due.response.report.title
    if due.kind == Kind.CHIEF_OFFICER:
        return f"Chief officer's comments due {context['when']} ({on}): {title}"
    if context["passed"]:
        return f"Not published by the statutory last day ({on}): {title}"
    return f"Response must be published {context['when']} ({on}): {title}"


def _path(due) -> str:
    return links.item_path(due.item) if due.item else links.response_path(due.response)
