from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from section55.tracking.models import Evidence, ItemStatus, TrackedItem
from tests.tracking.factories import make_tracked_items

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def item(body):
    return make_tracked_items(body)[0]


def url(name, item, *args):
    return reverse(f"tracking:{name}", args=[item.public_id, *args])


def allocated(item, owner):
    TrackedItem.objects.filter(pk=item.pk).update(status=ItemStatus.IN_PROGRESS, owner=owner)
    item.refresh_from_db()
    return item


def test_the_tracker_lists_the_bodys_items_with_counts_and_filters(signed_in, editor, body, item):
    client = signed_in(editor)
    page = client.get(reverse("tracking:tracker")).content.decode()
    assert "Awaiting allocation: 2" in page
    assert item.finding.heading in page
    filtered = client.get(
        reverse("tracking:tracker"), {"status": ItemStatus.CLOSED_COMPLETED}
    ).content.decode()
    assert "No tracked items match" in filtered
    overdue = client.get(reverse("tracking:tracker"), {"status": "overdue"}).content.decode()
    assert "Overdue" in overdue and item.finding.heading in overdue


def test_an_editor_allocates_an_item_to_a_colleague(signed_in, editor, force_liaison, item):
    form = {
        "owner": force_liaison.pk,
        "target_on_0": "31",
        "target_on_1": "3",
        "target_on_2": "2025",
        "rag": "amber",
    }
    signed_in(editor).post(url("allocate", item), form)
    item.refresh_from_db()
    assert (item.status, item.owner, item.target_on, item.rag) == (
        ItemStatus.IN_PROGRESS,
        force_liaison,
        date(2025, 3, 31),
        "amber",
    )


def test_an_owner_from_another_body_cannot_be_forged_into_the_form(
    signed_in, editor, other_body_user, item
):
    page = (
        signed_in(editor)
        .post(url("allocate", item), {"owner": other_body_user.pk})
        .content.decode()
    )
    assert "Choose a person from your office" in page
    assert TrackedItem.objects.get(pk=item.pk).owner is None


def test_an_update_with_evidence_keeps_the_file_and_its_checksum(signed_in, force_liaison, item):
    allocated(item, force_liaison)
    upload = SimpleUploadedFile("training-records.pdf", PDF, content_type="application/pdf")
    signed_in(force_liaison).post(
        url("update", item), {"text": "Training delivered", "evidence": upload}
    )
    stored = Evidence.objects.get()
    assert stored.filename == "training-records.pdf"
    assert len(stored.sha256) == 64
    download = signed_in(force_liaison).get(url("evidence", item, stored.public_id))
    assert download.content == PDF
    assert download["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("records.exe", b"MZ...", "is not a kind of file accepted as evidence"),
        ("records.pdf", b"not a pdf at all", "does not contain what its name says"),
        ("notes.txt", b"\xff\xfe\x00bad", "is not readable text"),
        ("empty.csv", b"", "empty"),
    ],
)
def test_bad_evidence_is_refused_with_a_message_and_nothing_is_stored(
    signed_in, force_liaison, item, name, content, message
):
    allocated(item, force_liaison)
    upload = SimpleUploadedFile(name, content)
    page = (
        signed_in(force_liaison)
        .post(url("update", item), {"text": "Done", "evidence": upload})
        .content.decode()
    )
    assert message in page
    assert not item.updates.exists()


def test_evidence_over_the_upload_limit_is_refused(signed_in, force_liaison, item, settings):
    settings.MAX_UPLOAD_BYTES = 10
    allocated(item, force_liaison)
    upload = SimpleUploadedFile("big.pdf", PDF)
    page = (
        signed_in(force_liaison)
        .post(url("update", item), {"text": "Done", "evidence": upload})
        .content.decode()
    )
    assert "larger than the" in page
    assert not item.updates.exists()


def test_an_approver_closes_an_item_and_an_editor_cannot(signed_in, editor, approver, item):
    allocated(item, editor)
    form = {"outcome": ItemStatus.CLOSED_COMPLETED, "reason": "Evidence seen at the March review"}
    assert signed_in(editor).post(url("close", item), form).status_code == 403
    signed_in(approver).post(url("close", item), form)
    assert TrackedItem.objects.get(pk=item.pk).status == ItemStatus.CLOSED_COMPLETED


def test_closing_as_superseded_needs_the_later_finding(signed_in, approver, item):
    page = (
        signed_in(approver)
        .post(url("close", item), {"outcome": ItemStatus.CLOSED_SUPERSEDED, "reason": "Repeated"})
        .content.decode()
    )
    assert "Choose the later finding that replaces this one" in page


def test_a_review_is_recorded_with_its_next_date(signed_in, editor, item):
    form = {
        "reviewed_on_0": "1",
        "reviewed_on_1": "3",
        "reviewed_on_2": "2025",
        "outcome": "On track",
        "next_review_on_0": "1",
        "next_review_on_1": "6",
        "next_review_on_2": "2025",
    }
    signed_in(editor).post(url("review", item), form)
    review = item.reviews.get()
    assert (review.reviewed_on, review.next_review_on, review.reviewer) == (
        date(2025, 3, 1),
        date(2025, 6, 1),
        editor,
    )


def test_a_next_review_before_the_review_is_refused(signed_in, editor, item):
    form = {
        "reviewed_on_0": "1",
        "reviewed_on_1": "3",
        "reviewed_on_2": "2025",
        "outcome": "x",
        "next_review_on_0": "1",
        "next_review_on_1": "1",
        "next_review_on_2": "2025",
    }
    assert (
        "The next review must be after this one"
        in signed_in(editor).post(url("review", item), form).content.decode()
    )


def test_actions_are_added_and_marked_done(signed_in, editor, item):
    client = signed_in(editor)
    client.post(
        url("action", item), {"description": "Deliver CPD days", "owner": "Head of training"}
    )
    action = item.actions.get()
    client.post(url("action-done", item, action.pk))
    action.refresh_from_db()
    assert action.done_on is not None


@pytest.mark.parametrize("name", ["item", "allocate", "update", "action", "review", "close"])
def test_another_bodys_user_gets_404_on_every_item_page(signed_in, other_body_user, item, name):
    assert signed_in(other_body_user).get(url(name, item)).status_code == 404
    assert (
        signed_in(other_body_user).post(url(name, item), {"text": "x", "reason": "x"}).status_code
        == 404
    )


def test_another_bodys_items_are_not_in_the_tracker(signed_in, other_body_user, item):
    page = signed_in(other_body_user).get(reverse("tracking:tracker")).content.decode()
    assert item.finding.report.title not in page


@pytest.mark.parametrize("name", ["item", "allocate", "update", "close"])
def test_anonymous_visitors_are_sent_to_sign_in_from_item_pages(client, item, name):
    assert client.get(url(name, item))["Location"].startswith(reverse("accounts:sign-in"))


def test_a_viewer_cannot_add_an_update(signed_in, viewer, item):
    assert signed_in(viewer).post(url("update", item), {"text": "x"}).status_code == 403
