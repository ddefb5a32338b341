"""Open data about a body, for anyone: its published responses and the public status of each
tracked item.

Only what is already public goes out: responses with a published version (drafts have none),
and for tracked items the finding as the report prints it, its status and its dates. Owners,
RAG ratings, closure reasons, updates and evidence are the body's working papers and are never
included.
"""

from __future__ import annotations

from django.db.models import Exists, Max, OuterRef, Prefetch
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone

from section55.dashboards.exports.files import as_text, csv_response
from section55.publishing.models import PublishedDocument, PublishedVersion
from section55.responses.models import Response
from section55.tracking.models import TrackedItem

DOCUMENT_FORMATS = ("html", "pdf", "docx", "txt")
RESPONSE_FIELDS = (
    "report_title",
    "report_slug",
    "report_url",
    "report_published_on",
    "statutory_last_day",
    "response_published_on",
    "deadline",
    "published_on_time",
    "page_url",
    "latest_version",
    *(f"{fmt}_url" for fmt in DOCUMENT_FORMATS),
)
TRACKER_FIELDS = (
    "item_id",
    "report_title",
    "report_slug",
    "finding",
    "finding_kind",
    "finding_reference",
    "finding_text",
    "status",
    "status_label",
    "target_on",
    "closed_on",
    "status_changed_on",
)


def published_responses(body):
    documents = PublishedDocument.objects.only("id", "version_id", "format")
    versions = PublishedVersion.objects.only("id", "response_id", "number").prefetch_related(
        Prefetch("documents", queryset=documents)
    )
    return (
        Response.objects.filter(body=body, versions__isnull=False)
        .distinct()
        .select_related("report")
        .prefetch_related(Prefetch("versions", queryset=versions))
        .order_by("-published_on", "report__title")
    )


def response_record(request, body, response) -> dict:
    latest = max(response.versions.all(), key=lambda version: version.number)
    state = response.deadline_state()
    report = response.report
    record = {
        "report_title": report.title,
        "report_slug": report.slug,
        "report_url": report.url,
        # The date the response was published against, as its on-time record is (ADR 7).
        "report_published_on": response.deadline_basis.isoformat(),
        "statutory_last_day": state.last_day.isoformat(),
        "response_published_on": as_text(response.published_on) or None,
        "deadline": state.words,
        "published_on_time": _on_time(state),
        "page_url": _absolute(request, "publishing:response", body.slug, report.slug),
        "latest_version": latest.number,
    }
    formats = {document.format for document in latest.documents.all()}
    for fmt in DOCUMENT_FORMATS:
        args = (body.slug, report.slug, latest.number, fmt)
        url = _absolute(request, "publishing:document", *args) if fmt in formats else None
        record[f"{fmt}_url"] = url
    return record


def _on_time(state) -> bool | None:
    if state.status == "published_on_time":
        return True
    return False if state.status == "published_late" else None


def _absolute(request, name, *args) -> str:
    return request.build_absolute_uri(reverse(name, args=args))


def public_items(body):
    published = PublishedVersion.objects.filter(response=OuterRef("response"))
    return (
        TrackedItem.objects.for_body(body)
        .filter(Exists(published))
        .select_related("finding__report")
        .annotate(status_changed_at=Max("status_changes__changed_at"))
        .order_by("-finding__report__published_on", "finding__report__title", "finding__position")
    )


def item_record(item) -> dict:
    finding = item.finding
    changed = item.status_changed_at
    return {
        "item_id": str(item.public_id),
        "report_title": finding.report.title,
        "report_slug": finding.report.slug,
        "finding": finding.heading,
        "finding_kind": finding.kind,
        "finding_reference": finding.ref,
        "finding_text": finding.text,
        "status": item.status,
        "status_label": item.get_status_display(),
        "target_on": as_text(item.target_on) or None,
        "closed_on": as_text(item.closed_on) or None,
        "status_changed_on": timezone.localdate(changed).isoformat() if changed else None,
    }


def _envelope(body, key, records) -> dict:
    return {
        "body": {"slug": body.slug, "name": body.name, "force": body.force.name},
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        key: records,
    }


def _json(data) -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


def responses_json(request, body):
    records = [response_record(request, body, r) for r in published_responses(body)]
    return _json(_envelope(body, "responses", records))


def responses_csv(request, body):
    rows = (
        tuple(response_record(request, body, r)[name] for name in RESPONSE_FIELDS)
        for r in published_responses(body)
    )
    return csv_response(RESPONSE_FIELDS, rows, f"{body.slug}-responses.csv")


def tracker_json(request, body):
    records = [item_record(item) for item in public_items(body)]
    return _json(_envelope(body, "tracked_items", records))


def tracker_csv(request, body):
    rows = (
        tuple(item_record(item)[name] for name in TRACKER_FIELDS)
        for item in public_items(body).iterator(chunk_size=500)
    )
    return csv_response(TRACKER_FIELDS, rows, f"{body.slug}-tracker.csv")


EXPORTS = {
    ("responses", "json"): responses_json,
    ("responses", "csv"): responses_csv,
    ("tracker", "json"): tracker_json,
    ("tracker", "csv"): tracker_csv,
}
