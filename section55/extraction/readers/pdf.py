"""PDF files to blocks, with pypdfium2.

pdfium gives each page's text as lines. For every line we ask only for the font size and position
of its first and last characters (a handful of calls per line, so full extraction costs little
more than raw text extraction); ``pdf_layout`` turns those lines into headings, paragraphs and
items.
"""

from __future__ import annotations

import ctypes
import re
import threading

from ..errors import DocumentError
from ..sniff import PDF
from .base import Document
from .pdf_layout import Line, PageLines, blocks_from_pages

# pdfium is not thread-safe; the web application may read uploads on several threads.
_PDFIUM = threading.Lock()
_PASSWORD_ERROR = 4
_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")


def read_pdf(data: bytes) -> Document:
    import pypdfium2 as pdfium  # imported here: only PDF reading needs it

    with _PDFIUM:
        document = _open(pdfium, data)
        try:
            pages, warnings = _all_pages(document)
            title = _metadata_title(document)
        finally:
            document.close()
    blocks = blocks_from_pages(pages)
    if not blocks:
        warnings.append("has no extractable text; it may be a scanned image")
    return Document(PDF, blocks, warnings, title)


def _open(pdfium, data: bytes):
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == _PASSWORD_ERROR:
            raise DocumentError("is encrypted and needs a password to open") from None
        raise DocumentError("is not a readable PDF: it is damaged or truncated") from None
    if len(document) == 0:
        document.close()
        raise DocumentError("is not a readable PDF: it has no pages (damaged or truncated)")
    return document


def _all_pages(document) -> tuple[list[PageLines], list[str]]:
    pages, unreadable = [], []
    for number in range(len(document)):
        try:
            pages.append(_page(document, number))
        except Exception:  # pdfium raises assorted errors on damaged page content
            unreadable.append(str(number + 1))
    warnings = [f"page(s) {', '.join(unreadable)} could not be read"] if unreadable else []
    return pages, warnings


def _metadata_title(document) -> str | None:
    try:
        title = document.get_metadata_value("Title")
    except Exception:  # broken metadata is no reason to refuse the document
        return None
    return title.strip() or None


def _page(document, number: int) -> PageLines:
    page = document[number]
    textpage = page.get_textpage()
    try:
        lines = _lines(textpage, number + 1)
        _attach_links(document, page, lines)
        return PageLines(number + 1, page.get_height(), lines)
    finally:
        textpage.close()
        page.close()


def _lines(textpage, page_number: int) -> list[Line]:
    # pdfium reports a hyphen it joined across a line break as U+FFFE
    text = textpage.get_text_range().replace("\ufffe", "-")
    units = _units if _ASTRAL.search(text) else len  # astral characters count twice
    chars = _Chars(textpage, direct=textpage.count_chars() == units(text))
    lines, position = [], 0
    for match in _LINE.finditer(text):
        raw_line, ending = match.groups()
        body = raw_line.strip()
        if body:
            first = position + units(raw_line[: len(raw_line) - len(raw_line.lstrip())])
            lines.append(chars.line(body, first, first + units(body) - 1, page_number))
        position += units(raw_line) + len(ending)
    return lines


class _Chars:
    """Per-character facts from pdfium, asked only for the first and last character of a line."""

    def __init__(self, textpage, direct: bool) -> None:
        import pypdfium2.raw as pdfium_c

        self.c, self.raw, self.direct = pdfium_c, textpage.raw, direct
        self.x, self.y = ctypes.c_double(), ctypes.c_double()

    def index(self, text_index: int) -> int:
        """Text positions and character indices differ only when pdfium added or hid chars."""
        if self.direct:
            return text_index
        return max(self.c.FPDFText_GetCharIndexFromTextIndex(self.raw, text_index), 0)

    def line(self, text: str, first: int, last: int, page: int) -> Line:
        first, last = self.index(first), self.index(last)
        self.c.FPDFText_GetCharOrigin(self.raw, first, self.x, self.y)
        x, y = self.x.value, self.y.value
        size = round(self.c.FPDFText_GetFontSize(self.raw, first), 1)
        self.c.FPDFText_GetCharOrigin(self.raw, last, self.x, self.y)
        return Line(text, size, x, y, page, right=self.x.value, end_y=self.y.value)


def _units(text: str) -> int:
    """Length in UTF-16 code units, which is how pdfium counts text positions."""
    return len(text) + len(_ASTRAL.findall(text))


def _attach_links(document, page, lines: list[Line]) -> None:
    for url, bottom, top in _uri_links(document, page):
        line = next((line for line in lines if bottom - 2 <= line.y <= top + 2), None)
        if line is not None and url not in line.links:
            line.links = (*line.links, url)


def _uri_links(document, page):
    import pypdfium2.raw as pdfium_c

    position, link = ctypes.c_int(0), pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        url = _uri(document, pdfium_c.FPDFLink_GetAction(link))
        if url and pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            yield url, min(rect.bottom, rect.top), max(rect.bottom, rect.top)


def _uri(document, action) -> str | None:
    import pypdfium2.raw as pdfium_c

    if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
        return None
    size = pdfium_c.FPDFAction_GetURIPath(document.raw, action, None, 0)
    if size <= 1 or size > 8192:
        return None
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAction_GetURIPath(document.raw, action, buffer, size)
    url = buffer.value.decode("utf-8", "replace")
    return url if url.startswith(("http://", "https://")) else None
