"""Correcting a shared report: every body concerned may, and every body concerned is told.

A report (and its findings) is one record for all the bodies whose forces it concerns
(docs/adr/007-shared-reports-are-corrected-in-the-open.md). Each function here makes one kind of
correction, records it as a ``ReportCorrection`` (who, which body, when, what changed) and then,
in the same transaction:

- opens responses for any body the report now concerns;
- sends every *approved* response of the report back to "awaiting approval", with a note of what
  changed, because what would be published is no longer what was approved;
- emails the editors and approvers of the other bodies whose responses are not yet published.

Published responses are not touched: their documents are immutable snapshots and their on-time
record is judged against the report's date as it stood (``Response.published_report_date``).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import Max, ProtectedError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from section55.accounts.models import Role, User
from section55.core.mail import one_line
from section55.core.workflow import TransitionRefused, require_text
from section55.reports.models import Finding, Report, ReportCorrection
from section55.responses import workflow
from section55.responses.models import Status
from section55.responses.services import open_responses_for

logger = logging.getLogger(__name__)

TOLD_OF_CORRECTIONS = [Role.EDITOR, Role.APPROVER, Role.ADMINISTRATOR]
REPORT_FIELDS = {
    "title": "Title",
    "url": "Link to the report",
    "published_on": "Publication date",
    "publication_types": "Publication types",
    "scope": "Forces concerned",
    "forces": "Forces named",
    "key_findings": "Key findings",
}
FINDING_FIELDS = {
    "kind": "Kind",
    "ref": "Reference",
    "parent": "Under cause of concern",
    "text": "Text",
    "items": "Bullet items",
    "timescale": "Timescale",
    "due_on": "Due date",
    "addressees": "Addressed to",
    "directed_at_forces": "Directed at forces",
}


class FindingInUse(Exception):
    """Answered or tracked: the finding can be corrected or withdrawn, never deleted."""


@transaction.atomic
def register_report(form, user) -> Report:
    report = form.save(commit=False)
    report.owner, report.created_by = user.body, user
    report.save()
    form.save_m2m()
    open_responses_for(report)
    return report


@transaction.atomic
def correct_report(report: Report, user, form) -> ReportCorrection | None:
    """Save the report form; ``None`` if nothing changed."""
    before = _report_values(Report.objects.get(pk=report.pk))  # the form has set the instance
    form.save()
    changes = _differences(before, _report_values(report), REPORT_FIELDS)
    if not changes:
        return None
    return _record(report, user, "Report details corrected", changes)


@transaction.atomic
def join_report(report: Report, user) -> ReportCorrection | None:
    """Add the user's force to a report that names forces but not theirs."""
    if report.concerns(user.body.force):
        return None
    before = _report_values(report)
    report.forces.add(user.body.force)
    changes = _differences(before, _report_values(report), REPORT_FIELDS)
    return _record(report, user, f"{user.body.force.name} added to the forces concerned", changes)


@transaction.atomic
def add_finding(report: Report, user, form) -> Finding:
    finding = form.save(commit=False)
    finding.report = report
    finding.position = (report.findings.aggregate(last=Max("position"))["last"] or 0) + 1
    finding.save()
    changes = [{"field": "Text", "before": "", "after": finding.text}]
    _record(report, user, f"{finding.heading} added", changes, finding=finding)
    return finding


@transaction.atomic
def findings_added(report: Report, user, findings: list[Finding], source: str, *, replaced=False):
    """Findings read from a document and confirmed by a person (the extraction flow)."""
    if findings or replaced:
        changes = [{"field": f.heading, "before": "", "after": f.text} for f in findings]
        verb = "replaced the findings" if replaced else "added"
        _record(report, user, f"{len(findings)} findings {verb} from {source}"[:300], changes)


@transaction.atomic
def correct_finding(finding: Finding, user, form) -> ReportCorrection | None:
    before = _finding_values(Finding.objects.get(pk=finding.pk))  # the form has set the instance
    form.save()
    changes = _differences(before, _finding_values(finding), FINDING_FIELDS)
    if not changes:
        return None
    return _record(finding.report, user, f"{finding.heading} corrected", changes, finding=finding)


