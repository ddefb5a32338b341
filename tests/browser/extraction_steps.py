"""Given/when/then steps for extracting a report's findings from its document."""

from datetime import date

from tests.browser.conftest import assert_accessible, click_and_load
from tests.factories import make_report


def given_a_registered_report(body, title, published_on=date(2023, 11, 14)):
    return make_report(body, forces=[body.force], title=title, published_on=published_on)


def when_extracting_findings_from(page, report, path):
    page.goto(f"/reports/{report.slug}/")
    assert_accessible(page)
    click_and_load(page, page.get_by_role("link", name="Extract findings from the report document"))
    assert_accessible(page)
    page.get_by_label("Upload the report").set_input_files(str(path))
    click_and_load(page, page.get_by_role("button", name="Extract findings"))
    page.wait_for_url("**/extract/*/")


def when_leaving_out(page, finding_name):
    page.get_by_label(f"Include {finding_name}").uncheck()


def when_changing(page, finding_name, **fields):
    click_and_load(page, page.get_by_role("button", name=f"Change {finding_name}"))
    assert_accessible(page)
    for label, value in fields.items():
        page.get_by_label(label.replace("_", " "), exact=True).fill(value)
    click_and_load(page, page.get_by_role("button", name="Keep this finding"))
    page.wait_for_url("**/extract/*/")


def when_confirming(page):
    click_and_load(page, page.get_by_role("button", name="Confirm and save findings"))


def then_the_page_does_not_say(page, *texts):
    content = page.content()
    for text in texts:
        assert text not in content, f"did not expect {text!r} on {page.url}"
