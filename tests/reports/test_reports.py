from datetime import date

import pytest
from django.urls import reverse

from section55.reports.models import Report, Scope
from section55.responses.models import Response
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


def report_form(**overrides):
    data = {
        "title": "An inspection of the police response to stalking",
        "url": "https://www.justiceinspectorates.gov.uk/hmicfrs/stalking",
        "published_on_0": "22",
        "published_on_1": "8",
        "published_on_2": "2024",
        "publication_types": "Thematic, Spotlight",
        "scope": Scope.ALL_FORCES,
        "key_findings": "Forces do not recognise stalking often enough.",
    }
    return {**data, **overrides}


def test_an_editor_registers_a_report_and_every_body_concerned_gets_a_response(signed_in, editor):
    response = signed_in(editor).post(reverse("reports:create"), report_form())
    report = Report.objects.get()
    assert response["Location"] == reverse("reports:detail", args=[report.slug])
    assert report.published_on == date(2024, 8, 22)
    assert report.publication_types == ["Thematic", "Spotlight"]
    assert report.owner == editor.body
    assert Response.objects.filter(report=report).count() == 43


def test_a_force_report_opens_a_response_only_for_the_body_of_that_force(signed_in, editor, body):
    form = report_form(scope=Scope.NAMED_FORCES, forces=[body.force_id])
    signed_in(editor).post(reverse("reports:create"), form)
    assert list(Response.objects.values_list("body__slug", flat=True)) == ["norfolk"]


def test_a_report_for_named_forces_must_include_the_editors_own_force(
    signed_in, editor, other_body
):
    form = report_form(scope=Scope.NAMED_FORCES, forces=[other_body.force_id])
    page = signed_in(editor).post(reverse("reports:create"), form).content.decode()
    assert "a report you register must concern your force" in page
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("31", "2", "2024", "The publication date must be a real date"),
        ("", "8", "2024", "The publication date must include a day, month and year"),
        ("", "", "", "Enter the publication date"),
        ("1", "1", "1899", "The publication date must be between 2000 and 2100"),
        ("x", "8", "2024", "The publication date must be a real date"),
    ],
)
def test_a_malformed_publication_date_is_refused_with_a_message_naming_it(
    signed_in, editor, day, month, year, message
):
    form = report_form(published_on_0=day, published_on_1=month, published_on_2=year)
    page = signed_in(editor).post(reverse("reports:create"), form).content.decode()
    assert message in page
    assert 'href="#id_published_on_0"' in page
    assert not Report.objects.exists()


def test_a_viewer_cannot_register_a_report(signed_in, viewer):
    assert signed_in(viewer).get(reverse("reports:create")).status_code == 403
    assert signed_in(viewer).post(reverse("reports:create"), report_form()).status_code == 403
    assert not Report.objects.exists()


def test_the_report_page_shows_its_deadlines_and_findings(signed_in, editor, body):
    report = make_report(body, published_on=date(2024, 8, 22))
    make_finding(
        report, ref="3", text="All forces should train their people.", items=["first item"]
    )
    page = signed_in(editor).get(reverse("reports:detail", args=[report.slug])).content.decode()
    assert "16 October 2024" in page  # statutory last day
    assert "25 September 2024" in page  # chief officer's comments, 21 days before
    assert "Recommendation 3" in page
    assert "first item" in page


def test_an_editor_changes_a_report_they_registered(signed_in, editor, body):
    report = make_report(body)
    url = reverse("reports:edit", args=[report.slug])
    response = signed_in(editor).post(url, report_form(title="A corrected title"))
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.title == "A corrected title"


def test_another_bodys_user_cannot_see_a_report_that_does_not_concern_their_force(
    signed_in, other_body_user, body
):
    report = make_report(body, forces=[body.force])
    assert (
        signed_in(other_body_user).get(reverse("reports:detail", args=[report.slug])).status_code
        == 404
    )


def test_a_body_a_report_does_not_concern_cannot_see_or_change_it(signed_in, other_body_user, body):
    report = make_report(body, title="Norfolk only", forces=[body.force])
    client = signed_in(other_body_user)
    assert client.get(reverse("reports:detail", args=[report.slug])).status_code == 404
    url = reverse("reports:edit", args=[report.slug])
    assert client.get(url).status_code == 404
    assert client.post(url, report_form(title="Hijacked")).status_code == 404
    report.refresh_from_db()
    assert report.title == "Norfolk only"


def test_a_viewer_of_the_owning_body_cannot_change_its_report(signed_in, viewer, body):
    report = make_report(body)
    assert signed_in(viewer).get(reverse("reports:edit", args=[report.slug])).status_code == 404


@pytest.mark.parametrize("name", ["reports:detail", "reports:edit", "reports:finding-create"])
def test_anonymous_visitors_are_sent_to_sign_in_from_report_pages(client, body, name):
    report = make_report(body)
    response = client.get(reverse(name, args=[report.slug]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign-in"))


def test_report_slugs_are_unique_even_for_the_same_title(body):
    first = make_report(body, title="Same title")
    second = make_report(body, title="Same title")
    assert first.slug != second.slug
