"""The whole section 55 journey in a real browser, by a user of each role, with the refusals:
invitation, the chief officer's part, the body's part, approval, publication, public page."""

from datetime import date

import pytest

from section55.responses.models import Response
from tests.browser.conftest import assert_accessible
from tests.browser.response_steps import (
    click_and_load,
    follow,
    open_the_response,
    page_does_not_say,
    page_says,
    press,
    sign_in_as,
)
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db(transaction=True)
TITLE = "An inspection of the police response to stalking"


@pytest.fixture(params=["with JavaScript", "without JavaScript"])
def browser_page(request):
    name = "page" if request.param == "with JavaScript" else "page_without_javascript"
    return request.getfixturevalue(name)


@pytest.fixture
def report(body):
    report = make_report(body, title=TITLE, forces=[body.force], published_on=date(2024, 8, 22))
    make_finding(report, ref="3", text="By 31 January 2025, all forces should train their people.")
    return report


def test_a_response_goes_from_draft_to_the_public_page(
    browser_page, report, editor, force_liaison, approver, viewer
):
    page = browser_page

    sign_in_as(page, editor)
    open_the_response(page, TITLE)
    page_says(page, "Draft", "the explanation of action taken or proposed for Recommendation 3")
    follow(page, "Invite the chief officer to comment")
    press(page, "Send the invitation")
    page_says(page, "The chief officer is invited to comment", "Chief officer invited to comment")

    sign_in_as(page, viewer)
    open_the_response(page, TITLE)
    page_does_not_say(page, "Write the chief officer", "Approve the response")

    sign_in_as(page, force_liaison)
    open_the_response(page, TITLE)
    press(page, "Submit the chief officer's comments")
    page_says(page, "Before submitting", "the chief officer's overall comments")
    follow(page, "Write the chief officer's comments")
    page.get_by_label("The chief officer's overall comments").fill("The force welcomes the report.")
    page.get_by_label("Accepted", exact=True).check()
    page.get_by_label("Response to Recommendation 3").fill("Training begins in January.")
    press(page, "Save")
    press(page, "Submit the chief officer's comments")
    page_says(page, "Chief officer's comments received")

    sign_in_as(page, editor)
    open_the_response(page, TITLE)
    press(page, "Send for approval")
    page_says(page, "Before approval", "the PCC's overall comments")
    follow(page, "Write the body's comments")
    page.get_by_label("Overall comments").fill("I accept the recommendation.")
    page.get_by_label("Recommendation 3: action taken or proposed, or why none").fill(
        "I will review the training in March."
    )
    press(page, "Save")
    press(page, "Send for approval")
    page_says(page, "Awaiting approval")
    page_does_not_say(page, "Approve the response")  # an editor cannot approve

    sign_in_as(page, approver)
    open_the_response(page, TITLE)
    press(page, "Approve the response")
    press(page, "Publish the response")
    page_says(page, "The response is published", "days late")  # published today, long after
    follow(page, "History of this response")
    page_says(page, "Every saved change", "Approved")

    page.context.clear_cookies()
    page.goto("/bodies/norfolk/responses/")
    assert_accessible(page)
    click_and_load(page, page.get_by_role("link", name=TITLE))
    page_says(
        page, "I accept the recommendation.", "Training begins in January.", "16 October 2024"
    )
    for fmt in ("PDF", "DOCX", "HTML", "TXT"):
        href = page.get_by_role("link", name=f"{fmt} of version 1").get_attribute("href")
        download = page.request.get(href)
        assert download.ok and len(download.body()) > 1000, fmt

    response = Response.objects.get(report=report, body__slug="norfolk")
    assert response.status_changes.count() == 5


def test_an_anonymous_visitor_cannot_see_a_draft(page, report):
    response = Response.objects.get(report=report, body__slug="norfolk")
    page.goto(f"/responses/{response.public_id}/")
    page_says(page, "Sign in")
    assert_accessible(page)
    page.goto(f"/bodies/norfolk/responses/{report.slug}/")
    page_says(page, "Page not found")
