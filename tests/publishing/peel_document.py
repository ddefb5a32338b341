"""A response to a PEEL-style force report, as a ResponseDocument: a cause of concern with two
recommendations under it, an area for improvement and a standalone recommendation, each answered
by the chief constable with a position and a response of two paragraphs typed in a browser
(so with CRLF line breaks), and each recommendation explained by the body (s55(5B)).

The findings are laid out as HMICFRS's PEEL reports print them: the cause of concern and its
recommendations are not numbered, the area for improvement and the later recommendation are.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from section55.deadlines import statutory_last_day
from section55.publishing.document import (
    DocumentFinding,
    ResponseDocument,
    recommendation_count_sentence,
)

PUBLISHED = date(2023, 11, 14)
RESPONSE_PUBLISHED = date(2024, 1, 5)
CRLF = "\r\n"


def typed(*paragraphs: str) -> str:
    """Paragraphs as a browser sends a textarea: lines end in CRLF, a blank line between."""
    return (CRLF + CRLF).join(paragraphs)


FIRST_UNDER_CAUSE = DocumentFinding(
    "recommendation",
    "Recommendation",
    "Within three months, the force should make sure that it answers 90 percent of emergency "
    "calls within ten seconds.",
    chief_officer_position="Accepted",
    chief_officer_response=typed(
        "Twelve more call handlers have been recruited and trained since the inspection, and "
        "the control room rota has been changed to match the hours when most calls are made.",
        "Emergency calls answered within ten seconds rose from 71 percent in June to 84 "
        "percent in December, and we expect to reach 90 percent by the end of March.",
    ),
    body_explanation=typed(
        "I will hold the Chief Constable to account for call answering times at my monthly "
        "accountability meeting, where the latest figures will be presented in public.",
        "Progress will be reported to the Police and Crime Panel in March, and again when the "
        "three months that HMICFRS set for this recommendation have passed.",
    ),
    position=2,
)
SECOND_UNDER_CAUSE = DocumentFinding(
    "recommendation",
    "Recommendation",
    "Within three months, the force should use a structured process to assess the risk to "
    "every caller and record it.",
    chief_officer_position="Partially accepted",
    chief_officer_response=typed(
        "The THRIVE risk assessment is now used on every call, and supervisors check a sample "
        "of twenty calls a week to make sure that it is applied consistently.",
        "Recording the assessment on every call needs a change to the command and control "
        "system, which the supplier cannot make before the summer.",
    ),
    body_explanation="I have asked for the change to the command and control system to be "
    "costed by February, and I will decide then whether to fund it from my reserves.",
    position=3,
)
CAUSE = DocumentFinding(
    "cause_of_concern",
    "Cause of concern",
    "Borsetshire Constabulary doesn't answer emergency and non-emergency calls quickly enough, "
    "and it doesn't always identify vulnerable callers when they first contact the force.",
    chief_officer_position="Accepted",
    chief_officer_response=typed(
        "We accept that too many emergency and non-emergency calls have not been answered "
        "quickly enough, and that some vulnerable callers were not identified when they first "
        "contacted us.",
        "A new call-handling plan started in December. The Assistant Chief Constable for local "
        "policing reviews it every month, and the results are published on the force website.",
    ),
    position=1,
    children=(FIRST_UNDER_CAUSE, SECOND_UNDER_CAUSE),
)
AREA = DocumentFinding(
    "area_for_improvement",
    "Area for improvement 1",
    "The force should improve how it records the ethnicity of the people it stops and searches.",
    chief_officer_position="Accepted",
    chief_officer_response=typed(
        "Officers have been reminded that they must record the self-defined ethnicity of every "
        "person they stop and search, and body-worn video is reviewed where it is missing.",
        "Compliance is checked every week by the stop and search lead, and the figures are "
        "shared with the independent scrutiny panel at each of its meetings.",
    ),
    position=4,
)
STANDALONE = DocumentFinding(
    "recommendation",
    "Recommendation 3",
    "By 31 May 2024, the force should make sure that supervisors review every investigation "
    "at regular intervals and record the actions they set.",
    chief_officer_position="Not accepted",
    chief_officer_response=typed(
        "Supervisors already review every investigation at regular intervals, and our own "
        "audit of two hundred investigations in October found that nearly all had been reviewed.",
        "We will show HMICFRS the evidence of this when it next visits the force, and we will "
        "publish the results of our audit so that the public can see them.",
    ),
    body_explanation="I will ask HMICFRS to review the evidence that the force provides, and I "
    "will report its view to the Police and Crime Panel when I receive it.",
    position=5,
)

KEY_FINDINGS = (
    "The force has made progress since our last inspection, but it still needs to improve in "
    "several areas, including how it responds to the public and how it investigates crime. It "
    "is good at preventing crime and anti-social behaviour, and it treats the public fairly.",
    "Emergency calls should be answered within ten seconds. In the twelve months to June 2023, "
    "the force answered 71 percent of emergency calls within that time, against a national "
    "figure of 79 percent. Callers to the non-emergency number waited an average of seven "
    "minutes, and one in four calls was abandoned before it was answered.",
    "Call handlers did not always use a structured process to assess risk. In 19 of the 65 "
    "calls that HMICFRS reviewed, the risk to the caller had not been assessed or recorded, so "
    "the force cannot be sure that it sends the right response to vulnerable people.",
    "The force uses outcome 16, where the victim does not support further action, more often "
    "than most forces. The reason for the victim's decision was not always recorded, and "
    "officers did not always consider whether they could prosecute without the victim's support.",
    "Most officers and staff told HMICFRS that they felt valued. Many said that they were "
    "worried about the cost of living, and some did not know what support the force offers. The "
    "force has a well-being strategy, but it does not yet know whether the strategy is working.",
)


def peel_document() -> ResponseDocument:
    return ResponseDocument(
        title="Borsetshire Police and Crime Commissioner response to inspections published by "
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)",
        statutory_paragraph="Section 55 of the Police Act 1996 requires local policing bodies to "
        "respond to inspection reports.",
        inspection_title="PEEL 2023–25: An inspection of Borsetshire Constabulary",
        report_published_on=PUBLISHED,
        publication_types=("PEEL",),
        forces="Borsetshire Constabulary",
        report_url="https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-borsetshire/",
        statutory_deadline=statutory_last_day(PUBLISHED),
        key_findings=typed(*KEY_FINDINGS),
        recommendation_count_sentence=recommendation_count_sentence(
            3, 3, "Borsetshire Constabulary", under_causes_of_concern=2
        ),
        recommendations=(STANDALONE,),
        causes_of_concern=(CAUSE,),
        areas_for_improvement=(AREA,),
        chief_officer_heading="Chief Constable response to report and any "
        "Recommendations/Areas for Improvement",
        chief_officer_comments=typed(
            "We welcome the report and the recognition of the progress that the force has made, "
            "and we accept that there is more to do to answer calls from the public quickly.",
            "We have a plan for each of the findings, overseen by the Deputy Chief Constable and "
            "reviewed at the force performance board every month.",
        ),
        body_heading="PCC response to report and any Recommendations/Areas for Improvement",
        body_comments=typed(
            "I welcome the report and its clear findings, which match what residents have told me "
            "about how long it can take to get through to the force by telephone.",
            "I will follow every finding through to completion and report on progress to the "
            "Police and Crime Panel at each of its meetings this year.",
        ),
        body_response_to_chief_officer=typed(
            "I welcome the Chief Constable's plan, which sets out clear steps and dates for each "
            "of the findings and names the officer responsible for each of them.",
            "I do not agree that supervision needs no further work, and I will ask for the audit "
            "of investigations to be repeated in the spring.",
        ),
        checklist=("Response forwarded to the Chief Constable.",),
        published_on=RESPONSE_PUBLISHED,
        author="Borsetshire Police and Crime Commissioner",
    )


def correction_of(doc: ResponseDocument, note: str) -> ResponseDocument:
    return dataclasses.replace(
        doc,
        version=2,
        published_on=date(2024, 1, 19),
        first_published_on=doc.published_on,
        correction_note=note,
    )


# Every finding by its place in the report: the cause of concern, then its two recommendations,
# the area for improvement, the standalone recommendation.
IN_REPORT_ORDER = (CAUSE, *CAUSE.children, AREA, STANDALONE)


def paragraphs_of(text: str) -> list[str]:
    return text.split(CRLF + CRLF)


def as_stored(text: str | None) -> str | None:
    """What a parser gives back for typed text: paragraphs apart, with plain line feeds."""
    return text.replace(CRLF, "\n") if text else text
