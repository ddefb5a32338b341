"""Builds the structured ``ResponseDocument`` from a body's response and the report it answers.

All wording that a body may want to change (title, statutory paragraph, office title, checklist)
comes from the body's settings, with the defaults below when it has set none.
"""

import itertools
from collections import defaultdict
from datetime import date

from section55.core.mail import one_line
from section55.publishing.document import (
    NATIONALLY,
    DocumentFinding,
    ResponseDocument,
    normalise_newlines,
    number_in_words,
    recommendation_count_sentence,
)
from section55.reports.models import FindingKind

HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)"
DEFAULT_STATUTORY_PARAGRAPH = (
    "Section 55 of the Police Act 1996 (as amended by section 37 of the Policing and Crime Act "
    "2017) requires local policing bodies to respond and publish comments on all inspection "
    "reports pertaining to your force within 56 days of report publication."
)
DEFAULT_CHECKLIST = (
    "Response forwarded to the Chief Constable.",
    "Response forwarded to the Police and Crime Panel.",
    "Response sent to HMICFRS and the Home Secretary.",
    "Response published on the website.",
)
SECTION_SUFFIX = "response to report and any Recommendations/Areas for Improvement"


def checklist_items(body) -> tuple[str, ...]:
    return tuple(body.checklist_items) or DEFAULT_CHECKLIST


def build_document(
    response, published_on: date | None, version: int = 1, correction_note: str = ""
) -> ResponseDocument:
    """The response as it is published today: every finding the force must act on, in the
    report's order, and for a correction (``version`` > 1) what it changed."""
    report, body = response.report, response.body
    findings = list(response.findings_for_force().order_by("position", "pk"))
    answers = response.finding_responses_by_finding()
    placed = _placed(findings, answers)
    # Named as the body was when it published; an archived response with no date, by its deadline.
    named_on = published_on or report.statutory_last_day
    correction = version > 1
    return ResponseDocument(
        title=one_line(_title(body, named_on)),
        statutory_paragraph=text(body.statutory_paragraph or DEFAULT_STATUTORY_PARAGRAPH),
        inspection_title=one_line(report.title),
        report_published_on=report.published_on,
        publication_types=tuple(one_line(kind) for kind in report.publication_types),
        forces=report.forces_description(),
        report_url=report.url or None,
        statutory_deadline=report.statutory_last_day,
        key_findings=text(report.key_findings),
        recommendation_count_sentence=_count_sentence(report, placed),
        recommendations=placed[FindingKind.RECOMMENDATION],
        causes_of_concern=placed[FindingKind.CAUSE_OF_CONCERN],
        areas_for_improvement=placed[FindingKind.AREA_FOR_IMPROVEMENT],
        chief_officer_heading=f"{body.force.chief_officer_title} {SECTION_SUFFIX}",
        chief_officer_comments=text(_chief_officer_comments(response)),
        body_heading=f"{body.office_short_name} {SECTION_SUFFIX}",
        body_comments=text(response.body_comments),
        body_response_to_chief_officer=text(response.body_response_to_chief_officer) or None,
        checklist=tuple(map(one_line, response.checklist_as_published or checklist_items(body))),
        published_on=published_on,
        version=version,
        first_published_on=response.published_on if correction else None,
        correction_note=text(correction_note) if correction else "",
        author=_name_on(body, named_on),
    )


def text(value: str | None) -> str:
    """Stored text with line feeds only: text saved before forms normalised line breaks may hold
    the CRLF a browser sent, and would otherwise print as one run-on paragraph."""
    return normalise_newlines(value).strip()


def _name_on(body, day) -> str:
    period = body.period_on(day)
    return period.name if period else body.name


def _title(body, day) -> str:
    return (
        body.response_title
        or f"{_name_on(body, day)} response to inspections published by {HMICFRS}"
    )


def _count_sentence(report, placed) -> str:
    """Counted from the records: the report's recommendations (or the number it states, when
    not all are recorded) and those the force must act on, named for the report's scope."""
    recommendations = report.current_findings().filter(kind=FindingKind.RECOMMENDATION)
    total = max(recommendations.count(), report.recommendations_in_report or 0)
    causes = placed[FindingKind.CAUSE_OF_CONCERN]
    return recommendation_count_sentence(
        total,
        recommendations.filter(directed_at_forces=True).count(),
        _who_acts(report),
        under_causes_of_concern=sum(len(cause.children) for cause in causes),
        causes_of_concern=len(causes),
    )


def _who_acts(report) -> str:
    """Forces nationally, the force, or the forces the report names (by name, up to three)."""
    if report.is_national:
        return NATIONALLY
    names = [force.name for force in report.forces.all()]
    if not names:
        return "the force"
    if len(names) > 3:
        return f"the {number_in_words(len(names))} forces named in the report"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _chief_officer_comments(response) -> str:
    if response.chief_officer_not_submitted:
        return "The chief officer did not submit comments on this report."
    return response.chief_officer_comments


def _placed(findings, answers) -> dict[str, tuple[DocumentFinding, ...]]:
    """The findings by kind, each cause of concern holding the recommendations under it. A
    recommendation whose cause of concern is not printed (not directed at the force, or
    withdrawn) is printed on its own."""
    causes = {f.pk for f in findings if f.kind == FindingKind.CAUSE_OF_CONCERN}

    def under_a_cause(finding) -> bool:
        return finding.kind == FindingKind.RECOMMENDATION and finding.parent_id in causes

    children = defaultdict(list)
    for finding in filter(under_a_cause, findings):
        children[finding.parent_id].append(_document_finding(finding, answers))
    placed: dict[str, list[DocumentFinding]] = {kind: [] for kind in FindingKind.values}
    for finding in itertools.filterfalse(under_a_cause, findings):
        placed[finding.kind].append(
            _document_finding(finding, answers, tuple(children[finding.pk]))
        )
    return {kind: tuple(found) for kind, found in placed.items()}


def _document_finding(finding, answers, children=()) -> DocumentFinding:
    answer = answers.get(finding.pk)
    return DocumentFinding(
        kind=finding.kind,
        heading=finding.heading,
        text=text(finding.text),
        items=tuple(one_line(item) for item in finding.items),
        chief_officer_position=answer.get_position_display()
        if answer and answer.position
        else None,
        chief_officer_response=(text(answer.chief_officer_text) or None) if answer else None,
        body_explanation=(text(answer.body_explanation) or None) if answer else None,
        position=finding.position,
        children=children,
    )
