"""HTML pages to blocks, with the standard library's tolerant parser.

Scripts, styles, navigation, footers and hidden elements are skipped; when the page has a
``<main>`` element only its content is read (the rest is site furniture).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..blocks import HEADING, ITEM, PARAGRAPH, Block, finish, normalise
from ..decode import decode
from ..errors import DocumentError
from ..sniff import HTML
from .base import Document

SKIPPED = {"script", "style", "noscript", "template", "svg", "nav", "footer", "iframe", "object"}
SKIPPED |= {"button", "select", "textarea", "canvas", "math", "head"}
BLOCKS = {"p", "div", "li", "td", "th", "dt", "dd", "blockquote", "pre", "section", "article"}
BLOCKS |= {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "tr", "main", "header"}
BLOCKS |= {"aside", "figure", "figcaption", "caption", "br", "hr", "summary", "details", "form"}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


class _Reader(HTMLParser):
    def __init__(self, main_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.main_only = main_only
        self.open: list[str] = []  # open elements that matter for structure
        self.skipping = 0  # depth inside skipped or hidden elements
        self.buffer: list[str] = []
        self.links: list[str] = []
        self.blocks: list[Block] = []
        self.title: list[str] = []
        self.skipped_scripts = 0
        self.numbers: list[int] = []  # item counters of the open ordered lists

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self._void(tag)
            return
        if self.skipping or tag in SKIPPED or _hidden(attrs):
            self.skipping += 1
            self.skipped_scripts += tag == "script"
        elif tag == "a":
            self._link(dict(attrs).get("href"))
        if tag in BLOCKS:
            self.flush()
        self._count(tag)
        self.open.append(tag)

    def _count(self, tag: str) -> None:
        """Numbers for the items of ordered lists."""
        if tag == "ol":
            self.numbers.append(0)
        elif tag == "li" and self.numbers:
            self.numbers[-1] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open:
            closing = self.open[-1]
            if tag in BLOCKS or closing in BLOCKS:
                self.flush()  # while the element is still open, so the block gets its kind
            if self.open.pop() == "ol" and self.numbers:
                self.numbers.pop()
            if self.skipping:
                self.skipping -= 1
            if closing == tag:
                return

    def handle_data(self, data: str) -> None:
        if "title" in self.open and "body" not in self.open:
            self.title.append(data)
        elif not self.skipping and self._reading():
            self.buffer.append(data)

    def _void(self, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()

    def _link(self, href: str | None) -> None:
        if href and href.startswith(("http://", "https://")) and href not in self.links:
            self.links.append(href)

    def _reading(self) -> bool:
        return not self.main_only or "main" in self.open

    def flush(self) -> None:
        text = normalise("".join(self.buffer))
        if text and not self.skipping:
            self.blocks.append(self._block(text))
        self.buffer, self.links = [], [] if text else self.links

    def _block(self, text: str) -> Block:
        links = tuple(self.links)
        heading = next((tag for tag in reversed(self.open) if tag in _LEVELS), None)
        if heading:
            return Block(HEADING, text, level=_LEVELS[heading], links=links)
        if "li" in self.open:
            lists = [tag for tag in self.open if tag in ("ul", "ol")]
            marker = f"{self.numbers[-1]}." if lists and lists[-1] == "ol" else "•"
            return Block(ITEM, text, level=max(len(lists), 1), marker=marker, links=links)
        return Block(PARAGRAPH, text, links=links)


_LEVELS = {f"h{level}": level for level in range(1, 7)}


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    values = dict(attrs)
    return (
        "hidden" in values
        or values.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(values.get("style") or ""))
    )


def read_html(data: bytes) -> Document:
    warnings: list[str] = []
    text = decode(data, warnings, html=True)
    reader = _Reader(main_only=bool(re.search(r"<main[\s>]", text, re.I)))
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError, IndexError) as error:
        raise DocumentError(f"is not readable HTML ({error})") from None
    reader.flush()
    if reader.skipped_scripts:
        warnings.append(f"ignored {reader.skipped_scripts} script element(s) in the page")
    title = normalise("".join(reader.title)) or None
    return Document(HTML, finish(reader.blocks), warnings, title)
