"""The labelled report details at the top of a published response, the deadline check, and what
the response says of its own publication: its date and, for a correction, what it changed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..deadlines import statutory_last_day
from .blocks import Block
from .dates import parse_date
from .errors import DocumentError
from .model import iso
from .summary import long_date

FIELDS = {
    "title": r"(?:inspection|report)\s+title|title\s+of\s+(?:the\s+)?(?:report|inspection)",
    "published_on": r"published(?:\s+on)?|publication\s+date|date\s+(?:of\s+)?publi\w+",
    "publication_types": r"publication\s+types?|type\s+of\s+(?:publication|inspection)",
    "forces": r"(?:police\s+)?forces?(?:\s+concerned)?|force\(s\)",
    "url": r"link\s+to\s+(?:the\s+)?report|report\s+link|web\s+link",
    "stated_deadline": r"(?:section\s+55\s+|s\.?\s?55\s+)?response\s+deadline|deadline",
}
_LABELS = {
    name: re.compile(rf"^(?:{pattern})\s*(?::\s*(?P<value>.*))?$", re.I)
    for name, pattern in FIELDS.items()
}
_BODY = re.compile(r"^(?P<body>.+?)(?:['\u2019]s)?\s+response\s+to\b", re.I)
_ABBREVIATION = re.compile(r"\s*\([A-Z]{2,6}\)$")
_URL = re.compile(r"https?://\S+")


@dataclass
class ReportDetails:
    """The report a response answers, as the response describes it."""

    title: str | None = None
    published_on: date | None = None
    publication_types: list[str] = field(default_factory=list)
    forces: str | None = None
    url: str | None = None
    stated_deadline: date | None = None

    @property
    def statutory_deadline(self) -> date | None:
        return statutory_last_day(self.published_on) if self.published_on else None

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "published_on": iso(self.published_on),
            "publication_types": list(self.publication_types),
            "forces": self.forces,
            "url": self.url,
            "stated_deadline": iso(self.stated_deadline),
            "statutory_deadline": iso(self.statutory_deadline),
        }


def report_details(blocks: list[Block]) -> ReportDetails:
    """The labelled details; DocumentError when no publication date is stated."""
    values = _labelled(blocks)
    published = _date(values, "published_on")
    if published is None:
        raise DocumentError(
            "is not laid out like a published response: it does not state when the report "
            "was published ('Published on:')"
        )
    return ReportDetails(
        title=_text(values, "title"),
        published_on=published,
        publication_types=_types(_text(values, "publication_types")),
        forces=_text(values, "forces"),
        url=_url(values),
        stated_deadline=_date(values, "stated_deadline"),
    )


def _labelled(blocks: list[Block]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Field name -> (value text, links); the value follows the label or is the next block."""
    values: dict[str, tuple[str, tuple[str, ...]]] = {}
    for position, block in enumerate(blocks):
        for name, pattern in _LABELS.items():
            match = pattern.match(block.text)
            if not match or name in values:
                continue
            if match.group("value"):
                values[name] = (match.group("value"), block.links)
            elif position + 1 < len(blocks):
                following = blocks[position + 1]
                values[name] = (following.text, following.links)
            break
    return values


def _text(values, name: str) -> str | None:
    return values[name][0] if name in values else None


def _date(values, name: str) -> date | None:
    return parse_date(values[name][0]) if name in values else None


def _types(text: str | None) -> list[str]:
    parts = re.split(r"\s*[,;/]\s*|\s+and\s+|\s*&\s*", text or "")
    return [part.strip() for part in parts if part.strip()]


def _url(values) -> str | None:
    if "url" not in values:
        return None
    text, links = values["url"]
    if links:
        return links[0]
    match = _URL.search(text)
    return match.group(0).rstrip(").,") if match else None


def body_name(blocks: list[Block]) -> str:
    """The body that published the response, from its opening title."""
    for block in blocks[:5]:
        if match := _BODY.match(block.text):
            return _ABBREVIATION.sub("", match.group("body")).strip()
    return ""


def deadline_warning(report: ReportDetails) -> list[str]:
    """A warning when the response states a deadline other than the statutory last day."""
    statutory, stated = report.statutory_deadline, report.stated_deadline
    if stated is None or statutory is None or stated == statutory:
        return []
    return [
        f"the stated response deadline, {long_date(stated)}, is not the statutory last day, "
        f"{long_date(statutory)} (56 days beginning with the publication day, "
        f"{long_date(report.published_on)}, counted as day 1)"
    ]


_NUMBER_WORDS = {
    "no": 0,
    **{
        word: n
        for n, word in enumerate(
            ["zero", "one", "two", "three", "four", "five", "six"]
            + ["seven", "eight", "nine", "ten", "eleven", "twelve"]
        )
    },
}
_TOTAL = re.compile(
    r"\b(\d{1,3}|[a-z]+) recommendations? (?:are|is|were|was) made\b", re.IGNORECASE
)


def stated_recommendation_total(blocks: list[Block]) -> int | None:
    """How many recommendations the response says the report makes ("14 recommendations are
    made within the report"), or None when it does not say."""
    for block in blocks:
        for match in _TOTAL.finditer(block.text):
            word = match.group(1).lower()
            if word.isdigit() or word in _NUMBER_WORDS:
                return int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return None


_RESPONSE_DATE = re.compile(r"^response\s+published(?:\s+on)?\s*(?::\s*(?P<value>.*))?$", re.I)
_VERSION = re.compile(r"\bthis\s+is\s+version\s+(?P<version>\d{1,4})\b", re.I)
_FIRST_PUBLISHED = re.compile(r"\bfirst\s+published\s+on\s+(?P<date>.+)$", re.I)
_WHAT_CHANGED = re.compile(r"^what\s+(?:has\s+)?changed\s*:?\s*(?P<rest>.*)$", re.I)


def stated_response_date(blocks: list[Block]) -> date | None:
    """The day the response says it was published ("Response Published on:"), if it says."""
    for position, block in enumerate(blocks):
        if match := _RESPONSE_DATE.match(block.text):
            following = blocks[position + 1].text if position + 1 < len(blocks) else ""
            return parse_date(match.group("value") or following)
    return None


@dataclass
class Correction:
    """What a corrected response says of itself: its version, when the response was first
    published, and what changed."""

    version: int | None = None
    first_published_on: date | None = None
    note_blocks: list[Block] = field(default_factory=list)


def correction(blocks: list[Block]) -> Correction:
    """The correction section's words (the blocks after its title): "This is version 2 of this
    response, a correction of the response first published on 5 January 2024." then
    "What changed:" and the note."""
    found = Correction()
    for position, block in enumerate(blocks):
        if match := _WHAT_CHANGED.match(block.text):
            rest = [Block(block.kind, match.group("rest"))] if match.group("rest") else []
            found.note_blocks = rest + blocks[position + 1 :]
            break
        if match := _VERSION.search(block.text):
            found.version = int(match.group("version"))
        if match := _FIRST_PUBLISHED.search(block.text):
            found.first_published_on = parse_date(match.group("date"))
    return found
