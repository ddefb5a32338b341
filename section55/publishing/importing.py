"""Bringing an archive of published responses in: a document parsed back into records.

``import_response`` stores the report (found again if already registered), its findings (a
cause of concern's recommendations under it), both parties' comments, the chief officer's
position on and response to each finding, the body's s55(5B) explanations and its reply to the
chief officer, as a published response with its documents rendered from those records. The
date the document says it was published is used when none is given. The source's SHA-256 is
kept, so importing the same document again finds the first import instead of duplicating it.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from section55.extraction import ParsedResponse, parse_response_bytes, stem_of
from section55.extraction.parser import text_key
from section55.publishing.models import PublishedVersion
from section55.publishing.services import snapshot
from section55.reports.models import Finding, Report, Scope
from section55.responses.models import (
    FindingResponse,
    Position,
    Response,
    Status,
    StatusChange,
)
from section55.responses.services import open_responses_for
from section55.tracking.services import track_findings

ALL_FORCES_WORDING = ("all local forces", "all forces", "all police forces")


class ImportRefused(Exception):
    """The document cannot be imported for this body; the message says why."""


@dataclass
class ImportResult:
    version: PublishedVersion
    created: bool
    warnings: list[str] = field(default_factory=list)


def import_response(
    data: bytes, filename: str, body, published_on: date | None = None
) -> ImportResult:
    digest = hashlib.sha256(data).hexdigest()
    earlier = PublishedVersion.objects.filter(imported_sha256=digest, response__body=body).first()
    if earlier:
        return ImportResult(earlier, created=False, warnings=["this document was imported before"])
    parsed = parse_response_bytes(data, filename)
    warnings = list(parsed.warnings) + _unknown_positions(parsed)
    with transaction.atomic():
        version = _store(parsed, body, published_on or parsed.published_on, filename, digest)
    return ImportResult(version, created=True, warnings=warnings)


def _store(parsed: ParsedResponse, body, published_on, filename, digest) -> PublishedVersion:
    report = _find_or_register_report(parsed, body)
    response = Response.objects.get(report=report, body=body)
    if response.status == Status.PUBLISHED:
        raise ImportRefused(f"{body.name} has already published a response to “{report.title}”")
    findings = _findings_for(report, parsed)
    _fill_response(response, parsed, findings, published_on, filename)
    track_findings(response)
    version = snapshot(response, None, published_on)
    PublishedVersion.objects.filter(pk=version.pk).update(
        imported_from=filename[-300:], imported_sha256=digest
    )
    return PublishedVersion.objects.get(pk=version.pk)


def _find_or_register_report(parsed, body) -> Report:
    details = parsed.report
    if details.published_on is None:
        raise ImportRefused("the document does not say when the report was published")
    report = (
        Report.objects.visible_to(body)
        .filter(title=details.title, published_on=details.published_on)
        .first()
    )
    if report is None:
        report = _register(parsed, body)
    open_responses_for(report)
    return report


def _register(parsed, body) -> Report:
    details = parsed.report
    national = details.forces and details.forces.lower().startswith(ALL_FORCES_WORDING)
    report = Report.objects.create(
        title=details.title,
        url=details.url or "",
        published_on=details.published_on,
        publication_types=list(details.publication_types),
        scope=Scope.ALL_FORCES if national else Scope.NAMED_FORCES,
        key_findings=parsed.key_findings,
        recommendations_in_report=parsed.recommendations_in_report,
        owner=body,
    )
    if not national:
        report.forces.add(body.force)
    return report


def _findings_for(report, parsed) -> list[Finding]:
    """The report's findings matching the parsed ones, created when the report has none yet:
    matched by kind and number, or, for findings the report does not number, by their words."""
    existing = {_key(f.kind, f.ref, f.text): f for f in report.findings.all()}
    found = []
    for n, parsed_finding in enumerate(parsed.findings, 1):
        stem = stem_of(parsed_finding.text, parsed_finding.items)
        key = _key(parsed_finding.kind, parsed_finding.ref or "", stem)
        found.append(existing.get(key) or _create_finding(report, parsed_finding, n))
    _place_under_causes(found, parsed)
    return found


def _key(kind, ref, text) -> tuple:
    return (kind, "ref", ref) if ref else (kind, "text", text_key(text))


def _place_under_causes(found: list[Finding], parsed) -> None:
    """A recommendation stated under a cause of concern is stored under it, unless the report
    already places it."""
    for finding, parsed_finding in zip(found, parsed.findings, strict=True):
        parent = parsed_finding.parent
        if parent is not None and finding.parent_id is None and parent < len(found):
            finding.parent = found[parent]
            finding.save(update_fields=["parent"])


def _create_finding(report, parsed_finding, position) -> Finding:
    return Finding.objects.create(
        report=report,
        position=position,
        kind=parsed_finding.kind,
        ref=parsed_finding.ref or "",
        text=stem_of(parsed_finding.text, parsed_finding.items),
        items=list(parsed_finding.items),
        timescale=parsed_finding.timescale or "",
        due_on=parsed_finding.due_on,
        addressees=list(parsed_finding.addressees),
        directed_at_forces=parsed_finding.directed_at_forces,
    )


_POSITIONS = {label.lower(): value for value, label in Position.choices}


def _position(stated: str | None) -> str:
    return _POSITIONS.get(" ".join((stated or "").lower().rstrip(".").split()), "")


def _unknown_positions(parsed) -> list[str]:
    return [
        f"the position on {finding.label}, “{stated}”, is not one that can be recorded "
        f"({', '.join(label for _, label in Position.choices)}): it is left blank"
        for finding, stated in zip(parsed.findings, parsed.positions, strict=True)
        if stated and not _position(stated)
    ]


def _fill_response(response, parsed, findings, published_on, filename):
    answers = zip(parsed.responses, parsed.positions, parsed.explanations, strict=True)
    for finding, (text, position, explanation) in zip(findings, answers, strict=True):
        FindingResponse.objects.update_or_create(
            response=response,
            finding=finding,
            defaults={
                "chief_officer_text": text or "",
                "position": _position(position),
                "body_explanation": explanation or "",
            },
        )
    StatusChange.objects.create(
        response=response,
        from_status=response.status,
        to_status=Status.PUBLISHED,
        reason=f"Imported from {filename}",
    )
    response.chief_officer_comments = parsed.chief_officer_comments
    response.body_comments = parsed.lpb_comments
    response.body_response_to_chief_officer = parsed.lpb_response_to_chief_officer
    response.checklist_as_published = list(parsed.checklist)
    response.status, response.published_on = Status.PUBLISHED, published_on
    response.published_report_date = response.report.published_on  # its on-time record (ADR 7)
    response.revision += 1
    response.save()
