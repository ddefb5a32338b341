"""Renderers: a ``ResponseDocument`` to HTML, DOCX, tagged PDF and plain text. No Django here.

``FORMATS`` maps a format's name to its renderer, media type and file extension;
``render_bytes`` gives any format's output as bytes, ready to store or serve.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..document import ResponseDocument
from .docx import render_docx
from .html import render_html, render_html_fragment
from .pdf import render_pdf
from .text import render_text


class Format(NamedTuple):
    render: Callable[[ResponseDocument], str | bytes]
    media_type: str
    extension: str


FORMATS: dict[str, Format] = {
    "html": Format(render_html, "text/html; charset=utf-8", "html"),
    "docx": Format(
        render_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "pdf": Format(render_pdf, "application/pdf", "pdf"),
    "txt": Format(render_text, "text/plain; charset=utf-8", "txt"),
}


def render_bytes(doc: ResponseDocument, name: str) -> bytes:
    """The document in format ``name`` (a key of FORMATS), text formats encoded as UTF-8."""
    output = FORMATS[name].render(doc)
    return output.encode("utf-8") if isinstance(output, str) else output


__all__ = [
    "FORMATS",
    "Format",
    "render_bytes",
    "render_docx",
    "render_html",
    "render_html_fragment",
    "render_pdf",
    "render_text",
]
