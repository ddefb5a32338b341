"""A tagged PDF (PDF/UA-1) from the HTML document, with WeasyPrint.

PDF/UA gives the structure tree, /Lang (from ``<html lang>``), /Title (from ``<title>``),
MarkInfo and DisplayDocTitle. The fetcher refuses every URL, so rendering never touches the
network or the file system, whatever a field contains; the fonts are the system's (fontconfig).
"""

from __future__ import annotations

from ..document import ResponseDocument
from .html import render_html

PDF_VARIANT = "pdf/ua-1"


def render_pdf(doc: ResponseDocument) -> bytes:
    import weasyprint  # imported here: slow to import, and only PDF output needs it

    page = weasyprint.HTML(string=render_html(doc), url_fetcher=_no_fetching(weasyprint))
    return page.write_pdf(pdf_variant=PDF_VARIANT)


def _no_fetching(weasyprint):
    """A fetcher that allows no protocol at all (WeasyPrint then skips the resource)."""
    return weasyprint.URLFetcher(allowed_protocols=())
