"""Steps of the section 55 response journey, each as a person does it in the browser."""

from tests.browser.conftest import assert_accessible, click_and_load
from tests.browser.steps import PASSWORD


def sign_in_as(page, user):
    page.context.clear_cookies()
    page.goto("/sign-in")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
    assert_accessible(page)


def open_the_response(page, title):
    page.goto("/")
    click_and_load(page, page.get_by_role("link", name=title))


def press(page, name):
    click_and_load(page, page.get_by_role("button", name=name).first)


def follow(page, name):
    by_name = page.get_by_role("button", name=name).or_(page.get_by_role("link", name=name))
    click_and_load(page, by_name.first)


def page_says(page, *texts):
    content = page.content()
    for text in texts:
        assert text in content, f"expected {text!r} on {page.url}"


def page_does_not_say(page, *texts):
    content = page.content()
    for text in texts:
        assert text not in content, f"did not expect {text!r} on {page.url}"
