"""Published section 55 responses (laid out like the seed) back into structured records.

The layout: a title naming the body, labelled report details ("Inspection Title:", "Published
on:", ...), key findings, the report's recommendations and areas for improvement, the chief
constable's response (overall comments, then each finding restated with its response), the body's
own response, and an office-use checklist. Sections are found by their titles' words.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date

from . import sections as s
from .api import DEFAULT_MAX_BYTES, load, read_file
from .blocks import ITEM, PARAGRAPH, Block
from .errors import DocumentError
from .model import Finding
from .parser import find_findings, text_key
from .response_fields import (
    ReportDetails,
    body_name,
    deadline_warning,
    report_details,
    stated_recommendation_total,
)

CHIEF, LPB, OFFICE, KEY = "chief", "lpb", "office", "key"
_SECTION_PATTERNS = {
    CHIEF: s.CHIEF_OFFICER_RESPONSE,
    LPB: s.LPB_RESPONSE,
    OFFICE: s.OFFICE_USE,
    KEY: s.KEY_FINDINGS,
}


@dataclass
class ParsedResponse:
    """A published response: the body, the report, its findings with responses, and the rest."""

    source: str
    body: str
    report: ReportDetails
    key_findings: str
    findings: list[Finding]
    responses: list[str | None]
    chief_officer_comments: str
    lpb_comments: str
    checklist: list[str]
    warnings: list[str] = field(default_factory=list)
    recommendations_in_report: int | None = None

    def as_dict(self) -> dict:
        findings = [
            {**finding.as_dict(), "chief_officer_response": response}
            for finding, response in zip(self.findings, self.responses, strict=True)
        ]
        return {
            "body": self.body,
            "report": self.report.as_dict(),
            "key_findings": self.key_findings,
            "findings": findings,
            "chief_officer_comments": self.chief_officer_comments,
            "lpb_comments": self.lpb_comments,
            "checklist": list(self.checklist),
            "recommendations_in_report": self.recommendations_in_report,
            "warnings": list(self.warnings),
        }

    def summary(self) -> str:
        from .summary import response_summary

        return response_summary(self)


def parse_response(
    path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedResponse:
    """The published response at ``path``; DocumentError when it cannot be read as one."""
    return parse_response_bytes(read_file(path, max_bytes), str(path), max_bytes=max_bytes)


def parse_response_bytes(
    data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedResponse:
    document = load(data, filename, max_bytes)
    try:
        return _parsed(filename, document.blocks, list(document.warnings))
    except DocumentError as error:
        raise error.for_source(filename) from None


def _parsed(source: str, blocks: list[Block], warnings: list[str]) -> ParsedResponse:
    starts = _section_starts(blocks)
    if CHIEF not in starts and LPB not in starts:
        raise DocumentError(
            "is not laid out like a published response: it has no chief constable or "
            "local policing body response section"
        )
    parts = _parts(blocks, starts)
    report = report_details(blocks[: min(starts.values(), default=len(blocks))])
    findings = find_findings(blocks[: starts.get(CHIEF, len(blocks))], report.published_on)
    overall, responses = _chief_officer_part(parts.get(CHIEF, []), findings, report.published_on)
    warnings += deadline_warning(report) + _missing(starts, findings, responses)
    return ParsedResponse(
        source=source,
        body=body_name(blocks),
        report=report,
        key_findings=render(parts.get(KEY, [])),
        findings=findings,
        responses=responses,
        chief_officer_comments=render(overall),
        lpb_comments=render(parts.get(LPB, [])),
        checklist=[block.text for block in parts.get(OFFICE, [])],
        warnings=warnings,
        recommendations_in_report=stated_recommendation_total(blocks),
    )


def _section_starts(blocks: list[Block]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for block in blocks:
        for name, pattern in _SECTION_PATTERNS.items():
            if name not in starts and block.kind != ITEM and pattern.match(block.text):
                starts[name] = block.index
                break
    return starts


def _parts(blocks: list[Block], starts: dict[str, int]) -> dict[str, list[Block]]:
    """Each section's blocks, up to the next section title (or the report's findings)."""
    ends = sorted([*starts.values(), len(blocks)])
    ends += [block.index for block in blocks if s.section_kind(block.text)]
    parts = {}
    for name, start in starts.items():
        end = min(index for index in ends if index > start)
        parts[name] = blocks[start + 1 : end]
    return parts


def _chief_officer_part(
    blocks: list[Block], findings: list[Finding], published_on: date | None
) -> tuple[list[Block], list[str | None]]:
    """The overall comments, and the response to each finding (None where there is none)."""
    marks = [n for n, block in enumerate(blocks) if s.NUMBERED.match(block.text)]
    responses: list[str | None] = [None] * len(findings)
    for start, end in zip(marks, [*marks[1:], len(blocks)], strict=False):
        position, restated = _match(blocks[start:end], findings, published_on)
        if position is None:
            findings.append(restated)
            responses.append(None)
            position = len(findings) - 1
        responses[position] = render(_after_restatement(blocks[start + 1 : end])) or None
    return blocks[: marks[0] if marks else len(blocks)], responses


def _match(segment: list[Block], findings: list[Finding], published_on: date | None):
    """The finding a restated label refers to: by kind and number, else by its text."""
    restated = find_findings(segment, published_on)
    label = s.NUMBERED.match(segment[0].text)
    kind = s.LABEL_KINDS[" ".join(label.group("label").lower().split())]
    for position, finding in enumerate(findings):
        if finding.kind == kind and finding.ref == label.group("ref"):
            return position, None
        if restated and text_key(finding.text) == text_key(restated[0].text):
            return position, None
    if restated:
        return None, restated[0]
    return None, Finding(kind, "", ref=label.group("ref"), block=segment[0].index)


def _after_restatement(blocks: list[Block]) -> list[Block]:
    """The response itself: what follows the restated finding (its paragraph and bullets)."""
    position = 0
    if blocks and blocks[0].kind == PARAGRAPH and s.is_directive(blocks[0].text):
        position = 1
        if blocks[0].text.endswith(":"):
            while position < len(blocks) and blocks[position].kind == ITEM:
                position += 1
    return blocks[position:]


def _missing(starts, findings: list[Finding], responses: list[str | None]) -> list[str]:
    warnings = []
    if CHIEF not in starts:
        warnings.append("no chief constable response section was found")
    if LPB not in starts:
        warnings.append("no local policing body response section was found")
    warnings += [
        f"{finding.label} has no chief constable response"
        for finding, response in zip(findings, responses, strict=True)
        if finding.directed_at_forces and response is None and CHIEF in starts
    ]
    return warnings


def render(blocks: list[Block]) -> str:
    """Blocks as plain text: paragraphs apart, list items on their own lines."""
    out: list[str] = []
    for previous, block in zip([None, *blocks], blocks, strict=False):
        if previous is not None:
            out.append("\n" if previous.kind == block.kind == ITEM else "\n\n")
        out.append(f"{_marker(block)} {block.text}" if block.kind == ITEM else block.text)
    return "".join(out)


def _marker(block: Block) -> str:
    return block.marker if re.match(r"^\(?\w{1,4}[.)]$", block.marker) else "-"
