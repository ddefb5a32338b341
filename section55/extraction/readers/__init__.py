"""Readers: each turns one format into the same stream of blocks (see ``..blocks``)."""

from __future__ import annotations

from ..sniff import DOCX, HTML, PDF, TEXT
from .base import Document
from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .text import read_text

READERS = {PDF: read_pdf, DOCX: read_docx, HTML: read_html, TEXT: read_text}


def read(data: bytes, fmt: str) -> Document:
    """The blocks of ``data`` read as ``fmt`` (one of pdf, docx, html, text)."""
    return READERS[fmt](data)


__all__ = ["Document", "read"]
