"""The body's tracker, one row per tracked item, for the body's own signed-in users."""

from __future__ import annotations

from django.db.models import Count, Max
from django.utils import timezone

from section55.dashboards.exports.files import csv_response, xlsx_response
from section55.dashboards.metrics import filter_items
from section55.tracking.models import TrackedItem

HEADER = (
    "Report",
    "Report published",
    "Finding",
    "Kind",
    "Reference",
    "Finding text",
    "Status",
    "RAG rating",
    "Owner",
    "Target date",
    "Overdue",
    "Closed on",
    "Closure reason",
    "Updates",
    "Last update",
    "Item ID",
)


def tracker_items(body, filters: dict):
    items = filter_items(TrackedItem.objects.for_body(body), filters).with_finding()
    return items.annotate(
        update_count=Count("updates", distinct=True), last_update=Max("updates__written_at")
    ).order_by("-finding__report__published_on", "finding__report__title", "finding__position")


def tracker_rows(body, filters: dict, today=None):
    today = today or timezone.localdate()
    for item in tracker_items(body, filters).iterator(chunk_size=500):
        finding = item.finding
        yield (
            finding.report.title,
            finding.report.published_on,
            finding.heading,
            finding.get_kind_display(),
            finding.ref,
            finding.text,
            item.get_status_display(),
            item.get_rag_display(),
            str(item.owner) if item.owner else "",
            item.target_on,
            item.is_overdue(today),
            item.closed_on,
            item.closure_reason,
            item.update_count,
            item.last_update,
            str(item.public_id),
        )


def _filename(body, extension: str) -> str:
    return f"{body.slug if body else 'no-body'}-tracker-{timezone.localdate():%Y-%m-%d}.{extension}"


def tracker_csv(body, filters: dict):
    return csv_response(HEADER, tracker_rows(body, filters), _filename(body, "csv"))


def tracker_xlsx(body, filters: dict):
    return xlsx_response("Tracker", HEADER, tracker_rows(body, filters), _filename(body, "xlsx"))
