"""Operations on responses that span several records."""

from section55.bodies.models import PolicingBody
from section55.responses.models import Response


def bodies_concerned_by(report):
    """Every body in this deployment that must answer ``report``."""
    bodies = PolicingBody.objects.all()
    if report.is_national:
        return bodies
    return bodies.filter(force__in=report.forces.all())


def open_responses_for(report) -> list[Response]:
    """Make sure each body concerned by ``report`` has a response to it; returns those created.

    Responses of bodies no longer concerned are left alone: deleting a draft is a decision for a
    person, not a side effect of editing the report's forces.
    """
    existing = set(report.responses.values_list("body_id", flat=True))
    missing = [
        Response(body=body, report=report)
        for body in bodies_concerned_by(report)
        if body.pk not in existing
    ]
    return Response.objects.bulk_create(missing)
