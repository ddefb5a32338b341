"""Tracked items of the token's own body: lists, detail, status changes through the workflow, and
updates with evidence. Another body's token gets 404 for every one of them."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from section55.accounts.models import Role
from section55.tracking import services, workflow
from section55.tracking.models import ItemStatus, ItemUpdate, TrackedItem
from tests.api.factories import make_answered_report
from tests.factories import make_finding, make_report, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(body):
    return make_answered_report(body, title="Stalking")


@pytest.fixture
def item(report):
    return TrackedItem.objects.get(finding__report=report, finding__ref="1")


def _path(item, suffix=""):
    return f"/tracked-items/{item.public_id}{suffix}"


def test_items_are_listed_with_their_finding_and_report(api, item, editor_token):
    listed = api.get("/tracked-items", editor_token).json()
    assert listed["count"] == 2
    first = listed["items"][0]
    assert first["id"] == str(item.public_id)
    assert first["status"] == "awaiting_allocation"
    assert first["finding"]["heading"] == "Recommendation 1"
    assert first["report"]["title"] == "Stalking"
    assert first["target_on"] == "2025-01-31"


def test_items_can_be_filtered_by_status_report_and_being_overdue(
    api, body, item, editor, force_liaison, editor_token
):
    workflow.allocate(item, editor, force_liaison, date(2999, 1, 1))
    later = make_answered_report(body, findings=1, title="Later")

    def count(**filters):
        return api.get("/tracked-items", editor_token, **filters).json()["count"]

    assert count(status="in_progress") == 1
    assert count(status="awaiting_allocation") == 2
    assert count(report=later.slug) == 1
    assert count(report="no-such-report") == 0
    assert count(overdue="true") == 2
    assert count(overdue="false") == 1


@pytest.mark.parametrize(
    "filters", [{"status": "done"}, {"overdue": "perhaps"}, {"report": "a/b"}, {"limit": 1000}]
)
def test_a_bad_filter_is_refused(api, editor_token, filters):
    assert api.get("/tracked-items", editor_token, **filters).status_code == 422


def test_an_item_shows_its_updates_history_and_evidence(
    api, item, editor, force_liaison, editor_token
):
    workflow.allocate(item, editor, force_liaison)
    ItemUpdate.objects.create(item=item, written_by=force_liaison, text="Training delivered")
    detail = api.get(_path(item), editor_token).json()
    assert detail["owner"] == force_liaison.email
    assert detail["updates"][0]["text"] == "Training delivered"
    assert detail["history"][0]["to_status"] == "in_progress"
    assert detail["history"][0]["changed_by"] == editor.email


def test_an_item_is_allocated_progressed_and_closed_through_the_api(
    api, item, force_liaison, editor_token, approver_token, token_for
):
    allocated = api.post(
        _path(item, "/transitions"),
        {"transition": "allocate", "owner": force_liaison.email, "target_on": "2025-03-31"},
        editor_token,
    )
    assert allocated.status_code == 200
    assert allocated.json()["status"] == "in_progress"
    assert allocated.json()["target_on"] == "2025-03-31"
    liaison_token = token_for(force_liaison)
    added = api.post_form(_path(item, "/updates"), {"text": "Training delivered"}, liaison_token)
    assert added.status_code == 201
    asked = api.post(_path(item, "/transitions"), {"transition": "request_sign_off"}, liaison_token)
    assert asked.json()["status"] == "awaiting_sign_off"
    closed = api.post(
        _path(item, "/transitions"),
        {"transition": "close_completed", "reason": "Records seen"},
        approver_token,
    )
    assert closed.status_code == 200
    assert closed.json()["status"] == "closed_completed"
    assert [h["to_status"] for h in closed.json()["history"]] == [
        "in_progress",
        "awaiting_sign_off",
        "closed_completed",
    ]


def test_closing_needs_the_approver_role_and_says_so(api, item, editor_token):
    refused = api.post(
        _path(item, "/transitions"),
        {"transition": "close_no_further_action", "reason": "Not needed"},
        editor_token,
    )
    assert refused.status_code == 409
    assert refused.json() == {"detail": "Your role does not allow this"}
    assert TrackedItem.objects.get(pk=item.pk).status == ItemStatus.AWAITING_ALLOCATION


def test_a_transition_from_the_wrong_state_is_refused_with_the_workflows_message(
    api, item, approver_token
):
    refused = api.post(
        _path(item, "/transitions"),
        {"transition": "return_to_progress", "reason": "x"},
        approver_token,
    )
    assert refused.status_code == 409
    assert "awaiting allocation" in refused.json()["detail"]


def test_closing_without_a_reason_is_refused(api, item, approver_token):
    refused = api.post(
        _path(item, "/transitions"), {"transition": "close_no_further_action"}, approver_token
    )
    assert refused.status_code == 409
    assert refused.json()["detail"] == "Say why no further action will be taken"


@pytest.mark.parametrize("owner", ["nobody@example.org", None])
def test_allocating_to_someone_outside_the_office_is_refused(
    api, item, editor_token, other_body_user, owner
):
    refused = api.post(
        _path(item, "/transitions"),
        {"transition": "allocate", "owner": owner or other_body_user.email},
        editor_token,
    )
    assert refused.status_code == 409
    assert refused.json()["detail"] == "Choose an owner from your own office"


def test_an_item_is_closed_as_superseded_by_a_later_finding(api, body, item, approver_token):
    later = make_finding(make_report(body, forces=[body.force], title="PEEL 2025"), ref="4")
    closed = api.post(
        _path(item, "/transitions"),
        {
            "transition": "close_superseded",
            "superseded_by": str(later.public_id),
            "reason": "Repeated in PEEL 2025",
        },
        approver_token,
    )
    assert closed.status_code == 200
    assert closed.json()["superseded_by"] == str(later.public_id)


def test_a_finding_the_body_cannot_see_cannot_supersede_an_item(
    api, item, other_body, approver_token
):
    theirs = make_finding(make_report(other_body, forces=[other_body.force]), ref="1")
    refused = api.post(
        _path(item, "/transitions"),
        {"transition": "close_superseded", "superseded_by": str(theirs.public_id), "reason": "x"},
        approver_token,
    )
    assert refused.status_code == 409
    assert refused.json()["detail"] == "Choose the later finding that replaces this one"


@pytest.mark.parametrize(
    "change",
    [
        {"transition": "finish"},
        {},
        {"transition": "allocate", "target_on": "2025-13-45"},
        {"transition": "allocate", "target_on": "31/03/2025"},
        {"transition": "close_completed", "reason": "x" * 5001},
        {"transition": "close_completed", "reason": "done\x00"},
        {"transition": "close_superseded", "superseded_by": "not-a-uuid"},
    ],
)
def test_malformed_changes_are_refused_and_nothing_moves(api, item, approver_token, change):
    refused = api.post(_path(item, "/transitions"), change, approver_token)
    assert refused.status_code == 422
    assert TrackedItem.objects.get(pk=item.pk).status == ItemStatus.AWAITING_ALLOCATION


def test_a_body_that_is_not_json_is_refused(client, item, approver_token):
    refused = client.post(
        f"/api/v1/tracked-items/{item.public_id}/transitions",
        "{not json",
        content_type="application/json",
        headers={"Authorization": f"Bearer {approver_token}"},
    )
    assert refused.status_code == 400


def test_an_update_keeps_its_evidence_with_a_checksum(api, item, editor_token):
    evidence = SimpleUploadedFile("minutes.txt", b"Panel minutes", content_type="text/plain")
    added = api.post_form(
        _path(item, "/updates"),
        {"text": "Minutes attached", "rag": "green", "evidence": evidence},
        editor_token,
    )
    assert added.status_code == 201
    (stored,) = added.json()["evidence"]
    assert stored["filename"] == "minutes.txt"
    assert stored["size"] == 13
    assert len(stored["sha256"]) == 64
    assert TrackedItem.objects.get(pk=item.pk).rag == "green"


def test_evidence_that_is_not_what_its_name_says_is_refused_and_nothing_is_stored(
    api, item, editor_token
):
    fake = SimpleUploadedFile("report.pdf", b"not really a pdf")
    refused = api.post_form(
        _path(item, "/updates"), {"text": "See attached", "evidence": fake}, editor_token
    )
    assert refused.status_code == 422
    (problem,) = refused.json()["detail"]
    assert problem["loc"] == ["form", "evidence"]
    assert "does not contain what its name says" in problem["msg"]
    assert not item.updates.exists()


def test_evidence_over_the_upload_limit_is_refused(api, item, editor_token, settings):
    settings.MAX_UPLOAD_BYTES = 10
    big = SimpleUploadedFile("notes.txt", b"x" * 11)
    refused = api.post_form(
        _path(item, "/updates"), {"text": "See attached", "evidence": big}, editor_token
    )
    assert refused.status_code == 413
    assert "larger than" in refused.json()["detail"]


@pytest.mark.parametrize("text", ["", "x" * 10_001])
def test_an_update_must_say_something_but_not_too_much(api, item, editor_token, text):
    assert api.post_form(_path(item, "/updates"), {"text": text}, editor_token).status_code == 422
    assert not item.updates.exists()


def test_a_viewer_cannot_add_an_update(api, item, viewer_token):
    refused = api.post_form(_path(item, "/updates"), {"text": "Done"}, viewer_token)
    assert refused.status_code == 403


def test_a_closed_item_takes_no_updates(api, item, approver, approver_token):
    workflow.close_no_further_action(item, approver, "Not needed")
    refused = api.post_form(_path(item, "/updates"), {"text": "Done"}, approver_token)
    assert refused.status_code == 409


@pytest.mark.parametrize(
    "method, suffix, data",
    [
        ("get", "", None),
        ("post", "/transitions", {"transition": "close_no_further_action", "reason": "x"}),
        ("post_form", "/updates", {"text": "Written by another body"}),
    ],
)
def test_another_bodys_token_gets_404_for_the_item(
    api, item, other_body, token_for, method, suffix, data
):
    """Even the other body's approver, who could do all of this to their own items."""
    token = token_for(make_user(other_body, Role.APPROVER))
    call = getattr(api, method)
    found = call(_path(item, suffix), data, token) if data else call(_path(item, suffix), token)
    assert found.status_code == 404
    assert TrackedItem.objects.get(pk=item.pk).status == ItemStatus.AWAITING_ALLOCATION
    assert not item.updates.exists()


