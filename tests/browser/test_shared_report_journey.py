"""Two bodies answer one national report; one corrects it; the other's published record stands."""

from datetime import date

import pytest

from section55.accounts.models import Role
from section55.publishing import services as publishing
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status
from section55.tracking.models import TrackedItem
from tests.browser.conftest import assert_accessible, click_and_load
from tests.browser.steps import given_signed_in, then_the_page_says
from tests.factories import make_finding, make_report, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def given_norfolk_published_its_response(body, editor):
    report = make_report(
        body, title="Police response to stalking", published_on=date(2024, 8, 22), url=""
    )
    finding = make_finding(
        report, ref="1", text="Chief constables should train officers.", directed_at_forces=True
    )
    response = Response.objects.get(report=report, body=body)
    answers = {
        finding.pk: {
            "position": Position.ACCEPTED,
            "chief_officer_text": "Training starts in January.",
            "body_explanation": "I will review progress every quarter.",
        }
    }
    fields = {
        "chief_officer_comments": "We welcome the report.",
        "body_comments": "I accept the recommendation.",
        "status": Status.APPROVED,
    }
    save_parts(response, response.revision, fields, answers)
    publishing.publish(response, editor, date(2024, 10, 10))
    return report


def when_correcting_the_finding(page, report, text):
    page.goto(f"/reports/{report.slug}/")
    assert_accessible(page)
    click_and_load(page, page.get_by_role("link", name="Change Recommendation 1"))
    page.get_by_label("Full text").fill(text)
    click_and_load(page, page.get_by_role("button", name="Save finding"))


def when_correcting_the_publication_date(page, day, month):
    click_and_load(page, page.get_by_role("link", name="Change report details"))
    page.get_by_label("Day").fill(day)
    page.get_by_label("Month").fill(month)
    click_and_load(page, page.get_by_role("button", name="Save changes"))


def test_suffolks_correction_leaves_norfolks_published_record_as_published(
    page, browser, body, other_body, editor, live_server
):
    report = given_norfolk_published_its_response(body, editor)
    open_data = f"{live_server.url}/bodies/{body.slug}/open-data/responses.json"
    norfolk_open_data = page.request.get(open_data).json()["responses"]
    item = TrackedItem.objects.get(body=body)

    given_signed_in(page, make_user(other_body, Role.EDITOR))
    when_correcting_the_finding(page, report, "Chief constables should train every officer.")
    when_correcting_the_publication_date(page, "22", "1")
    then_the_page_says(page, "Report details corrected", "Publication date", "22 January 2024")

    page.goto(f"/bodies/{body.slug}/responses/")
    then_the_page_says(page, "Police response to stalking", "ublished on time")
    page.goto(f"/bodies/{body.slug}/responses/{report.slug}/")
    then_the_page_says(
        page, "Chief constables should train officers.", "was corrected after this response"
    )
    assert page.request.get(open_data).json()["responses"] == norfolk_open_data
    assert TrackedItem.objects.get(pk=item.pk).finding.text.startswith("Chief constables")

    norfolk = browser.new_context(base_url=live_server.url).new_page()
    given_signed_in(norfolk, editor)
    norfolk.goto(f"/reports/{report.slug}/")
    then_the_page_says(norfolk, "Recommendation 1 corrected", "Suffolk", "train every officer.")
    norfolk.context.close()
