from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from section55.core import tenancy
from section55.reports.forms import FindingForm, FindingLinkForm, ReportForm
from section55.reports.presenters import DashboardPresenter, finding_views
from section55.responses.services import open_responses_for


@login_required
def dashboard(request):
    presenter = DashboardPresenter(tenancy.body_of(request))
    return render(request, "reports/dashboard.html", {"dashboard": presenter})


@login_required
def report_detail(request, slug):
    report = tenancy.visible_report(request, slug)
    body = tenancy.body_of(request)
    context = {
        "report": report,
        "finding_views": finding_views(report, body),
        "response": report.responses.filter(body=body).first(),
        "chief_officer_due_on": report.chief_officer_due_on(body),
        "can_edit": report.owner_id == body.pk and request.user.can_edit_reports,
    }
    return render(request, "reports/report_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def report_create(request):
    if not request.user.can_edit_reports:
        raise PermissionDenied("Only editors and administrators can register reports")
    form = ReportForm(request.POST or None, body=request.user.body)
    if request.method == "POST" and form.is_valid():
        report = _save_new_report(form, request.user)
        messages.success(request, f"Registered “{report.title}”")
        return redirect("reports:detail", slug=report.slug)
    return render(request, "reports/report_form.html", {"form": form, "report": None})


@transaction.atomic
def _save_new_report(form, user):
    report = form.save(commit=False)
    report.owner, report.created_by = user.body, user
    report.save()
    form.save_m2m()
    open_responses_for(report)
    return report


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request, slug):
    report = tenancy.editable_report(request, slug)
    form = ReportForm(request.POST or None, instance=report, body=request.user.body)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            open_responses_for(report)
        messages.success(request, "Report details saved")
        return redirect("reports:detail", slug=report.slug)
    return render(request, "reports/report_form.html", {"form": form, "report": report})


@login_required
@require_http_methods(["GET", "POST"])
def finding_create(request, slug):
    report = tenancy.editable_report(request, slug)
    form = FindingForm(request.POST or None, report=report)
    if request.method == "POST" and form.is_valid():
        finding = form.save(commit=False)
        finding.report = report
        finding.position = (report.findings.aggregate(last=Max("position"))["last"] or 0) + 1
        finding.save()
        messages.success(request, f"Added {finding.heading}")
        return redirect("reports:detail", slug=report.slug)
    return render(request, "reports/finding_form.html", {"form": form, "report": report})


@login_required
@require_http_methods(["GET", "POST"])
def finding_edit(request, slug, public_id):
    finding = tenancy.editable_finding(request, slug, public_id)
    form = FindingForm(request.POST or None, instance=finding, report=finding.report)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Saved {finding.heading}")
        return redirect("reports:detail", slug=slug)
    context = {"form": form, "report": finding.report, "finding": finding}
    return render(request, "reports/finding_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def finding_delete(request, slug, public_id):
    finding = tenancy.editable_finding(request, slug, public_id)
    if request.method == "POST":
        finding.delete()
        messages.success(request, f"Deleted {finding.heading}")
        return redirect("reports:detail", slug=slug)
    return render(
        request, "reports/finding_delete.html", {"finding": finding, "report": finding.report}
    )


@login_required
@require_POST
def finding_link(request, slug, public_id):
    """Record that this finding repeats or supersedes an earlier one the body can see."""
    report = tenancy.visible_report(request, slug)
    if not request.user.can_edit_reports:
        raise PermissionDenied("Only editors link findings")
    later = get_object_or_404(report.findings, public_id=public_id)
    form = FindingLinkForm(request.POST, body=request.user.body, later=later)
    if form.is_valid():
        form.save(request.user)
        messages.success(
            request, f"Linked {later.heading} to {form.cleaned_data['earlier'].heading}"
        )
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("reports:detail", slug=slug)
