"""A tagged PDF (PDF/UA-1) from the HTML document, with WeasyPrint.

PDF/UA gives the structure tree, /Lang (from ``<html lang>``), /Title (from ``<title>``),
MarkInfo and DisplayDocTitle. Text is set in the project's own font (``fonts.py``), embedded in
the file, so every machine prints the same PDF. The fetcher serves those font files and refuses
every other URL, so rendering never touches the network or the rest of the file system, whatever
a field contains.
"""

from __future__ import annotations

from ..document import ResponseDocument
from .fonts import FontFiles
from .html import render_html

PDF_VARIANT = "pdf/ua-1"


def render_pdf(doc: ResponseDocument) -> bytes:
    return html_to_pdf(render_html(doc))


def html_to_pdf(markup: str) -> bytes:
    """Any standalone HTML document of ours as a tagged PDF in the project's font."""
    import weasyprint  # imported here: slow to import, and only PDF output needs it
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontFiles()
    fetcher = fonts_only_fetcher(weasyprint, fonts)
    font_config = FontConfiguration()
    faces = weasyprint.CSS(
        string=fonts.font_face_css(), font_config=font_config, url_fetcher=fetcher
    )
    page = weasyprint.HTML(string=markup, url_fetcher=fetcher)
    return page.write_pdf(pdf_variant=PDF_VARIANT, stylesheets=[faces], font_config=font_config)


def fonts_only_fetcher(weasyprint, fonts: FontFiles):
    """A WeasyPrint fetcher that reads the font files and refuses everything else."""

    class FontsOnly(weasyprint.URLFetcher):
        def fetch(self, url, headers=None):
            if not fonts.allows(url):
                raise ValueError(f"Fetching is not allowed while printing: {url[:200]}")
            return super().fetch(url, headers)

    return FontsOnly(allowed_protocols=("file",))
