import pytest
from django.urls import reverse

from section55.accounts.models import Role
from section55.bodies.models import PolicingBody
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(body):
    return make_user(body, Role.ADMINISTRATOR)


def settings_form(**overrides):
    data = {
        "chief_officer_lead_days": "28",
        "response_title": "",
        "office_short_title": "PCC",
        "statutory_paragraph": "",
        "checklist_items": (
            "Response forwarded to the Chief Constable.\nResponse published on the OPCCN website.\n"
        ),
    }
    return {**data, **overrides}


def test_an_administrator_sets_the_bodys_wording_and_lead_time(signed_in, administrator, body):
    response = signed_in(administrator).post(reverse("bodies:settings"), settings_form())
    assert response.status_code == 302
    body = PolicingBody.objects.get(pk=body.pk)
    assert body.chief_officer_lead_days == 28
    assert body.checklist_items == [
        "Response forwarded to the Chief Constable.",
        "Response published on the OPCCN website.",
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [("56", "between 0 and 55"), ("-1", "between 0 and 55"), ("soon", "Enter a whole number")],
)
def test_a_bad_lead_time_is_refused_with_a_message(signed_in, administrator, body, value, message):
    page = (
        signed_in(administrator)
        .post(reverse("bodies:settings"), settings_form(chief_officer_lead_days=value))
        .content.decode()
    )
    assert message in page
    assert PolicingBody.objects.get(pk=body.pk).chief_officer_lead_days == 21


@pytest.mark.parametrize("role", [Role.EDITOR, Role.APPROVER, Role.FORCE_LIAISON, Role.VIEWER])
def test_only_administrators_change_settings(signed_in, body, role):
    client = signed_in(make_user(body, role))
    assert client.post(reverse("bodies:settings"), settings_form()).status_code == 403
    assert PolicingBody.objects.get(pk=body.pk).chief_officer_lead_days == 21


def test_an_administrator_changes_only_their_own_body(signed_in, other_body, body):
    signed_in(make_user(other_body, Role.ADMINISTRATOR)).post(
        reverse("bodies:settings"), settings_form()
    )
    assert PolicingBody.objects.get(pk=body.pk).chief_officer_lead_days == 21
    assert PolicingBody.objects.get(pk=other_body.pk).chief_officer_lead_days == 28


def test_anonymous_visitors_are_sent_to_sign_in_from_settings(client):
    assert client.get(reverse("bodies:settings"))["Location"].startswith(
        reverse("accounts:sign-in")
    )


def test_the_published_documents_use_the_bodys_wording(body):
    from section55.publishing.builder import build_document
    from section55.responses.models import Response
    from tests.factories import make_report

    PolicingBody.objects.filter(pk=body.pk).update(
        response_title="Norfolk's Police and Crime Commissioner (PCC) response to inspections",
        checklist_items=["Response published on the OPCCN website."],
    )
    report = make_report(body, forces=[body.force])
    response = Response.objects.select_related("body__force").get(report=report, body__pk=body.pk)
    document = build_document(response, None)
    assert document.title == "Norfolk's Police and Crime Commissioner (PCC) response to inspections"
    assert document.checklist == ("Response published on the OPCCN website.",)
    assert document.body_heading.startswith("PCC response to report")


def test_a_change_of_settings_is_kept_in_the_history(signed_in, administrator, body):
    signed_in(administrator).post(reverse("bodies:settings"), settings_form())
    latest = PolicingBody.objects.get(pk=body.pk).history.first()
    assert (latest.chief_officer_lead_days, latest.history_user) == (28, administrator)
