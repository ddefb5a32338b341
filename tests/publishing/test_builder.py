"""The document built from a body's records: every finding the force must answer, in the report's
order, with what was typed (CRLF and all) shown paragraphs apart, and counts that read right."""

import dataclasses
from datetime import date

import pytest

from section55.publishing.builder import build_document
from section55.publishing.render import FORMATS
from section55.reports.models import FindingKind
from section55.responses.models import FindingResponse, Position, Response
from tests.factories import make_finding, make_report

from .helpers import missing_or_out_of_order, text_of

pytestmark = pytest.mark.django_db
PUBLISHED_ON = date(2024, 1, 5)


def typed(*paragraphs):
    return "\r\n\r\n".join(paragraphs)


def answer(response, finding, position, words, explanation=""):
    FindingResponse.objects.create(
        response=response,
        finding=finding,
        position=position,
        chief_officer_text=typed(f"{words} first.", f"{words} second."),
        body_explanation=typed(f"{explanation} one.", f"{explanation} two.") if explanation else "",
    )


@pytest.fixture
def peel_response(body):
    """A PEEL report of Norfolk's force; its findings created out of order, placed by position."""
    report = make_report(body, forces=[body.force], title="PEEL 2023–25: Norfolk")
    standalone = make_finding(
        report, ref="3", position=5, text="By 31 May 2024, the force should review."
    )
    cause = make_finding(
        report,
        kind=FindingKind.CAUSE_OF_CONCERN,
        ref="",
        position=1,
        text="Calls are not answered.",
    )
    first = make_finding(
        report,
        ref="",
        position=2,
        parent=cause,
        text="Within three months, the force should answer.",
    )
    second = make_finding(
        report,
        ref="",
        position=3,
        parent=cause,
        text="Within three months, the force should assess.",
    )
    area = make_finding(
        report,
        kind=FindingKind.AREA_FOR_IMPROVEMENT,
        ref="1",
        position=4,
        text="The force should record.",
    )
    make_finding(
        report, ref="9", position=6, directed_at_forces=False, text="The Home Office should act."
    )
    response = Response.objects.get(report=report, body=body)
    answer(response, cause, Position.ACCEPTED, "Concern")
    answer(response, first, Position.ACCEPTED, "First", "Explain first")
    answer(response, second, Position.PARTIALLY_ACCEPTED, "Second", "Explain second")
    answer(response, area, Position.NOTED, "Area")
    answer(response, standalone, Position.NOT_ACCEPTED, "Standalone", "Explain standalone")
    Response.objects.filter(pk=response.pk).update(
        chief_officer_comments=typed("We welcome it.", "We have a plan."),
        body_comments=typed("I welcome it.", "I will follow it through."),
        body_response_to_chief_officer="I accept the plan.\rIt is a good plan.",
        published_on=PUBLISHED_ON,
    )
    response.refresh_from_db()
    return response


def test_findings_are_placed_as_the_report_places_them_with_recommendations_under_their_cause(
    peel_response,
):
    doc = build_document(peel_response, PUBLISHED_ON)

    (cause,) = doc.causes_of_concern
    assert [f.text for f in cause.children] == [
        "Within three months, the force should answer.",
        "Within three months, the force should assess.",
    ]
    assert [f.heading for f in doc.recommendations] == ["Recommendation 3"]
    assert [f.heading for f in doc.findings] == [
        "Cause of concern",
        "Recommendation",
        "Recommendation",
        "Area for improvement 1",
        "Recommendation 3",
    ]
    assert [f.chief_officer_position for f in doc.findings] == [
        "Accepted",
        "Accepted",
        "Partially accepted",
        "Noted",
        "Not accepted",
    ]


def test_what_was_typed_with_crlf_is_stored_in_the_document_with_line_feeds(peel_response):
    doc = build_document(peel_response, PUBLISHED_ON)

    assert doc.chief_officer_comments == "We welcome it.\n\nWe have a plan."
    assert doc.body_response_to_chief_officer == "I accept the plan.\nIt is a good plan."
    assert doc.findings[0].chief_officer_response == "Concern first.\n\nConcern second."
    assert "\r" not in repr(dataclasses.astuple(doc))


