"""What the API says and accepts, field by field. Every response has an explicit schema here, so
the OpenAPI description is the contract and schemathesis can hold the API to it."""

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Schema
from pydantic import AfterValidator, StringConstraints

from section55.deadlines import DeadlineStatus
from section55.reports.models import FindingKind, Scope
from section55.responses.models import Status
from section55.tracking.models import ItemStatus, Rag


def _storable(text: str) -> str:
    """Refuse what no database column can hold: NUL characters and lone surrogates."""
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return text


def Text(max_length: int, min_length: int = 0):  # noqa: N802 - reads as a type
    return Annotated[
        str,
        StringConstraints(min_length=min_length, max_length=max_length),
        AfterValidator(_storable),
    ]


Reason = Text(5000)
EmailAddress = Text(254)
UpdateText = Text(10_000, min_length=1)
Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]+$", max_length=100)]


class Error(Schema):
    detail: str


class ValidationErrors(Schema):
    detail: list[dict]


# Public: forces, bodies, reports, findings, published responses.


class Period(Schema):
    name: str
    kind: str
    office_holder_title: str
    website: str
    effective_from: date
    effective_to: date | None


class ForceOut(Schema):
    slug: str
    name: str
    short_name: str
    country: str
    website: str
    chief_officer_title: str
    body: str = Field(description="The slug of the local policing body overseeing the force")

    @staticmethod
    def resolve_body(force):
        return force.body.slug


class BodyOut(Schema):
    slug: str
    force: str = Field(description="The slug of the force the body oversees")
    name: str
    kind: str | None
    website: str
    current: Period | None = Field(description="Who the body is today")

    @staticmethod
    def resolve_force(body):
        return body.force.slug

    @staticmethod
    def resolve_website(body):
        return body.current.website if body.current else ""


class BodyDetail(BodyOut):
    periods: list[Period] = Field(description="Who the body has been, oldest first")

    @staticmethod
    def resolve_periods(body):
        return list(body.periods.all())


class ReportOut(Schema):
    slug: str
    title: str
    url: str
    published_on: date
    statutory_last_day: date
    publication_types: list[str]
    scope: Scope
    forces: list[str] = Field(description="Slugs of the forces named; empty for all forces")

    @staticmethod
    def resolve_forces(report):
        return [force.slug for force in report.forces.all()]


class FindingOut(Schema):
    id: UUID = Field(alias="public_id")
    kind: FindingKind
    ref: str
    heading: str
    parent: UUID | None = Field(description="The cause of concern this recommendation is under")
    text: str
    items: list[str]
    timescale: str
    due_on: date | None
    addressees: list[str]
    directed_at_forces: bool

    @staticmethod
    def resolve_parent(finding):
        return finding.parent.public_id if finding.parent_id else None


class ReportDetail(ReportOut):
    key_findings: str
    recommendations_in_report: int | None
    findings: list[FindingOut]

    @staticmethod
    def resolve_findings(report):
        return list(report.findings.all())


class Deadline(Schema):
    status: DeadlineStatus
    days: int = Field(description="Days remaining when due; days overdue or late otherwise")
    last_day: date = Field(description="The last lawful day to publish, s55(5A)")
    words: str


class DocumentOut(Schema):
    format: str
    media_type: str
    size: int
    sha256: str
    url: str

    @staticmethod
    def resolve_url(document):
        version = document.version
        response = version.response
        path = reverse(
            "publishing:document",
            args=[response.body.slug, response.report.slug, version.number, document.format],
        )
        return settings.SITE_URL + path


class VersionOut(Schema):
    number: int
    published_on: date | None
    published_at: datetime
    correction_note: str
    imported: bool
    documents: list[DocumentOut]

    @staticmethod
    def resolve_imported(version):
        return bool(version.imported_from)

    @staticmethod
    def resolve_documents(version):
        return list(version.documents.all())


class PublishedResponseOut(Schema):
    body: str
    body_name: str = Field(description="The body's name when it published the response")
    report: str
    report_title: str
    report_published_on: date
    published_on: date | None = Field(description="First published; empty if not recorded")
    deadline: Deadline
    on_time: bool | None = Field(description="Published by the statutory last day")
    page_url: str
    versions: list[VersionOut]

    @staticmethod
    def resolve_body(response):
        return response.body.slug

    @staticmethod
    def resolve_body_name(response):
        period = response.body.period_on(response.published_on or timezone.localdate())
        return period.name if period else response.body.name

    @staticmethod
    def resolve_report(response):
        return response.report.slug

    @staticmethod
    def resolve_report_title(response):
        return response.report.title

    @staticmethod
    def resolve_report_published_on(response):
        return response.report.published_on

    @staticmethod
    def resolve_deadline(response):
        return response.deadline_state()

    @staticmethod
    def resolve_on_time(response):
        state = response.deadline_state()
        return None if state.status == DeadlineStatus.PUBLISHED_DATE_UNKNOWN else state.days == 0

    @staticmethod
    def resolve_page_url(response):
        path = reverse("publishing:response", args=[response.body.slug, response.report.slug])
        return settings.SITE_URL + path

    @staticmethod
    def resolve_versions(response):
        return list(response.versions.all())


