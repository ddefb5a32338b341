"""What was reminded, and each person's private calendar address.

A ``SentReminder`` row is written in the same transaction as its email is sent; its unique
constraints are what makes a reminder go once, however often or however many processes at once
``services.send_due_reminders`` runs. The deadline date is part of the key, so a deadline that is
moved (a new chief officer date, an extended target date) is reminded again.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Kind(models.TextChoices):
    CHIEF_OFFICER = "chief_officer", "Chief officer's comments due"
    STATUTORY = "statutory", "Statutory last day to publish"
    TARGET = "target", "Tracked item past its target date"


class SentReminder(models.Model):
    kind = models.CharField(max_length=20, choices=Kind.choices)
    response = models.ForeignKey(
        "responses.Response",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sent_reminders",
    )
    item = models.ForeignKey(
        "tracking.TrackedItem",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sent_reminders",
    )
    milestone = models.CharField(max_length=40, help_text="For example statutory-7")
    deadline = models.DateField(help_text="The date the reminder is about")
    recipients = models.JSONField(default=list)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["sent_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(response__isnull=False, item__isnull=True)
                | Q(response__isnull=True, item__isnull=False),
                name="reminder_is_about_a_response_or_an_item",
            ),
            models.UniqueConstraint(
                fields=["response", "milestone", "deadline"],
                condition=Q(response__isnull=False),
                name="one_reminder_per_response_milestone",
            ),
            models.UniqueConstraint(
                fields=["item", "milestone", "deadline"],
                condition=Q(item__isnull=False),
                name="one_reminder_per_item_milestone",
            ),
        ]

    def __str__(self):
        return f"{self.milestone} of {self.response or self.item}"


def new_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret in a person's calendar address. Resetting it makes the old address 404."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Calendar of {self.user}"

    def reset(self):
        self.token = new_token()
        self.created_at = timezone.now()
        self.save(update_fields=["token", "created_at"])
