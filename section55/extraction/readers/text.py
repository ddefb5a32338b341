"""Plain text (including Markdown-ish exports and pdftotext output) to blocks.

Paragraphs are separated by blank lines; a line starting with a list marker starts an item; a
short single line without closing punctuation is taken as a heading; a form feed starts a page.
"""

from __future__ import annotations

import re

from ..blocks import HEADING, ITEM, PARAGRAPH, Block, ends_sentence, finish, split_marker
from ..decode import decode
from ..sniff import TEXT
from .base import Document

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_MD_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\((https?://[^)\s]+)\)")
_BARE_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
HEADING_MAX = 100


def read_text(data: bytes) -> Document:
    warnings: list[str] = []
    text = decode(data, warnings).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    blocks = [block for number, page in enumerate(pages, 1) for block in _page(page, number)]
    if len(pages) == 1:
        blocks = [_without_page(block) for block in blocks]
    return Document(TEXT, finish(blocks), warnings)


def _without_page(block: Block) -> Block:
    return Block(block.kind, block.text, level=block.level, marker=block.marker, links=block.links)


def _page(text: str, page: int) -> list[Block]:
    return [block for chunk in _BLANK_LINES.split(text) for block in _chunk(chunk, page)]


def _chunk(chunk: str, page: int) -> list[Block]:
    lines = [line for line in chunk.split("\n") if line.strip()]
    if not lines:
        return []
    if len(lines) == 1 and (heading := _heading(lines[0], page)):
        return [heading]
    return _lines(lines, page)


def _lines(lines: list[str], page: int) -> list[Block]:
    """Group lines: each marker line starts an item, other lines continue the current block."""
    groups: list[tuple[str, list[str], int]] = []
    for line in lines:
        marker, rest = split_marker(line)
        if marker or not groups:
            depth = 1 + (len(line) - len(line.lstrip())) // 2
            groups.append((marker, [rest], depth))
        else:
            groups[-1][1].append(line)
    return [_block(marker, parts, depth, page) for marker, parts, depth in groups]


def _block(marker: str, parts: list[str], depth: int, page: int) -> Block:
    text, links = _inline(" ".join(part.strip() for part in parts))
    if marker:
        return Block(ITEM, text, level=depth, page=page, marker=marker, links=links)
    return Block(PARAGRAPH, text, page=page, links=links)


def _heading(line: str, page: int) -> Block | None:
    if match := _MD_HEADING.match(line.strip()):
        text, links = _inline(match.group(2))
        return Block(HEADING, text, level=len(match.group(1)), page=page, links=links)
    text, links = _inline(line.strip())
    if split_marker(line)[0] or len(text) > HEADING_MAX or ends_sentence(text) or text[-1] in ",)":
        return None
    return Block(HEADING, text, level=2, page=page, links=links)


def _inline(text: str) -> tuple[str, tuple[str, ...]]:
    """Markdown links and emphasis reduced to their words; the link targets kept."""
    links = [match.group(2) for match in _MD_LINK.finditer(text)]
    text = _MD_LINK.sub(lambda match: match.group(1), text)
    links += [url for url in _BARE_URL.findall(text) if url not in links]
    text = _MD_EMPHASIS.sub(lambda match: match.group(2), text)
    return _MD_ESCAPE.sub(r"\1", text), tuple(links)