class AnsweredFinding(Schema):
    kind: FindingKind
    ref: str = Field(description="As printed; empty where the report does not number it")
    heading: str
    text: str
    items: list[str]
    due_on: date | None
    chief_officer_position: str | None = Field(description="Accepted, Partially accepted, ...")
    chief_officer_response: str | None = Field(description="Paragraphs separated by blank lines")
    body_explanation: str | None = Field(
        description="s55(5B): the action taken or proposed, or why none is"
    )


class AnsweredFindingOut(AnsweredFinding):
    recommendations: list[AnsweredFinding] = Field(
        description="A cause of concern's recommendations, each with its answers"
    )


class PublishedContent(Schema):
    """What a published version says, read back from its published text."""

    version: int
    chief_officer_comments: str
    body_comments: str
    body_response_to_chief_officer: str
    findings: list[AnsweredFindingOut] = Field(
        description="In the report's order; a cause of concern holds the recommendations under it"
    )


class PublishedResponseDetail(PublishedResponseOut):
    content: PublishedContent | None = Field(
        description="What the latest version says; empty if its text cannot be read back"
    )


# Private: a token's own body's drafts and tracked items.


class ReportSummary(Schema):
    slug: str
    title: str
    published_on: date


class DraftOut(Schema):
    id: UUID = Field(alias="public_id")
    report: ReportSummary
    status: Status
    status_label: str
    chief_officer_due_on: date = Field(description="As set when invited, or the body's default")
    deadline: Deadline
    missing: list[str] = Field(description="What must be written before approval")

    @staticmethod
    def resolve_status_label(response):
        return response.get_status_display()

    @staticmethod
    def resolve_chief_officer_due_on(response):
        return response.chief_officer_due_on or response.default_chief_officer_due_on

    @staticmethod
    def resolve_deadline(response):
        return response.deadline_state()

    @staticmethod
    def resolve_missing(response):
        from section55.responses.completeness import missing_for_approval

        return missing_for_approval(response)


class FindingSummary(Schema):
    id: UUID = Field(alias="public_id")
    kind: FindingKind
    ref: str
    heading: str
    text: str
    due_on: date | None


class ActionOut(Schema):
    description: str
    owner: str
    due_on: date | None
    done_on: date | None


class EvidenceOut(Schema):
    id: UUID = Field(alias="public_id")
    filename: str
    media_type: str
    size: int
    sha256: str


class UpdateOut(Schema):
    id: UUID = Field(alias="public_id")
    written_by: str | None
    written_at: datetime
    text: str
    evidence: list[EvidenceOut]

    @staticmethod
    def resolve_written_by(update):
        return update.written_by.email if update.written_by else None

    @staticmethod
    def resolve_evidence(update):
        return list(update.evidence.all())


class StatusChangeOut(Schema):
    from_status: ItemStatus
    to_status: ItemStatus
    changed_by: str | None
    changed_at: datetime
    reason: str

    @staticmethod
    def resolve_changed_by(change):
        return change.changed_by.email if change.changed_by else None


class ReviewOut(Schema):
    reviewed_on: date
    reviewer: str | None
    outcome: str
    next_review_on: date | None

    @staticmethod
    def resolve_reviewer(review):
        return review.reviewer.email if review.reviewer else None


class TrackedItemOut(Schema):
    id: UUID = Field(alias="public_id")
    report: ReportSummary
    finding: FindingSummary
    status: ItemStatus
    status_label: str
    owner: str | None = Field(description="The owner's email address")
    target_on: date | None
    rag: Rag | Literal[""]
    overdue: bool
    closed_on: date | None
    closure_reason: str
    superseded_by: UUID | None = Field(description="The later finding that replaces this one")

    @staticmethod
    def resolve_report(item):
        return item.finding.report

    @staticmethod
    def resolve_status_label(item):
        return item.get_status_display()

    @staticmethod
    def resolve_owner(item):
        return item.owner.email if item.owner else None

    @staticmethod
    def resolve_overdue(item):
        return item.is_overdue()

    @staticmethod
    def resolve_superseded_by(item):
        return item.superseded_by.public_id if item.superseded_by_id else None


class TrackedItemDetail(TrackedItemOut):
    actions: list[ActionOut]
    updates: list[UpdateOut] = Field(description="Newest first")
    history: list[StatusChangeOut] = Field(description="Every change of status, oldest first")
    reviews: list[ReviewOut] = Field(description="Newest first")

    @staticmethod
    def resolve_actions(item):
        return list(item.actions.all())

    @staticmethod
    def resolve_updates(item):
        return list(item.updates.select_related("written_by").prefetch_related("evidence"))

    @staticmethod
    def resolve_history(item):
        return list(item.status_changes.select_related("changed_by"))

    @staticmethod
    def resolve_reviews(item):
        return list(item.reviews.select_related("reviewer"))


Transition = Literal[
    "allocate",
    "request_sign_off",
    "return_to_progress",
    "close_completed",
    "close_superseded",
    "close_no_further_action",
    "reopen",
]


class TransitionIn(Schema):
    transition: Transition
    reason: Reason = Field("", description="Why; required to return, close or reopen")
    owner: EmailAddress | None = Field(
        None, description="allocate: the email address of someone in your office"
    )
    target_on: date | None = Field(None, description="allocate: a new target date")
    superseded_by: UUID | None = Field(
        None, description="close_superseded: the id of the later finding that replaces this one"
    )


class UpdateIn(Schema):
    text: UpdateText = Field(description="What has been done")
    rag: Rag | Literal[""] = Field("", description="A new RAG rating, or empty for no change")
