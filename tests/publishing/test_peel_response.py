"""A response to a PEEL-style report in every format: causes of concern with the recommendations
under them, every position and response, paragraphs apart, in the report's order."""

import io
import itertools
from html import escape

import docx
import pytest

from section55.publishing.render import FORMATS
from section55.publishing.render.outline import Heading, outline

from .helpers import missing_or_out_of_order, text_of, words
from .peel_document import (
    AREA,
    CAUSE,
    IN_REPORT_ORDER,
    STANDALONE,
    correction_of,
    paragraphs_of,
    peel_document,
)

NAMES = list(FORMATS)


@pytest.fixture(scope="module")
def peel():
    return peel_document()


@pytest.fixture(scope="module")
def peel_rendered(peel):
    return {name: format.render(peel) for name, format in FORMATS.items()}


def restated(finding) -> list[str]:
    return [finding.heading, finding.text]


def report_part(doc) -> list[str]:
    """The findings as the report states them: the standalone recommendation under the count,
    then the cause of concern with its recommendations, then the area for improvement."""
    markers = ["Recommendations", doc.recommendation_count_sentence, *restated(STANDALONE)]
    markers += ["Causes of Concern", *restated(CAUSE)]
    for child in CAUSE.children:
        markers += restated(child)
    return [*markers, "Areas For Improvement", *restated(AREA)]


def chief_constable_part(doc) -> list[str]:
    markers = [doc.chief_officer_heading, *paragraphs_of(doc.chief_officer_comments)]
    for finding in IN_REPORT_ORDER:
        markers += [*restated(finding), f"Position: {finding.chief_officer_position}"]
        markers += paragraphs_of(finding.chief_officer_response)
    return markers


def body_part(doc) -> list[str]:
    markers = [doc.body_heading, *paragraphs_of(doc.body_comments)]
    for finding in IN_REPORT_ORDER:
        if finding.body_explanation:
            markers += [*restated(finding), *paragraphs_of(finding.body_explanation)]
    markers.append("Response to the Chief Constable's comments")
    return [*markers, *paragraphs_of(doc.body_response_to_chief_officer)]


def every_part(doc) -> list[str]:
    markers = [doc.title, "Inspection Title:", doc.inspection_title, "Published on:"]
    markers += ["14 November 2023", "Section 55 Response Deadline:", "8 January 2024"]
    markers += ["Response Published on:", "5 January 2024", "Key Findings"]
    markers += paragraphs_of(doc.key_findings)
    markers += report_part(doc) + chief_constable_part(doc) + body_part(doc)
    return [*markers, doc.checklist_heading, *doc.checklist]


@pytest.mark.parametrize("name", NAMES)
def test_every_part_of_a_peel_response_appears_in_the_reports_order(name, peel, peel_rendered):
    text = text_of(name, peel_rendered[name])

    assert missing_or_out_of_order(text, every_part(peel)) == []


def test_the_count_of_recommendations_says_where_those_under_causes_of_concern_are(peel):
    assert peel.recommendation_count_sentence == (
        "Three recommendations are made within the report, all of which are directed at "
        "Borsetshire Constabulary. Two of them are set out under the cause of concern below."
    )


def every_typed_text(doc) -> list[str]:
    texts = [doc.key_findings, doc.chief_officer_comments, doc.body_comments]
    texts.append(doc.body_response_to_chief_officer)
    for finding in IN_REPORT_ORDER:
        texts += [finding.chief_officer_response, finding.body_explanation]
    return [text for text in texts if text and "\r\n\r\n" in text]


def following_paragraphs(doc):
    """Each pair of paragraphs typed one after the other, with a blank line between them."""
    for typed in every_typed_text(doc):
        yield from itertools.pairwise(paragraphs_of(typed))


def test_typed_paragraphs_are_separate_paragraphs_in_the_text(peel, peel_rendered):
    for first, second in following_paragraphs(peel):
        assert f"\n\n{first}\n\n{second}\n\n" in peel_rendered["txt"]
    assert "\r" not in peel_rendered["txt"]


def test_typed_paragraphs_are_separate_paragraphs_in_the_html(peel, peel_rendered):
    for first, second in following_paragraphs(peel):
        assert f"<p>{escape(first)}</p>\n<p>{escape(second)}</p>" in peel_rendered["html"]


def test_typed_paragraphs_are_separate_paragraphs_in_the_docx(peel, peel_rendered):
    paragraphs = [p.text for p in docx.Document(io.BytesIO(peel_rendered["docx"])).paragraphs]
    for first, second in following_paragraphs(peel):
        assert paragraphs[paragraphs.index(first) + 1] == second


def test_recommendations_under_a_cause_of_concern_are_headed_below_it(peel):
    headings = [(n.level, n.text) for n in outline(peel) if isinstance(n, Heading)]
    concern = headings.index((3, "Cause of concern"))

    assert headings[concern + 1 : concern + 3] == [(4, "Recommendation"), (4, "Recommendation")]


def assert_no_empty_heading(doc):
    nodes = outline(doc)
    for node, following in zip(nodes, [*nodes[1:], None], strict=True):
        if isinstance(node, Heading):
            assert following is not None, f"{node.text} ends the document"
            empty = isinstance(following, Heading) and following.level <= node.level
            assert not empty, f"nothing is printed under {node.text}"


def test_no_heading_is_printed_with_nothing_under_it(peel):
    import dataclasses

    bare = dataclasses.replace(
        peel,
        key_findings="  \r\n ",
        causes_of_concern=(),
        recommendations=(),
        recommendation_count_sentence="No recommendations are made within the report.",
        areas_for_improvement=(),
        body_response_to_chief_officer=None,
        checklist=(),
    )

    assert_no_empty_heading(peel)
    assert_no_empty_heading(bare)
    headings = [node.text for node in outline(bare) if isinstance(node, Heading)]
    assert "Key Findings" not in headings
    assert "Causes of Concern" not in headings
    assert bare.checklist_heading not in headings


@pytest.mark.parametrize("name", NAMES)
def test_the_response_states_the_date_it_was_published(name, peel, peel_rendered):
    text = text_of(name, peel_rendered[name])

    assert "Response Published on: 5 January 2024" in text
    assert "correction" not in text.lower()


@pytest.mark.parametrize("name", NAMES)
def test_a_correction_says_it_is_one_and_what_changed(name, peel):
    corrected = correction_of(peel, "The response to the area for improvement was corrected.")
    text = text_of(name, FORMATS[name].render(corrected))

    assert "Response Published on: 19 January 2024" in text
    assert (
        words(
            "Correction This is version 2 of this response, a correction of the response first "
            "published on 5 January 2024. What changed: The response to the area for improvement "
            "was corrected."
        )
        in text
    )
