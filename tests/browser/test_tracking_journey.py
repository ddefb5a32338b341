"""A published response's items followed to closure in a real browser, with an axe check on
every page: allocated, updated with evidence, reviewed, closed by an approver."""

from datetime import date

import pytest

from tests.browser.conftest import assert_accessible
from tests.browser.response_steps import click_and_load, follow, page_says, press, sign_in_as
from tests.tracking.factories import make_tracked_items

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def item(body):
    return make_tracked_items(body, count=1)[0]


def open_the_item(page, item):
    page.goto("/tracker/")
    assert_accessible(page)
    click_and_load(page, page.get_by_role("link", name=item.finding.heading))


def test_an_item_is_allocated_updated_with_evidence_reviewed_and_closed(
    page, item, editor, force_liaison, approver, tmp_path
):
    sign_in_as(page, editor)
    open_the_item(page, item)
    follow(page, "Allocate")
    page.get_by_label("Owner").select_option(label=str(force_liaison))
    page.get_by_label("Amber").check()
    press(page, "Allocate")
    page_says(page, "Item allocated", "In progress", "RAG: Amber")

    sign_in_as(page, force_liaison)
    open_the_item(page, item)
    follow(page, "Add an update")
    evidence = tmp_path / "training-register.csv"
    evidence.write_text("officer,date\nA,2025-01-10\n")
    page.get_by_label("What has been done").fill("Forty officers trained in January.")
    page.get_by_label("Evidence file (optional)").set_input_files(str(evidence))
    press(page, "Add the update")
    page_says(page, "Update added", "training-register.csv")
    press(page, "Ask for sign-off")
    page_says(page, "Awaiting sign-off")

    sign_in_as(page, approver)
    open_the_item(page, item)
    follow(page, "Record a review")
    page.get_by_label("Outcome").fill("Training register checked.")
    press(page, "Record the review")
    follow(page, "Close the item")
    press(page, "Close the item")
    page_says(page, "There is a problem", "Choose how the item is closed")
    page.get_by_label("Completed").check()
    page.get_by_label("Reason and evidence").fill("Register checked; all officers trained.")
    press(page, "Close the item")
    page_says(page, "Item closed", "Closed: completed", "Register checked; all officers trained.")

    # The dashboard and the panel report for today show the closure.
    click_and_load(page, page.get_by_role("link", name="Insights", exact=True))
    page_says(page, "1 tracked item: 0 open, 1 closed")
    today = date.today()
    end = f"end_day={today.day}&end_month={today.month}&end_year={today.year}"
    query = f"start_day=1&start_month=1&start_year=2024&{end}"
    page.goto(f"/insights/panel-report/?{query}")
    assert_accessible(page)
    page_says(page, item.finding.heading, "Register checked; all officers trained.")
