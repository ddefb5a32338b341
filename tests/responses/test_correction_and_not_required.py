"""Correcting a published response from its page; responses that are not required."""

from datetime import date

import pytest
from django.urls import reverse

from section55.publishing import services as publishing
from section55.responses import workflow
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(body, editor):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22))
    finding = make_finding(report, ref="3", directed_at_forces=True)
    response = Response.objects.get(report=report, body=body)
    answers = {
        finding.pk: {
            "position": Position.ACCEPTED,
            "chief_officer_text": "Training starts in January.",
            "body_explanation": "I will review progress.",
        }
    }
    fields = {
        "chief_officer_comments": "We welcome the report.",
        "body_comments": "I accept the recommendation.",
        "status": Status.APPROVED,
    }
    save_parts(response, response.revision, fields, answers)
    publishing.publish(response, editor, date(2024, 10, 1))
    return Response.objects.get(pk=response.pk)


def url(name, response):
    return reverse(f"responses:{name}", args=[response.public_id])


def test_the_published_response_page_links_to_its_correction(signed_in, editor, published):
    page = signed_in(editor).get(url("detail", published)).content.decode()
    assert url("correct", published) in page


def test_a_correction_is_drafted_approved_and_published_as_a_second_version_with_its_note(
    client, signed_in, editor, approver, published, body
):
    note = "The explanation for recommendation 3 named the wrong date."
    signed_in(editor).post(url("correct", published), {"reason": note})
    published.refresh_from_db()
    assert published.status == Status.CHIEF_OFFICER_RECEIVED

    workflow.submit_for_approval(published, editor)
    signed_in(approver).post(reverse("responses:transition", args=[published.public_id, "approve"]))
    signed_in(approver).post(url("publish", published))

    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    assert published.published_on == date(2024, 10, 1)  # the date the duty was met
    assert list(published.versions.values_list("number", "correction_note")) == [
        (2, note),
        (1, ""),
    ]
    page = client.get(
        reverse("publishing:response", args=[body.slug, published.report.slug])
    ).content.decode()
    assert f"Correction: {note}" in page


def test_a_force_liaison_cannot_start_a_correction(signed_in, force_liaison, published):
    signed_in(force_liaison).post(url("correct", published), {"reason": "Mine"})
    assert Response.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_a_response_not_required_leaves_the_awaiting_list_and_is_counted_apart(
    signed_in, editor, body
):
    report = make_report(body, forces=[body.force], title="Answered elsewhere")
    response = Response.objects.get(report=report, body=body)
    workflow.mark_not_required(response, editor, "The PEEL response answers the same findings")

    page = signed_in(editor).get(reverse("reports:dashboard")).content.decode()
    awaiting = page.split("Awaiting publication", 1)[1].split("<h2", 1)[0]
    assert "Answered elsewhere" not in awaiting
    assert "No response is awaiting publication." in awaiting
    not_required = page.split(">Not required</h2>", 1)[1]
    assert "Answered elsewhere" in not_required
    assert "The PEEL response answers the same findings" in not_required
    assert "1 response marked not required" in page
