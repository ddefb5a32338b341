from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from section55.bodies.models import PolicingBody
from section55.core import tenancy
from section55.dashboards.exports import open_data, tracker
from section55.dashboards.forms import DashboardFilterForm, PanelPeriodForm, report_choices
from section55.dashboards.metrics import BodyDashboard
from section55.dashboards.panel import documents
from section55.dashboards.panel.report import build_panel_report


def _filters(request, body):
    return DashboardFilterForm(request.GET, reports=report_choices(body))


@login_required
def insights(request):
    body = tenancy.body_of(request)
    form = _filters(request, body)
    context = {"form": form, "dashboard": BodyDashboard(body, form.filters)}
    return render(request, "dashboards/insights.html", context)


@login_required
def tracker_export(request, fmt):
    body = tenancy.body_of(request)
    filters = _filters(request, body).filters
    export = tracker.tracker_xlsx if fmt == "xlsx" else tracker.tracker_csv
    return export(body, filters)


@login_required
def panel_report(request, fmt="html"):
    body = tenancy.body_of(request)
    form = PanelPeriodForm(request.GET or None)
    if body is None or not form.is_valid():
        status = 400 if form.is_bound else 200
        return render(request, "dashboards/panel_report.html", {"form": form}, status=status)
    report = build_panel_report(body, form.cleaned_data["start"], form.cleaned_data["end"])
    if fmt == "html":
        return render(request, "dashboards/panel_report.html", {"form": form, "report": report})
    return _panel_document(report, body, fmt)


def _panel_document(report, body, fmt):
    render, media_type = documents.FORMATS[fmt]
    response = HttpResponse(render(report), content_type=media_type)
    name = f"{body.slug}-panel-report-{report.start:%Y-%m-%d}-to-{report.end:%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _public_body(slug):
    return get_object_or_404(PolicingBody.objects.with_force(), slug=slug)


def open_data_index(request, slug):
    context = {"body": _public_body(slug), "datasets": ("responses", "tracker")}
    return render(request, "dashboards/open_data.html", context)


def open_data_file(request, slug, dataset, fmt):
    export = open_data.EXPORTS.get((dataset, fmt))
    if export is None:
        raise Http404("No such dataset")
    return export(request, _public_body(slug))
