"""Open to anyone: forces, bodies, the reports some body has answered, and published responses.

A report, with its findings, is listed once a body has published a response to it: reports and
findings are HMICFRS's public facts, and a published response makes the report part of the
public record here. Nothing about drafts is reachable from these endpoints.

A published response's words (its ``content``) are read back from the text its latest version
published, never from the records behind it: those may have changed since (a correction under
way, a report corrected by another body), and the API must say what was published.
"""

from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router
from ninja.pagination import paginate

from section55.api import schemas
from section55.api.pagination import Pages
from section55.api.schemas import Slug
from section55.bodies.models import Force, PolicingBody
from section55.extraction import DocumentError, parse_response_bytes, stem_of
from section55.publishing.models import PublishedDocument, PublishedVersion
from section55.reports.models import Finding, FindingKind, Report
from section55.responses.models import Response

router = Router(tags=["public"])

NOT_FOUND = {404: schemas.Error, 422: schemas.ValidationErrors}
LISTED = {422: schemas.ValidationErrors}


def _forces():
    return Force.objects.select_related("body").order_by("short_name", "pk")


def _bodies():
    return PolicingBody.objects.with_force().order_by("slug")


def _published_responses():
    """Responses with at least one published version, and those versions without their bytes."""
    documents = PublishedDocument.objects.defer("content").order_by("format")
    versions = PublishedVersion.objects.defer("html_fragment").prefetch_related(
        Prefetch("documents", queryset=documents)
    )
    return (
        Response.objects.filter(Exists(PublishedVersion.objects.filter(response=OuterRef("pk"))))
        .select_related("report", "body__force")
        .prefetch_related("body__periods", Prefetch("versions", queryset=versions))
        .order_by("-published_on", "report__slug", "body__slug")
    )


def _public_reports():
    answered = Response.objects.filter(report=OuterRef("pk"), versions__isnull=False)
    return (
        Report.objects.filter(Exists(answered))
        .prefetch_related("forces")
        .order_by("-published_on", "slug")
    )


@router.get("/forces", response={200: list[schemas.ForceOut], **LISTED})
@paginate(Pages)
def forces(request):
    return _forces()


@router.get("/forces/{slug}", response={200: schemas.ForceOut, **NOT_FOUND})
def force(request, slug: Path[Slug]):
    return get_object_or_404(_forces(), slug=slug)


@router.get("/bodies", response={200: list[schemas.BodyOut], **LISTED})
@paginate(Pages)
def bodies(request):
    return _bodies()


@router.get("/bodies/{slug}", response={200: schemas.BodyDetail, **NOT_FOUND})
def body(request, slug: Path[Slug]):
    return get_object_or_404(_bodies(), slug=slug)


@router.get("/reports", response={200: list[schemas.ReportOut], **LISTED})
@paginate(Pages)
def reports(request):
    return _public_reports()


@router.get("/reports/{slug}", response={200: schemas.ReportDetail, **NOT_FOUND})
def report(request, slug: Path[Slug]):
    findings = Finding.objects.select_related("parent")
    reports = _public_reports().prefetch_related(Prefetch("findings", queryset=findings))
    return get_object_or_404(reports, slug=slug)


@router.get("/responses", response={200: list[schemas.PublishedResponseOut], **LISTED})
@paginate(Pages)
def responses(request, body: Query[Slug | None] = None, report: Query[Slug | None] = None):
    found = _published_responses()
    if body:
        found = found.filter(body__slug=body)
    if report:
        found = found.filter(report__slug=report)
    return found


@router.get(
    "/responses/{body}/{report}", response={200: schemas.PublishedResponseDetail, **NOT_FOUND}
)
def published_response(request, body: Path[Slug], report: Path[Slug]):
    response = get_object_or_404(_published_responses(), body__slug=body, report__slug=report)
    response.content = _published_content(response.versions.all()[0])
    return response


def _published_content(version) -> dict | None:
    """The version's published text, read back into its parts; None if it cannot be."""
    stored = PublishedDocument.objects.filter(version=version, format="txt").first()
    if stored is None:
        return None
    try:
        parsed = parse_response_bytes(bytes(stored.content), "response.txt")
    except DocumentError:
        return None
    return {
        "version": version.number,
        "chief_officer_comments": parsed.chief_officer_comments,
        "body_comments": parsed.lpb_comments,
        "body_response_to_chief_officer": parsed.lpb_response_to_chief_officer,
        "findings": _nested(parsed),
    }


def _nested(parsed) -> list[dict]:
    """Findings in order, each recommendation under a cause of concern inside it."""
    answered = [_answered(parsed, n) for n in range(len(parsed.findings))]
    top = []
    for finding, entry in zip(parsed.findings, answered, strict=True):
        parent = finding.parent
        if parent is not None and parsed.findings[parent].kind == FindingKind.CAUSE_OF_CONCERN:
            answered[parent]["recommendations"].append(entry)
        else:
            top.append(entry)
    return top


def _answered(parsed, n: int) -> dict:
    finding = parsed.findings[n]
    label = FindingKind(finding.kind).label
    return {
        "kind": finding.kind,
        "ref": finding.ref or "",
        "heading": f"{label} {finding.ref}" if finding.ref else label,
        "text": stem_of(finding.text, finding.items),
        "items": list(finding.items),
        "due_on": finding.due_on,
        "chief_officer_position": parsed.positions[n],
        "chief_officer_response": parsed.responses[n],
        "body_explanation": parsed.explanations[n],
        "recommendations": [],
    }
