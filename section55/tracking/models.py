"""Implementation tracking: every finding directed at a body's force, followed until it is closed.

A ``TrackedItem`` is opened for each such finding when the body's response is published (or
imported). Its status moves only through ``workflow.py``, each move an ``ItemStatusChange`` row.
Actions, dated updates with evidence files, and the body's periodic reviews hang off the item.

These records are how the body shows it held the force to account, so no deletion elsewhere may
take them with it: every foreign key that leads to them is ``PROTECT``. A finding that is wrong
is withdrawn with a reason, not deleted.
"""

import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


class ItemStatus(models.TextChoices):
    AWAITING_ALLOCATION = "awaiting_allocation", "Awaiting allocation"
    IN_PROGRESS = "in_progress", "In progress"
    AWAITING_SIGN_OFF = "awaiting_sign_off", "Awaiting sign-off"
    CLOSED_COMPLETED = "closed_completed", "Closed: completed"
    CLOSED_SUPERSEDED = "closed_superseded", "Closed: superseded"
    CLOSED_NO_FURTHER_ACTION = "closed_no_further_action", "Closed: no further action"


OPEN_STATUSES = (
    ItemStatus.AWAITING_ALLOCATION,
    ItemStatus.IN_PROGRESS,
    ItemStatus.AWAITING_SIGN_OFF,
)
CLOSED_STATUSES = (
    ItemStatus.CLOSED_COMPLETED,
    ItemStatus.CLOSED_SUPERSEDED,
    ItemStatus.CLOSED_NO_FURTHER_ACTION,
)


class Rag(models.TextChoices):
    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"


class TrackedItemQuerySet(models.QuerySet):
    def for_body(self, body):
        return self.none() if body is None else self.filter(body=body)

    def with_finding(self):
        return self.select_related("finding__report", "owner", "body")

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def closed(self):
        return self.filter(status__in=CLOSED_STATUSES)

    def overdue(self, today=None):
        return self.open().filter(target_on__lt=today or timezone.localdate())


class TrackedItem(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    body = models.ForeignKey(
        "bodies.PolicingBody", on_delete=models.PROTECT, related_name="tracked_items"
    )
    finding = models.ForeignKey(
        "reports.Finding", on_delete=models.PROTECT, related_name="tracked_items"
    )
    response = models.ForeignKey(
        "responses.Response",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tracked_items",
    )
    status = models.CharField(
        max_length=30, choices=ItemStatus.choices, default=ItemStatus.AWAITING_ALLOCATION
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tracked_items",
    )
    target_on = models.DateField("target date", null=True, blank=True)
    rag = models.CharField("RAG rating", max_length=10, choices=Rag.choices, blank=True)
    closure_reason = models.TextField(blank=True)
    superseded_by = models.ForeignKey(
        "reports.Finding",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supersedes",
    )
    closed_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = TrackedItemQuerySet.as_manager()

    class Meta:
        ordering = ["target_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "finding"], name="one_item_per_body_and_finding"
            )
        ]

    def __str__(self):
        return f"{self.finding.heading} of {self.finding.report}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, today=None) -> bool:
        return (
            self.is_open
            and self.target_on is not None
            and self.target_on < (today or timezone.localdate())
        )


class ItemStatusChange(models.Model):
    item = models.ForeignKey(TrackedItem, on_delete=models.PROTECT, related_name="status_changes")
    from_status = models.CharField(max_length=30, choices=ItemStatus.choices)
    to_status = models.CharField(max_length=30, choices=ItemStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class Action(models.Model):
    """A step of the action plan, with who does it and by when."""

    item = models.ForeignKey(TrackedItem, on_delete=models.PROTECT, related_name="actions")
    description = models.TextField()
    owner = models.CharField(max_length=200, help_text="Who does it: a person or a team")
    due_on = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self):
        return self.description[:60]


class ItemUpdate(models.Model):
    """A dated note of progress, with any evidence files."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    item = models.ForeignKey(TrackedItem, on_delete=models.PROTECT, related_name="updates")
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    written_at = models.DateTimeField(default=timezone.now)
    text = models.TextField()

    class Meta:
        ordering = ["-written_at", "-pk"]

    def __str__(self):
        return f"Update of {self.written_at:%Y-%m-%d}"


class Evidence(models.Model):
    """A file given as evidence, kept in the database with its SHA-256 (never changed)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    update = models.ForeignKey(ItemUpdate, on_delete=models.PROTECT, related_name="evidence")
    filename = models.CharField(max_length=255)
    media_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField()

    class Meta:
        ordering = ["filename"]

    def __str__(self):
        return self.filename

    @classmethod
    def of(cls, update, filename, media_type, content: bytes):
        digest = hashlib.sha256(content).hexdigest()
        return cls(
            update=update,
            filename=filename,
            media_type=media_type,
            size=len(content),
            sha256=digest,
            content=content,
        )


class Review(models.Model):
    """The body's periodic review of an item: when, by whom, what was concluded, when next."""

    item = models.ForeignKey(TrackedItem, on_delete=models.PROTECT, related_name="reviews")
    reviewed_on = models.DateField()
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    outcome = models.TextField()
    next_review_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self):
        return f"Review of {self.reviewed_on}"
