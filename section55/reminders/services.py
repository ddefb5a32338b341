"""Sending the reminders that are due on a day, each once.

``send_due_reminders(today)`` is the whole job: the command (``section55 remind``) and the
background task both call it. It works out which milestone each outstanding deadline has reached
(``milestones.py``), leaves out those already recorded, and for each of the rest writes its
``SentReminder`` row and sends its email in one transaction. The row's unique constraint decides
between two runs at once: the second insert fails and that run sends nothing.

A reminder that fails (an address the email server refuses, a record that cannot be rendered) is
logged with the record it is about and rolled back, so it is tried again on the next run; the
run goes on with the others, so one bad record never holds back everyone else's reminders.
"""

import logging
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction

from section55.accounts.models import Role, User
from section55.reminders import emails
from section55.reminders.milestones import (
    CHIEF_OFFICER_DAYS_BEFORE,
    STATUTORY_DAYS_BEFORE,
    Milestone,
    current_milestone,
)
from section55.reminders.models import Kind, SentReminder
from section55.responses.models import Response, Status
from section55.tracking.models import TrackedItem

logger = logging.getLogger(__name__)

KIND_ROLES = {
    Kind.CHIEF_OFFICER: (Role.FORCE_LIAISON, Role.EDITOR),
    Kind.STATUTORY: (Role.EDITOR, Role.APPROVER),
    Kind.TARGET: (Role.EDITOR,),
}


@dataclass(frozen=True)
class DueReminder:
    kind: str
    milestone: Milestone
    response: Response | None = None
    item: TrackedItem | None = None

    @property
    def key(self) -> tuple:
        return (self.response_id, self.item_id, self.milestone.name, self.milestone.deadline)

    @property
    def response_id(self):
        return self.response.pk if self.response else None

    @property
    def item_id(self):
        return self.item.pk if self.item else None

    @property
    def about(self):
        return self.response or self.item

    @property
    def body_id(self):
        return self.about.body_id


@dataclass(frozen=True)
class FailedReminder:
    due: DueReminder
    error: str

    def __str__(self):
        milestone = self.due.milestone
        return f"{milestone.name} ({milestone.deadline}): {self.due.about}"


@dataclass
class ReminderRun:
    sent: list[SentReminder] = field(default_factory=list)
    failed: list[FailedReminder] = field(default_factory=list)

    def summary(self, today: date) -> str:
        count = len(self.sent)
        said = f"Sent {count} reminder{'' if count == 1 else 's'} for {today}"
        if not self.failed:
            return said
        return f"{said}; {len(self.failed)} failed: " + "; ".join(map(str, self.failed))


def send_due_reminders(today: date) -> ReminderRun:
    """Send every reminder due on ``today`` that has not been sent, each on its own: what was
    sent now, and what failed (not recorded, so tried again next time)."""
    run = ReminderRun()
    for due in due_reminders(today):
        try:
            reminder = _deliver(due)
        except Exception as error:  # whatever it is, it must not stop the others' reminders
            _log_failure(due)
            run.failed.append(FailedReminder(due, f"{type(error).__name__}: {error}"))
            continue
        if reminder is not None:
            run.sent.append(reminder)
    return run


def _log_failure(due: DueReminder) -> None:
    about = due.about
    logger.exception(
        "Could not send reminder %s (%s) about %s %s (%s): not recorded, tried again next run",
        due.milestone.name,
        due.milestone.deadline,
        type(about).__name__.lower(),
        about.public_id,
        about,
    )


def due_reminders(today: date) -> list[DueReminder]:
    candidates = [*_response_reminders(today), *_item_reminders(today)]
    already = _already_sent(candidates)
    return [due for due in candidates if due.key not in already]


def _outstanding_responses():
    """Unpublished responses of bodies that have someone to tell: a deployment may hold every
    body, and a national report opens a response for each of them."""
    staffed = User.objects.filter(is_active=True, body__isnull=False).values("body_id")
    responses = Response.objects.awaiting_publication().exclude(status=Status.PUBLISHED)
    responses = responses.filter(body_id__in=staffed)
    return responses.select_related("report", "body__force").order_by("pk")


def _response_reminders(today):
    for response in _outstanding_responses():
        last_day = response.report.statutory_last_day
        statutory = current_milestone(
            "statutory", last_day, today, STATUTORY_DAYS_BEFORE, after=True
        )
        if statutory:
            yield DueReminder(Kind.STATUTORY, statutory, response=response)
        chief_officer = _chief_officer_milestone(response, today)
        if chief_officer:
            yield DueReminder(Kind.CHIEF_OFFICER, chief_officer, response=response)


def _chief_officer_milestone(response, today):
    if response.chief_officer_part_settled or response.chief_officer_due_on is None:
        return None
    due_on = response.chief_officer_due_on
    return current_milestone("chief-officer", due_on, today, CHIEF_OFFICER_DAYS_BEFORE)


def _item_reminders(today):
    items = TrackedItem.objects.overdue(today).with_finding().order_by("pk")
    for item in items:
        milestone = current_milestone("target", item.target_on, today, after=True)
        yield DueReminder(Kind.TARGET, milestone, item=item)


def _already_sent(candidates) -> set[tuple]:
    """Keys of the reminders recorded for these deadlines (one query parameter however many)."""
    if not candidates:
        return set()
    earliest = min(due.milestone.deadline for due in candidates)
    rows = SentReminder.objects.filter(deadline__gte=earliest)
    return set(rows.values_list("response_id", "item_id", "milestone", "deadline"))


def recipients(due: DueReminder) -> list[str]:
    """Email addresses of the people of the thing's own body who should hear of it."""
    owner = due.item.owner if due.item else None
    if owner and owner.is_active and owner.body_id == due.body_id and owner.email:
        return [owner.email]
    users = User.objects.filter(body_id=due.body_id, role__in=KIND_ROLES[due.kind], is_active=True)
    return list(users.exclude(email="").order_by("email").values_list("email", flat=True))


def _deliver(due: DueReminder) -> SentReminder | None:
    """Record and send one reminder; None if there is nobody to tell or another run sent it.
    Any failure to send rolls the record back and is raised."""
    addresses = recipients(due)
    if not addresses:
        return None  # not recorded: it goes as soon as someone is there to receive it
    try:
        with transaction.atomic():
            reminder = _record(due, addresses)
            emails.message_for(due, addresses).send(fail_silently=False)
    except IntegrityError:
        return None  # another run recorded it first, and sends it
    return reminder


def _record(due, addresses) -> SentReminder:
    return SentReminder.objects.create(
        kind=due.kind,
        response=due.response,
        item=due.item,
        milestone=due.milestone.name,
        deadline=due.milestone.deadline,
        recipients=addresses,
    )
