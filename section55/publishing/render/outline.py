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


@dataclass(frozen=True)
class Heading:
    level: int  # 1 is the document title, 2 a section, 3 a finding
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
        *key_findings(doc),
        *recommendations(doc),
        *areas_for_improvement(doc),
        *chief_officer(doc),
        *body(doc),
        *checklist(doc),
    ]


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
    kept = [row for row in rows if row.value]
    return Details(tuple(Detail(row.label, clean(row.value), row.url) for row in kept))


def key_findings(doc: ResponseDocument) -> list[Node]:
    return [Heading(2, "Key Findings"), *prose(doc.key_findings)]


def recommendations(doc: ResponseDocument) -> list[Node]:
    nodes: list[Node] = [Heading(2, "Recommendations")]
    nodes += prose(doc.recommendation_count_sentence)
    for finding in doc.recommendations:
        nodes += statement(finding)
    return nodes


def areas_for_improvement(doc: ResponseDocument) -> list[Node]:
    nodes: list[Node] = [Heading(2, "Areas For Improvement")]
    if not doc.areas_for_improvement:
        return nodes + prose(doc.no_areas_for_improvement_sentence)
    for finding in doc.areas_for_improvement:
        nodes += statement(finding)
    return nodes


def statement(finding: DocumentFinding, *, strong: bool = False) -> list[Node]:
    """A finding as the report states it: its heading, its text, its items."""
    nodes: list[Node] = [Heading(3, clean(finding.heading)), *prose(finding.text)]
    if finding.items:
        nodes.append(Items(tuple(map(clean, finding.items)), strong=strong))
    return nodes


def chief_officer(doc: ResponseDocument) -> list[Node]:
    nodes: list[Node] = [Heading(2, clean(doc.chief_officer_heading))]
    nodes += prose(doc.chief_officer_comments)
    for finding in doc.findings:
        nodes += statement(finding, strong=True)
        if finding.chief_officer_position:
            nodes.append(Paragraph(clean(f"Position: {finding.chief_officer_position}")))
        nodes += prose(finding.chief_officer_response)
    return nodes


def body(doc: ResponseDocument) -> list[Node]:
    nodes: list[Node] = [Heading(2, clean(doc.body_heading)), *prose(doc.body_comments)]
    for finding in doc.findings:
        if finding.body_explanation:
            nodes += [Heading(3, clean(finding.heading)), *prose(finding.body_explanation)]
    if doc.body_response_to_chief_officer:
        title = f"Response to the {doc.chief_officer_title}'s comments"
        nodes += [Heading(3, clean(title)), *prose(doc.body_response_to_chief_officer)]
    return nodes


def checklist(doc: ResponseDocument) -> list[Node]:
    items = tuple(clean(line) for line in doc.checklist if line.strip())
    return [Heading(2, clean(doc.checklist_heading)), *([Items(items)] if items else [])]
