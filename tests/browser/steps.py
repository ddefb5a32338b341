"""Given/when/then helpers for browser journeys: each step says what a person does."""

from tests.browser.conftest import assert_accessible, click_and_load

PASSWORD = "a-long-test-password"


def given_signed_in(page, user):
    page.goto("/sign-in")
    assert_accessible(page)
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    click_and_load(page, page.get_by_role("button", name="Sign in"))
    page.wait_for_url("**/")


def when_registering_a_report(page, title, day="22", month="8", year="2024"):
    page.get_by_role("link", name="Register a report").first.click()
    assert_accessible(page)
    page.get_by_label("Title").fill(title)
    page.get_by_label("Link to the report").fill(
        "https://www.justiceinspectorates.gov.uk/hmicfrs/example"
    )
    page.get_by_label("Day").fill(day)
    page.get_by_label("Month").fill(month)
    page.get_by_label("Year").fill(year)
    page.get_by_label("Publication types").fill("Thematic")
    page.get_by_label("All forces in England and Wales").check()
    click_and_load(page, page.get_by_role("button", name="Register report"))


def when_adding_a_recommendation(page, ref, text):
    click_and_load(page, page.get_by_role("link", name="Add a finding"))
    assert_accessible(page)
    page.get_by_label("Recommendation", exact=True).check()
    page.get_by_label("Reference as printed").fill(ref)
    page.get_by_label("Full text").fill(text)
    page.get_by_label("Directed at chief constables or forces").check()
    click_and_load(page, page.get_by_role("button", name="Save finding"))


def then_the_page_says(page, *texts):
    content = page.content()
    for text in texts:
        assert text in content, f"expected {text!r} on {page.url}"
    assert_accessible(page)