def test_another_bodys_token_does_not_list_the_items(api, item, other_body_token):
    assert api.get("/tracked-items", other_body_token).json()["count"] == 0


# Closing and reopening need the approver, through a token as on the pages; a refusal stores
# nothing.


def _stored(item):
    item = TrackedItem.objects.get(pk=item.pk)
    fields = (item.status, item.owner_id, item.rag, item.closure_reason, item.superseded_by_id)
    return fields, item.status_changes.count(), item.updates.count()


def _in_progress(item, owner):
    TrackedItem.objects.filter(pk=item.pk).update(status=ItemStatus.IN_PROGRESS, owner=owner)
    item.refresh_from_db()
    return item


def _change(transition, body):
    change = {"transition": transition, "reason": "Dealt with"}
    if transition == "close_superseded":
        later = make_finding(make_report(body, forces=[body.force], title="PEEL 2025"), ref="9")
        change["superseded_by"] = str(later.public_id)
    return change


CLOSINGS = ["close_completed", "close_superseded", "close_no_further_action"]


@pytest.mark.parametrize("transition", CLOSINGS)
@pytest.mark.parametrize("role", [Role.FORCE_LIAISON, Role.EDITOR, Role.ADMINISTRATOR])
def test_only_an_approvers_token_closes_an_item(
    api, body, item, force_liaison, token_for, role, transition
):
    _in_progress(item, force_liaison)
    before = _stored(item)
    token = token_for(force_liaison if role == Role.FORCE_LIAISON else make_user(body, role))
    refused = api.post(_path(item, "/transitions"), _change(transition, body), token)
    assert refused.status_code == 409
    assert refused.json() == {"detail": "Your role does not allow this"}
    assert _stored(item) == before


