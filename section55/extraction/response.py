"""Published section 55 responses (laid out like the seed) back into structured records.

The layout: a title naming the body, labelled report details ("Inspection Title:", "Published
on:", ... and "Response Published on:"), for a correction a "Correction" section saying what
changed, key findings, the report's findings (recommendations, causes of concern with the
recommendations under them, areas for improvement), the chief constable's response (overall
comments, then each finding restated with the position taken and the response), the body's own
response (overall comments, then each finding it explains under s55(5B), and any reply to the
chief constable), and an office-use checklist. Sections are found by their titles' words.
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
from .model import Finding, iso
from .parser import find_findings, text_key
from .response_fields import (
    ReportDetails,
    body_name,
    correction,
    deadline_warning,
    report_details,
    stated_recommendation_total,
    stated_response_date,
)

CHIEF, LPB, OFFICE, KEY, CORRECTION = "chief", "lpb", "office", "key", "correction"
_SECTION_PATTERNS = {
    CHIEF: s.CHIEF_OFFICER_RESPONSE,
    LPB: s.LPB_RESPONSE,
    OFFICE: s.OFFICE_USE,
    KEY: s.KEY_FINDINGS,
    CORRECTION: re.compile(r"^correction\s*:?$", re.I),
}
_POSITION = re.compile(r"^(?:the\s+.{1,40}?['\u2019]s\s+)?position\s*:\s*(?P<value>.+)$", re.I)
_REPLY = re.compile(r"^response\s+to\s+the\s+.{1,60}?['\u2019]s?\s+comments\s*:?$", re.I)


@dataclass
class ParsedResponse:
    """A published response: the body, the report, its findings with both parties' answers, and
    the rest. ``responses``, ``positions`` and ``explanations`` run parallel to ``findings``."""

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
    positions: list[str | None] = field(default_factory=list)
    explanations: list[str | None] = field(default_factory=list)
    lpb_response_to_chief_officer: str = ""
    published_on: date | None = None  # the day this response (or this version) was published
    version: int | None = None  # stated by a correction
    first_published_on: date | None = None  # stated by a correction
    correction_note: str = ""

    def __post_init__(self) -> None:
        blank = [None] * len(self.findings)
        self.positions = self.positions or list(blank)
        self.explanations = self.explanations or list(blank)

    def as_dict(self) -> dict:
        findings = [
            {
                **finding.as_dict(),
                "chief_officer_position": position,
                "chief_officer_response": response,
                "body_explanation": explanation,
            }
            for finding, response, position, explanation in zip(
                self.findings, self.responses, self.positions, self.explanations, strict=True
            )
        ]
        return {
            "body": self.body,
            "report": self.report.as_dict(),
            "published_on": iso(self.published_on),
            "version": self.version,
            "first_published_on": iso(self.first_published_on),
            "correction_note": self.correction_note,
            "key_findings": self.key_findings,
            "findings": findings,
            "chief_officer_comments": self.chief_officer_comments,
            "lpb_comments": self.lpb_comments,
            "lpb_response_to_chief_officer": self.lpb_response_to_chief_officer,
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
    preamble = _preamble(blocks, starts)
    report = report_details(preamble)
    report_part = _report_part(blocks, starts, parts)
    findings = find_findings(report_part, report.published_on)
    answers = _Answers(findings, report.published_on)
    overall = answers.read_chief_officer_part(parts.get(CHIEF, []))
    lpb_comments, reply = answers.read_body_part(parts.get(LPB, []))
    answers.put_in_restated_order()
    stated = correction(parts.get(CORRECTION, []))
    warnings += deadline_warning(report) + _missing(starts, answers.findings, answers.responses)
    return ParsedResponse(
        source=source,
        body=body_name(blocks),
        report=report,
        key_findings=render(parts.get(KEY, [])),
        findings=answers.findings,
        responses=answers.responses,
        chief_officer_comments=render(overall),
        lpb_comments=render(lpb_comments),
        checklist=[block.text for block in parts.get(OFFICE, [])],
        warnings=warnings,
        recommendations_in_report=stated_recommendation_total(report_part),
        positions=answers.positions,
        explanations=answers.explanations,
        lpb_response_to_chief_officer=render(reply),
        published_on=stated_response_date(preamble),
        version=stated.version,
        first_published_on=stated.first_published_on,
        correction_note=render(stated.note_blocks),
    )


def _preamble(blocks: list[Block], starts: dict[str, int]) -> list[Block]:
    """The title and labelled details: everything before the first section but a correction."""
    ends = [start for name, start in starts.items() if name != CORRECTION]
    return blocks[: min(ends, default=len(blocks))]


def _section_starts(blocks: list[Block]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for block in blocks:
        for name, pattern in _SECTION_PATTERNS.items():
            if name not in starts and block.kind != ITEM and pattern.match(block.text):
                starts[name] = block.index
                break
    return starts


def _parts(blocks: list[Block], starts: dict[str, int]) -> dict[str, list[Block]]:
    """Each section's blocks, up to the next section title; the key findings also end where the
    report's findings begin, and a correction at the title of a section of findings (its note may
    name a finding by its label)."""
    ends = {name: [*starts.values(), len(blocks)] for name in starts}
    for block in blocks:
        if block.kind != ITEM and s.section_kind(block.text) and not s.label_kind(block.text):
            ends.get(CORRECTION, []).append(block.index)
        if block.kind != ITEM and (s.section_kind(block.text) or s.label_kind(block.text)):
            ends.get(KEY, []).append(block.index)
    return {
        name: blocks[start + 1 : min(index for index in ends[name] if index > start)]
        for name, start in starts.items()
    }


def _report_part(blocks: list[Block], starts: dict[str, int], parts) -> list[Block]:
    """Where the report's findings are stated: before the chief constable's response, without
    the correction section (its note may name findings, but states none)."""
    leaving_out = {block.index for block in parts.get(CORRECTION, [])}
    return [
        block
        for block in blocks[: starts.get(CHIEF, len(blocks))]
        if block.index not in leaving_out
    ]


class _Answers:
    """The findings, and what each party says about each: filled in from the restatements in
    the chief constable's part and the body's part."""

    def __init__(self, findings: list[Finding], published_on: date | None) -> None:
        self.findings = findings
        self.published_on = published_on
        self.responses: list[str | None] = [None] * len(findings)
        self.positions: list[str | None] = [None] * len(findings)
        self.explanations: list[str | None] = [None] * len(findings)
        self.restated: list[int] = []

    def read_chief_officer_part(self, blocks: list[Block]) -> list[Block]:
        """Each finding's position and response; what comes before the first is the overall
        comments, which are returned."""
        overall, segments = _segments(blocks)
        for segment in segments:
            position, said = self._answer_to(segment)
            self.restated.append(position)
            if said and _POSITION.match(said[0].text):
                self.positions[position] = _POSITION.match(said[0].text).group("value").strip()
                said = said[1:]
            self.responses[position] = render(said) or None
        return overall

    def read_body_part(self, blocks: list[Block]) -> tuple[list[Block], list[Block]]:
        """Each finding's s55(5B) explanation; returns the overall comments (with any restated
        finding that matches none of the report's) and the reply to the chief constable."""
        blocks, reply = _split_at_reply(blocks)
        comments, segments = _segments(blocks)
        for segment in segments:
            position, said = self._answer_to(segment, add_unknown=False)
            if position is None:
                comments = comments + segment
            else:
                self.explanations[position] = render(said) or None
        return comments, reply

    def _answer_to(self, segment: list[Block], *, add_unknown: bool = True):
        """The finding a restatement refers to (added when the report part did not state it),
        and the blocks said about it."""
        restated = find_findings(segment, self.published_on)
        position = _matching(segment[0], restated, self.findings)
        if position is None and not add_unknown:
            return None, []
        if position is None:
            label = s.NUMBERED.match(segment[0].text)
            kind = s.label_kind(segment[0].text)
            unknown = Finding(kind, "", ref=label and label.group("ref"), block=segment[0].index)
            self._add(restated[0] if restated else unknown)
            position = len(self.findings) - 1
        return position, _after_restatement(segment[1:], self.findings[position])

    def _add(self, finding: Finding) -> None:
        self.findings.append(finding)
        for column in (self.responses, self.positions, self.explanations):
            column.append(None)

    def put_in_restated_order(self) -> None:
        """The report part groups findings by kind; the chief constable's part restates them in
        the report's order. When it restates each finding once, that order is kept."""
        order = self.restated
        if sorted(order) != list(range(len(self.findings))) or order == sorted(order):
            return
        new_place = {old: new for new, old in enumerate(order)}
        for finding in self.findings:
            finding.parent = new_place.get(finding.parent) if finding.parent is not None else None
        for name in ("findings", "responses", "positions", "explanations"):
            column = getattr(self, name)
            setattr(self, name, [column[old] for old in order])


