"""Which format a document is, judged by its content and checked against its name."""

from __future__ import annotations

import re
from pathlib import PurePath

from .errors import DocumentError

PDF, DOCX, HTML, TEXT = "pdf", "docx", "html", "text"

EXTENSIONS = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
}
_NAMES = {PDF: "a PDF", DOCX: "a DOCX (zip) file", HTML: "an HTML page", TEXT: "plain text"}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(?:html|head|body|p|div|h[1-6]|main|article|ul|table)\b", re.I)
_UNSUPPORTED = {
    b"\xd0\xcf\x11\xe0": "is a legacy Office file (such as Word 97-2003 .doc); save it as .docx",
    b"{\\rtf": "is an RTF file; save it as .docx or PDF",
    b"\x89PNG": "is a PNG image, not a document",
    b"\xff\xd8\xff": "is a JPEG image, not a document",
    b"GIF8": "is a GIF image, not a document",
    b"\x1f\x8b": "is a gzip archive, not a document",
}


def content_format(data: bytes) -> str:
    """The format the bytes themselves show; DocumentError for formats we do not read."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return DOCX
    for magic, problem in _UNSUPPORTED.items():
        if data.startswith(magic):
            raise DocumentError(problem)
    head = _ascii_head(data)
    if _HTML_START.match(head) or _HTML_TAG.search(head):
        return HTML
    return TEXT


def _ascii_head(data: bytes) -> bytes:
    """The first few KB with UTF-16 zero bytes and any BOM removed, for tag sniffing."""
    head = data[:4096]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[1:2] == b"\x00" or head[:1] == b"\x00":
        head = head.replace(b"\x00", b"")
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe")


def declared_format(filename: str) -> str | None:
    return EXTENSIONS.get(PurePath(filename).suffix.lower())


def detect(data: bytes, filename: str) -> str:
    """The format to read ``data`` as, or DocumentError when the name and the content disagree."""
    actual = content_format(data)
    declared = declared_format(filename)
    if declared is None or declared == actual:
        return actual
    if {declared, actual} <= {HTML, TEXT}:
        return HTML  # an HTML page saved as .txt, or a page with no recognisable tags
    suffix = PurePath(filename).suffix.lower()
    raise DocumentError(f"is named {suffix} but is not {_NAMES[declared]}: it is {_NAMES[actual]}")
