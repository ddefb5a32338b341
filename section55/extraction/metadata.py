"""The title and publication date a document states about itself."""

from __future__ import annotations

import re
from datetime import date

from .blocks import HEADING, Block
from .dates import DATE, parse_date

LOOK_AHEAD = 60
TITLE_MAX = 250
_PUBLISHED = re.compile(
    r"\b(?:published(?:\s+on)?|publication\s+date|date\s+of\s+publication|date\s+published)"
    r"\s*[:\-\u2013]?\s*",
    re.I,
)


def title(blocks: list[Block], hint: str | None = None) -> str | None:
    """The first heading if the document opens with one, else its biggest early heading."""
    early = blocks[:LOOK_AHEAD]
    if early and early[0].kind == HEADING:
        return early[0].text
    top = [block for block in early if block.kind == HEADING and block.level == 1]
    if top:
        return top[0].text
    if hint:
        return hint
    if early and len(early[0].text) <= TITLE_MAX:
        return early[0].text
    return None


def published_on(blocks: list[Block]) -> date | None:
    """The date after a 'Published on' / 'Publication date' label, in the block or the next one."""
    early = blocks[:LOOK_AHEAD]
    for position, block in enumerate(early):
        label = _PUBLISHED.search(block.text)
        if not label:
            continue
        found = _date_at_start(block.text[label.end() :])
        if found is None and position + 1 < len(early) and _only_label(block.text, label):
            found = _date_at_start(early[position + 1].text)
        if found:
            return found
    return None


def _date_at_start(text: str) -> date | None:
    match = DATE.match(text.strip())
    return parse_date(match.group(0)) if match else None


def _only_label(text: str, label: re.Match) -> bool:
    return label.start() == 0 and not text[label.end() :].strip()
