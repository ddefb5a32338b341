"""The block stream every reader produces: headings, paragraphs and list items, in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"\u201d\u2019)\]]*$")

# A list marker at the start of a line: bullets (including the private-use glyphs Word's Symbol
# font leaves in PDFs) or a short number/letter label such as "1.", "(a)", "iv)".
BULLETS = "•●◦▪■▸►\u2023\u2043\u2013\u2014*\uf0b7\uf0a7\uf076\uf0d8\uf0fc-"
MARKER = re.compile(
    rf"^\s*(?P<marker>[{re.escape(BULLETS)}]|\(?(?:\d{{1,2}}|[a-z]|[ivx]{{1,4}})[.)])(?:\s+|$)"
)


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text. ``level`` is the heading level (1 is the biggest) or the list depth."""

    kind: str
    text: str
    index: int = 0
    level: int = 0
    page: int | None = None
    marker: str = ""
    links: tuple[str, ...] = ()


def normalise(text: str) -> str:
    """Collapse whitespace, drop control characters and zero-width marks."""
    if not text.isprintable():
        text = _CONTROL.sub(" ", text.replace("\u00ad", ""))
    return " ".join(text.split())


def split_marker(line: str) -> tuple[str, str]:
    """('•', 'rest') when the line starts with a list marker, else ('', line)."""
    match = MARKER.match(line)
    if not match:
        return "", line
    return match.group("marker"), line[match.end() :]


def ends_sentence(text: str) -> bool:
    return bool(_ENDS_SENTENCE.search(text))


def _continues(previous: Block, block: Block) -> bool:
    """A paragraph split by a page break: no closing punctuation, next one starts in lower case."""
    return (
        previous.kind == PARAGRAPH == block.kind
        and block.text[:1].islower()
        and not ends_sentence(previous.text)
    )


def _joined(previous: Block, block: Block) -> Block:
    links = previous.links + tuple(link for link in block.links if link not in previous.links)
    return replace(previous, text=f"{previous.text} {block.text}", links=links)


def finish(blocks: list[Block]) -> list[Block]:
    """Normalise text, drop empty blocks, rejoin split paragraphs and number the blocks."""
    done: list[Block] = []
    for block in blocks:
        text = normalise(block.text)
        if not text:
            continue
        block = Block(block.kind, text, 0, block.level, block.page, block.marker, block.links)
        if done and _continues(done[-1], block):
            done[-1] = _joined(done[-1], block)
        else:
            done.append(block)
    return [
        Block(block.kind, block.text, number, block.level, block.page, block.marker, block.links)
        for number, block in enumerate(done)
    ]
