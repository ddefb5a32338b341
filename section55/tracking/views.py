from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_http_methods, require_POST

from section55.core import tenancy
from section55.core.workflow import run_transition
from section55.reports.models import Finding, Report
from section55.tracking import services, workflow
from section55.tracking.forms import (
    ActionForm,
    AllocateForm,
    CloseForm,
    ReasonForm,
    ReviewForm,
    UpdateForm,
)
from section55.tracking.models import Evidence, ItemStatus
from section55.tracking.presenters import ItemPresenter, TrackerPresenter

CLOSERS = {
    ItemStatus.CLOSED_COMPLETED: lambda item, user, data: workflow.close_completed(
        item, user, data["reason"]
    ),
    ItemStatus.CLOSED_SUPERSEDED: lambda item, user, data: workflow.close_superseded(
        item, user, data["later_finding"], data["reason"]
    ),
    ItemStatus.CLOSED_NO_FURTHER_ACTION: lambda item, user, data: workflow.close_no_further_action(
        item, user, data["reason"]
    ),
}


@login_required
def tracker(request):
    body = tenancy.body_of(request)
    if body is None:
        raise PermissionDenied("Your account is not attached to a policing body")
    presenter = TrackerPresenter(body, request.GET)
    return render(request, "tracking/tracker.html", {"tracker": presenter, "form": presenter.form})


@login_required
def item_detail(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    return render(request, "tracking/item.html", {"page": ItemPresenter(item, request.user)})


def _back(item):
    return redirect("tracking:item", public_id=item.public_id)


def _run(request, item, transition, *args, success):
    run_transition(request, item, transition, *args, success=success)
    return _back(item)


def _form_page(request, item, form, template, on_valid):
    if request.method == "POST" and form.is_valid():
        return on_valid(form.cleaned_data)
    return render(request, template, {"item": item, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def allocate(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    _require(request.user.role in workflow.ALLOCATORS, "Items are allocated by the office")
    form = AllocateForm(
        request.POST or None,
        people=services.people_of(item.body),
        initial={"target_on": item.target_on},
    )

    def on_valid(data):
        owner, target_on, rag = data["owner"], data["target_on"], data["rag"]
        return _run(
            request, item, workflow.allocate, owner, target_on, rag, success="Item allocated"
        )

    return _form_page(request, item, form, "tracking/allocate.html", on_valid)


@login_required
@require_http_methods(["GET", "POST"])
def add_update(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    _require(
        request.user.role in workflow.PROGRESSORS and item.is_open,
        "Only open items can be updated, by editors, approvers and the force liaison",
    )
    form = UpdateForm(request.POST or None, request.FILES or None)

    def on_valid(data):
        text, evidence, rag = data["text"], data["evidence"], data["rag"]
        return _run(request, item, services.add_update, text, evidence, rag, success="Update added")

    return _form_page(request, item, form, "tracking/update.html", on_valid)


@login_required
@require_http_methods(["GET", "POST"])
def add_action(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    _require(
        request.user.role in workflow.PROGRESSORS and item.is_open,
        "Only open items take new actions",
    )
    form = ActionForm(request.POST or None)

    def on_valid(data):
        fields = (data["description"], data["owner"], data["due_on"])
        return _run(request, item, services.add_action, *fields, success="Action added")

    return _form_page(request, item, form, "tracking/action.html", on_valid)


@login_required
@require_POST
def action_done(request, public_id, action_id):
    item = tenancy.body_tracked_item(request, public_id)
    _require(
        request.user.role in workflow.PROGRESSORS and item.is_open,
        "Only the actions of open items are marked as done",
    )
    action = get_object_or_404(item.actions, pk=action_id)
    return _run(request, item, services.mark_action_done, action, success="Action marked as done")


@login_required
@require_http_methods(["GET", "POST"])
def add_review(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    _require(request.user.role in workflow.ALLOCATORS, "Reviews are recorded by the office")
    form = ReviewForm(request.POST or None, initial={"reviewed_on": timezone.localdate()})

    def on_valid(data):
        fields = (data["reviewed_on"], data["outcome"], data["next_review_on"])
        return _run(request, item, services.add_review, *fields, success="Review recorded")

    return _form_page(request, item, form, "tracking/review.html", on_valid)


@login_required
@require_http_methods(["GET", "POST"])
def close(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    _require(request.user.role in workflow.APPROVERS, "Only approvers close items")
    reports = Report.objects.visible_to(item.body)
    later = (
        Finding.objects.filter(report__in=reports)
        .exclude(pk=item.finding_id)
        .select_related("report")
    )
    form = CloseForm(request.POST or None, later_findings=later)

    def on_valid(data):
        closer = CLOSERS[data["outcome"]]
        return _run(request, item, lambda i, u: closer(i, u, data), success="Item closed")

    return _form_page(request, item, form, "tracking/close.html", on_valid)


REASON_TRANSITIONS = {
    "return": (
        workflow.return_to_progress,
        "Returned to in progress",
        "Return the item to in progress",
    ),
    "reopen": (workflow.reopen, "Item reopened", "Reopen the item"),
}


@login_required
@require_http_methods(["GET", "POST"])
def with_reason(request, public_id, name):
    item = tenancy.body_tracked_item(request, public_id)
    transition, success, heading = _lookup(REASON_TRANSITIONS, name)
    _require(request.user.role in workflow.APPROVERS, "Only approvers do this")
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _run(request, item, transition, form.cleaned_data["reason"], success=success)
    return render(request, "tracking/reason.html", {"item": item, "form": form, "heading": heading})


@login_required
@require_POST
def request_sign_off(request, public_id):
    item = tenancy.body_tracked_item(request, public_id)
    return _run(request, item, workflow.request_sign_off, success="Sign-off requested")


@login_required
def evidence(request, public_id, evidence_id):
    item = tenancy.body_tracked_item(request, public_id)
    stored = get_object_or_404(Evidence, update__item=item, public_id=evidence_id)
    response = HttpResponse(bytes(stored.content), content_type=stored.media_type)
    response["Content-Disposition"] = content_disposition_header(True, _printable(stored.filename))
    response["X-Content-SHA256"] = stored.sha256
    return response


def _printable(filename):
    """The name as given, less any control characters: a line break, which an upload's encoded
    name can carry, is refused in a header and would make the file impossible to download."""
    return "".join(ch for ch in filename if ch.isprintable()) or "evidence"


def _require(condition, message):
    if not condition:
        raise PermissionDenied(message)


def _lookup(table, name):
    from django.http import Http404

    if name not in table:
        raise Http404
    return table[name]
