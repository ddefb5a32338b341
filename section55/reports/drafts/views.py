"""Pages of the extraction flow, for editors of the body that registered the report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from section55.core import tenancy
from section55.reports.drafts import services
from section55.reports.drafts.forms import DraftFindingForm, SourceForm
from section55.reports.drafts.review import Review


def editable_draft(request, slug, draft_id):
    """The draft, through a report the user may edit: another body's draft is not found."""
    report = tenancy.editable_report(request, slug)
    return get_object_or_404(report.extraction_drafts.select_related("report"), public_id=draft_id)


@login_required
@require_http_methods(["GET", "POST"])
def start(request, slug):
    report = tenancy.editable_report(request, slug)
    form = SourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        draft = form.start_draft(report, request.user)
        if draft:
            return redirect("reports:extract-review", slug=slug, draft_id=draft.public_id)
    waiting = report.extraction_drafts.filter(created_by=request.user).first()
    context = {"report": report, "form": form, "waiting": waiting}
    return render(request, "reports/extraction/start.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def review(request, slug, draft_id):
    draft = editable_draft(request, slug, draft_id)
    page = Review(draft, request.POST if request.method == "POST" else None)
    if request.method == "POST" and page.is_valid():
        page.save_ticks()
        if page.next_url():
            return redirect(page.next_url())
        saved = page.confirm(request.user)
        if saved is not None:
            messages.success(request, f"Saved {len(saved)} findings from {draft.source_name}")
            return redirect("reports:detail", slug=slug)
    return render(request, "reports/extraction/review.html", page.context())


@login_required
@require_http_methods(["GET", "POST"])
def finding_form(request, slug, draft_id, number=None):
    draft = editable_draft(request, slug, draft_id)
    if number is not None and not 1 <= number <= len(draft.findings):
        raise Http404("No such finding in this draft")
    form = DraftFindingForm(request.POST or None, findings=draft.findings, number=number)
    if request.method == "POST" and form.is_valid():
        services.put_finding(draft, form.finding(), number)
        return redirect("reports:extract-review", slug=slug, draft_id=draft_id)
    context = {"form": form, "draft": draft, "report": draft.report, "number": number}
    return render(request, "reports/extraction/finding_form.html", context)


@login_required
@require_POST
def discard(request, slug, draft_id):
    editable_draft(request, slug, draft_id).delete()
    messages.success(request, "The findings read from the document were discarded")
    return redirect("reports:extract", slug=slug)
