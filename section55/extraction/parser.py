"""Blocks to findings.

Walks the block stream once, keeping track of the section it is in (recommendations, areas for
improvement, a cause of concern), and recognises:

- numbered labels ("Recommendation 3", "Area for improvement 2:", "Cause of concern 1 - ...")
  followed by the finding's paragraph, and its bullet items when the paragraph ends with a colon:
  one finding with items; a label without a number ("Recommendation" on its own, as PEEL reports
  head each recommendation under a cause of concern) followed by a paragraph is read the same way;
- a recommending stem followed by bullets ("HMIC recommends that the force should immediately:",
  or "Within six months, the force should:" in a recommendations section): one finding per bullet;
- directive paragraphs and bullets in recommendations and areas-for-improvement sections.

A finding met again (summary, then chapter) is kept once. Narrative ("in 2016 we recommended")
is never a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import sections as s
from .addressees import addressees, directed_at_forces
from .blocks import HEADING, ITEM, PARAGRAPH, Block
from .dates import timescale
from .model import Finding


@dataclass
class _Draft:
    kind: str
    body: str
    block: Block
    ref: str | None = None
    parent: int | None = None
    items: list[str] = field(default_factory=list)
    stem: str | None = None  # the recommending stem a bullet finding was stated under


def find_findings(blocks: list[Block], published_on: date | None = None) -> list[Finding]:
    """Every finding the blocks state, in document order, each once."""
    walker = _Walker(blocks)
    walker.run()
    return [_finding(draft, published_on) for draft in walker.drafts]


class _Walker:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.drafts: list[_Draft] = []
        self.keys: dict[tuple, int] = {}
        self.context: str | None = None
        self.parent: int | None = None

    def run(self) -> None:
        position = 0
        while position < len(self.blocks):
            position = self.step(position)

    def step(self, position: int) -> int:
        block = self.blocks[position]
        if match := s.NUMBERED.match(block.text):
            return self.numbered(position, match)
        if block.kind != ITEM and (match := s.BARE_LABEL.match(block.text)):
            return self.bare_label(position, match)
        if block.kind != ITEM and (match := s.INLINE_CONCERN.match(block.text)):
            return self.concern(position, match.group("rest"), position + 1)
        if block.kind != ITEM and (kind := s.section_kind(block.text)):
            return self.section(position, kind)
        if block.kind == HEADING or s.is_response_section(block.text):
            self.context = self.parent = None
        elif block.kind == PARAGRAPH:
            return self.paragraph(position)
        elif block.kind == ITEM and self.context == s.AREA_FOR_IMPROVEMENT:
            self.add(_Draft(s.AREA_FOR_IMPROVEMENT, block.text, block))
        return position + 1

    def section(self, position: int, kind: str) -> int:
        if kind == s.CAUSE_OF_CONCERN and _singular(self.blocks[position].text):
            return self.concern(position, None, position + 1)
        if not (kind == s.RECOMMENDATION and self.context == s.CAUSE_OF_CONCERN):
            self.parent = None
        self.context = kind
        return position + 1

    def concern(self, position: int, text: str | None, after: int, ref: str | None = None) -> int:
        body, after = (text, after) if text else self.body(after)
        if body and not s.NO_FINDINGS.search(body):
            items, after = self.items_after(body, after)
            draft = _Draft(
                s.CAUSE_OF_CONCERN, body, self.blocks[position], ref, items=_texts(items)
            )
            self.parent = self.add(draft)
        self.context = s.CAUSE_OF_CONCERN
        return after

    def bare_label(self, position: int, match: re.Match) -> int:
        """A label with no number heads the one finding in the paragraph after it; with no
        paragraph after it, it is the title of a section of such findings."""
        if self.body(position + 1)[0] is None:
            return self.section(position, s.section_kind(self.blocks[position].text))
        # Located at its paragraph, as a finding found in a section of them would be.
        return self.numbered(position, match, located=position + 1)

    def numbered(self, position: int, match: re.Match, located: int | None = None) -> int:
        kind = s.LABEL_KINDS[" ".join(match.group("label").lower().split())]
        rest, ref = match.groupdict().get("rest"), match.groupdict().get("ref")
        if kind == s.CAUSE_OF_CONCERN:
            return self.concern(position, rest, position + 1, ref)
        body, after = (rest, position + 1) if rest else self.body(position + 1)
        if not body:
            return after
        items, after = self.items_after(body, after)
        parent = self.parent if kind == s.RECOMMENDATION else None
        block = self.blocks[position if located is None else located]
        self.add(_Draft(kind, body, block, ref, parent, _texts(items)))
        return after

    def body(self, position: int) -> tuple[str | None, int]:
        """The paragraph that follows a label, if there is one."""
        block = self.blocks[position] if position < len(self.blocks) else None
        if block is not None and block.kind == PARAGRAPH and not s.NUMBERED.match(block.text):
            return block.text, position + 1
        return None, position

    def items_after(self, body: str, position: int) -> tuple[list[tuple[str, Block]], int]:
        """The bullet items introduced by a paragraph ending in a colon; nested ones join theirs."""
        items: list[tuple[str, Block]] = []
        if not body.rstrip().endswith(":"):
            return items, position
        top = self.blocks[position].level if position < len(self.blocks) else 1
        while position < len(self.blocks) and self.blocks[position].kind == ITEM:
            block = self.blocks[position]
            if block.level > top and items:
                items[-1] = (f"{items[-1][0]} {block.text}", items[-1][1])
            else:
                items.append((block.text, block))
            position += 1
        return items, position

    def paragraph(self, position: int) -> int:
        block = self.blocks[position]
        recommends = bool(s.RECOMMENDS.search(block.text)) and not s.is_narrative(block.text)
        directive = self.context in (s.RECOMMENDATION, s.AREA_FOR_IMPROVEMENT) and s.is_directive(
            block.text
        )
        stem_allowed = recommends or directive or self.context == s.CAUSE_OF_CONCERN
        if stem_allowed and block.text.endswith(":") and self.next_is_item(position):
            return self.stem(position)
        if recommends or directive:
            self.add(_Draft(self.kind_here(), block.text, block, parent=self.parent))
        return position + 1

    def next_is_item(self, position: int) -> bool:
        return position + 1 < len(self.blocks) and self.blocks[position + 1].kind == ITEM

    def kind_here(self) -> str:
        if self.context == s.AREA_FOR_IMPROVEMENT:
            return s.AREA_FOR_IMPROVEMENT
        return s.RECOMMENDATION

    def stem(self, position: int) -> int:
        """One finding per bullet, each stated as stem + bullet."""
        stem = self.blocks[position]
        if not s.is_directive(stem.text) and not s.RECOMMENDS.search(stem.text):
            return position + 1
        items, after = self.items_after(stem.text, position + 1)
        for item, block in items:
            text = f"{stem.text} {item}"
            self.add(_Draft(self.kind_here(), text, block, parent=self.parent, stem=stem.text))
        return after

    def add(self, draft: _Draft) -> int:
        """Index of the finding: a new one, or the one it repeats."""
        known = self.repeated(draft)
        if known is None:
            known = len(self.drafts)
            self.drafts.append(draft)
        else:
            first = self.drafts[known]
            first.items = first.items or draft.items
            first.ref = first.ref or draft.ref
        if draft.ref:
            self.keys[(draft.kind, "ref", draft.ref)] = known
        self.keys.setdefault((draft.kind, "text", text_key(draft.body)), known)
        return known

    def repeated(self, draft: _Draft) -> int | None:
        """The finding this one repeats: same number, or same words and not differently numbered."""
        if draft.ref and (draft.kind, "ref", draft.ref) in self.keys:
            return self.keys[(draft.kind, "ref", draft.ref)]
        same_words = self.keys.get((draft.kind, "text", text_key(draft.body)))
        if same_words is not None and draft.ref and self.drafts[same_words].ref:
            return None  # two numbered findings that happen to say the same thing
        return same_words


def _singular(text: str) -> bool:
    return not re.match(r"^causes\b", text, re.I)


def _texts(items: list[tuple[str, Block]]) -> list[str]:
    return [text for text, _ in items]


def text_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _finding(draft: _Draft, published_on: date | None) -> Finding:
    text = " ".join([draft.body, *draft.items])
    stated = timescale(text, published_on)
    words = stated.words if stated else None
    named = addressees(draft.stem or draft.body, words)
    if not named and draft.kind != s.RECOMMENDATION:
        named = ["the force"]
    return Finding(
        kind=draft.kind,
        text=text,
        ref=draft.ref,
        parent=draft.parent,
        items=list(draft.items),
        timescale=words,
        due_on=stated.due_on if stated else None,
        addressees=named,
        directed_at_forces=directed_at_forces(named),
        page=draft.block.page,
        block=draft.block.index,
    )
