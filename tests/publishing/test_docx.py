"""The Word document: real heading and list styles, metadata, and inert hostile text."""

import dataclasses
import io

import docx

from section55.publishing.render import render_docx

from .helpers import docx_paragraphs, docx_text
from .test_html import HOSTILE, hostile_document


def styled(data: bytes, prefix: str) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text) for p in docx_paragraphs(data) if p.style.name.startswith(prefix)
    ]


def test_the_title_sections_and_findings_use_heading_styles(rendered, seed):
    headings = styled(rendered["docx"], "Heading")

    assert headings[0] == ("Heading 1", seed.title)
    assert ("Heading 2", "Key Findings") in headings
    assert ("Heading 2", seed.chief_officer_heading) in headings
    assert headings.count(("Heading 3", "Recommendation 7")) == 2
    assert [name for name, _ in headings].count("Heading 1") == 1


def test_items_are_list_bullet_and_questions_list_number_paragraphs(rendered):
    lists = styled(rendered["docx"], "List")

    assert [name for name, _ in lists].count("List Number") == 7
    assert ("List Bullet", "Response published on the OPCCN website.") in lists


def test_the_chief_constables_restated_items_are_bold(rendered, seed):
    item = seed.recommendations[2].items[0]
    runs = [p.runs for p in docx_paragraphs(rendered["docx"]) if p.text == item]

    assert [run.bold for run in runs[0]] == [None]
    assert [run.bold for run in runs[1]] == [True]


def test_the_report_link_is_a_hyperlink(rendered, seed):
    links = [link.url for p in docx_paragraphs(rendered["docx"]) for link in p.hyperlinks]

    assert links == [seed.report_url]


def test_the_core_properties_give_title_author_subject_and_language(rendered, seed):
    properties = docx.Document(io.BytesIO(rendered["docx"])).core_properties

    assert properties.title == seed.title
    assert properties.author == "Police and Crime Commissioner for Norfolk"
    assert properties.subject == seed.inspection_title
    assert properties.language == "en-GB"
    assert properties.revision == 1


def test_the_default_text_language_is_the_documents(rendered):
    styles = docx.Document(io.BytesIO(rendered["docx"])).styles.element

    assert styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["en-GB"]


def test_hostile_text_is_kept_as_words(seed):
    data = render_docx(hostile_document(seed))

    assert HOSTILE in docx_text(data)
    assert not [link for p in docx_paragraphs(data) for link in p.hyperlinks]


def test_control_characters_do_not_stop_the_document_being_written(seed):
    data = render_docx(dataclasses.replace(seed, forces="All\x00 local\x0b forces"))

    assert "All local forces" in docx_text(data)
