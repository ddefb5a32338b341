"""The PDF: tagged (PDF/UA-1), titled, in the document's language, numbered, offline."""

import dataclasses
import re

import pytest

from section55.publishing.render import render_pdf

from .helpers import (
    pdf_fonts,
    pdf_language,
    pdf_metadata,
    pdf_objects,
    pdf_text,
    structure_types,
)
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


def test_every_word_is_set_in_the_projects_own_font_embedded_in_the_file(rendered):
    assert pdf_fonts(rendered["pdf"]) == {("Arimo", True), ("Arimo-Bold", True)}


def test_welsh_letters_are_set_in_the_projects_font_too(seed):
    welsh = dataclasses.replace(seed, title="Ymateb i’r adroddiad: ŵyr, ŷd, Gwasanaeth Heddlu")
    data = render_pdf(welsh)

    assert "ŵyr, ŷd" in pdf_text(data)
    assert {name for name, _ in pdf_fonts(data)} <= {"Arimo", "Arimo-Bold"}


def test_rendering_the_pdf_fetches_nothing_but_its_fonts():
    import weasyprint

    from section55.publishing.render.fonts import FontFiles
    from section55.publishing.render.pdf import fonts_only_fetcher

    fonts = FontFiles()
    fetcher = fonts_only_fetcher(weasyprint, fonts)
    font = fonts.faces[0]
    for url in (
        "https://example.org/font.woff",
        "file:///etc/passwd",
        "data:text/css,p{}",
        font.url + "/../../../../../../etc/passwd",
        font.url.replace("arimo", "Arimo"),
    ):
        with pytest.raises(ValueError, match="not allowed"):
            fetcher.fetch(url)
    assert fetcher.fetch(font.url).read(4) == b"wOF2"


def test_a_missing_font_stops_printing_with_a_message_naming_it(tmp_path):
    from section55.publishing.render.fonts import FontFiles, MissingFonts

    with pytest.raises(MissingFonts, match="arimo-latin-400-normal.woff2 is missing.*make install"):
        FontFiles(tmp_path)
