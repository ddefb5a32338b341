"""An editor reads a report's findings from its PDF, checks them and saves them."""

import pytest

from tests.browser.extraction_steps import (
    given_a_registered_report,
    then_the_page_does_not_say,
    when_changing,
    when_confirming,
    when_extracting_findings_from,
    when_leaving_out,
)
from tests.browser.steps import given_signed_in, then_the_page_says
from tests.reports.extraction_helpers import PEEL

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_extracts_checks_and_saves_the_findings_of_a_peel_report(page, editor, body):
    report = given_a_registered_report(body, "PEEL 2023–25: Borsetshire Constabulary")
    given_signed_in(page, editor)

    when_extracting_findings_from(page, report, PEEL)
    then_the_page_says(
        page, "Check the findings read from the report", "Page 2", "Area for improvement 3"
    )

    when_leaving_out(page, "finding 9 (area for improvement 3)")
    when_confirming(page)
    then_the_page_says(
        page,
        "Saved 8 findings from peel-borsetshire-2023.pdf",
        "Cause of concern",
        "under Cause of concern",
        "Area for improvement 2",
        "14 February 2024",
    )
    then_the_page_does_not_say(page, "Area for improvement 3")


def test_without_javascript_an_editor_corrects_a_finding_before_saving(
    page_without_javascript, editor, body
):
    page = page_without_javascript
    report = given_a_registered_report(body, "PEEL 2023–25: Borsetshire Constabulary")
    given_signed_in(page, editor)
    when_extracting_findings_from(page, report, PEEL)

    when_leaving_out(page, "finding 8 (area for improvement 2)")
    when_changing(page, "finding 7 (area for improvement 1)", Reference_as_printed="1A")
    then_the_page_says(page, "Area for improvement 1A")
    assert not page.get_by_label("Include finding 8 (area for improvement 2)").is_checked()

    when_confirming(page)
    then_the_page_says(page, "Saved 8 findings", "Area for improvement 1A")
    then_the_page_does_not_say(page, "Area for improvement 2")
