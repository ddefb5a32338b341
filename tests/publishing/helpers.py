"""Reading rendered documents back as text, and checking what they say comes in order."""

from __future__ import annotations

import io
import re
import zlib
from html.parser import HTMLParser

import docx
import pypdfium2 as pdfium


def words(text: str) -> str:
    return " ".join(text.split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs) -> None:
        self.skipping += tag in ("style", "title")

    def handle_endtag(self, tag) -> None:
        self.skipping -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(markup: str) -> str:
    reader = _Text()
    reader.feed(markup)
    return words(" ".join(reader.parts))


def docx_paragraphs(data: bytes):
    return docx.Document(io.BytesIO(data)).paragraphs


def docx_text(data: bytes) -> str:
    return words(" ".join(paragraph.text for paragraph in docx_paragraphs(data)))


def pdf_text(data: bytes) -> str:
    """The text of every page; words broken at a line end after "-" or "/" are joined again."""
    document = pdfium.PdfDocument(data)
    try:
        text = words(" ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()
    return re.sub(r"(?<=\w[-/]) (?=\w)", "", text)


def text_of(name: str, output: str | bytes) -> str:
    readers = {"html": html_text, "docx": docx_text, "pdf": pdf_text, "txt": words}
    return readers[name](output)


def missing_or_out_of_order(text: str, markers: list[str]) -> list[str]:
    """The markers not found after the one before them (an empty list when all are in order)."""
    problems, position = [], 0
    for marker in markers:
        found = text.find(words(marker), position)
        if found < 0:
            problems.append(marker)
        else:
            position = found + len(words(marker))
    return problems


def pdf_objects(data: bytes) -> bytes:
    """The PDF's bytes with every Flate stream inflated, so catalog entries can be searched."""
    inflated = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            inflated.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(inflated)


def structure_types(data: bytes, page_index: int = 0) -> list[str]:
    """The structure element types tagged on one page, depth first."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_index]  # kept alive: the tree points into it
        tree = pdfium.raw.FPDF_StructTree_GetForPage(page.raw)
        count = pdfium.raw.FPDF_StructTree_CountChildren(tree)
        types = []
        for index in range(count):
            _walk(pdfium.raw.FPDF_StructTree_GetChildAtIndex(tree, index), types)
        pdfium.raw.FPDF_StructTree_Close(tree)
        page.close()
        return types
    finally:
        document.close()


def _walk(element, types: list[str]) -> None:
    types.append(_element_type(element))
    for index in range(pdfium.raw.FPDF_StructElement_CountChildren(element)):
        child = pdfium.raw.FPDF_StructElement_GetChildAtIndex(element, index)
        if child:
            _walk(child, types)


def _element_type(element) -> str:
    import ctypes

    size = pdfium.raw.FPDF_StructElement_GetType(element, None, 0)
    buffer = ctypes.create_string_buffer(size)
    pdfium.raw.FPDF_StructElement_GetType(element, buffer, size)
    return buffer.raw[: size - 2].decode("utf-16-le")


def pdf_language(data: bytes) -> str:
    import ctypes

    document = pdfium.PdfDocument(data)
    try:
        size = pdfium.raw.FPDFCatalog_GetLanguage(document.raw, None, 0)
        buffer = (ctypes.c_ushort * (size // 2))()
        pdfium.raw.FPDFCatalog_GetLanguage(document.raw, buffer, size)
        return bytes(buffer)[: size - 2].decode("utf-16-le")
    finally:
        document.close()


def pdf_metadata(data: bytes) -> dict:
    document = pdfium.PdfDocument(data)
    try:
        return document.get_metadata_dict()
    finally:
        document.close()


def pdf_fonts(data: bytes) -> set[tuple[str, bool]]:
    """(base font name without its subset tag, embedded?) of every text object on every page."""
    import ctypes

    fonts = set()
    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_TEXT]):
                font = pdfium.raw.FPDFTextObj_GetFont(obj.raw)
                size = pdfium.raw.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = ctypes.create_string_buffer(size)
                pdfium.raw.FPDFFont_GetBaseFontName(font, buffer, size)
                name = buffer.value.decode("latin-1").split("+")[-1]
                fonts.add((name, bool(pdfium.raw.FPDFFont_GetIsEmbedded(font))))
    finally:
        document.close()
    return fonts
