"""A PEEL-style response rendered in every format parses back to the structure it was made from:
causes of concern with their recommendations, positions, responses, explanations, dates."""

from datetime import date

import pytest

from section55.extraction import parse_response_bytes
from section55.publishing.render import FORMATS, render_bytes

from .peel_document import IN_REPORT_ORDER, as_stored, correction_of, peel_document

NOTE = (
    "Recommendation 3: the Chief Constable's position was corrected.\r\n\r\n"
    "No new recommendations were made, and 2 recommendations were made clearer."
)


def parse(doc, name):
    return parse_response_bytes(render_bytes(doc, name), f"response.{FORMATS[name].extension}")


@pytest.fixture(scope="module", params=list(FORMATS))
def parsed(request):
    return parse(peel_document(), request.param)


@pytest.fixture(scope="module", params=list(FORMATS))
def corrected(request):
    return parse(correction_of(peel_document(), NOTE), request.param)


def test_the_findings_come_back_in_the_reports_order_with_their_causes_of_concern(parsed):
    kinds = [(f.kind, f.ref, f.parent) for f in parsed.findings]

    assert kinds == [
        ("cause_of_concern", None, None),
        ("recommendation", None, 0),
        ("recommendation", None, 0),
        ("area_for_improvement", "1", None),
        ("recommendation", "3", None),
    ]
    assert [f.text for f in parsed.findings] == [f.text for f in IN_REPORT_ORDER]


def test_every_position_and_response_comes_back_paragraphs_apart(parsed):
    assert parsed.positions == [f.chief_officer_position for f in IN_REPORT_ORDER]
    assert parsed.responses == [as_stored(f.chief_officer_response) for f in IN_REPORT_ORDER]


def test_every_explanation_of_the_body_comes_back(parsed):
    assert parsed.explanations == [as_stored(f.body_explanation) for f in IN_REPORT_ORDER]


def test_the_comments_of_both_parties_come_back(parsed):
    doc = peel_document()

    assert parsed.key_findings == as_stored(doc.key_findings)
    assert parsed.chief_officer_comments == as_stored(doc.chief_officer_comments)
    assert parsed.lpb_comments == as_stored(doc.body_comments)
    assert parsed.lpb_response_to_chief_officer == as_stored(doc.body_response_to_chief_officer)
    assert parsed.checklist == list(doc.checklist)


def test_the_date_of_the_response_comes_back_and_it_is_not_a_correction(parsed):
    assert parsed.published_on == date(2024, 1, 5)
    assert (parsed.version, parsed.first_published_on, parsed.correction_note) == (None, None, "")
    assert parsed.recommendations_in_report == 3
    assert parsed.warnings == []


def test_a_correction_comes_back_with_what_changed_and_no_finding_made_of_its_note(corrected):
    assert corrected.published_on == date(2024, 1, 19)
    assert corrected.version == 2
    assert corrected.first_published_on == date(2024, 1, 5)
    assert corrected.correction_note == as_stored(NOTE)
    assert len(corrected.findings) == 5
    assert corrected.recommendations_in_report == 3


def test_the_parsed_response_is_given_as_json_with_each_findings_answers(parsed):
    data = parsed.as_dict()
    standalone = data["findings"][4]

    assert standalone["chief_officer_position"] == "Not accepted"
    assert standalone["body_explanation"].startswith("I will ask HMICFRS")
    assert data["findings"][1]["parent"] == 0
    assert data["published_on"] == "2024-01-05"
    assert data["lpb_response_to_chief_officer"].startswith("I welcome the Chief Constable's")
    assert (data["version"], data["correction_note"]) == (None, "")
