"""The one structured source every published format is rendered from. Pure Python: no Django.

A ``ResponseDocument`` holds the words of a published section 55 response in the order the
published documents show them (laid out like a real published response: title, statutory
paragraph, inspection details, key findings, recommendations, areas for improvement, the chief
constable's response, the body's response, the office-use checklist). The application builds it
from its records; the renderers in ``section55.publishing.render`` turn it into HTML, DOCX, a
tagged PDF and plain text, and know nothing about the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DocumentFinding:
    """A finding directed at the force, with what each party said about it."""

    kind: str  # "recommendation" | "area_for_improvement" | "cause_of_concern"
    heading: str  # as printed: "Recommendation 3", "Area for improvement", ...
    text: str  # full text of the finding (the stem, when it has items)
    items: tuple[str, ...] = ()
    chief_officer_position: str | None = None  # "Accepted", "Partially accepted", ...
    chief_officer_response: str | None = None  # paragraphs separated by blank lines
    body_explanation: str | None = (
        None  # the s55(5B) explanation: action taken or proposed, or why none
    )


@dataclass(frozen=True)
class ResponseDocument:
    title: str  # "Norfolk's Police and Crime Commissioner (PCC) response to inspections ..."
    statutory_paragraph: str
    inspection_title: str
    report_published_on: date
    publication_types: tuple[str, ...]
    forces: str  # "All local forces in England and Wales", or the forces named
    report_url: str | None
    statutory_deadline: date  # the last lawful day, s55(5A)
    key_findings: str  # paragraphs separated by blank lines
    recommendation_count_sentence: (
        str  # "14 recommendations are made within the report, five of which ..."
    )
    recommendations: tuple[DocumentFinding, ...]
    areas_for_improvement: tuple[DocumentFinding, ...]
    chief_officer_heading: (
        str  # "Chief Constable response to report and any Recommendations/Areas for Improvement"
    )
    chief_officer_comments: str  # overall comments, paragraphs separated by blank lines
    body_heading: str  # "PCC response to report and any Recommendations/Areas for Improvement"
    body_comments: str
    body_response_to_chief_officer: str | None = None
    checklist_heading: str = "For Office Use Only:"
    checklist: tuple[str, ...] = ()
    no_areas_for_improvement_sentence: str = "There are no areas for improvement made."
    published_on: date | None = None  # the day the response itself was published
    version: int = 1
    language: str = "en-GB"
    author: str = ""  # the body's name, for document metadata
    extra: dict = field(default_factory=dict)

    @property
    def publication_types_text(self) -> str:
        return (
            " and ".join(self.publication_types)
            if len(self.publication_types) <= 2
            else ", ".join(self.publication_types)
        )

    @property
    def chief_officer_title(self) -> str:
        """Who the chief officer is, from their section's heading: "Chief Constable"."""
        return re.split(r"\s+(?:response|comments)\b", self.chief_officer_heading, maxsplit=1)[0]

    @property
    def findings(self) -> tuple[DocumentFinding, ...]:
        """Recommendations, then areas for improvement: the order the responses follow."""
        return self.recommendations + self.areas_for_improvement


def paragraphs(text: str | None) -> list[str]:
    """Split text stored with blank lines between paragraphs into its paragraphs."""
    if not text:
        return []
    blocks = [" ".join(line.strip() for line in part.splitlines()) for part in text.split("\n\n")]
    return [block for block in blocks if block]


PARAGRAPH, NUMBERED, BULLETED = "paragraph", "numbered", "bulleted"
_LIST_MARKER = re.compile(r"^\s*(?:(?P<number>\d{1,2})[.)]|[-\u2022])\s+")


@dataclass(frozen=True)
class TextBlock:
    """A paragraph (one text) or a list (its items), as every renderer shows them."""

    kind: str  # PARAGRAPH | NUMBERED | BULLETED
    texts: tuple[str, ...]


def text_blocks(text: str | None) -> list[TextBlock]:
    """Stored text as paragraphs and lists. A chunk whose first line starts with "1." or "- " is
    a list, one item per marked line; lists of one kind separated only by blank lines are one."""
    blocks: list[TextBlock] = []
    for chunk in (text or "").split("\n\n"):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        block = _chunk_block(lines)
        if blocks and block.kind != PARAGRAPH and blocks[-1].kind == block.kind:
            block = TextBlock(block.kind, blocks.pop().texts + block.texts)
        blocks.append(block)
    return blocks


def _chunk_block(lines: list[str]) -> TextBlock:
    first = _LIST_MARKER.match(lines[0])
    if first is None:
        return TextBlock(PARAGRAPH, (" ".join(lines),))
    items: list[str] = []
    for line in lines:
        marker = _LIST_MARKER.match(line)
        if marker:
            items.append(line[marker.end() :])
        else:
            items[-1] = f"{items[-1]} {line}"
    return TextBlock(NUMBERED if first.group("number") else BULLETED, tuple(items))


def number_in_words(n: int) -> str:
    """GOV.UK style: one to nine in words, 10 and over in numerals."""
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return words[n] if 0 <= n < 10 else str(n)


def recommendation_count_sentence(total: int, directed_at_forces: int) -> str:
    """The seed's sentence, computed: "14 recommendations are made within the report, five of
    which are directed at Chief Constables and forces nationally." """
    noun = "recommendation is" if total == 1 else "recommendations are"
    count = str(total) if total >= 10 else number_in_words(total).capitalize()
    if directed_at_forces == total:
        which = "all of which are" if total > 1 else "which is"
    elif directed_at_forces == 0:
        which = "none of which is" if total == 1 else "none of which are"
    else:
        verb = "is" if directed_at_forces == 1 else "are"
        which = f"{number_in_words(directed_at_forces)} of which {verb}"
    return (
        f"{count} {noun} made within the report, {which} directed at Chief Constables and forces "
        "nationally."
    )
