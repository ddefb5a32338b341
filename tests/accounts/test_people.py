import re

import pytest
from django.core import mail
from django.urls import reverse

from section55.accounts.models import Role, User
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(body):
    return make_user(body, Role.ADMINISTRATOR)


def new_person(**overrides):
    return {
        "first_name": "Sam",
        "last_name": "Jones",
        "email": "Sam.Jones@Example.org",
        "role": Role.EDITOR,
        **overrides,
    }


def link_in(message) -> str:
    return (
        re.search(r"http://\S+/password/set/\S+/", message.body)
        .group(0)
        .split("testserver", 1)[-1]
        .replace("http://127.0.0.1:8000", "")
    )


def test_an_administrator_adds_a_person_who_sets_their_own_password(
    client, signed_in, administrator, body
):
    signed_in(administrator).post(reverse("accounts:people"), new_person())
    person = User.objects.get(email="sam.jones@example.org")
    assert (person.body, person.role, person.has_usable_password()) == (body, Role.EDITOR, False)
    assert mail.outbox[0].to == ["sam.jones@example.org"]
    client.logout()
    form_page = client.get(link_in(mail.outbox[0]), follow=True)
    assert "Set your password" in form_page.content.decode()
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-strong-new-passphrase", "new_password2": "a-strong-new-passphrase"},
    )
    assert (
        client.post(
            reverse("accounts:sign-in"),
            {"username": "sam.jones@example.org", "password": "a-strong-new-passphrase"},
        ).status_code
        == 302
    )


def test_an_email_already_in_use_is_refused(signed_in, administrator, editor):
    page = (
        signed_in(administrator)
        .post(reverse("accounts:people"), new_person(email=editor.email))
        .content.decode()
    )
    assert "Someone already has an account with this email address" in page


def test_an_administrator_changes_a_role_and_switches_an_account_off(
    signed_in, administrator, editor
):
    signed_in(administrator).post(
        reverse("accounts:person", args=[editor.pk]), {"role": Role.VIEWER}
    )
    editor.refresh_from_db()
    assert (editor.role, editor.is_active) == (Role.VIEWER, False)


def test_an_administrator_cannot_remove_their_own_access(signed_in, administrator):
    page = (
        signed_in(administrator)
        .post(
            reverse("accounts:person", args=[administrator.pk]),
            {"role": Role.EDITOR, "is_active": "on"},
        )
        .content.decode()
    )
    assert "You cannot remove your own administrator access" in page
    assert User.objects.get(pk=administrator.pk).role == Role.ADMINISTRATOR


def test_another_bodys_person_cannot_be_reached(signed_in, administrator, other_body_user):
    client = signed_in(administrator)
    assert client.get(reverse("accounts:person", args=[other_body_user.pk])).status_code == 404
    assert (
        client.post(
            reverse("accounts:person", args=[other_body_user.pk]), {"role": Role.VIEWER}
        ).status_code
        == 404
    )
    assert User.objects.get(pk=other_body_user.pk).role == Role.EDITOR
    assert other_body_user.email not in client.get(reverse("accounts:people")).content.decode()


@pytest.mark.parametrize("role", [Role.EDITOR, Role.APPROVER, Role.FORCE_LIAISON, Role.VIEWER])
def test_only_administrators_manage_people(signed_in, body, role):
    client = signed_in(make_user(body, role))
    assert client.get(reverse("accounts:people")).status_code == 403
    assert client.post(reverse("accounts:people"), new_person()).status_code == 403
    assert not User.objects.filter(email="sam.jones@example.org").exists()


def test_anonymous_visitors_are_sent_to_sign_in_from_people(client):
    assert client.get(reverse("accounts:people"))["Location"].startswith(
        reverse("accounts:sign-in")
    )


def test_a_forgotten_password_link_is_sent_without_saying_whether_the_account_exists(
    client, editor
):
    for email in (editor.email, "nobody@example.org"):
        page = client.post(
            reverse("accounts:password-reset"), {"email": email}, follow=True
        ).content.decode()
        assert "If an account uses that address" in page
    assert [m.to for m in mail.outbox] == [[editor.email]]


def test_a_used_or_forged_link_is_refused(client):
    page = client.get(reverse("accounts:password-set", args=["MQ", "not-a-token"])).content.decode()
    assert "This link has been used or has expired" in page


def test_a_change_of_role_is_kept_in_the_history_without_password_hashes(
    signed_in, administrator, editor
):
    signed_in(administrator).post(
        reverse("accounts:person", args=[editor.pk]), {"role": Role.VIEWER, "is_active": "on"}
    )
    latest = editor.history.first()
    assert (latest.role, latest.history_user) == (Role.VIEWER, administrator)
    assert not hasattr(latest, "password")
