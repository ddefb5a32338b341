"""Every body-owned record is fetched through the signed-in user's body.

Views call these helpers instead of ``Model.objects``: a record of another body is simply not
found (404), so nothing about it — not even its existence — leaks across bodies.
"""

from django.shortcuts import get_object_or_404

from section55.reports.models import Finding, Report


def body_of(request):
    return request.user.body if request.user.is_authenticated else None


def visible_report(request, slug) -> Report:
    return get_object_or_404(Report.objects.visible_to(body_of(request)), slug=slug)


def editable_report(request, slug) -> Report:
    return get_object_or_404(Report.objects.editable_by(request.user), slug=slug)


def editable_finding(request, slug, public_id) -> Finding:
    report = editable_report(request, slug)
    return get_object_or_404(report.findings, public_id=public_id)


def body_response(request, public_id):
    from section55.responses.models import Response

    responses = Response.objects.for_body(body_of(request)).with_report()
    return get_object_or_404(responses, public_id=public_id)


def body_tracked_item(request, public_id):
    from section55.tracking.models import TrackedItem

    items = TrackedItem.objects.for_body(body_of(request)).with_finding()
    return get_object_or_404(items, public_id=public_id)
