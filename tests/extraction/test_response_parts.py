"""The parts of a published response beyond the seed's: findings labelled without numbers, the
chief constable's positions, the body's explanations and reply, the response's own date, and a
correction. The documents here are plain text, as an office would paste them."""

from datetime import date

from section55.extraction import parse_response_bytes
from section55.extraction.parser import find_findings

from .helpers import heading, para, stream

DETAILS = """\
Borsetshire OPCC response to inspections published by HMICFRS

Inspection Title:

PEEL 2023–25: An inspection of Borsetshire Constabulary

Published on:

14 November 2023

Response Published on:

5 January 2024
"""


def parsed(text: str):
    return parse_response_bytes(text.encode("utf-8"), "response.txt")


def test_recommendations_headed_without_numbers_are_under_the_cause_of_concern_before_them():
    blocks = stream(
        heading("Causes of concern"),
        heading("Cause of concern", 3),
        para("The force doesn't answer calls quickly enough."),
        heading("Recommendation", 4),
        para("Within three months, the force should answer calls within ten seconds."),
        heading("Recommendation", 4),
        para("Within three months, the force should assess the risk to every caller."),
        heading("Area for improvement", 3),
        para("Victims are not always told when their case is closed."),
    )

    found = [(f.kind, f.ref, f.parent) for f in find_findings(blocks)]

    assert found == [
        ("cause_of_concern", None, None),
        ("recommendation", None, 0),
        ("recommendation", None, 0),
        ("area_for_improvement", None, None),
    ]


def test_an_opcc_section_is_the_bodys_response_with_its_explanations_and_reply():
    response = parsed(
        DETAILS
        + """
Recommendation 1

By 31 May 2024, the force should review every investigation.

Chief Constable response to report

We welcome the report.

Recommendation 1

By 31 May 2024, the force should review every investigation.

Position: Partially accepted

Reviews start in March.

OPCC response to report

I welcome the report.

Recommendation 1

By 31 May 2024, the force should review every investigation.

I will check the reviews myself.

Response to the Chief Constable's comments

I accept the plan.
"""
    )

    assert response.lpb_comments == "I welcome the report."
    assert response.positions == ["Partially accepted"]
    assert response.responses == ["Reviews start in March."]
    assert response.explanations == ["I will check the reviews myself."]
    assert response.lpb_response_to_chief_officer == "I accept the plan."
    assert response.published_on == date(2024, 1, 5)
    assert response.warnings == []


def test_a_correction_gives_its_version_first_date_and_note_and_no_findings_from_the_note():
    response = parsed(
        DETAILS
        + """
Correction

This is version 3 of this response, a correction of the response first published on 2 January 2024.

What changed:

Recommendation 2: the position was corrected.

Recommendations

Recommendation 1

By 31 May 2024, the force should review every investigation.

PCC response to report

I welcome the report.
"""
    )

    assert (response.version, response.first_published_on) == (3, date(2024, 1, 2))
    assert response.correction_note == "Recommendation 2: the position was corrected."
    assert [f.ref for f in response.findings] == ["1"]