def _segments(blocks: list[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The blocks before the first restated finding, and each restatement with what follows."""
    marks = [n for n, block in enumerate(blocks) if _is_label(block)]
    if not marks:
        return blocks, []
    segments = [blocks[a:b] for a, b in zip(marks, [*marks[1:], len(blocks)], strict=True)]
    return blocks[: marks[0]], segments


def _is_label(block: Block) -> bool:
    if s.NUMBERED.match(block.text):
        return True
    return block.kind != ITEM and bool(s.BARE_LABEL.match(block.text))


def _split_at_reply(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    for n, block in enumerate(blocks):
        if block.kind != ITEM and _REPLY.match(block.text):
            return blocks[:n], blocks[n + 1 :]
    return blocks, []


def _matching(label: Block, restated: list[Finding], findings: list[Finding]) -> int | None:
    """The finding a restated label refers to: by kind and number, else by its words."""
    kind = s.label_kind(label.text)
    numbered = s.NUMBERED.match(label.text)  # a bare label has no number to match by
    ref = numbered.group("ref") if numbered else None
    for position, finding in enumerate(findings):
        if ref and finding.kind == kind and finding.ref == ref:
            return position
    if restated:
        words = text_key(restated[0].text)
        for position, finding in enumerate(findings):
            if text_key(finding.text) == words:
                return position
    return None


def _after_restatement(blocks: list[Block], finding: Finding) -> list[Block]:
    """What is said about a finding: what follows its restated words (paragraph and items)."""
    position = 0
    if blocks and blocks[0].kind == PARAGRAPH and _restates(blocks[0], finding):
        position = 1
        if blocks[0].text.endswith(":") or finding.items:
            while position < len(blocks) and blocks[position].kind == ITEM:
                position += 1
    return blocks[position:]


def _restates(block: Block, finding: Finding) -> bool:
    words = text_key(block.text)
    return s.is_directive(block.text) or bool(words) and text_key(finding.text).startswith(words)


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
