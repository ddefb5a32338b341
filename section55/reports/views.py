from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from section55.core import tenancy
from section55.core.workflow import TransitionRefused
from section55.reports.forms import FindingForm, FindingLinkForm, ReportForm
from section55.reports.models import Report
from section55.reports.presenters import DashboardPresenter, finding_views
from section55.responses import shared_reports
from section55.responses.forms import ReasonForm


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
        "can_edit": request.user.can_edit_reports,
        "corrections": report.corrections.select_related("body", "made_by", "finding"),
    }
    return render(request, "reports/report_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def report_create(request):
    if not request.user.can_edit_reports:
        raise PermissionDenied("Only editors and administrators can register reports")
    form = ReportForm(request.POST or None, body=request.user.body)
    if request.method == "POST" and form.is_valid():
        report = shared_reports.register_report(form, request.user)
        messages.success(request, f"Registered “{report.title}”")
        return redirect("reports:detail", slug=report.slug)
    return render(request, "reports/report_form.html", _form_context(request, form, None))


def _form_context(request, form, report):
    duplicate = form.duplicate
    can_join = bool(duplicate) and not duplicate.concerns(request.user.body.force)
    return {"form": form, "report": report, "duplicate": duplicate, "can_join": can_join}


@login_required
@require_POST
def report_join(request, slug):
    """Add one's own force to a report already registered for other forces, and answer it."""
    if not request.user.can_edit_reports:
        raise PermissionDenied("Only editors and administrators can join a report")
    report = get_object_or_404(Report, slug=slug)
    shared_reports.join_report(report, request.user)
    messages.success(request, f"Your force is added to “{report.title}”")
    return redirect("reports:detail", slug=report.slug)


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request, slug):
    report = tenancy.editable_report(request, slug)
    form = ReportForm(request.POST or None, instance=report, body=request.user.body)
    if request.method == "POST" and form.is_valid():
        correction = shared_reports.correct_report(report, request.user, form)
        messages.success(request, "Report details saved" if correction else "Nothing changed")
        return redirect("reports:detail", slug=report.slug)
    return render(request, "reports/report_form.html", _form_context(request, form, report))


@login_required
@require_http_methods(["GET", "POST"])
def finding_create(request, slug):
    report = tenancy.editable_report(request, slug)
    form = FindingForm(request.POST or None, report=report)
    if request.method == "POST" and form.is_valid():
        finding = shared_reports.add_finding(report, request.user, form)
        messages.success(request, f"Added {finding.heading}")
        return redirect("reports:detail", slug=report.slug)
    return render(request, "reports/finding_form.html", {"form": form, "report": report})


@login_required
@require_http_methods(["GET", "POST"])
def finding_edit(request, slug, public_id):
    finding = tenancy.editable_finding(request, slug, public_id)
    form = FindingForm(request.POST or None, instance=finding, report=finding.report)
    if request.method == "POST" and form.is_valid():
        shared_reports.correct_finding(finding, request.user, form)
        messages.success(request, f"Saved {finding.heading}")
        return redirect("reports:detail", slug=slug)
    context = {"form": form, "report": finding.report, "finding": finding}
    return render(request, "reports/finding_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def finding_delete(request, slug, public_id):
    finding = tenancy.editable_finding(request, slug, public_id)
    if request.method == "POST":
        try:
            shared_reports.delete_finding(finding, request.user)
        except shared_reports.FindingInUse as refusal:
            messages.error(request, str(refusal))
            return redirect("reports:finding-withdraw", slug=slug, public_id=public_id)
        messages.success(request, f"Deleted {finding.heading}")
        return redirect("reports:detail", slug=slug)
    return render(
        request, "reports/finding_delete.html", {"finding": finding, "report": finding.report}
    )


@login_required
@require_http_methods(["GET", "POST"])
def finding_withdraw(request, slug, public_id):
    """A finding answered or tracked by a body is withdrawn with a reason, never deleted."""
    finding = tenancy.editable_finding(request, slug, public_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            shared_reports.withdraw_finding(finding, request.user, form.cleaned_data["reason"])
        except TransitionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, f"Withdrew {finding.heading}")
        return redirect("reports:detail", slug=slug)
    context = {"finding": finding, "report": finding.report, "form": form}
    return render(request, "reports/finding_withdraw.html", context)


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
