"""The published layout, once: a ``ResponseDocument`` as a flat list of nodes in seed order.

Every renderer walks the same outline, so the four formats cannot drift apart: to change what a
published response says or the order it says it in, change this module; to change how a format
looks, change that format's renderer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from ..document import (
    NUMBERED,
    PARAGRAPH,
    DocumentFinding,
    ResponseDocument,
    text_blocks,
)

# Characters XML 1.0 forbids (python-docx refuses them) and that no published text needs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

# Words the response parser (section55.extraction.response) reads back.
RESPONSE_PUBLISHED_LABEL = "Response Published on:"
CORRECTION_HEADING = "Correction"
WHAT_CHANGED = "What changed:"
POSITION_LABEL = "Position:"


@dataclass(frozen=True)
class Heading:
    level: int  # 1 the document title, 2 a section, 3 a finding, 4 a recommendation under a cause
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Items:
    texts: tuple[str, ...]
    numbered: bool = False
    strong: bool = (
        False  # the chief officer's restatement of a finding's items, bold as in the seed
    )


@dataclass(frozen=True)
class Detail:
    label: str  # "Inspection Title:"
    value: str
    url: str | None = None  # set when the value is a link


@dataclass(frozen=True)
class Details:
    rows: tuple[Detail, ...]


Node = Heading | Paragraph | Items | Details


def clean(text: str) -> str:
    return _CONTROL.sub("", text)


def long_date(value: date) -> str:
    """22 August 2024."""
    return f"{value.day} {value:%B %Y}"


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web address; anything else (javascript:, data:) is never linked."""
    if not url:
        return None
    url = clean(url).strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def outline(doc: ResponseDocument) -> list[Node]:
    return [
        Heading(1, clean(doc.title)),
        *prose(doc.statutory_paragraph),
        details(doc),
        *correction(doc),
        *key_findings(doc),
        *recommendations(doc),
        *causes_of_concern(doc),
        *areas_for_improvement(doc),
        *chief_officer(doc),
        *body(doc),
        *checklist(doc),
    ]


def section(level: int, title: str, nodes: list[Node]) -> list[Node]:
    """A heading and what it heads; nothing at all when nothing is under it."""
    return [Heading(level, clean(title)), *nodes] if nodes else []


def prose(text: str | None) -> list[Node]:
    """Stored text (paragraphs apart, list lines marked "1." or "- ") as nodes."""
    return [_block_node(block.kind, tuple(map(clean, block.texts))) for block in text_blocks(text)]


def _block_node(kind: str, texts: tuple[str, ...]) -> Node:
    if kind == PARAGRAPH:
        return Paragraph(texts[0])
    return Items(texts, numbered=kind == NUMBERED)


def details(doc: ResponseDocument) -> Details:
    url = safe_url(doc.report_url)
    rows = [
        Detail("Inspection Title:", doc.inspection_title),
        Detail("Published on:", long_date(doc.report_published_on)),
        Detail("Publication Types:", doc.publication_types_text),
        Detail("Police Forces:", doc.forces),
        Detail("Link to Report:", url or clean(doc.report_url or ""), url),
        Detail("Section 55 Response Deadline:", long_date(doc.statutory_deadline)),
    ]
    if doc.published_on:
        rows.append(Detail(RESPONSE_PUBLISHED_LABEL, long_date(doc.published_on)))
    kept = [row for row in rows if row.value]
    return Details(tuple(Detail(row.label, clean(row.value), row.url) for row in kept))


def correction(doc: ResponseDocument) -> list[Node]:
    """A correction says so before anything else it says, and what it changed."""
    if not doc.is_correction:
        return []
    first = doc.first_published_on
    of = f"the response first published on {long_date(first)}" if first else "an earlier version"
    nodes: list[Node] = [
        Paragraph(f"This is version {doc.version} of this response, a correction of {of}.")
    ]
    if changes := prose(doc.correction_note):
        nodes += [Paragraph(WHAT_CHANGED), *changes]
    return section(2, CORRECTION_HEADING, nodes)


def key_findings(doc: ResponseDocument) -> list[Node]:
    return section(2, "Key Findings", prose(doc.key_findings))


def recommendations(doc: ResponseDocument) -> list[Node]:
    """Always printed: the count says how many there are, even none."""
    nodes = prose(doc.recommendation_count_sentence)
    for finding in doc.recommendations:
        nodes += statement(finding)
    return section(2, "Recommendations", nodes)


def causes_of_concern(doc: ResponseDocument) -> list[Node]:
    nodes: list[Node] = []
    for cause in doc.causes_of_concern:
        nodes += statement(cause)
        for recommendation in cause.children:
            nodes += statement(recommendation, level=4)
    return section(2, "Causes of Concern", nodes)


def areas_for_improvement(doc: ResponseDocument) -> list[Node]:
    nodes: list[Node] = []
    for finding in doc.areas_for_improvement:
        nodes += statement(finding)
    return section(
        2, "Areas For Improvement", nodes or prose(doc.no_areas_for_improvement_sentence)
    )


def statement(finding: DocumentFinding, *, strong: bool = False, level: int = 3) -> list[Node]:
    """A finding as the report states it: its heading, its text, its items."""
    nodes: list[Node] = [Heading(level, clean(finding.heading)), *prose(finding.text)]
    if finding.items:
        nodes.append(Items(tuple(map(clean, finding.items)), strong=strong))
    return nodes


def in_report_order(doc: ResponseDocument):
    """(finding, heading level) for every finding, a cause's recommendations a level below it."""
    for finding in doc.top_level_findings:
        yield finding, 3
        for child in finding.children:
            yield child, 4


def chief_officer(doc: ResponseDocument) -> list[Node]:
    """The overall comments, then every finding restated with the position and response."""
    nodes = prose(doc.chief_officer_comments)
    for finding, level in in_report_order(doc):
        nodes += statement(finding, strong=True, level=level)
        if finding.chief_officer_position:
            nodes.append(Paragraph(clean(f"{POSITION_LABEL} {finding.chief_officer_position}")))
        nodes += prose(finding.chief_officer_response)
    return section(2, doc.chief_officer_heading, nodes)


def body(doc: ResponseDocument) -> list[Node]:
    """The body's comments, then each finding it explains (s55(5B)), restated so that the
    explanation can be read beside it, with a cause of concern restated above its
    recommendations; then any reply to the chief officer."""
    nodes = prose(doc.body_comments)
    for finding in doc.top_level_findings:
        explained = [child for child in finding.children if child.body_explanation]
        if finding.body_explanation or explained:
            nodes += statement(finding) + prose(finding.body_explanation)
        for child in explained:
            nodes += statement(child, level=4) + prose(child.body_explanation)
    title = f"Response to the {doc.chief_officer_title}'s comments"
    nodes += section(3, title, prose(doc.body_response_to_chief_officer))
    return section(2, doc.body_heading, nodes)


def checklist(doc: ResponseDocument) -> list[Node]:
    items = tuple(clean(line) for line in doc.checklist if line.strip())
    return section(2, doc.checklist_heading, [Items(items)] if items else [])
