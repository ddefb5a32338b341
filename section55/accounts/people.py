"""Adding people to an office: an account with no password, and an email to set one."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from section55.core.mail import one_line


def set_password_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL + reverse("accounts:password-set", args=[uid, token])


def add_person(form, body, added_by):
    """Create the person in ``body`` without a password and email them a link to set one."""
    person = form.save(commit=False)
    person.body = body
    person.set_unusable_password()
    person.save()
    context = {
        "person": person,
        "body": body,
        "added_by": added_by,
        "link": set_password_link(person),
    }
    body_text = render_to_string("accounts/email/welcome.txt", context)
    subject = one_line(f"Your account for {body.name}")
    send_mail(subject, body_text, settings.DEFAULT_FROM_EMAIL, [person.email])
    return person
