"""PDF lines to blocks: font size makes headings, vertical gaps make paragraphs, markers make items.

Works only from what pdfium reports per line (text, font size and baseline origin of the first
character), so it is fast. Running headers and footers (text repeated in the page margins, page
numbers) are dropped, and list markers that pdfium reports apart from their text (some PDF writers
draw bullets after the page content) are put back in front of the line on the same baseline.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..blocks import HEADING, ITEM, PARAGRAPH, Block, finish, split_marker

MARGIN_ZONE = 0.08
HEADING_RATIO = 1.12
HEADING_MAX = 200
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?#(?:\s*(?:of|/)\s*#)?$")


@dataclass(slots=True)
class Line:
    text: str
    size: float
    x: float
    y: float
    page: int
    marker: str = ""
    links: tuple[str, ...] = ()
    right: float = 0.0  # where the last character starts
    end_y: float | None = None  # baseline of the last character (pdfium may join two lines)

    @property
    def last_y(self) -> float:
        return self.y if self.end_y is None else self.end_y


@dataclass(slots=True)
class PageLines:
    number: int
    height: float
    lines: list[Line]


@dataclass(slots=True)
class _Draft:
    kind: str
    level: int
    size: float
    x: float
    page: int
    marker: str
    parts: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def blocks_from_pages(pages: list[PageLines]) -> list[Block]:
    for page in pages:
        page.lines = _with_markers(page.lines)
    lines = _without_furniture(pages)
    if not lines:
        return []
    body = _most_common(_size_weights(lines))
    levels = _heading_levels(lines, body)
    layout = _Layout(levels, _line_pitch(lines, body), _full_width(lines, body))
    return finish([_block(draft) for draft in _drafts(lines, layout)])


@dataclass(slots=True)
class _Layout:
    levels: dict[float, int]  # heading font size -> heading level
    pitch: float  # usual distance between the baselines of body lines
    full: float  # a line ending at or beyond this reaches the right margin


def _full_width(lines: list[Line], body: float) -> float:
    """Where full body lines end: lines that reach it were wrapped, not ended."""
    rights = sorted(line.right for line in lines if line.size == body)
    return rights[int(len(rights) * 0.9)] - body * 2 if rights else float("inf")


def _with_markers(lines: list[Line]) -> list[Line]:
    """Split inline markers off, and attach markers pdfium reported apart from their lines."""
    kept, floating = [], []
    for line in lines:
        marker, rest = split_marker(line.text)
        if marker and not rest.strip():
            floating.append(line)
            continue
        line.marker, line.text = marker, rest.strip() if marker else line.text
        kept.append(line)
    for marker_line in floating:
        _attach_marker(marker_line, kept)
    return kept


def _attach_marker(marker_line: Line, lines: list[Line]) -> None:
    same_baseline = [
        line
        for line in lines
        if abs(line.y - marker_line.y) < 1.5 and line.x > marker_line.x and not line.marker
    ]
    if same_baseline:
        target = min(same_baseline, key=lambda line: line.x)
        target.marker = split_marker(marker_line.text)[0]
        target.x = marker_line.x


def _without_furniture(pages: list[PageLines]) -> list[Line]:
    repeated = _repeated_margin_text(pages)
    return [
        line
        for page in pages
        for line in page.lines
        if not (_in_margin(line, page) and _furniture_key(line) in repeated)
    ]


def _in_margin(line: Line, page: PageLines) -> bool:
    return line.y < page.height * MARGIN_ZONE or line.y > page.height * (1 - MARGIN_ZONE)


def _furniture_key(line: Line) -> str:
    key = re.sub(r"\d+", "#", line.text.lower()).strip()
    return "#" if _PAGE_NUMBER.match(key) else key


def _repeated_margin_text(pages: list[PageLines]) -> set[str]:
    counts = Counter(
        key
        for page in pages
        for key in {_furniture_key(line) for line in page.lines if _in_margin(line, page)}
    )
    threshold = max(3, len(pages) // 2)
    return {key for key, count in counts.items() if count >= threshold or key == "#"}


def _size_weights(lines: list[Line]) -> Counter:
    weights: Counter = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights


def _most_common(counter: Counter) -> float:
    return counter.most_common(1)[0][0]


def _heading_levels(lines: list[Line], body: float) -> dict[float, int]:
    sizes = sorted({line.size for line in lines if line.size >= body * HEADING_RATIO}, reverse=True)
    return {size: min(level, 6) for level, size in enumerate(sizes, 1)}


def _line_pitch(lines: list[Line], body: float) -> float:
    gaps: Counter = Counter()
    for previous, line in itertools.pairwise(lines):
        gap = round(previous.last_y - line.y, 1)
        if previous.page == line.page and previous.size == line.size == body and 0 < gap < 3 * body:
            gaps[gap] += 1
    return _most_common(gaps) if gaps else body * 1.2


def _drafts(lines: list[Line], layout: _Layout):
    draft, previous = None, None
    for line in lines:
        if draft is None or _starts_block(draft, previous, line, layout):
            if draft is not None:
                yield draft
            draft = _new_draft(line, layout.levels)
        _append(draft, line)
        previous = line
    if draft is not None:
        yield draft


def _starts_block(draft: _Draft, previous: Line, line: Line, layout: _Layout) -> bool:
    if line.page != previous.page:
        return not _runs_on(draft, previous, line, layout)
    gap = previous.last_y - line.y
    # heading lines are spaced by their own size; body lines by the document's usual pitch
    limit = draft.size * 1.6 if draft.kind == HEADING else layout.pitch * 1.35
    levels = layout.levels
    return (
        bool(line.marker)
        or (line.size in levels) != (draft.kind == HEADING)
        or abs(line.size - draft.size) > 0.3
        or gap > limit
        or gap < -1
        or (draft.kind == ITEM and line.x < draft.x - 2)
    )


def _runs_on(draft: _Draft, previous: Line, line: Line, layout: _Layout) -> bool:
    """A paragraph or item carried over a page break: its last line ran to the right margin."""
    return (
        draft.kind != HEADING
        and not line.marker
        and line.size == draft.size
        and previous.right >= layout.full
        and (line.x > draft.x - 2 if draft.kind == ITEM else abs(line.x - draft.x) <= 2)
    )


def _new_draft(line: Line, levels: dict[float, int]) -> _Draft:
    if line.size in levels:
        return _Draft(HEADING, levels[line.size], line.size, line.x, line.page, "")
    kind, level = (ITEM, 1) if line.marker else (PARAGRAPH, 0)
    return _Draft(kind, level, line.size, line.x, line.page, line.marker)


def _append(draft: _Draft, line: Line) -> None:
    last = draft.parts[-1] if draft.parts else ""
    if last.endswith(("\x02", "\u00ad")):
        draft.parts[-1] = last[:-1] + line.text  # soft hyphen: rejoin the word
    elif last.endswith("-") and last[-2:-1].isalnum():
        draft.parts[-1] += line.text  # a compound broken at its hyphen: well-being
    else:
        draft.parts.append(line.text)
    draft.links.extend(link for link in line.links if link not in draft.links)


def _block(draft: _Draft) -> Block:
    text = " ".join(draft.parts)
    kind = PARAGRAPH if draft.kind == HEADING and len(text) > HEADING_MAX else draft.kind
    return Block(
        kind,
        text,
        level=draft.level,
        page=draft.page,
        marker=draft.marker,
        links=tuple(draft.links),
    )
