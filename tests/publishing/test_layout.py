"""Every format shows every section of the seed, in the seed's order."""

import dataclasses

import pytest

from section55.publishing.document import DocumentFinding, text_blocks
from section55.publishing.render import FORMATS

from .helpers import missing_or_out_of_order, text_of

NAMES = list(FORMATS)


def first_words(text: str) -> str:
    return text_blocks(text)[0].texts[0][:60]


def last_words(text: str) -> str:
    return text_blocks(text)[-1].texts[-1][-60:]


def restated(finding: DocumentFinding) -> list[str]:
    return [finding.heading, finding.text[:60], *finding.items]


def seed_markers(doc) -> list[str]:
    """What the seed says, section by section, in the order it says it."""
    markers = [doc.title, doc.statutory_paragraph]
    markers += ["Inspection Title:", doc.inspection_title, "Published on:", "22 August 2024"]
    markers += ["Publication Types:", "Rape and Spotlight", "Police Forces:", doc.forces]
    markers += ["Link to Report:", doc.report_url[:50], "Section 55 Response Deadline:"]
    markers += ["16 October 2024", "Key Findings", first_words(doc.key_findings)]
    markers += [last_words(doc.key_findings), "Recommendations", doc.recommendation_count_sentence]
    for finding in doc.recommendations:
        markers += restated(finding)
    markers += ["Areas For Improvement", doc.no_areas_for_improvement_sentence]
    markers += [doc.chief_officer_heading, first_words(doc.chief_officer_comments)]
    for finding in doc.recommendations:
        markers += [*restated(finding), first_words(finding.chief_officer_response)]
        markers.append(last_words(finding.chief_officer_response))
    markers += [doc.body_heading, first_words(doc.body_comments), last_words(doc.body_comments)]
    return [*markers, doc.checklist_heading, *doc.checklist]


@pytest.mark.parametrize("name", NAMES)
def test_every_section_of_the_seed_appears_in_order(name, seed, rendered):
    text = text_of(name, rendered[name])

    assert missing_or_out_of_order(text, seed_markers(seed)) == []


@pytest.mark.parametrize("name", NAMES)
def test_the_deadline_shown_is_the_statutory_last_day_not_the_seeds_17_october(name, rendered):
    text = text_of(name, rendered[name])

    assert "Section 55 Response Deadline: 16 October 2024" in text
    assert "17 October 2024" not in text


def full_document(seed):
    """The seed with what it lacks: positions, an area for improvement, the body's explanations."""
    recommendations = tuple(
        dataclasses.replace(f, chief_officer_position="Accepted", body_explanation=f"Action {n}.")
        for n, f in enumerate(seed.recommendations, 1)
    )
    afi = DocumentFinding(
        "area_for_improvement",
        "Area for improvement 1",
        "The force should improve how it records repeat suspects.",
        chief_officer_position="Partially accepted",
        chief_officer_response="We will review recording.",
        body_explanation="I will review this at my next accountability meeting.",
    )
    return dataclasses.replace(
        seed,
        recommendations=recommendations,
        areas_for_improvement=(afi,),
        body_response_to_chief_officer="I welcome the Chief Constable's plan.",
    )


def full_markers(doc) -> list[str]:
    afi = doc.areas_for_improvement[0]
    markers = ["Areas For Improvement", afi.heading, afi.text, doc.chief_officer_heading]
    for finding in doc.findings:
        markers += [finding.heading, f"Position: {finding.chief_officer_position}"]
        markers.append(first_words(finding.chief_officer_response))
    markers.append(doc.body_heading)
    markers += [part for f in doc.findings for part in (f.heading, f.body_explanation)]
    markers += ["Response to the Chief Constable's comments", doc.body_response_to_chief_officer]
    return [*markers, doc.checklist_heading]


@pytest.mark.parametrize("name", NAMES)
def test_positions_areas_for_improvement_and_explanations_appear_in_order(name, seed):
    doc = full_document(seed)
    text = text_of(name, FORMATS[name].render(doc))

    assert missing_or_out_of_order(text, full_markers(doc)) == []
    assert doc.no_areas_for_improvement_sentence not in text
