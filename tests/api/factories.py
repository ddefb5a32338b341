"""A published response without rendering its documents: one plain-text version is enough for the
API, which lists versions and their checksums but never reads the bytes."""

from datetime import date

from section55.publishing.models import PublishedDocument, PublishedVersion
from section55.responses.models import Response, Status
from section55.tracking.services import track_findings
from tests.factories import make_finding, make_report


def publish(response, published_on=date(2024, 10, 15)) -> PublishedVersion:
    Response.objects.filter(pk=response.pk).update(
        status=Status.PUBLISHED, published_on=published_on
    )
    response.refresh_from_db()
    version = PublishedVersion.objects.create(
        response=response, number=1, published_on=published_on, html_fragment="<p>Response</p>"
    )
    PublishedDocument.of(version, "txt", "text/plain", b"The response, as published.").save()
    track_findings(response)
    return version


def make_answered_report(body, *, findings=2, published_on=date(2024, 10, 15), **fields):
    """A report about ``body``'s force with findings directed at it, and ``body``'s response
    published: so its tracked items are open."""
    report = make_report(body, forces=[body.force], **fields)
    for n in range(findings):
        make_finding(report, ref=str(n + 1), due_on=date(2025, 1, 31), text=f"Do thing {n + 1}.")
    publish(Response.objects.get(report=report, body=body), published_on)
    return report
