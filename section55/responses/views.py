from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from section55.accounts.models import Role
from section55.core import tenancy
from section55.core.workflow import run_transition
from section55.publishing import services as publishing
from section55.publishing.builder import checklist_items
from section55.publishing.services import record_checklist_item
from section55.reports.models import Report
from section55.responses import workflow
from section55.responses.audit import audit_trail
from section55.responses.editing import EditConflict, save_parts
from section55.responses.forms import (
    BodyForm,
    ChecklistForm,
    ChiefOfficerForm,
    InviteForm,
    NotRequiredForm,
    ReasonForm,
)
from section55.responses.models import Status
from section55.responses.presenters import ResponsePresenter

CONFLICT = (
    "Someone else saved this response after you opened it. Nothing of yours was saved: your text "
    "is still in the form, and what they saved is shown above it. Save again to keep yours."
)


@login_required
def response_detail(request, public_id):
    response = tenancy.body_response(request, public_id)
    return render(
        request, "responses/detail.html", {"page": ResponsePresenter(response, request.user)}
    )


@login_required
def response_history(request, public_id):
    response = tenancy.body_response(request, public_id)
    context = {
        "response": response,
        "changes": response.status_changes.select_related("changed_by"),
        "versions": response.versions.all(),
        "audit": audit_trail(response),
    }
    return render(request, "responses/history.html", context)


def _back(response):
    return redirect("responses:detail", public_id=response.public_id)


def _run(request, response, transition, *args, success):
    run_transition(request, response, transition, *args, success=success)
    return _back(response)


SIMPLE_TRANSITIONS = {
    "submit-chief-officer-comments": (
        workflow.receive_chief_officer_comments,
        "The chief officer's comments are submitted",
    ),
    "submit-for-approval": (workflow.submit_for_approval, "Sent for approval"),
    "approve": (workflow.approve, "Response approved"),
}


@login_required
@require_POST
def transition(request, public_id, name):
    response = tenancy.body_response(request, public_id)
    if name not in SIMPLE_TRANSITIONS:
        raise Http404
    function, success = SIMPLE_TRANSITIONS[name]
    return _run(request, response, function, success=success)


