"""Tracked items as they arise: from a published response to a report with findings."""

from datetime import date

from section55.responses.models import Response, Status
from section55.tracking.services import track_findings
from tests.factories import make_finding, make_report


def make_tracked_items(body, *, due_on=date(2025, 1, 31), count=2):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22))
    for n in range(count):
        make_finding(
            report, ref=str(n + 1), due_on=due_on, text=f"The force should do thing {n + 1}."
        )
    response = Response.objects.get(report=report, body=body)
    Response.objects.filter(pk=response.pk).update(
        status=Status.PUBLISHED, published_on=date(2024, 10, 15)
    )
    return track_findings(response)
