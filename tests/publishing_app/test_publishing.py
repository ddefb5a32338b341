"""Publishing a response: immutable documents with checksums, public pages, feed, corrections."""

import hashlib
from datetime import date

import pytest
from django.urls import reverse

from section55.publishing import services
from section55.publishing.models import PublishedDocument, PublishedVersion
from section55.responses import workflow
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status
from section55.responses.workflow import TransitionRefused
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(body):
    report = make_report(
        body, forces=[body.force], published_on=date(2024, 8, 22), title="An inspection of stalking"
    )
    finding = make_finding(
        report, ref="3", text="All forces should train their people.", items=["first", "second"]
    )
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
    response.refresh_from_db()
    return response


def test_publishing_stores_every_format_with_its_checksum(approved, editor):
    version = services.publish(approved, editor, date(2024, 10, 15))
    formats = {doc.format: doc for doc in version.documents.all()}
    assert set(formats) == {"html", "docx", "pdf", "txt"}
    for doc in formats.values():
        assert doc.sha256 == hashlib.sha256(bytes(doc.content)).hexdigest()
        assert doc.size == len(bytes(doc.content))
    text = bytes(formats["txt"].content).decode()
    assert "16 October 2024" in text
    assert "Training starts in January." in text
    assert Response.objects.get(pk=approved.pk).published_on == date(2024, 10, 15)


def test_published_records_cannot_be_changed(approved, editor):
    version = services.publish(approved, editor)
    with pytest.raises(ValueError, match="cannot be changed"):
        version.save()
    document = version.documents.first()
    document.content = b"tampered"
    with pytest.raises(ValueError):
        document.save()


def test_publishing_is_refused_before_approval_and_stores_nothing(approved, editor):
    Response.objects.filter(pk=approved.pk).update(status=Status.AWAITING_APPROVAL)
    with pytest.raises(TransitionRefused):
        services.publish(approved, editor)
    assert not PublishedVersion.objects.exists()
    assert not PublishedDocument.objects.exists()


def test_anyone_reads_the_public_page_and_downloads_each_document(client, approved, editor, body):
    services.publish(approved, editor, date(2024, 10, 15))
    listing = client.get(reverse("publishing:body", args=[body.slug])).content.decode()
    assert "An inspection of stalking" in listing
    assert "Published on time" in listing
    page = client.get(
        reverse("publishing:response", args=[body.slug, approved.report.slug])
    ).content.decode()
    assert "I accept the recommendation." in page
    for fmt, media_type in [
        ("pdf", "application/pdf"),
        ("txt", "text/plain"),
        ("html", "text/html"),
    ]:
        download = client.get(
            reverse("publishing:document", args=[body.slug, approved.report.slug, 1, fmt])
        )
        assert download.status_code == 200
        assert download["Content-Type"].startswith(media_type)
        assert download["ETag"].strip('"') == hashlib.sha256(download.content).hexdigest()


def test_the_standalone_html_download_may_use_its_own_styles_but_never_scripts(
    client, approved, editor, body
):
    services.publish(approved, editor)
    download = client.get(
        reverse("publishing:document", args=[body.slug, approved.report.slug, 1, "html"])
    )
    assert download["Content-Security-Policy"].startswith("default-src 'none'")
    assert b"<script" not in download.content


def test_an_unpublished_response_has_no_public_page(client, approved, body):
    assert (
        client.get(
            reverse("publishing:response", args=[body.slug, approved.report.slug])
        ).status_code
        == 404
    )
    assert (
        "An inspection of stalking"
        not in client.get(reverse("publishing:body", args=[body.slug])).content.decode()
    )


def test_a_response_cannot_be_reached_through_another_bodys_address(
    client, approved, editor, other_body
):
    services.publish(approved, editor)
    assert (
        client.get(
            reverse("publishing:response", args=[other_body.slug, approved.report.slug])
        ).status_code
        == 404
    )


def test_the_atom_feed_lists_published_responses(client, approved, editor, body):
    services.publish(approved, editor)
    feed = client.get(reverse("publishing:feed", args=[body.slug]))
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert b"Response to An inspection of stalking" in feed.content


def test_a_correction_is_a_new_version_and_the_first_stays_visible(
    client, approved, editor, approver, body
):
    services.publish(approved, editor, date(2024, 10, 15))
    workflow.start_correction(approved, editor, "Corrected the date of the training")
    save_parts(
        approved,
        approved.revision,
        {"body_comments": "I accept the recommendation, as corrected."},
        {},
    )
    approved.refresh_from_db()
    workflow.submit_for_approval(approved, editor)
    workflow.approve(approved, approver)
    services.publish(approved, editor, date(2024, 11, 1), "Corrected the date of the training")

    approved.refresh_from_db()
    assert approved.published_on == date(2024, 10, 15)  # the deadline was met on the first date
    assert list(approved.versions.values_list("number", flat=True)) == [2, 1]
    page = client.get(
        reverse("publishing:response", args=[body.slug, approved.report.slug])
    ).content.decode()
    assert "as corrected" in page
    assert "Version 1, published 15 October 2024" in page
    first = client.get(
        reverse("publishing:document", args=[body.slug, approved.report.slug, 1, "txt"])
    )
    assert "as corrected" not in first.content.decode()


def test_the_office_checklist_records_who_did_each_item_and_when(signed_in, approved, editor):
    services.publish(approved, editor)
    client = signed_in(editor)
    url = reverse("responses:checklist", args=[approved.public_id])
    client.post(
        url,
        {
            "item": "Response published on the website.",
            "address": "https://www.norfolk-pcc.gov.uk/r/1",
        },
    )
    entry = approved.checklist_entries.get()
    assert (entry.done_by, entry.address) == (editor, "https://www.norfolk-pcc.gov.uk/r/1")
    page = client.get(reverse("responses:detail", args=[approved.public_id])).content.decode()
    assert "https://www.norfolk-pcc.gov.uk/r/1" in page


def test_a_forged_checklist_item_is_refused(signed_in, approved, editor):
    services.publish(approved, editor)
    client = signed_in(editor)
    result = client.post(
        reverse("responses:checklist", args=[approved.public_id]),
        {"item": "Anything I like"},
        follow=True,
    )
    assert "Choose an item from the checklist" in result.content.decode()
    assert not approved.checklist_entries.exists()


def test_the_publish_button_publishes_through_the_web(signed_in, approved, approver):
    result = signed_in(approver).post(
        reverse("responses:publish", args=[approved.public_id]), follow=True
    )
    assert "The response is published" in result.content.decode()
    assert approved.versions.count() == 1


def test_another_bodys_user_cannot_publish(signed_in, approved, other_body_user):
    assert (
        signed_in(other_body_user)
        .post(reverse("responses:publish", args=[approved.public_id]))
        .status_code
        == 404
    )
    assert not approved.versions.exists()
