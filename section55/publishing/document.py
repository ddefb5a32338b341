"""The one structured source every published format is rendered from. Pure Python: no Django.

A ``ResponseDocument`` holds the words of a published section 55 response in the order the
published documents show them (laid out like a real published response: title, statutory
paragraph, inspection details, key findings, recommendations, causes of concern with the
recommendations under them, areas for improvement, the chief constable's response, the body's
response, the office-use checklist). The application builds it from its records; the renderers in
``section55.publishing.render`` turn it into HTML, DOCX, a tagged PDF and plain text, and know
nothing about the database.
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
    position: int = 0  # its place in the report (Finding.position)
    children: tuple[DocumentFinding, ...] = ()  # a cause of concern's recommendations

    @property
    def with_children(self) -> tuple[DocumentFinding, ...]:
        return (self, *self.children)


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
    recommendations: tuple[DocumentFinding, ...]  # those not under a cause of concern
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
    published_on: date | None = None  # the day this version of the response was published
    version: int = 1
    first_published_on: date | None = None  # set on a correction (version > 1)
    correction_note: str = ""  # what a correction changed
    causes_of_concern: tuple[DocumentFinding, ...] = ()  # each with its recommendations
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
    def is_correction(self) -> bool:
        return self.version > 1

    @property
    def top_level_findings(self) -> tuple[DocumentFinding, ...]:
        """Standalone recommendations, causes of concern and areas for improvement, in the
        report's order (a stable sort, so findings without a position keep their kind's order)."""
        top = self.recommendations + self.causes_of_concern + self.areas_for_improvement
        return tuple(sorted(top, key=lambda finding: finding.position))

    @property
    def findings(self) -> tuple[DocumentFinding, ...]:
        """Every finding in the report's order, each cause of concern followed by the
        recommendations under it: the order both parties' responses follow."""
        return tuple(each for finding in self.top_level_findings for each in finding.with_children)

    @property
    def recommendations_under_causes_of_concern(self) -> int:
        return sum(len(cause.children) for cause in self.causes_of_concern)


# A blank line, even one holding spaces: what separates paragraphs in stored text.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def normalise_newlines(text: str | None) -> str:
    """Line breaks as line feeds: browsers send CRLF, and some old programs a lone CR."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def paragraphs(text: str | None) -> list[str]:
    """Split text stored with blank lines between paragraphs into its paragraphs."""
    parts = _BLANK_LINE.split(normalise_newlines(text))
    blocks = [" ".join(line.strip() for line in part.splitlines()) for part in parts]
    return [block for block in blocks if block.strip()]


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
    for chunk in _BLANK_LINE.split(normalise_newlines(text)):
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


NATIONALLY = "Chief Constables and forces nationally"


def recommendation_count_sentence(
    total: int,
    directed_at_forces: int,
    addressed_to: str = NATIONALLY,
    *,
    under_causes_of_concern: int = 0,
    causes_of_concern: int = 1,
) -> str:
    """How many recommendations the report makes and how many the force must act on, worded for
    one, two or more: "14 recommendations are made within the report, five of which are
    directed at Chief Constables and forces nationally." ``addressed_to`` names who must act
    (the force, the forces named, or forces nationally); a second sentence says how many are
    printed under the causes of concern."""
    if total == 0:
        return "No recommendations are made within the report."
    count = str(total) if total >= 10 else number_in_words(total).capitalize()
    noun = "recommendation is" if total == 1 else "recommendations are"
    made = f"{count} {noun} made within the report, {_which(total, directed_at_forces)}"
    sentence = f"{made} directed at {addressed_to}."
    if under_causes_of_concern:
        sentence += " " + _under_causes(total, under_causes_of_concern, causes_of_concern)
    return sentence


def _which(total: int, directed: int) -> str:
    if total == 1:
        return "and it is" if directed else "and it is not"
    if total == 2:
        return {2: "both of which are", 1: "one of which is"}.get(directed, "neither of which is")
    if directed == total:
        return "all of which are"
    if directed == 0:
        return "none of which are"
    verb = "is" if directed == 1 else "are"
    return f"{number_in_words(directed)} of which {verb}"


def _under_causes(total: int, under: int, causes: int) -> str:
    where = "the cause of concern" if causes == 1 else "the causes of concern"
    if under == total:
        subject = {1: "It is", 2: "Both are"}.get(total, "All of them are")
    else:
        verb = "is" if under == 1 else "are"
        subject = f"{number_in_words(under).capitalize()} of them {verb}"
    return f"{subject} set out under {where} below."
