from section55.extraction import read
from section55.extraction.blocks import HEADING, ITEM, PARAGRAPH

from .conftest import BAD, DATA, SEED


def kinds(document):
    return [(block.kind, block.text) for block in document.blocks]


def test_plain_text_paragraphs_headings_and_bullets_become_blocks():
    text = b"Recommendations\n\nBy 2025, forces should:\n\n- track bail; and\n- train staff.\n"

    assert kinds(read(text, "text")) == [
        (HEADING, "Recommendations"),
        (PARAGRAPH, "By 2025, forces should:"),
        (ITEM, "track bail; and"),
        (ITEM, "train staff."),
    ]


def test_plain_text_markdown_links_and_emphasis_are_reduced_to_their_words():
    document = read(b"- **bold item**\n\n[Report \\(HMICFRS\\)](https://example.org/r)\n", "text")

    assert kinds(document) == [(ITEM, "bold item"), (PARAGRAPH, "Report (HMICFRS)")]
    assert document.blocks[1].links == ("https://example.org/r",)


def test_plain_text_form_feeds_number_the_pages():
    document = read(b"First page text.\n\fSecond page text.\n", "text")

    assert [block.page for block in document.blocks] == [1, 2]


def test_a_paragraph_split_by_a_page_break_is_joined_again():
    first = (
        "HMICFRS examined seven questions across nine forces (Durham, Kent, Wiltshire and others)"
    )
    document = read(f"{first}\n\nwho have been using it.\n".encode(), "text")

    assert kinds(document) == [(PARAGRAPH, f"{first} who have been using it.")]


def test_html_headings_paragraphs_and_list_items_keep_their_structure():
    page = b"<h1>Title</h1><p>Intro <b>bold</b>.</p>"
    page += b"<ol><li>one</li><li>two<ul><li>sub</li></ul></li></ol>"
    document = read(page, "html")

    assert kinds(document) == [
        (HEADING, "Title"),
        (PARAGRAPH, "Intro bold."),
        (ITEM, "one"),
        (ITEM, "two"),
        (ITEM, "sub"),
    ]
    assert [(b.level, b.marker) for b in document.blocks[2:]] == [(1, "1."), (1, "2."), (2, "•")]


def test_html_scripts_styles_hidden_and_navigation_text_is_never_read():
    document = read((BAD / "scripts.html").read_bytes(), "html")
    text = " ".join(block.text for block in document.blocks)

    assert "Recommendation 2" in text
    for hidden in ("Recommendation 1", "Recommendation 3", "Recommendation 4", "Recommendation 5"):
        assert hidden not in text
    assert document.warnings == ["ignored 2 script element(s) in the page"]


def test_html_with_a_main_element_reads_only_the_main_content():
    page = b"<nav>Recommendations</nav><header>Site</header><main><p>Body</p></main><p>Foot</p>"

    assert kinds(read(page, "html")) == [(PARAGRAPH, "Body")]


def test_html_declared_in_another_encoding_is_decoded_with_it():
    page = '<meta charset="windows-1252"><p>Chief Constables’ response</p>'.encode("cp1252")

    assert read(page, "html").blocks[0].text == "Chief Constables’ response"


def test_docx_headings_list_items_tables_and_links_are_read():
    document = read((DATA / f"{SEED}.docx").read_bytes(), "docx")
    blocks = document.blocks

    assert (blocks[2].kind, blocks[2].text, blocks[3].text[:13]) == (
        PARAGRAPH,
        "Inspection Title:",
        "An inspection",
    )
    assert any(block.links for block in blocks)
    assert (HEADING, "Key Findings") in kinds(document)
    assert [b.marker for b in blocks if b.text.startswith(("To what extent", "How effectively"))][
        :2
    ] == ["1.", "2."]


def test_pdf_font_sizes_make_headings_and_page_numbers_are_dropped():
    document = read((DATA / "peel-borsetshire-2023.pdf").read_bytes(), "pdf")
    headings = [block for block in document.blocks if block.kind == HEADING]

    assert headings[0].text == "PEEL 2023–25: An inspection of Borsetshire Constabulary"
    assert headings[0].level == 1
    assert not any(block.text.isdigit() for block in document.blocks)
    assert not any(block.text.startswith("PEEL 2023–25: Borsetshire") for block in document.blocks)


def test_pdf_bullets_drawn_apart_from_their_text_are_put_back_on_their_items():
    document = read((DATA / "peel-borsetshire-2023.pdf").read_bytes(), "pdf")
    items = [block for block in document.blocks if block.kind == ITEM]

    assert (
        items[0].text
        == "make sure that it answers 90 percent of emergency calls within ten seconds;"
    )
    assert {item.marker for item in items} == {"•"}
    assert items[0].page == 2


def test_pdf_link_annotations_are_attached_to_their_lines():
    document = read((DATA / f"{SEED}.pdf").read_bytes(), "pdf")

    assert [block.links for block in document.blocks if block.links][0][0].startswith(
        "https://justiceinspectorates.gov.uk/progress-to-introduce"
    )


def test_the_same_document_in_every_format_gives_the_same_text():
    texts = {}
    for suffix, fmt in (("txt", "text"), ("html", "html"), ("pdf", "pdf"), ("docx", "docx")):
        blocks = read((DATA / f"{SEED}.{suffix}").read_bytes(), fmt).blocks
        texts[fmt] = sorted(block.text for block in blocks)

    assert texts["html"] == texts["text"]
    assert texts["pdf"] == texts["text"]
    assert sorted(texts["docx"]) == sorted(texts["text"])
