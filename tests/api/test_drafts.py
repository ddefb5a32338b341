"""Draft responses of the token's own body, with their deadlines and what they still lack."""

from datetime import date

import pytest

from section55.responses.models import Response, Status
from tests.api.factories import make_answered_report
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(body):
    report = make_report(
        body, forces=[body.force], published_on=date(2024, 8, 22), title="Stalking"
    )
    make_finding(report, ref="1")
    return Response.objects.get(report=report, body=body)


def test_drafts_list_the_bodys_unpublished_responses_with_deadlines(api, draft, editor_token):
    make_answered_report(draft.body, title="Already published")
    listed = api.get("/drafts", editor_token).json()
    assert listed["count"] == 1
    (row,) = listed["items"]
    assert row["id"] == str(draft.public_id)
    assert row["report"]["title"] == "Stalking"
    assert row["status"] == "draft"
    assert row["deadline"]["last_day"] == "2024-10-16"
    assert row["chief_officer_due_on"] == "2024-09-25"


def test_a_draft_says_what_is_missing_before_approval(api, draft, editor_token):
    missing = api.get(f"/drafts/{draft.public_id}", editor_token).json()["missing"]
    assert "the chief officer's comments, received or recorded as not submitted" in missing
    assert "the explanation of action taken or proposed for Recommendation 1" in missing


def test_drafts_can_be_filtered_by_status(api, draft, editor_token):
    Response.objects.filter(pk=draft.pk).update(status=Status.AWAITING_APPROVAL)
    assert api.get("/drafts", editor_token, status="awaiting_approval").json()["count"] == 1
    assert api.get("/drafts", editor_token, status="draft").json()["count"] == 0


def test_an_unknown_status_is_refused(api, editor_token):
    refused = api.get("/drafts", editor_token, status="nearly_done")
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["query", "status"]


def test_another_bodys_token_does_not_see_the_drafts(api, draft, other_body_token):
    assert api.get(f"/drafts/{draft.public_id}", other_body_token).status_code == 404
    theirs = api.get("/drafts", other_body_token).json()["items"]
    assert str(draft.public_id) not in {row["id"] for row in theirs}


def test_a_published_response_is_not_a_draft(api, body, editor_token):
    report = make_answered_report(body)
    published = Response.objects.get(report=report, body=body)
    assert api.get(f"/drafts/{published.public_id}", editor_token).status_code == 404


@pytest.mark.parametrize("bad_id", ["123", "not-a-uuid", "00000000-0000-0000-0000-00000000000g"])
def test_a_malformed_draft_id_is_refused(api, editor_token, bad_id):
    assert api.get(f"/drafts/{bad_id}", editor_token).status_code == 422