@login_required
@require_http_methods(["GET", "POST"])
def invite(request, public_id):
    response = tenancy.body_response(request, public_id)
    form = InviteForm(
        request.POST or None,
        initial={"due_on": response.default_chief_officer_due_on},
        response=response,
    )
    if request.method == "POST" and form.is_valid():
        return _run(
            request,
            response,
            workflow.invite_chief_officer,
            form.cleaned_data["due_on"],
            success="The chief officer is invited to comment",
        )
    return render(request, "responses/invite.html", {"response": response, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def invitation(request, public_id):
    """Change the chief officer's date, or send the invitation again."""
    response = tenancy.body_response(request, public_id)
    if request.method == "POST" and request.POST.get("action") == "resend":
        return _run(
            request, response, workflow.resend_invitation, success="The invitation is sent again"
        )
    form = InviteForm(
        request.POST or None, initial={"due_on": response.chief_officer_due_on}, response=response
    )
    if request.method == "POST" and form.is_valid():
        return _run(
            request,
            response,
            workflow.change_chief_officer_date,
            form.cleaned_data["due_on"],
            success="The date is changed and the force liaison is told",
        )
    return render(request, "responses/invitation.html", {"response": response, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def withdraw_invitation(request, public_id):
    return _reason_view(
        request,
        public_id,
        workflow.withdraw_invitation,
        "responses/withdraw_invitation.html",
        "The invitation is withdrawn and the response is back in draft",
    )


@login_required
@require_http_methods(["GET", "POST"])
def return_chief_officer_comments(request, public_id):
    return _reason_view(
        request,
        public_id,
        workflow.return_chief_officer_comments,
        "responses/return_chief_officer_comments.html",
        "The chief officer's comments are returned for changes",
    )


def _reason_view(request, public_id, transition_function, template, success):
    response = tenancy.body_response(request, public_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _run(
            request, response, transition_function, form.cleaned_data["reason"], success=success
        )
    return render(request, template, {"response": response, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def not_submitted(request, public_id):
    return _reason_view(
        request,
        public_id,
        workflow.record_chief_officer_not_submitted,
        "responses/not_submitted.html",
        "Recorded that the chief officer did not submit comments",
    )


@login_required
@require_http_methods(["GET", "POST"])
def return_for_changes(request, public_id):
    return _reason_view(
        request,
        public_id,
        workflow.return_for_changes,
        "responses/return_for_changes.html",
        "Returned for changes",
    )


@login_required
@require_http_methods(["GET", "POST"])
def reopen(request, public_id):
    return _reason_view(
        request,
        public_id,
        workflow.reopen,
        "responses/reopen.html",
        "The response is needed after all and is back in draft",
    )


@login_required
@require_http_methods(["GET", "POST"])
def not_required(request, public_id):
    response = tenancy.body_response(request, public_id)
    reports = Report.objects.visible_to(response.body).exclude(pk=response.report_id)
    form = NotRequiredForm(request.POST or None, reports=reports)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        return _run(
            request,
            response,
            workflow.mark_not_required,
            data["reason"],
            data["answered_by_report"],
            success="Marked as not required",
        )
    return render(request, "responses/not_required.html", {"response": response, "form": form})


def _edit_parts(request, response, make_form, template, *, allowed):
    """Show or save a part-writing form; ``make_form(data)`` builds it bound to ``data``."""
    if not allowed:
        raise Http404
    form = make_form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            fields = {name: form.cleaned_data[name] for name in form.part_fields}
            save_parts(response, form.cleaned_data["revision"], fields, form.answers())
        except EditConflict:
            return _show_conflict(request, response, make_form, template)
        messages.success(request, "Saved")
        return _back(response)
    return render(request, template, {"response": response, "form": form, "conflict": False})


def _show_conflict(request, response, make_form, template):
    """Keep the person's text in the form, at the latest revision, beside what is saved now."""
    messages.error(request, CONFLICT)
    response.refresh_from_db()
    data = request.POST.copy()
    data["revision"] = response.revision
    context = {"response": response, "form": make_form(data), "conflict": True}
    return render(request, template, context, status=409)


@login_required
@require_http_methods(["GET", "POST"])
def chief_officer_part(request, public_id):
    response = tenancy.body_response(request, public_id)
    initial = {
        "revision": response.revision,
        "chief_officer_comments": response.chief_officer_comments,
    }
    for finding_id, answer in response.finding_responses_by_finding().items():
        initial |= {
            f"position_{finding_id}": answer.position,
            f"response_{finding_id}": answer.chief_officer_text,
        }
    findings = response.findings_for_force()

    def make_form(data):
        return ChiefOfficerForm(data, initial=initial, findings=findings)

    allowed = (
        request.user.role == Role.FORCE_LIAISON and response.status == Status.CHIEF_OFFICER_INVITED
    )
    return _edit_parts(
        request, response, make_form, "responses/chief_officer_part.html", allowed=allowed
    )


BODY_EDITABLE = {Status.DRAFT, Status.CHIEF_OFFICER_INVITED, Status.CHIEF_OFFICER_RECEIVED}


@login_required
@require_http_methods(["GET", "POST"])
def body_part(request, public_id):
    response = tenancy.body_response(request, public_id)
    initial = {
        "revision": response.revision,
        "body_comments": response.body_comments,
        "body_response_to_chief_officer": response.body_response_to_chief_officer,
    }
    for finding_id, answer in response.finding_responses_by_finding().items():
        initial[f"explanation_{finding_id}"] = answer.body_explanation
    recommendations = response.recommendations()

    def make_form(data):
        return BodyForm(data, initial=initial, recommendations=recommendations)

    allowed = request.user.role in workflow.EDITORS and response.status in BODY_EDITABLE
    return _edit_parts(request, response, make_form, "responses/body_part.html", allowed=allowed)


@login_required
@require_POST
def publish(request, public_id):
    response = tenancy.body_response(request, public_id)
    note = _latest_correction_reason(response)
    return _run(
        request, response, publishing.publish, None, note, success="The response is published"
    )


def _latest_correction_reason(response) -> str:
    change = response.status_changes.filter(from_status=Status.PUBLISHED).last()
    return change.reason if change else ""


@login_required
@require_http_methods(["GET", "POST"])
def start_correction(request, public_id):
    return _reason_view(
        request,
        public_id,
        workflow.start_correction,
        "responses/correction.html",
        "The response is open for correction; publishing it again adds a new version",
    )


@login_required
@require_POST
def checklist(request, public_id):
    """Record one office-use checklist item as done, by whom and when (and where, if published)."""
    response = tenancy.body_response(request, public_id)
    form = ChecklistForm(request.POST, items=checklist_items(response.body))
    if response.status != Status.PUBLISHED or request.user.role not in workflow.PUBLISHERS:
        messages.error(request, "The checklist is kept by editors once the response is published")
    elif form.is_valid():
        record_checklist_item(
            response, request.user, form.cleaned_data["item"], form.cleaned_data["address"]
        )
        messages.success(request, f"Recorded: {form.cleaned_data['item']}")
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return _back(response)
