"""Personal tokens: stored only as a SHA-256, shown once, revocable; private endpoints need one."""

import hashlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from section55.api.models import ApiToken
from section55.responses.models import Response
from section55.tracking.models import TrackedItem
from tests.api.factories import make_answered_report
from tests.factories import make_report

pytestmark = pytest.mark.django_db

PRIVATE = [
    ("get", "/drafts"),
    ("get", "/drafts/{draft}"),
    ("get", "/tracked-items"),
    ("get", "/tracked-items/{item}"),
    ("post", "/tracked-items/{item}/transitions"),
    ("post_form", "/tracked-items/{item}/updates"),
]


@pytest.fixture
def call(api, body):
    """``call(method, path, token)`` on a real draft and tracked item of the body."""
    make_answered_report(body)
    ids = {
        "draft": Response.objects.get(report=make_report(body, forces=[body.force])).public_id,
        "item": TrackedItem.objects.filter(body=body).first().public_id,
    }

    def request(method, path, token=None):
        path = path.format(**ids)
        if method == "get":
            return api.get(path, token)
        data = {"transition": "reopen", "reason": "x"} if method == "post" else {"text": "x"}
        return getattr(api, method)(path, data, token)

    return request


def test_only_the_sha256_of_a_token_is_stored(editor):
    record, token = ApiToken.issue(editor, "Panel dashboard")
    assert token.startswith("s55_") and len(token) > 40
    assert record.secret_sha256 == hashlib.sha256(token.encode()).hexdigest()
    stored = ApiToken.objects.filter(pk=record.pk).values().get()
    assert token not in str(stored)


def test_a_token_works_and_records_when_it_was_last_used(api, editor):
    record, token = ApiToken.issue(editor, "Panel dashboard")
    assert record.last_used_at is None
    assert api.get("/drafts", token).status_code == 200
    record.refresh_from_db()
    assert record.last_used_at is not None


@pytest.mark.parametrize("method, path", PRIVATE)
def test_private_endpoints_need_a_token(call, method, path):
    refused = call(method, path)
    assert refused.status_code == 401
    assert refused.json() == {"detail": "Unauthorized"}


@pytest.mark.parametrize("method, path", PRIVATE)
def test_a_revoked_token_is_refused(call, editor, method, path):
    record, token = ApiToken.issue(editor, "Old laptop")
    assert call(method, path, token).status_code != 401
    record.revoke()
    assert call(method, path, token).status_code == 401


def test_a_token_of_someone_no_longer_active_is_refused(api, editor, editor_token):
    editor.is_active = False
    editor.save()
    assert api.get("/drafts", editor_token).status_code == 401


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Bearer s55_made-up", "Token s55_x", "Basic dXNlcjpwYXNz", "Bearer " + "x" * 5000],
)
def test_a_wrong_or_malformed_authorization_header_is_refused(client, header):
    refused = client.get("/api/v1/tracked-items", headers={"Authorization": header})
    assert refused.status_code == 401


def test_a_session_alone_does_not_open_the_api(api, signed_in, editor):
    signed_in(editor)
    assert api.get("/drafts").status_code == 401


def test_the_command_prints_a_working_token_once(api, editor):
    out, err = StringIO(), StringIO()
    call_command("create-api-token", editor.email.upper(), name="Panel", stdout=out, stderr=err)
    token = out.getvalue().strip()
    assert "will not be shown again" in err.getvalue()
    assert ApiToken.objects.get(user=editor).name == "Panel"
    assert api.get("/drafts", token).status_code == 200


def test_the_command_names_an_unknown_person(db):
    with pytest.raises(CommandError, match="nobody@example.org"):
        call_command("create-api-token", "nobody@example.org", name="Panel")


def test_the_command_refuses_an_empty_name(editor):
    with pytest.raises(CommandError, match="--name"):
        call_command("create-api-token", editor.email, name="  ")
    assert not ApiToken.objects.exists()
