"""The section 55 response: one per policing body and report, and its workflow.

States move only through the named transitions in ``workflow.py``; each move writes a
``StatusChange`` row (who, when, from, to, why), which is never edited. What the chief officer and
the body say about each finding is a ``FindingResponse``.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from section55 import deadlines
from section55.reports.models import FindingKind


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    CHIEF_OFFICER_INVITED = "chief_officer_invited", "Chief officer invited to comment"
    CHIEF_OFFICER_RECEIVED = "chief_officer_received", "Chief officer's comments received"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"
    NOT_REQUIRED = "not_required", "Not required"


class Position(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    PARTIALLY_ACCEPTED = "partially_accepted", "Partially accepted"
    NOT_ACCEPTED = "not_accepted", "Not accepted"
    NOTED = "noted", "Noted"


class ResponseQuerySet(models.QuerySet):
    def for_body(self, body):
        if body is None:
            return self.none()
        return self.filter(body=body)

    def with_report(self):
        return self.select_related("report", "body__force")

    def awaiting_publication(self):
        return self.filter(published_on__isnull=True).exclude(status=Status.NOT_REQUIRED)

    def published(self):
        return self.filter(published_on__isnull=False)


class Response(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    body = models.ForeignKey(
        "bodies.PolicingBody", on_delete=models.PROTECT, related_name="responses"
    )
    report = models.ForeignKey("reports.Report", on_delete=models.PROTECT, related_name="responses")
    status = models.CharField(max_length=30, choices=Status.choices, default=Status.DRAFT)
    chief_officer_due_on = models.DateField(
        null=True, blank=True, help_text="The date the chief officer's comments were requested by"
    )
    chief_officer_comments = models.TextField(blank=True)
    chief_officer_not_submitted = models.BooleanField(
        default=False, help_text="The chief officer did not submit comments by the date set"
    )
    body_comments = models.TextField(blank=True)
    body_response_to_chief_officer = models.TextField(blank=True)
    not_required_reason = models.TextField(blank=True)
    answered_by_report = models.ForeignKey(
        "reports.Report",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The force report whose response answers the same findings",
    )
    published_on = models.DateField(null=True, blank=True)
    published_report_date = models.DateField(
        null=True,
        blank=True,
        help_text="The report's publication date as it stood when this response was first "
        "published: the on-time record is judged against it, whatever later corrections say",
    )
    checklist_as_published = models.JSONField(
        default=list, blank=True, help_text="An imported response's own checklist lines"
    )
    revision = models.PositiveIntegerField(
        default=1, help_text="Goes up on every save, so concurrent edits are detected"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ResponseQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["report__published_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "report"], name="one_response_per_body_and_report"
            )
        ]

    def __str__(self):
        return f"{self.body} response to {self.report}"

    @property
    def deadline_basis(self):
        """The report date the deadline runs from: fixed at first publication."""
        return self.published_report_date or self.report.published_on

    @property
    def statutory_last_day(self):
        return deadlines.statutory_last_day(self.deadline_basis)

    @property
    def report_date_corrected_since_publication(self) -> bool:
        return bool(self.published_report_date) and (
            self.published_report_date != self.report.published_on
        )

    def deadline_state(self, today=None) -> deadlines.DeadlineState:
        return deadlines.deadline_state(
            self.deadline_basis,
            today or timezone.localdate(),
            self.published_on,
            published=self.status == Status.PUBLISHED,
        )

    @property
    def default_chief_officer_due_on(self):
        return self.report.chief_officer_due_on(self.body)

    @property
    def chief_officer_part_settled(self) -> bool:
        return self.chief_officer_not_submitted or self.status not in (
            Status.DRAFT,
            Status.CHIEF_OFFICER_INVITED,
        )

    def findings_for_force(self):
        return self.report.current_findings().filter(directed_at_forces=True)

    def recommendations(self):
        return self.report.current_findings().filter(kind=FindingKind.RECOMMENDATION)

    def finding_responses_by_finding(self) -> dict:
        return {fr.finding_id: fr for fr in self.finding_responses.all()}


class FindingResponse(models.Model):
    """What the chief officer and the body say about one finding of the report."""

    response = models.ForeignKey(
        Response, on_delete=models.CASCADE, related_name="finding_responses"
    )
    # PROTECT: what a body said about a finding outlives any attempt to delete the finding.
    finding = models.ForeignKey(
        "reports.Finding", on_delete=models.PROTECT, related_name="finding_responses"
    )
    position = models.CharField(max_length=20, choices=Position.choices, blank=True)
    chief_officer_text = models.TextField(blank=True)
    body_explanation = models.TextField(
        blank=True, help_text="s55(5B): the action taken or proposed, or why none is"
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "finding"], name="one_answer_per_finding")
        ]

    def __str__(self):
        return f"Answer to {self.finding} in {self.response}"


class StatusChange(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=30, choices=Status.choices)
    to_status = models.CharField(max_length=30, choices=Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status} at {self.changed_at:%Y-%m-%d %H:%M}"