def every_part(doc):
    markers = ["Response Published on:", "5 January 2024", "Recommendations"]
    markers += [
        "Recommendation 3",
        "Causes of Concern",
        "Cause of concern",
        "Calls are not answered.",
    ]
    markers += ["Recommendation", "should answer.", "Recommendation", "should assess."]
    markers += ["Areas For Improvement", "Area for improvement 1", doc.chief_officer_heading]
    markers += ["We welcome it.", "We have a plan."]
    for words, position in [
        ("Concern", "Accepted"),
        ("First", "Accepted"),
        ("Second", "Partially accepted"),
        ("Area", "Noted"),
        ("Standalone", "Not accepted"),
    ]:
        markers += [f"Position: {position}", f"{words} first.", f"{words} second."]
    markers += [doc.body_heading, "I welcome it.", "I will follow it through."]
    for words in ("first", "second", "standalone"):
        markers += [f"Explain {words} one.", f"Explain {words} two."]
    return [*markers, "I accept the plan.", doc.checklist_heading]


@pytest.mark.parametrize("name", list(FORMATS))
def test_the_built_response_shows_every_part_in_every_format(peel_response, name):
    doc = build_document(peel_response, PUBLISHED_ON)
    text = text_of(name, FORMATS[name].render(doc))

    assert missing_or_out_of_order(text, every_part(doc)) == []
    assert "The Home Office should act." not in text


def test_old_text_stored_with_crlf_is_printed_paragraphs_apart(peel_response):
    text = FORMATS["txt"].render(build_document(peel_response, PUBLISHED_ON))

    assert "\n\nWe welcome it.\n\nWe have a plan.\n\n" in text
    assert "\n\nStandalone first.\n\nStandalone second.\n\n" in text
    assert "\r" not in text


SCOPES = {
    "force-only": ("Norfolk Constabulary",),
    "multi-force": ("Norfolk Constabulary", "Suffolk Constabulary"),
    "national": None,
}
SENTENCES = {
    ("force-only", 1): "One recommendation is made within the report, and it is directed at "
    "Norfolk Constabulary.",
    ("force-only", 2): "Two recommendations are made within the report, both of which are "
    "directed at Norfolk Constabulary.",
    ("force-only", 4): "Four recommendations are made within the report, all of which are "
    "directed at Norfolk Constabulary.",
    ("multi-force", 1): "One recommendation is made within the report, and it is directed at "
    "Norfolk Constabulary and Suffolk Constabulary.",
    ("multi-force", 2): "Two recommendations are made within the report, both of which are "
    "directed at Norfolk Constabulary and Suffolk Constabulary.",
    ("multi-force", 4): "Four recommendations are made within the report, all of which are "
    "directed at Norfolk Constabulary and Suffolk Constabulary.",
    ("national", 1): "One recommendation is made within the report, and it is directed at "
    "Chief Constables and forces nationally.",
    ("national", 2): "Two recommendations are made within the report, both of which are "
    "directed at Chief Constables and forces nationally.",
    ("national", 4): "Four recommendations are made within the report, all of which are "
    "directed at Chief Constables and forces nationally.",
}


@pytest.mark.parametrize(("scope", "count"), list(SENTENCES))
def test_the_count_of_recommendations_reads_right_for_the_reports_scope(body, scope, count):
    from section55.bodies.models import Force

    names = SCOPES[scope]
    forces = None if names is None else list(Force.objects.filter(name__in=names))
    report = make_report(body, forces=forces)
    for n in range(count):
        make_finding(report, position=n)
    response = Response.objects.get(report=report, body=body)

    sentence = build_document(response, PUBLISHED_ON).recommendation_count_sentence

    assert sentence == SENTENCES[(scope, count)]


def test_the_count_names_how_many_recommendations_are_not_the_forces_to_act_on(body):
    report = make_report(body, forces=[body.force], recommendations_in_report=4)
    make_finding(report)
    response = Response.objects.get(report=report, body=body)

    sentence = build_document(response, PUBLISHED_ON).recommendation_count_sentence

    assert sentence == (
        "Four recommendations are made within the report, one of which is directed at "
        "Norfolk Constabulary."
    )


def test_a_first_version_states_its_date_and_is_no_correction(peel_response):
    doc = build_document(peel_response, PUBLISHED_ON, 1, correction_note="ignored")

    assert (doc.published_on, doc.version, doc.first_published_on) == (PUBLISHED_ON, 1, None)
    assert doc.correction_note == ""


def test_a_correction_says_when_the_response_was_first_published_and_what_changed(peel_response):
    note = "The position on\r\nRecommendation 3 was corrected."
    doc = build_document(peel_response, date(2024, 1, 19), 2, correction_note=note)
    text = text_of("txt", FORMATS["txt"].render(doc))

    assert (doc.version, doc.first_published_on) == (2, PUBLISHED_ON)
    assert doc.correction_note == "The position on\nRecommendation 3 was corrected."
    assert "Response Published on: 19 January 2024" in text
    assert (
        "This is version 2 of this response, a correction of the response first published on "
        "5 January 2024. What changed: The position on Recommendation 3 was corrected."
    ) in text