@pytest.mark.parametrize("transition", CLOSINGS)
def test_an_approvers_token_closes_an_item_in_each_way(
    api, body, item, force_liaison, approver_token, transition
):
    _in_progress(item, force_liaison)
    closed = api.post(_path(item, "/transitions"), _change(transition, body), approver_token)
    assert closed.status_code == 200
    assert closed.json()["status"] == transition.replace("close_", "closed_")


@pytest.mark.parametrize("transition", ["reopen", "return_to_progress"])
def test_the_force_liaisons_token_cannot_reopen_or_return_an_item(
    api, item, approver, force_liaison, token_for, transition
):
    if transition == "reopen":
        workflow.close_no_further_action(item, approver, "Not needed")
    else:
        TrackedItem.objects.filter(pk=item.pk).update(status=ItemStatus.AWAITING_SIGN_OFF)
    before = _stored(item)
    refused = api.post(
        _path(item, "/transitions"), _change(transition, item.body), token_for(force_liaison)
    )
    assert refused.status_code == 409
    assert refused.json() == {"detail": "Your role does not allow this"}
    assert _stored(item) == before


def test_an_approvers_token_reopens_an_item(api, item, approver, approver_token):
    workflow.close_no_further_action(item, approver, "Not needed")
    reopened = api.post(_path(item, "/transitions"), _change("reopen", item.body), approver_token)
    assert reopened.status_code == 200
    assert reopened.json()["status"] == "awaiting_allocation"


def test_an_update_refused_on_a_closed_item_keeps_its_rag_rating(
    api, item, approver, approver_token
):
    workflow.close_no_further_action(item, approver, "Not needed")
    before = _stored(item)
    evidence = SimpleUploadedFile("minutes.txt", b"Panel minutes", content_type="text/plain")
    refused = api.post_form(
        _path(item, "/updates"),
        {"text": "Late", "rag": "red", "evidence": evidence},
        approver_token,
    )
    assert refused.status_code == 409
    assert _stored(item) == before


def test_an_update_with_refused_evidence_keeps_its_rag_rating(api, item, editor_token):
    before = _stored(item)
    fake = SimpleUploadedFile("report.pdf", b"not really a pdf")
    refused = api.post_form(
        _path(item, "/updates"), {"text": "See", "rag": "red", "evidence": fake}, editor_token
    )
    assert refused.status_code == 422
    assert _stored(item) == before


def test_an_items_detail_lists_only_its_own_evidence(api, report, item, editor, editor_token):
    other = TrackedItem.objects.get(finding__report=report, finding__ref="2")
    services.add_update(other, editor, "Elsewhere", ("other.txt", "text/plain", b"Other item"))
    detail = api.get(_path(item), editor_token).json()
    assert detail["updates"] == []
