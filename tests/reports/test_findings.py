import pytest
from django.urls import reverse

from section55.reports.models import Finding, FindingKind
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


def finding_form(**overrides):
    data = {
        "kind": FindingKind.RECOMMENDATION,
        "ref": "7",
        "text": "By 31 January 2025, all chief constables should make sure that:",
        "items": "forces track breaches of bail\n\nall personnel complete training\n",
        "timescale": "By 31 January 2025",
        "due_on_0": "31",
        "due_on_1": "1",
        "due_on_2": "2025",
        "addressees": "chief constables",
        "directed_at_forces": "on",
    }
    return {**data, **overrides}


def test_an_editor_adds_a_recommendation_with_its_items(signed_in, editor, body):
    report = make_report(body)
    response = signed_in(editor).post(
        reverse("reports:finding-create", args=[report.slug]), finding_form()
    )
    assert response.status_code == 302
    finding = report.findings.get()
    assert finding.items == ["forces track breaches of bail", "all personnel complete training"]
    assert finding.addressees == ["chief constables"]
    assert finding.due_on.isoformat() == "2025-01-31"
    assert finding.directed_at_forces is True


def test_a_recommendation_can_sit_under_a_cause_of_concern(signed_in, editor, body):
    report = make_report(body)
    cause = make_finding(report, kind=FindingKind.CAUSE_OF_CONCERN, ref="1")
    form = finding_form(parent=cause.pk)
    signed_in(editor).post(reverse("reports:finding-create", args=[report.slug]), form)
    assert report.findings.get(ref="7").parent == cause


def test_a_forged_parent_from_another_report_is_refused(signed_in, editor, body):
    report = make_report(body)
    elsewhere = make_finding(make_report(body), kind=FindingKind.CAUSE_OF_CONCERN)
    form = finding_form(parent=elsewhere.pk)
    page = (
        signed_in(editor)
        .post(reverse("reports:finding-create", args=[report.slug]), form)
        .content.decode()
    )
    assert "Select a valid choice" in page
    assert not report.findings.exists()


def test_an_area_for_improvement_cannot_sit_under_a_cause_of_concern(signed_in, editor, body):
    report = make_report(body)
    cause = make_finding(report, kind=FindingKind.CAUSE_OF_CONCERN)
    form = finding_form(kind=FindingKind.AREA_FOR_IMPROVEMENT, parent=cause.pk)
    page = (
        signed_in(editor)
        .post(reverse("reports:finding-create", args=[report.slug]), form)
        .content.decode()
    )
    assert "Only a recommendation can sit under a cause of concern" in page


def test_a_finding_without_text_is_refused_and_nothing_is_stored(signed_in, editor, body):
    report = make_report(body)
    page = (
        signed_in(editor)
        .post(reverse("reports:finding-create", args=[report.slug]), finding_form(text=""))
        .content.decode()
    )
    assert "Enter the finding&#x27;s full text" in page
    assert not report.findings.exists()


def test_an_editor_changes_and_deletes_a_finding(signed_in, editor, body):
    report = make_report(body)
    finding = make_finding(report)
    client = signed_in(editor)
    client.post(
        reverse("reports:finding-edit", args=[report.slug, finding.public_id]),
        finding_form(ref="9"),
    )
    finding.refresh_from_db()
    assert finding.ref == "9"
    confirmation = client.get(
        reverse("reports:finding-delete", args=[report.slug, finding.public_id])
    )
    assert "Are you sure" in confirmation.content.decode()
    client.post(reverse("reports:finding-delete", args=[report.slug, finding.public_id]))
    assert not Finding.objects.filter(pk=finding.pk).exists()


@pytest.mark.parametrize("name", ["reports:finding-edit", "reports:finding-delete"])
def test_a_body_the_report_does_not_concern_cannot_change_or_delete_its_findings(
    signed_in, other_body_user, body, name
):
    report = make_report(body, forces=[body.force])
    finding = make_finding(report, ref="3")
    client = signed_in(other_body_user)
    url = reverse(name, args=[report.slug, finding.public_id])
    assert client.get(url).status_code == 404
    assert client.post(url, finding_form(ref="99")).status_code == 404
    finding.refresh_from_db()
    assert finding.ref == "3"


def test_a_finding_cannot_be_reached_through_another_reports_address(signed_in, editor, body):
    finding = make_finding(make_report(body))
    other_report = make_report(body)
    url = reverse("reports:finding-edit", args=[other_report.slug, finding.public_id])
    assert signed_in(editor).get(url).status_code == 404


def test_a_force_liaison_cannot_add_findings(signed_in, force_liaison, body):
    report = make_report(body)
    url = reverse("reports:finding-create", args=[report.slug])
    assert signed_in(force_liaison).post(url, finding_form()).status_code == 404
    assert not report.findings.exists()


@pytest.mark.parametrize("name", ["reports:finding-edit", "reports:finding-delete"])
def test_anonymous_visitors_cannot_reach_finding_pages(client, body, name):
    report = make_report(body)
    finding = make_finding(report)
    response = client.post(reverse(name, args=[report.slug, finding.public_id]))
    assert response.status_code == 302
    assert Finding.objects.filter(pk=finding.pk).exists()
