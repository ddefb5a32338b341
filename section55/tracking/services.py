"""Opening tracked items when a response is published or imported."""

from section55.tracking.models import TrackedItem


def track_findings(response) -> list[TrackedItem]:
    """One tracked item per finding of the report directed at the body's force; returns the new
    ones. The target date starts as the finding's own due date."""
    findings = response.report.findings.filter(directed_at_forces=True)
    existing = set(
        TrackedItem.objects.filter(body=response.body).values_list("finding_id", flat=True)
    )
    new = [
        TrackedItem(
            body=response.body, finding=finding, response=response, target_on=finding.due_on
        )
        for finding in findings
        if finding.pk not in existing
    ]
    for item in new:
        item.save()  # one by one, so each gets its audit record
    return new
