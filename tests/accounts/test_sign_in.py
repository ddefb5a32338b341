import pytest
from django.urls import reverse

from section55.accounts.models import Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


def sign_in(client, email, password):
    return client.post(reverse("accounts:sign-in"), {"username": email, "password": password})


def test_a_person_signs_in_with_email_and_password_and_reaches_the_dashboard(client, editor):
    response = sign_in(client, editor.email, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:dashboard")


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(client, editor):
    response = sign_in(client, editor.email, "not-the-password")
    assert response.status_code == 200
    assert "Enter a correct email address and password" in response.content.decode()
    assert "govuk-error-summary" in response.content.decode()


def test_an_empty_form_names_each_missing_field(client):
    page = sign_in(client, "", "").content.decode()
    assert "Enter your email address" in page
    assert "Enter your password" in page


def test_sign_ins_are_throttled_after_repeated_failures(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, editor.email, "wrong")
    response = sign_in(client, editor.email, PASSWORD)
    assert response.status_code == 429
    assert "Too many attempts to sign in" in response.content.decode()


def test_throttling_one_account_does_not_lock_out_another(client, body, editor, settings):
    colleague = make_user(body, Role.APPROVER)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, editor.email, "wrong")
    assert sign_in(client, colleague.email, PASSWORD).status_code == 302


def test_signing_out_asks_for_confirmation_and_needs_a_post(signed_in, editor):
    client = signed_in(editor)
    confirmation = client.get(reverse("accounts:sign-out"))
    assert confirmation.status_code == 200
    assert "You are signed in as" in confirmation.content.decode()
    assert client.get(reverse("reports:dashboard")).status_code == 200
    client.post(reverse("accounts:sign-out"))
    assert client.get(reverse("reports:dashboard")).status_code == 302


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("reports:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign-in"))


def test_a_sign_in_post_without_a_csrf_token_is_refused(editor):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        reverse("accounts:sign-in"), {"username": editor.email, "password": PASSWORD}
    )
    assert response.status_code == 403


def test_every_page_carries_a_content_security_policy_with_a_script_nonce(client):
    response = client.get(reverse("accounts:sign-in"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.content.decode()
