"""An editor reads the dashboard, filters it, and prepares a panel report, in Chromium, with an
axe check on each page."""

import pytest

from tests.browser.conftest import click_and_load
from tests.browser.steps import given_signed_in, then_the_page_says
from tests.dashboards.factories import days_ago, make_known_tracker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def when_filtering_by_report(page, title):
    page.get_by_text("Filter the dashboard").click()
    page.get_by_label("Report", exact=True).select_option(label=title)
    click_and_load(page, page.get_by_role("button", name="Apply filters"))


def when_choosing_a_period(page, start, end):
    for legend, day in (("Start date", start), ("End date", end)):
        group = page.get_by_role("group", name=legend)
        group.get_by_label("Day").fill(str(day.day))
        group.get_by_label("Month").fill(str(day.month))
        group.get_by_label("Year").fill(str(day.year))
    click_and_load(page, page.get_by_role("button", name="Show the report"))


def test_an_editor_reads_the_dashboard_and_prepares_a_panel_report(page, body, editor):
    known = make_known_tracker(body, editor)
    given_signed_in(page, editor)
    page.goto("/insights/")
    then_the_page_says(page, "Implementation dashboard", "6 tracked items: 4 open, 2 closed")
    assert page.get_by_role("img", name="Tracked items by status").is_visible()

    when_filtering_by_report(page, "Beta inspection of custody")
    assert f"report={known.beta.slug}" in page.url
    then_the_page_says(page, "2 tracked items: 1 open, 1 closed")

    click_and_load(
        page, page.get_by_role("link", name="Prepare a report to the Police and Crime Panel")
    )
    when_choosing_a_period(page, days_ago(0), days_ago(30))
    then_the_page_says(page, "There is a problem", "The end date must be the same as or after")

    when_choosing_a_period(page, days_ago(30), days_ago(0))
    then_the_page_says(
        page, "New items", "Progress", "Closed items", "Overdue items", "Training plan agreed"
    )
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Show the report").is_visible()
    assert page.get_by_role("heading", name="Overdue items").is_visible()
