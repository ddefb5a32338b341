"""Public pages: anyone, signed in or not, can read a body's published responses.

Only published versions are reachable here; drafts have no public address at all.
"""

from datetime import date

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from section55.bodies.models import PolicingBody
from section55.publishing.models import PublishedDocument, PublishedVersion
from section55.responses.models import Response


def _body(slug):
    return get_object_or_404(PolicingBody.objects.with_force(), slug=slug)


def _published_response(body, report_slug):
    responses = Response.objects.filter(body=body, versions__isnull=False).distinct().with_report()
    return get_object_or_404(responses, report__slug=report_slug)


def body_responses(request, slug):
    body = _body(slug)
    responses = Response.objects.filter(body=body, versions__isnull=False).distinct().with_report()
    rows = sorted(responses, key=lambda r: r.published_on or date.min, reverse=True)
    context = {"body": body, "rows": [(r, r.deadline_state()) for r in rows]}
    return render(request, "publishing/body_responses.html", context)


def response_page(request, slug, report_slug):
    body = _body(slug)
    response = _published_response(body, report_slug)
    versions = response.versions.prefetch_related("documents")
    context = {"body": body, "response": response, "versions": versions, "latest": versions[0]}
    return render(request, "publishing/response_page.html", context)


def document(request, slug, report_slug, number, fmt):
    body = _body(slug)
    response = _published_response(body, report_slug)
    version = get_object_or_404(PublishedVersion, response=response, number=number)
    stored = get_object_or_404(PublishedDocument, version=version, format=fmt)
    return _document_response(stored, f"{body.slug}-{report_slug}-v{number}.{fmt}")


def _document_response(stored, filename):
    http = HttpResponse(bytes(stored.content), content_type=stored.media_type)
    disposition = "inline" if stored.format in ("html", "txt", "pdf") else "attachment"
    http["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    http["ETag"] = f'"{stored.sha256}"'
    http["X-Content-SHA256"] = stored.sha256
    if stored.format == "html":
        # The standalone document carries its own stylesheet and no scripts.
        http["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
        )
    return http
