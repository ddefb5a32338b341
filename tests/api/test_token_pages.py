"""The page where a person creates and revokes their own API tokens."""

import pytest
from django.urls import reverse

from section55.api.models import ApiToken

pytestmark = pytest.mark.django_db

TOKENS = "/api/v1/tokens/"


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    assert reverse("accounts:sign-in") in client.get(TOKENS)["Location"]


def test_a_person_sees_only_their_own_tokens(signed_in, editor, other_body_user):
    ApiToken.issue(editor, "Panel dashboard")
    ApiToken.issue(other_body_user, "Suffolk spreadsheet")
    page = signed_in(editor).get(TOKENS)
    assert b"Panel dashboard" in page.content
    assert b"Suffolk spreadsheet" not in page.content


def test_a_new_token_is_shown_once_and_works(signed_in, api, editor):
    client = signed_in(editor)
    created = client.post(TOKENS, {"name": "Panel dashboard"})
    assert created.status_code == 200
    assert "no-store" in created["Cache-Control"]
    token = created.context["token"]
    assert token.encode() in created.content
    assert token.encode() not in client.get(TOKENS).content
    client.logout()
    assert api.get("/tracked-items", token).status_code == 200


def test_a_token_needs_a_name(signed_in, editor):
    page = signed_in(editor).post(TOKENS, {"name": ""})
    assert b"Say what the token is for" in page.content
    assert not ApiToken.objects.exists()


def test_a_person_revokes_their_token_and_it_stops_working(signed_in, api, editor):
    record, token = ApiToken.issue(editor, "Old laptop")
    revoked = signed_in(editor).post(reverse("api:revoke", args=[record.public_id]))
    assert revoked.status_code == 302
    record.refresh_from_db()
    assert record.is_revoked
    assert api.get("/drafts", token).status_code == 401


def test_nobody_else_can_revoke_a_token(signed_in, editor, other_body_user):
    record, _ = ApiToken.issue(editor, "Panel dashboard")
    refused = signed_in(other_body_user).post(reverse("api:revoke", args=[record.public_id]))
    assert refused.status_code == 404
    record.refresh_from_db()
    assert not record.is_revoked
