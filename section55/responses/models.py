"""The section 55 response: one per policing body and report.

This holds what the deadline rules need — which body answers which report, and when (if ever) the
answer was published. The drafting and approval workflow builds on it.
"""

import uuid

from django.db import models
from django.utils import timezone

from section55 import deadlines


class ResponseQuerySet(models.QuerySet):
    def for_body(self, body):
        if body is None:
            return self.none()
        return self.filter(body=body)

    def with_report(self):
        return self.select_related("report")

    def awaiting_publication(self):
        return self.filter(published_on__isnull=True)

    def published(self):
        return self.filter(published_on__isnull=False)


class Response(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    body = models.ForeignKey(
        "bodies.PolicingBody", on_delete=models.PROTECT, related_name="responses"
    )
    report = models.ForeignKey("reports.Report", on_delete=models.CASCADE, related_name="responses")
    published_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["report__published_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "report"], name="one_response_per_body_and_report"
            )
        ]

    def __str__(self):
        return f"{self.body} response to {self.report}"

    def deadline_state(self, today=None) -> deadlines.DeadlineState:
        return deadlines.deadline_state(
            self.report.published_on, today or timezone.localdate(), self.published_on
        )

    @property
    def chief_officer_due_on(self):
        return self.report.chief_officer_due_on(self.body)
