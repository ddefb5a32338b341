"""Police forces and the local policing bodies that oversee them.

A ``PolicingBody`` is the tenant: users, responses and tracked items belong to exactly one. It is
stable across changes of governance (a PCC replaced by a mayor keeps the same body, slug and
records); what changes is its ``BodyPeriod`` — name, kind, office holder and website — which is
stored as data with effective dates, never written into code.
"""

from datetime import date

from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from section55.deadlines import DEFAULT_CHIEF_OFFICER_LEAD_DAYS


class Force(models.Model):
    class Country(models.TextChoices):
        ENGLAND = "England"
        WALES = "Wales"

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200, help_text="Official name, e.g. Norfolk Constabulary")
    short_name = models.CharField(max_length=100, help_text="As HMICFRS lists it, e.g. Norfolk")
    website = models.URLField(blank=True)
    country = models.CharField(max_length=10, choices=Country.choices)
    chief_officer_title = models.CharField(
        max_length=60, default="Chief Constable", help_text="Commissioner in London's two forces"
    )

    class Meta:
        ordering = ["short_name"]

    def __str__(self):
        return self.name


class BodyKind(models.TextChoices):
    PCC = "pcc", "Police and Crime Commissioner"
    PFCC = "pfcc", "Police, Fire and Crime Commissioner"
    MAYOR = "mayor", "Mayor with police and crime commissioner functions"
    POLICE_AUTHORITY = "police_authority", "Police authority"


class PolicingBodyQuerySet(models.QuerySet):
    def with_force(self):
        return self.select_related("force").prefetch_related("periods")


class PolicingBody(models.Model):
    force = models.OneToOneField(Force, on_delete=models.PROTECT, related_name="body")
    slug = models.SlugField(unique=True, help_text="Used in public addresses; never changes")
    chief_officer_lead_days = models.PositiveSmallIntegerField(
        default=DEFAULT_CHIEF_OFFICER_LEAD_DAYS,
        help_text="Days before the statutory last day that the chief officer's comments are due",
    )

    # The body's own wording for its published responses; empty means the default.
    response_title = models.CharField(
        max_length=300,
        blank=True,
        help_text="Title of published responses; empty for "
        "'<body name> response to inspections published by HMICFRS'",
    )
    statutory_paragraph = models.TextField(blank=True, help_text="Empty for the standard wording")
    office_short_title = models.CharField(
        max_length=40, blank=True, help_text="As used in headings, e.g. PCC; empty to use the kind"
    )
    checklist_items = models.JSONField(
        default=list, blank=True, help_text="Office-use checklist; empty for the standard items"
    )

    history = HistoricalRecords()

    objects = PolicingBodyQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name_plural = "policing bodies"

    def __str__(self):
        return self.name

    def period_on(self, day: date) -> "BodyPeriod | None":
        """The governance in force on ``day``; uses prefetched periods when present."""
        return next((p for p in self.periods.all() if p.covers(day)), None)

    @property
    def current(self) -> "BodyPeriod | None":
        if not hasattr(self, "_current_period"):
            self._current_period = self.period_on(timezone.localdate())
        return self._current_period

    @property
    def name(self) -> str:
        return self.current.name if self.current else self.force.short_name

    @property
    def kind(self) -> str | None:
        return self.current.kind if self.current else None

    @property
    def office_short_name(self) -> str:
        """How headings name the office: PCC, PFCC, Mayor, Police Authority."""
        return self.office_short_title or _SHORT_TITLES.get(self.kind, "Policing body")


_SHORT_TITLES = {
    "pcc": "PCC",
    "pfcc": "PFCC",
    "mayor": "Mayor",
    "police_authority": "Police Authority",
}


class BodyPeriod(models.Model):
    """Who the local policing body was between two dates."""

    body = models.ForeignKey(PolicingBody, on_delete=models.CASCADE, related_name="periods")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=BodyKind.choices)
    office_holder_title = models.CharField(max_length=100)
    website = models.URLField(blank=True)
    effective_from = models.DateField()
    effective_to = models.DateField(null=True, blank=True, help_text="Last day; empty if current")

    class Meta:
        ordering = ["body", "effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["body", "effective_from"], name="one_period_per_start"),
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True)
                | Q(effective_to__gte=models.F("effective_from")),
                name="period_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.effective_from:%Y}–{self.effective_to or 'now'})"

    def covers(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )
