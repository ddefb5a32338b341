"""The record of accountability holds: a refused action stores nothing, evidence is reached only
through its own item, only the approver closes or reopens, and nothing tracked is ever deleted
by a cascade."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import ProtectedError
from django.urls import reverse

from section55.accounts.models import Role
from section55.core.workflow import TransitionRefused
from section55.reports.models import Finding
from section55.tracking import services, workflow
from section55.tracking.models import (
    Action,
    Evidence,
    ItemStatus,
    ItemStatusChange,
    ItemUpdate,
    Review,
    TrackedItem,
)
from tests.factories import make_finding, make_report, make_user
from tests.tracking.factories import make_tracked_items

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
NOT_APPROVERS = [Role.EDITOR, Role.ADMINISTRATOR, Role.FORCE_LIAISON, Role.VIEWER]


@pytest.fixture
def items(body):
    return make_tracked_items(body)


@pytest.fixture
def item(items):
    return items[0]


def url(name, item, *args):
    return reverse(f"tracking:{name}", args=[item.public_id, *args])


def in_progress(item, owner):
    TrackedItem.objects.filter(pk=item.pk).update(status=ItemStatus.IN_PROGRESS, owner=owner)
    item.refresh_from_db()
    return item


def closed(item, approver, reason="Force decided not to proceed"):
    workflow.close_no_further_action(item, approver, reason)
    item.refresh_from_db()
    return item


def stored(item):
    """Everything about the item a refused action must leave as it was."""
    item = TrackedItem.objects.get(pk=item.pk)
    fields = (item.status, item.owner_id, item.target_on, item.rag, item.closure_reason)
    children = (
        item.status_changes.count(),
        item.updates.count(),
        item.actions.count(),
        item.reviews.count(),
        Evidence.objects.filter(update__item=item).count(),
    )
    return fields, children


def with_evidence(item, user, filename="training-records.pdf", content=PDF):
    return services.add_update(
        item, user, "Training delivered", (filename, "application/pdf", content)
    )


# A refused action saves nothing at all.


def test_allocating_a_closed_item_is_refused_and_keeps_its_rag_rating(
    signed_in, editor, approver, force_liaison, item
):
    closed(item, approver)
    before = stored(item)
    form = {"owner": force_liaison.pk, "rag": "red"}
    page = signed_in(editor).post(url("allocate", item), form, follow=True).content.decode()
    assert "This cannot be done while the item is closed: no further action" in page
    assert stored(item) == before


def test_allocating_an_item_already_in_progress_is_refused_and_keeps_its_rag_rating(
    signed_in, editor, force_liaison, item
):
    in_progress(item, force_liaison)
    before = stored(item)
    form = {"owner": editor.pk, "rag": "green", "target_on_0": "1", "target_on_1": "1"}
    form["target_on_2"] = "2030"
    signed_in(editor).post(url("allocate", item), form)
    assert stored(item) == before


def test_allocating_sets_the_rag_rating_with_the_owner(editor, force_liaison, item):
    workflow.allocate(item, editor, force_liaison, rag="amber")
    item.refresh_from_db()
    assert (item.status, item.owner, item.rag) == (ItemStatus.IN_PROGRESS, force_liaison, "amber")


def test_an_update_to_a_closed_item_is_refused_and_saves_nothing(
    signed_in, force_liaison, approver, item
):
    closed(in_progress(item, force_liaison), approver)
    before = stored(item)
    upload = SimpleUploadedFile("records.pdf", PDF, content_type="application/pdf")
    form = {"text": "Late news", "evidence": upload, "rag": "red"}
    assert signed_in(force_liaison).post(url("update", item), form).status_code == 403
    assert stored(item) == before


def test_an_action_on_a_closed_item_is_refused_and_saves_nothing(signed_in, editor, approver, item):
    closed(item, approver)
    before = stored(item)
    form = {"description": "Deliver CPD days", "owner": "Head of training"}
    assert signed_in(editor).post(url("action", item), form).status_code == 403
    assert stored(item) == before


def test_an_action_of_a_closed_item_cannot_be_marked_done(signed_in, editor, approver, item):
    action = services.add_action(item, editor, "Deliver CPD days", "Head of training", None)
    closed(item, approver)
    assert signed_in(editor).post(url("action-done", item, action.pk)).status_code == 403
    assert Action.objects.get(pk=action.pk).done_on is None


def test_a_closing_the_workflow_refuses_saves_nothing(signed_in, approver, item):
    before = stored(item)
    form = {"outcome": ItemStatus.CLOSED_COMPLETED, "reason": "Seen"}
    page = signed_in(approver).post(url("close", item), form, follow=True).content.decode()
    assert "This cannot be done while the item is awaiting allocation" in page
    assert stored(item) == before


def test_the_update_service_refuses_an_item_closed_since_the_page_was_read(
    force_liaison, approver, item
):
    """The page checked the item was open; the service checks again under the row's lock."""
    stale = in_progress(item, force_liaison)
    closed(TrackedItem.objects.get(pk=item.pk), approver)
    before = stored(item)
    with pytest.raises(TransitionRefused, match="cannot be done while the item is closed"):
        services.add_update(stale, force_liaison, "Late news", ("a.txt", "text/plain", b"x"), "red")
    assert stored(item) == before


