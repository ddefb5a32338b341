"""What was published, and when: immutable snapshots of each published version of a response.

A ``PublishedVersion`` is written once when a response is published (or a correction of it is);
its ``PublishedDocument`` rows hold the exact bytes served to the public, with their SHA-256.
Neither is ever updated: a correction is a new version, and every version stays visible.
"""

import hashlib

from django.conf import settings
from django.db import models


class ImmutableRecord(models.Model):
    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError(f"{type(self).__name__} is a published record and cannot be changed")
        super().save(*args, **kwargs)


class PublishedVersionQuerySet(models.QuerySet):
    def public_for_body(self, body):
        return self.filter(response__body=body).select_related("response__report")


class PublishedVersion(ImmutableRecord):
    response = models.ForeignKey(
        "responses.Response", on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField()
    published_on = models.DateField(null=True, blank=True, help_text="Empty if not known (imports)")
    published_at = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    correction_note = models.TextField(blank=True)
    report_published_on = models.DateField(
        null=True, blank=True, help_text="The report's publication date as this version stated it"
    )
    statutory_last_day = models.DateField(
        null=True, blank=True, help_text="The last lawful day as it stood when this was published"
    )
    imported_from = models.CharField(max_length=300, blank=True, help_text="File name, if imported")
    imported_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    html_fragment = models.TextField(help_text="The response as the public page shows it")

    objects = PublishedVersionQuerySet.as_manager()

    class Meta:
        ordering = ["response", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["response", "number"], name="one_version_number")
        ]

    def __str__(self):
        return f"{self.response} version {self.number}"


class PublishedDocument(ImmutableRecord):
    version = models.ForeignKey(
        PublishedVersion, on_delete=models.PROTECT, related_name="documents"
    )
    format = models.CharField(max_length=10)
    media_type = models.CharField(max_length=120)
    content = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()

    class Meta:
        ordering = ["version", "format"]
        constraints = [
            models.UniqueConstraint(fields=["version", "format"], name="one_document_per_format")
        ]

    def __str__(self):
        return f"{self.version} ({self.format})"

    @classmethod
    def of(cls, version, format_name, media_type, content: bytes):
        digest = hashlib.sha256(content).hexdigest()
        return cls(
            version=version,
            format=format_name,
            media_type=media_type,
            content=content,
            sha256=digest,
            size=len(content),
        )


class ChecklistEntry(models.Model):
    """One office-use checklist item done for a response: who did it, when, and where to."""

    response = models.ForeignKey(
        "responses.Response", on_delete=models.CASCADE, related_name="checklist_entries"
    )
    item = models.CharField(max_length=300)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    done_at = models.DateTimeField(auto_now_add=True)
    address = models.URLField(blank=True, max_length=500, help_text="Where it was published")

    class Meta:
        ordering = ["done_at"]
        constraints = [
            models.UniqueConstraint(fields=["response", "item"], name="one_entry_per_item")
        ]

    def __str__(self):
        return f"{self.item} ({self.done_at:%Y-%m-%d})"
