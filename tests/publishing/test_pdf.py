"""The PDF: tagged (PDF/UA-1), titled, in the document's language, numbered, offline."""

import re

import pytest

from section55.publishing.render import render_pdf

from .helpers import pdf_language, pdf_metadata, pdf_objects, pdf_text, structure_types
from .test_html import HOSTILE, hostile_document


def test_the_pdf_is_tagged_with_a_structure_tree(rendered):
    objects = pdf_objects(rendered["pdf"])

    assert re.search(rb"/StructTreeRoot \d+ 0 R", objects)
    assert b"/MarkInfo <</Marked true>>" in objects


def test_the_pdf_structure_has_the_heading_paragraph_and_list_tags(rendered):
    first_page = structure_types(rendered["pdf"], 0)

    assert first_page[:3] == ["Document", "Part", "H1"]
    assert {"P", "L", "LI", "H2"} <= set(first_page)


def test_the_pdf_states_its_language_and_shows_its_title(rendered, seed):
    objects = pdf_objects(rendered["pdf"])

    assert pdf_language(rendered["pdf"]) == "en-GB"
    assert b"/DisplayDocTitle true" in objects
    assert pdf_metadata(rendered["pdf"])["Title"] == seed.title
    assert pdf_metadata(rendered["pdf"])["Author"] == seed.author


def test_the_pdf_declares_pdf_ua_1(rendered):
    assert b'pdfuaid:part="1"' in pdf_objects(rendered["pdf"])


def test_every_page_is_numbered_in_the_footer(rendered):
    text = pdf_text(rendered["pdf"])
    pages = int(re.search(r"Page 1 of (\d+)", text).group(1))

    assert pages > 1
    assert [f"Page {n} of {pages}" in text for n in range(1, pages + 1)] == [True] * pages


def test_hostile_text_is_printed_as_words_and_links_nothing(seed):
    data = render_pdf(hostile_document(seed))

    assert HOSTILE in pdf_text(data)
    assert b"/URI" not in pdf_objects(data)
    assert b"/JavaScript" not in pdf_objects(data)


def test_rendering_the_pdf_fetches_nothing():
    import weasyprint

    from section55.publishing.render.pdf import _no_fetching

    fetcher = _no_fetching(weasyprint)
    for url in ("https://example.org/font.woff", "file:///etc/passwd", "data:text/css,p{}"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(url)