def test_the_update_service_refuses_a_role_that_may_not_progress_items(viewer, item):
    before = stored(item)
    with pytest.raises(TransitionRefused, match="role"):
        services.add_update(item, viewer, "Done", None, "green")
    assert stored(item) == before


def test_the_action_service_refuses_an_item_closed_since_the_page_was_read(editor, approver, item):
    stale = TrackedItem.objects.get(pk=item.pk)
    closed(item, approver)
    before = stored(item)
    with pytest.raises(TransitionRefused, match="cannot be done while the item is closed"):
        services.add_action(stale, editor, "Deliver CPD days", "Head of training", None)
    assert stored(item) == before


def test_the_review_service_refuses_the_force_liaison(force_liaison, item):
    before = stored(item)
    with pytest.raises(TransitionRefused, match="role"):
        services.add_review(item, force_liaison, date(2025, 3, 1), "All done", None)
    assert stored(item) == before


# Evidence is reached only through its own item.


def test_evidence_of_another_item_is_not_found_through_this_items_address(
    signed_in, force_liaison, items
):
    mine, other = items
    theirs = with_evidence(in_progress(other, force_liaison), force_liaison).evidence.get()
    client = signed_in(force_liaison)
    assert client.get(url("evidence", mine, theirs.public_id)).status_code == 404
    assert client.get(url("evidence", other, theirs.public_id)).content == PDF


def test_another_bodys_evidence_is_not_found_through_ones_own_items_address(
    signed_in, force_liaison, item, other_body, other_body_user
):
    norfolk = with_evidence(in_progress(item, force_liaison), force_liaison).evidence.get()
    (suffolk_item, _) = make_tracked_items(other_body)
    suffolk_user = make_user(other_body, Role.FORCE_LIAISON)
    suffolk = with_evidence(in_progress(suffolk_item, suffolk_user), suffolk_user).evidence.get()
    assert (
        signed_in(other_body_user).get(url("evidence", suffolk_item, norfolk.public_id)).status_code
        == 404
    )
    assert signed_in(force_liaison).get(url("evidence", item, suffolk.public_id)).status_code == 404
    assert (
        signed_in(force_liaison).get(url("evidence", suffolk_item, suffolk.public_id)).status_code
        == 404
    )


def test_evidence_whose_name_holds_a_line_break_or_accents_still_downloads(
    signed_in, force_liaison, item
):
    name = "Évaluation – mars\r\nX-Injected: yes.txt"
    update = services.add_update(
        in_progress(item, force_liaison), force_liaison, "Attached", (name, "text/plain", b"Hi")
    )
    download = signed_in(force_liaison).get(url("evidence", item, update.evidence.get().public_id))
    assert download.content == b"Hi"
    assert "X-Injected" not in download.headers
    assert download["Content-Disposition"] == (
        "attachment; filename*=utf-8''%C3%89valuation%20%E2%80%93%20marsX-Injected%3A%20yes.txt"
    )


# Closing and reopening need the approver, in the workflow itself.


def _later_finding(body):
    return make_finding(make_report(body, forces=[body.force], title="PEEL 2025"), ref="9")


CLOSINGS = {
    "completed": lambda item, user: workflow.close_completed(item, user, "Records seen"),
    "superseded": lambda item, user: workflow.close_superseded(
        item, user, _later_finding(item.body), "Repeated in PEEL 2025"
    ),
    "no further action": lambda item, user: workflow.close_no_further_action(
        item, user, "Not needed"
    ),
}


@pytest.mark.parametrize("role", NOT_APPROVERS)
@pytest.mark.parametrize("closing", CLOSINGS)
def test_only_an_approver_closes_an_item_in_any_way(body, item, force_liaison, role, closing):
    in_progress(item, force_liaison)
    before = stored(item)
    with pytest.raises(TransitionRefused, match="Your role does not allow this"):
        CLOSINGS[closing](item, make_user(body, role))
    assert stored(item) == before


@pytest.mark.parametrize("role", NOT_APPROVERS)
def test_only_an_approver_reopens_an_item(body, item, approver, role):
    closed(item, approver)
    before = stored(item)
    with pytest.raises(TransitionRefused, match="Your role does not allow this"):
        workflow.reopen(item, make_user(body, role), "The panel asked")
    assert stored(item) == before


