"""A person's journey through the foundation pages, in Chromium, with an axe check on each page."""

import pytest

from tests.browser.conftest import assert_accessible, click_and_load
from tests.browser.steps import (
    given_signed_in,
    then_the_page_says,
    when_adding_a_recommendation,
    when_registering_a_report,
)

# Transactional, because the live server reads the database from another thread.
pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_registers_a_report_corrects_a_bad_date_and_adds_a_recommendation(page, editor):
    given_signed_in(page, editor)
    then_the_page_says(page, "Reports and their section 55 deadlines")

    when_registering_a_report(page, "An inspection of stalking", day="32")
    then_the_page_says(page, "There is a problem", "The publication date must be a real date")

    page.get_by_label("Day").fill("22")
    click_and_load(page, page.get_by_role("button", name="Register report"))
    then_the_page_says(page, "An inspection of stalking", "16 October 2024", "25 September 2024")

    when_adding_a_recommendation(page, "3", "All forces should train their people.")
    then_the_page_says(page, "Recommendation 3", "All forces should train their people.")

    click_and_load(page, page.get_by_role("link", name="Dashboard", exact=True))
    then_the_page_says(page, "An inspection of stalking", "Overdue by")


def test_the_same_journey_works_without_javascript(page_without_javascript, editor):
    page = page_without_javascript
    given_signed_in(page, editor)
    when_registering_a_report(page, "A report registered without JavaScript")
    then_the_page_says(page, "A report registered without JavaScript")
    click_and_load(page, page.get_by_role("link", name="Sign out"))
    assert_accessible(page)
    click_and_load(page, page.get_by_role("button", name="Sign out"))
    then_the_page_says(page, "Sign in")


def test_another_bodys_editor_is_told_the_page_does_not_exist(page, editor, other_body_user, body):
    from tests.factories import make_report

    report = make_report(body, title="Norfolk's own report", forces=[body.force])
    given_signed_in(page, other_body_user)
    page.goto(f"/reports/{report.slug}/")
    then_the_page_says(page, "Page not found")
    assert "Norfolk's own report" not in page.content()


def test_an_administrator_adds_a_person_and_changes_settings(page, body):
    from section55.accounts.models import Role
    from tests.factories import make_user

    given_signed_in(page, make_user(body, Role.ADMINISTRATOR))
    click_and_load(page, page.get_by_role("link", name="People", exact=True))
    page.get_by_label("Email address").fill("new.officer@example.org")
    page.get_by_label("Editor", exact=True).check()
    click_and_load(page, page.get_by_role("button", name="Add the person"))
    then_the_page_says(page, "Added new.officer@example.org")
    click_and_load(page, page.get_by_role("link", name="new.officer@example.org"))
    click_and_load(page, page.get_by_role("link", name="Settings", exact=True))
    page.get_by_label("Days before the statutory last day").fill("28")
    click_and_load(page, page.get_by_role("button", name="Save settings"))
    then_the_page_says(page, "Settings saved")
    page.context.clear_cookies()
    page.goto("/password/forgotten")
    assert_accessible(page)
