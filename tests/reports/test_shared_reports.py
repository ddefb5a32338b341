"""A national report is one record every body concerned may correct, in the open; nobody's
correction changes another body's published record, and what was approved is what is published."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from section55.accounts.models import Role
from section55.publishing import services as publishing
from section55.publishing.models import PublishedVersion
from section55.reports.models import Finding, Report, ReportCorrection, Scope
from section55.responses import shared_reports
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status
from section55.responses.workflow import TransitionRefused
from tests.factories import make_finding, make_report, make_user

pytestmark = pytest.mark.django_db

PUBLISHED_ON = date(2024, 8, 22)


def report_form(report, **overrides):
    data = {
        "title": report.title,
        "url": report.url,
        "published_on_0": str(report.published_on.day),
        "published_on_1": str(report.published_on.month),
        "published_on_2": str(report.published_on.year),
        "publication_types": ", ".join(report.publication_types),
        "scope": report.scope,
        "forces": [force.pk for force in report.forces.all()],
        "key_findings": report.key_findings,
    }
    return {**data, **overrides}


def finding_form(finding, **overrides):
    data = {
        "kind": finding.kind,
        "ref": finding.ref,
        "text": finding.text,
        "items": "\n".join(finding.items),
        "timescale": finding.timescale,
        "addressees": "\n".join(finding.addressees),
        "directed_at_forces": "on" if finding.directed_at_forces else "",
    }
    return {**data, **overrides}


def approve(response, finding):
    answers = {
        finding.pk: {
            "position": Position.ACCEPTED,
            "chief_officer_text": "Training starts in January.",
            "body_explanation": "I will review progress every quarter.",
        }
    }
    fields = {
        "chief_officer_comments": "We welcome the report.",
        "body_comments": "I accept the recommendation.",
        "status": Status.APPROVED,
    }
    save_parts(response, response.revision, fields, answers)
    response.refresh_from_db()
    return response


@pytest.fixture
def national(body):
    report = make_report(
        body, title="Police response to stalking", published_on=PUBLISHED_ON, url=""
    )
    make_finding(
        report,
        ref="1",
        text="By 31 January 2025, chief constables should train their officers.",
        directed_at_forces=True,
    )
    return report


@pytest.fixture
def finding(national):
    return national.findings.get()


@pytest.fixture
def norfolk_published(national, finding, body, editor):
    response = approve(Response.objects.get(report=national, body=body), finding)
    publishing.publish(response, editor, date(2024, 10, 10))
    return Response.objects.get(pk=response.pk)


@pytest.fixture
def suffolk_editor(other_body):
    return make_user(other_body, Role.EDITOR)


def test_another_body_concerned_corrects_a_national_report_and_the_correction_is_recorded(
    signed_in, national, suffolk_editor, other_body
):
    url = reverse("reports:edit", args=[national.slug])
    signed_in(suffolk_editor).post(url, report_form(national, published_on_1="9"))

    national.refresh_from_db()
    assert national.published_on == date(2024, 9, 22)
    correction = ReportCorrection.objects.get(report=national)
    assert (correction.body, correction.made_by) == (other_body, suffolk_editor)
    assert correction.changes == [
        {"field": "Publication date", "before": "22 August 2024", "after": "22 September 2024"}
    ]


def test_correcting_the_date_leaves_a_published_response_on_time_and_its_documents_unchanged(
    client, signed_in, national, norfolk_published, suffolk_editor, body
):
    version = PublishedVersion.objects.get(response=norfolk_published)
    hashes = set(version.documents.values_list("sha256", flat=True))
    url = reverse("reports:edit", args=[national.slug])
    signed_in(suffolk_editor).post(url, report_form(national, published_on_1="1"))

    response = Response.objects.get(pk=norfolk_published.pk)
    assert response.report.published_on == date(2024, 1, 22)
    assert response.deadline_state().words == "published on time"
    assert response.statutory_last_day == date(2024, 10, 16)
    assert set(version.documents.values_list("sha256", flat=True)) == hashes
    assert version.report_published_on == PUBLISHED_ON
    listing = client.get(reverse("publishing:body", args=[body.slug])).content.decode().lower()
    assert "published on time" in listing and "days late" not in listing


def test_the_published_response_in_the_api_keeps_its_on_time_record_after_a_correction(
    client, signed_in, national, norfolk_published, suffolk_editor, body
):
    url = reverse("reports:edit", args=[national.slug])
    signed_in(suffolk_editor).post(url, report_form(national, published_on_1="1"))

    client.logout()
    answer = client.get(f"/api/v1/responses/{body.slug}/{national.slug}").json()
    assert "published on time" in str(answer)
    assert "late" not in str(answer).lower()


def test_every_body_concerned_sees_the_correction_on_the_report_page(
    signed_in, national, finding, suffolk_editor, editor
):
    url = reverse("reports:finding-edit", args=[national.slug, finding.public_id])
    signed_in(suffolk_editor).post(url, finding_form(finding, text="Corrected text."))

    page = signed_in(editor).get(reverse("reports:detail", args=[national.slug])).content
    page = page.decode()
    assert "Recommendation 1 corrected" in page
    assert "Suffolk" in page and "Corrected text." in page


def test_bodies_with_unpublished_responses_are_emailed_about_a_correction(
    signed_in, national, suffolk_editor, editor, django_capture_on_commit_callbacks
):
    url = reverse("reports:edit", args=[national.slug])
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(suffolk_editor).post(url, report_form(national, title="Stalking, corrected"))

    recipients = {address for message in mail.outbox for address in message.to}
    assert editor.email in recipients
    assert suffolk_editor.email not in recipients
    message = next(m for m in mail.outbox if editor.email in m.to)
    assert "Police response to stalking" in message.body and "Stalking, corrected" in message.body


def test_bodies_whose_response_is_published_are_not_emailed(
    signed_in,
    national,
    norfolk_published,
    suffolk_editor,
    editor,
    django_capture_on_commit_callbacks,
):
    mail.outbox.clear()
    url = reverse("reports:edit", args=[national.slug])
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(suffolk_editor).post(url, report_form(national, title="Stalking, corrected"))

    assert not [m for m in mail.outbox if editor.email in m.to]


def test_a_finding_another_body_has_answered_cannot_be_deleted_only_withdrawn(
    signed_in, national, finding, norfolk_published, suffolk_editor
):
    client = signed_in(suffolk_editor)
    delete = reverse("reports:finding-delete", args=[national.slug, finding.public_id])
    refused = client.post(delete, follow=True).content.decode()

    assert Finding.objects.filter(pk=finding.pk).exists()
    assert "cannot be deleted" in refused
    withdraw = reverse("reports:finding-withdraw", args=[national.slug, finding.public_id])
    client.post(withdraw, {"reason": "HMICFRS removed it in the corrected edition."})
    finding.refresh_from_db()
    assert finding.is_withdrawn
    assert finding.withdrawal_reason == "HMICFRS removed it in the corrected edition."
    assert norfolk_published.finding_responses.filter(finding=finding).exists()


def test_a_finding_nobody_has_answered_can_be_deleted_and_the_deletion_is_recorded(
    signed_in, national, finding, suffolk_editor
):
    delete = reverse("reports:finding-delete", args=[national.slug, finding.public_id])
    signed_in(suffolk_editor).post(delete)

    assert not Finding.objects.filter(pk=finding.pk).exists()
    assert ReportCorrection.objects.get(report=national).summary == "Recommendation 1 deleted"


def test_a_withdrawn_finding_is_no_longer_needed_in_responses_not_yet_published(
    national, finding, other_body, suffolk_editor
):
    response = Response.objects.get(report=national, body=other_body)
    assert finding in response.findings_for_force()
    shared_reports.withdraw_finding(finding, suffolk_editor, "Registered in error")

    assert finding not in response.findings_for_force()
    assert finding not in response.recommendations()


def test_withdrawing_needs_a_reason(national, finding, suffolk_editor):
    with pytest.raises(TransitionRefused, match="Say why"):
        shared_reports.withdraw_finding(finding, suffolk_editor, "  ")
    assert not Finding.objects.get(pk=finding.pk).is_withdrawn


def test_replacing_the_findings_from_a_document_is_refused_once_one_is_answered(
    national, finding, norfolk_published
):
    from section55.reports.drafts import services
    from section55.reports.models import ExtractionDraft

    draft = ExtractionDraft.objects.create(
        report=national,
        source_name="report.txt",
        format="txt",
        content={"findings": [{"kind": "recommendation", "text": "New text.", "include": True}]},
    )
    with pytest.raises(services.DraftNotReady) as refusal:
        services.save_findings(draft, replace=True)

    assert "cannot be replaced" in refusal.value.problems[0].message
    assert list(national.findings.all()) == [finding]


def test_a_correction_after_approval_sends_the_response_back_for_approval_with_a_note(
    signed_in, national, finding, body, suffolk_editor
):
    response = approve(Response.objects.get(report=national, body=body), finding)
    url = reverse("reports:finding-edit", args=[national.slug, finding.public_id])
    signed_in(suffolk_editor).post(url, finding_form(finding, text="Corrected text."))

    response.refresh_from_db()
    assert response.status == Status.AWAITING_APPROVAL
    change = response.status_changes.last()
    assert (change.from_status, change.to_status) == (Status.APPROVED, Status.AWAITING_APPROVAL)
    assert "Recommendation 1 corrected" in change.reason and "Text" in change.reason
    with pytest.raises(TransitionRefused):
        publishing.publish(response, suffolk_editor)


def test_a_recommendation_added_after_approval_must_be_explained_before_publication(
    signed_in, national, finding, body, editor, approver
):
    from section55.responses import workflow

    response = approve(Response.objects.get(report=national, body=body), finding)
    data = finding_form(finding, ref="2", text="A second recommendation.")
    signed_in(editor).post(reverse("reports:finding-create", args=[national.slug]), data)

    response.refresh_from_db()
    assert response.status == Status.AWAITING_APPROVAL
    workflow.approve(response, approver)
    with pytest.raises(TransitionRefused, match="Recommendation 2"):
        publishing.publish(response, editor)
    assert not PublishedVersion.objects.filter(response=response).exists()


def test_registering_the_same_report_again_is_refused_with_a_link_to_it(
    signed_in, national, suffolk_editor
):
    data = report_form(national, title="  police RESPONSE to stalking ")
    page = signed_in(suffolk_editor).post(reverse("reports:create"), data).content.decode()

    assert Report.objects.count() == 1
    assert "already registered" in page
    assert reverse("reports:detail", args=[national.slug]) in page


def test_the_same_address_is_refused_whatever_the_title(signed_in, body, suffolk_editor):
    report = make_report(body, url="https://www.justiceinspectorates.gov.uk/hmicfrs/x/")
    data = report_form(report, title="Another title", published_on_2="2023")
    signed_in(suffolk_editor).post(reverse("reports:create"), data)

    assert Report.objects.count() == 1


def test_a_report_of_the_same_title_on_another_date_or_for_other_forces_is_a_new_report(
    signed_in, body, other_body, editor
):
    make_report(body, title="PEEL 2023", forces=[other_body.force], url="")
    same_title_other_force = {
        **report_form(Report.objects.get()),
        "scope": Scope.NAMED_FORCES,
        "forces": [body.force.pk],
    }
    signed_in(editor).post(reverse("reports:create"), same_title_other_force)

    assert Report.objects.count() == 2


def test_a_body_joins_a_report_registered_for_other_forces(
    signed_in, body, other_body, suffolk_editor
):
    address = "https://www.justiceinspectorates.gov.uk/hmicfrs/joint/"
    report = make_report(body, title="Joint inspection", forces=[body.force], url=address)
    client = signed_in(suffolk_editor)
    data = {**report_form(report), "forces": [other_body.force.pk]}
    page = client.post(reverse("reports:create"), data).content.decode()
    assert reverse("reports:join", args=[report.slug]) in page

    client.post(reverse("reports:join", args=[report.slug]))
    assert report.concerns(other_body.force)
    assert Response.objects.filter(report=report, body=other_body).exists()
    assert ReportCorrection.objects.get(report=report).body == other_body


def test_a_viewer_cannot_join_a_report(signed_in, body, other_body):
    report = make_report(body, title="Joint inspection", forces=[body.force], url="")
    viewer = make_user(other_body, Role.VIEWER)
    assert signed_in(viewer).post(reverse("reports:join", args=[report.slug])).status_code == 403
    assert not report.concerns(other_body.force)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_offers_no_way_to_change_a_report(client, national, suffolk_editor, method):
    from section55.api.models import ApiToken

    _, secret = ApiToken.issue(suffolk_editor, "test")
    answer = getattr(client, method)(
        f"/api/v1/reports/{national.slug}",
        data={"title": "Hijacked"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert answer.status_code == 405
    assert Report.objects.get(pk=national.pk).title == "Police response to stalking"


def test_saving_a_response_with_empty_answers_does_not_stop_a_finding_being_deleted(
    national, finding, body, editor
):
    response = Response.objects.get(report=national, body=body)
    empty = {"position": "", "chief_officer_text": "", "body_explanation": ""}
    save_parts(response, response.revision, {"body_comments": "Draft"}, {finding.pk: empty})

    shared_reports.delete_finding(finding, editor)
    assert not Finding.objects.filter(pk=finding.pk).exists()


def test_a_tracked_item_says_its_finding_was_withdrawn(
    signed_in, national, finding, norfolk_published, editor, suffolk_editor
):
    from section55.tracking.models import TrackedItem

    item = TrackedItem.objects.get(finding=finding)
    shared_reports.withdraw_finding(finding, suffolk_editor, "Registered in error")

    page = signed_in(editor).get(reverse("tracking:item", args=[item.public_id])).content
    assert "This finding was withdrawn from the report" in page.decode()
    assert "Registered in error" in page.decode()


def test_a_withdrawn_finding_is_not_tracked_when_a_response_is_published(
    national, finding, other_body, suffolk_editor
):
    from section55.tracking.models import TrackedItem
    from section55.tracking.services import track_findings

    shared_reports.withdraw_finding(finding, suffolk_editor, "Registered in error")
    track_findings(Response.objects.get(report=national, body=other_body))
    assert not TrackedItem.objects.filter(body=other_body).exists()
