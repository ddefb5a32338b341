"""A timeline of deadlines, and a way to run the reminders over it day by day."""

from datetime import date, timedelta

from django.core import mail

from section55.reminders.services import send_due_reminders
from section55.responses import workflow
from section55.responses.models import Response

REPORT_PUBLISHED = date(2024, 8, 22)
CHIEF_OFFICER_DUE = date(2024, 9, 25)


def days(start: date, end: date):
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def run_every_day(start: date, end: date) -> list[tuple]:
    """Run the job on every day from ``start`` to ``end`` (twice each day, as a second process
    would); return (day, milestone, response or item, recipients) for each reminder sent."""
    sent = []
    for day in days(start, end):
        first = send_due_reminders(day)
        second = send_due_reminders(day)
        assert first.failed == second.failed == [], f"failed on {day}"
        assert second.sent == [], f"sent again on {day}: {second.sent}"
        sent += [(day, r.milestone, r.response or r.item, r.recipients) for r in first.sent]
    return sent


def invited_response(report, body, editor) -> Response:
    response = Response.objects.get(report=report, body=body)
    workflow.invite_chief_officer(response, editor, CHIEF_OFFICER_DUE)
    mail.outbox.clear()
    return response