@transaction.atomic
def withdraw_finding(finding: Finding, user, reason: str) -> ReportCorrection:
    require_text(reason, "Say why the finding is withdrawn")
    finding = Finding.objects.select_for_update().get(pk=finding.pk)
    if finding.is_withdrawn:
        raise TransitionRefused(f"{finding.heading} is already withdrawn")
    finding.withdrawn_at, finding.withdrawn_by = timezone.now(), user
    finding.withdrawal_reason = reason.strip()
    finding.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawal_reason"])
    changes = [{"field": "Withdrawn", "before": "", "after": finding.withdrawal_reason}]
    return _record(
        finding.report,
        user,
        f"{finding.heading} withdrawn",
        changes,
        finding=finding,
        reason=finding.withdrawal_reason,
    )


@transaction.atomic
def delete_finding(finding: Finding, user) -> ReportCorrection:
    """Delete a finding nobody has answered or tracks; ``FindingInUse`` otherwise."""
    report, heading, text = finding.report, finding.heading, finding.text
    try:
        with transaction.atomic():
            finding.delete()
    except ProtectedError as protected:
        raise FindingInUse(
            f"{heading} cannot be deleted: {_users_of(protected)}. "
            "Correct it, or withdraw it with a reason."
        ) from protected
    changes = [{"field": "Text", "before": text, "after": ""}]
    return _record(report, user, f"{heading} deleted", changes)


def _users_of(protected: ProtectedError) -> str:
    names = {type(obj)._meta.verbose_name_plural for obj in protected.protected_objects}
    if "tracked items" in names:
        return "a body tracks it"
    return "a body has answered it"


def _record(report, user, summary, changes, *, finding=None, reason="") -> ReportCorrection:
    correction = ReportCorrection.objects.create(
        report=report,
        finding=finding,
        body=user.body,
        made_by=user,
        summary=summary[:300],
        changes=changes,
        reason=reason,
    )
    open_responses_for(report)
    _send_approved_responses_back(report, user, correction)
    transaction.on_commit(lambda: tell_other_bodies(correction))
    return correction


def _send_approved_responses_back(report, user, correction):
    note = f"The report was corrected after approval: {describe(correction)}"
    for response in report.responses.filter(status=Status.APPROVED):
        workflow.approval_lapsed(response, user, note)


def describe(correction: ReportCorrection) -> str:
    fields = ", ".join(change["field"] for change in correction.changes)
    return f"{correction.summary} ({fields})" if fields else correction.summary


def tell_other_bodies(correction: ReportCorrection) -> int:
    """Email the bodies concerned, other than the one that corrected, whose responses are not
    yet published. A failure to send is logged; the correction stands."""
    responses = (
        correction.report.responses.filter(published_on__isnull=True)
        .exclude(status=Status.NOT_REQUIRED)
        .exclude(body=correction.body)
    )
    users = User.objects.filter(
        body__in=responses.values("body"), role__in=TOLD_OF_CORRECTIONS, is_active=True
    )
    recipients = list(users.values_list("email", flat=True))
    if not recipients:
        return 0
    return _send(correction, recipients)


def _send(correction, recipients) -> int:
    report = correction.report
    link = settings.SITE_URL + reverse("reports:detail", args=[report.slug])
    subject = one_line(f"A report you are answering was corrected: {report.title}")
    context = {"correction": correction, "report": report, "link": link}
    body = render_to_string("responses/email/report_corrected.txt", context)
    messages = [(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients]
    try:
        return send_mass_mail(messages, fail_silently=False)
    except OSError:
        logger.exception("Could not tell %s of a correction to %s", recipients, report.slug)
        return 0


def _report_values(report: Report) -> dict:
    values = {name: getattr(report, name) for name in REPORT_FIELDS if name != "forces"}
    values["scope"] = report.get_scope_display()
    values["forces"] = ", ".join(sorted(f.name for f in report.forces.all()))
    return values


def _finding_values(finding: Finding) -> dict:
    values = {name: getattr(finding, name) for name in FINDING_FIELDS}
    values["kind"] = finding.get_kind_display()
    values["parent"] = finding.parent.heading if finding.parent else ""
    values["directed_at_forces"] = "Yes" if finding.directed_at_forces else "No"
    return values


def _differences(before: dict, after: dict, labels: dict) -> list[dict]:
    return [
        {"field": label, "before": _shown(before[name]), "after": _shown(after[name])}
        for name, label in labels.items()
        if before[name] != after[name]
    ]


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if hasattr(value, "strftime"):
        return f"{value:%-d %B %Y}"
    return str(value)