@pytest.mark.parametrize("closing", CLOSINGS)
def test_an_approver_closes_an_item_in_each_way(item, approver, force_liaison, closing):
    in_progress(item, force_liaison)
    CLOSINGS[closing](item, approver)
    assert TrackedItem.objects.get(pk=item.pk).status in {
        ItemStatus.CLOSED_COMPLETED,
        ItemStatus.CLOSED_SUPERSEDED,
        ItemStatus.CLOSED_NO_FURTHER_ACTION,
    }


def _close_form(item, outcome):
    form = {"outcome": outcome, "reason": "Dealt with"}
    if outcome == ItemStatus.CLOSED_SUPERSEDED:
        form["later_finding"] = _later_finding(item.body).pk
    return form


OUTCOMES = [
    ItemStatus.CLOSED_COMPLETED,
    ItemStatus.CLOSED_SUPERSEDED,
    ItemStatus.CLOSED_NO_FURTHER_ACTION,
]


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_the_force_liaison_cannot_close_an_item_on_the_page(
    signed_in, force_liaison, item, outcome
):
    in_progress(item, force_liaison)
    before = stored(item)
    client = signed_in(force_liaison)
    assert client.get(url("close", item)).status_code == 403
    assert client.post(url("close", item), _close_form(item, outcome)).status_code == 403
    assert stored(item) == before


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_the_approver_closes_an_item_on_the_page(signed_in, approver, force_liaison, item, outcome):
    in_progress(item, force_liaison)
    signed_in(approver).post(url("close", item), _close_form(item, outcome))
    assert TrackedItem.objects.get(pk=item.pk).status == outcome


@pytest.mark.parametrize("name", ["reopen", "return"])
def test_the_force_liaison_cannot_reopen_or_return_an_item_on_the_page(
    signed_in, force_liaison, approver, item, name
):
    if name == "reopen":
        closed(item, approver)
    else:
        TrackedItem.objects.filter(pk=item.pk).update(status=ItemStatus.AWAITING_SIGN_OFF)
    before = stored(item)
    client = signed_in(force_liaison)
    assert client.get(url("with-reason", item, name)).status_code == 403
    assert client.post(url("with-reason", item, name), {"reason": "Not done"}).status_code == 403
    assert stored(item) == before


def test_the_approver_reopens_an_item_on_the_page(signed_in, approver, item):
    closed(item, approver)
    signed_in(approver).post(url("with-reason", item, "reopen"), {"reason": "The panel asked"})
    assert TrackedItem.objects.get(pk=item.pk).status == ItemStatus.AWAITING_ALLOCATION


# Nothing tracked is deleted by a cascade.


@pytest.fixture
def full_record(item, editor, approver, force_liaison):
    """An item with one of everything: status rows, an update with evidence, an action, a
    review."""
    workflow.allocate(item, editor, force_liaison, date(2025, 3, 31))
    with_evidence(item, force_liaison)
    services.add_action(item, force_liaison, "Deliver CPD days", "Head of training", None)
    services.add_review(item, approver, date(2025, 3, 1), "On track", None)
    return item


def counts():
    return [
        model.objects.count()
        for model in (TrackedItem, ItemStatusChange, ItemUpdate, Evidence, Action, Review)
    ]


def test_deleting_a_tracked_finding_is_refused_and_its_record_stays(full_record):
    before = counts()
    with pytest.raises(ProtectedError):
        Finding.objects.get(pk=full_record.finding_id).delete()
    assert counts() == before


def test_deleting_the_report_of_a_tracked_finding_is_refused_and_its_record_stays(full_record):
    before = counts()
    with pytest.raises(ProtectedError):
        full_record.finding.report.delete()
    assert counts() == before


def test_deleting_the_finding_that_supersedes_an_item_is_refused(item, approver):
    later = _later_finding(item.body)
    workflow.close_superseded(item, approver, later, "Repeated in PEEL 2025")
    with pytest.raises(ProtectedError):
        later.delete()
    assert TrackedItem.objects.get(pk=item.pk).superseded_by == later


def test_deleting_a_tracked_item_with_a_record_is_refused(full_record):
    before = counts()
    with pytest.raises(ProtectedError):
        TrackedItem.objects.get(pk=full_record.pk).delete()
    with pytest.raises(ProtectedError):
        full_record.updates.get().delete()
    assert counts() == before


def test_deleting_a_tracked_finding_on_the_report_page_says_why_it_cannot(
    signed_in, editor, full_record
):
    before = counts()
    finding = full_record.finding
    address = reverse("reports:finding-delete", args=[finding.report.slug, finding.public_id])
    answer = signed_in(editor).post(address, follow=True)
    assert answer.status_code == 200
    assert "cannot be deleted" in answer.content.decode()
    assert counts() == before
    assert Finding.objects.filter(pk=finding.pk).exists()
