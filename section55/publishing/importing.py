"""Bringing an archive of published responses in: a document parsed back into records.

``import_response`` stores the report (found again if already registered), its findings, both
parties' comments and the chief officer's response to each finding, as a published response
with its documents rendered from those records. The source's SHA-256 is kept, so importing the
same document again finds the first import instead of duplicating it.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from section55.extraction import ParsedResponse, parse_response_bytes, stem_of
from section55.publishing.models import PublishedVersion
from section55.publishing.services import snapshot
from section55.reports.models import Finding, Report, Scope
from section55.responses.models import FindingResponse, Response, Status, StatusChange
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
    with transaction.atomic():
        version = _store(parsed, body, published_on, filename, digest)
    return ImportResult(version, created=True, warnings=list(parsed.warnings))


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
    """The report's findings matching the parsed ones, created when the report has none yet."""
    existing = {(f.kind, f.ref): f for f in report.findings.all()}
    return [
        existing.get((f.kind, f.ref or "")) or _create_finding(report, f, n)
        for n, f in enumerate(parsed.findings, 1)
    ]


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


def _fill_response(response, parsed, findings, published_on, filename):
    for finding, text in zip(findings, parsed.responses, strict=True):
        FindingResponse.objects.update_or_create(
            response=response, finding=finding, defaults={"chief_officer_text": text or ""}
        )
    StatusChange.objects.create(
        response=response,
        from_status=response.status,
        to_status=Status.PUBLISHED,
        reason=f"Imported from {filename}",
    )
    response.chief_officer_comments = parsed.chief_officer_comments
    response.body_comments = parsed.lpb_comments
    response.checklist_as_published = list(parsed.checklist)
    response.status, response.published_on = Status.PUBLISHED, published_on
    response.revision += 1
    response.save()
