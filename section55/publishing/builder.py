"""Builds the structured ``ResponseDocument`` from a body's response and the report it answers.

All wording that a body may want to change (title, statutory paragraph, office title, checklist)
comes from the body's settings, with the defaults below when it has set none.
"""

from datetime import date

from section55.publishing.document import (
    DocumentFinding,
    ResponseDocument,
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


def build_document(response, published_on: date | None, version: int = 1) -> ResponseDocument:
    report, body = response.report, response.body
    findings = list(report.findings.filter(directed_at_forces=True).order_by("position", "pk"))
    answers = response.finding_responses_by_finding()
    # Named as the body was when it published; an archived response with no date, by its deadline.
    named_on = published_on or report.statutory_last_day
    return ResponseDocument(
        title=_title(body, named_on),
        statutory_paragraph=body.statutory_paragraph or DEFAULT_STATUTORY_PARAGRAPH,
        inspection_title=report.title,
        report_published_on=report.published_on,
        publication_types=tuple(report.publication_types),
        forces=report.forces_description(),
        report_url=report.url or None,
        statutory_deadline=report.statutory_last_day,
        key_findings=report.key_findings,
        recommendation_count_sentence=_count_sentence(report),
        recommendations=_document_findings(findings, answers, FindingKind.RECOMMENDATION),
        areas_for_improvement=_document_findings(
            findings, answers, FindingKind.AREA_FOR_IMPROVEMENT
        ),
        chief_officer_heading=f"{body.force.chief_officer_title} {SECTION_SUFFIX}",
        chief_officer_comments=_chief_officer_comments(response),
        body_heading=f"{body.office_short_name} {SECTION_SUFFIX}",
        body_comments=response.body_comments,
        body_response_to_chief_officer=response.body_response_to_chief_officer or None,
        checklist=tuple(response.checklist_as_published) or checklist_items(body),
        published_on=published_on,
        version=version,
        author=_name_on(body, named_on),
    )


def _name_on(body, day) -> str:
    period = body.period_on(day)
    return period.name if period else body.name


def _title(body, day) -> str:
    return (
        body.response_title
        or f"{_name_on(body, day)} response to inspections published by {HMICFRS}"
    )


def _count_sentence(report) -> str:
    recommendations = report.findings.filter(kind=FindingKind.RECOMMENDATION)
    total = max(recommendations.count(), report.recommendations_in_report or 0)
    return recommendation_count_sentence(
        total, recommendations.filter(directed_at_forces=True).count()
    )


def _chief_officer_comments(response) -> str:
    if response.chief_officer_not_submitted:
        return "The chief officer did not submit comments on this report."
    return response.chief_officer_comments


def _document_findings(findings, answers, kind) -> tuple[DocumentFinding, ...]:
    return tuple(_document_finding(f, answers.get(f.pk)) for f in findings if f.kind == kind)


def _document_finding(finding, answer) -> DocumentFinding:
    return DocumentFinding(
        kind=finding.kind,
        heading=finding.heading,
        text=finding.text,
        items=tuple(finding.items),
        chief_officer_position=answer.get_position_display()
        if answer and answer.position
        else None,
        chief_officer_response=(answer.chief_officer_text or None) if answer else None,
        body_explanation=(answer.body_explanation or None) if answer else None,
    )
