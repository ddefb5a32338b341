"""HMICFRS inspection reports and the findings they make.

A report is a shared fact, registered once and seen by every body whose force it concerns (the
named forces, or every force when its scope is all forces in England and Wales). Its ``owner`` is
only the body that registered it: the editors of any body concerned may correct it, and every
correction is kept as a ``ReportCorrection`` that all those bodies see (docs/adr/007).
A finding that a body has answered or tracks is never deleted: it is withdrawn, with a reason.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from section55 import deadlines


class Scope(models.TextChoices):
    NAMED_FORCES = "named_forces", "Named forces"
    ALL_FORCES = "all_forces", "All forces in England and Wales"


class ReportQuerySet(models.QuerySet):
    def visible_to(self, body):
        """Reports concerning ``body``'s force; ``None`` (no body) sees nothing."""
        if body is None:
            return self.none()
        names_force = Report.forces.through.objects.filter(
            report=OuterRef("pk"), force_id=body.force_id
        )
        return self.filter(Q(scope=Scope.ALL_FORCES) | Exists(names_force))

    def editable_by(self, user):
        """Any body concerned may correct a report; every correction is recorded and shown."""
        if not user.can_edit_reports:
            return self.none()
        return self.visible_to(user.body)

    def same_as(self, *, url, title, published_on, force_ids, national):
        """Reports already registered that a new one with these details would duplicate: the same
        address, or the same title and publication date with at least one force in common."""
        same_address = Q(url=url) if url else Q(pk__in=[])
        same_title = Q(title__iexact=" ".join(title.split()), published_on=published_on)
        if not national:
            named = Report.forces.through.objects.filter(
                report=OuterRef("pk"), force_id__in=force_ids
            )
            same_title &= Q(scope=Scope.ALL_FORCES) | Exists(named)
        return self.filter(same_address | same_title)


class Report(models.Model):
    slug = models.SlugField(max_length=90, unique=True, editable=False)
    title = models.CharField(max_length=400)
    url = models.URLField("link to the report", max_length=500, blank=True)
    published_on = models.DateField("publication date")
    publication_types = models.JSONField(default=list, blank=True)
    scope = models.CharField(max_length=20, choices=Scope.choices, default=Scope.NAMED_FORCES)
    forces = models.ManyToManyField("bodies.Force", related_name="reports", blank=True)
    key_findings = models.TextField(blank=True)
    recommendations_in_report = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="How many recommendations the report makes in all, when not all are recorded",
    )
    owner = models.ForeignKey(
        "bodies.PolicingBody", on_delete=models.PROTECT, related_name="registered_reports"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReportQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self) -> str:
        stem = slugify(self.title)[:70].strip("-") or "report"
        stem = f"{stem}-{self.published_on:%Y-%m}"
        slug, n = stem, 2
        while Report.objects.filter(slug=slug).exists():
            slug, n = f"{stem}-{n}", n + 1
        return slug

    @property
    def statutory_last_day(self):
        return deadlines.statutory_last_day(self.published_on)

    @property
    def is_national(self) -> bool:
        return self.scope == Scope.ALL_FORCES

    def chief_officer_due_on(self, body):
        return deadlines.chief_officer_due_on(self.published_on, body.chief_officer_lead_days)

    def forces_description(self) -> str:
        if self.is_national:
            return "All local forces in England and Wales"
        return ", ".join(force.name for force in self.forces.all())

    def concerns(self, force) -> bool:
        return self.is_national or self.forces.filter(pk=force.pk).exists()

    def current_findings(self):
        return self.findings.filter(withdrawn_at__isnull=True)


class FindingKind(models.TextChoices):
    RECOMMENDATION = "recommendation", "Recommendation"
    AREA_FOR_IMPROVEMENT = "area_for_improvement", "Area for improvement"
    CAUSE_OF_CONCERN = "cause_of_concern", "Cause of concern"


class Finding(models.Model):
    """One recommendation, area for improvement or cause of concern, as the report prints it."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="findings")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=30, choices=FindingKind.choices)
    ref = models.CharField("reference", max_length=20, blank=True, help_text="As printed, e.g. 3")
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"kind": FindingKind.CAUSE_OF_CONCERN},
    )
    text = models.TextField()
    items = models.JSONField(default=list, blank=True)
    timescale = models.CharField(max_length=200, blank=True)
    due_on = models.DateField(null=True, blank=True)
    addressees = models.JSONField(default=list, blank=True)
    directed_at_forces = models.BooleanField(default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    withdrawal_reason = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "position", "pk"]

    def __str__(self):
        return self.heading

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def heading(self) -> str:
        label = self.get_kind_display()
        return f"{label} {self.ref}" if self.ref else label


class ExtractionDraft(models.Model):
    """Findings read from a report's document, waiting for a person to check them.

    None of them is a finding of the report until the person confirms: then the included ones are
    written to the report and the draft is deleted. ``content`` holds the extraction as
    ``section55.extraction`` gives it (``Extraction.as_dict()``), each finding with an
    ``include`` flag and the text of the document around it (``context``), so the review page
    needs nothing else.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="extraction_drafts")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source_name = models.CharField(max_length=500)
    format = models.CharField(max_length=10)
    content = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Findings read from {self.source_name}"

    @property
    def findings(self) -> list[dict]:
        return self.content.setdefault("findings", [])

    @property
    def warnings(self) -> list[str]:
        return self.content.get("warnings", [])


class FindingLink(models.Model):
    """A body's judgement that a later finding repeats or supersedes an earlier one."""

    class Kind(models.TextChoices):
        REPEATS = "repeats", "Repeats"
        SUPERSEDES = "supersedes", "Supersedes"

    body = models.ForeignKey("bodies.PolicingBody", on_delete=models.CASCADE, related_name="+")
    later = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="links_to_earlier")
    earlier = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="links_to_later")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["body", "later", "earlier"], name="one_link_per_pair")
        ]

    def __str__(self):
        return f"{self.later} {self.kind} {self.earlier}"


class ReportCorrection(models.Model):
    """One correction of a shared report's details or findings: who, of which body, when, what.

    Append-only. ``changes`` lists ``{"field", "before", "after"}`` in words a reader understands;
    ``finding`` is set when the correction was to one finding (added, changed or withdrawn).
    """

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="corrections")
    finding = models.ForeignKey(
        Finding, on_delete=models.SET_NULL, null=True, blank=True, related_name="corrections"
    )
    body = models.ForeignKey("bodies.PolicingBody", on_delete=models.PROTECT, related_name="+")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    made_at = models.DateTimeField(auto_now_add=True)
    summary = models.CharField(max_length=300)
    changes = models.JSONField(default=list, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-made_at", "-pk"]

    def __str__(self):
        return f"{self.summary} ({self.made_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A report correction is a record and cannot be changed")
        super().save(*args, **kwargs)

    @property
    def changed_publication_date(self) -> bool:
        return any(change["field"] == "Publication date" for change in self.changes)
