"""The structured source's helpers, and the outline every format follows."""

from section55.publishing.document import (
    BULLETED,
    NUMBERED,
    PARAGRAPH,
    TextBlock,
    text_blocks,
)
from section55.publishing.render import FORMATS, render_bytes
from section55.publishing.render.outline import Heading, long_date, outline, safe_url


def test_text_blocks_keeps_paragraphs_and_lists_apart():
    text = "One\nparagraph.\n\n1. first\n2. second\ncontinued\n\n3. third\n\n- a bullet\n\nEnd."

    assert text_blocks(text) == [
        TextBlock(PARAGRAPH, ("One paragraph.",)),
        TextBlock(NUMBERED, ("first", "second continued", "third")),
        TextBlock(BULLETED, ("a bullet",)),
        TextBlock(PARAGRAPH, ("End.",)),
    ]


def test_text_blocks_of_nothing_is_nothing():
    assert text_blocks(None) == [] == text_blocks("\n\n  \n")


def test_the_chief_officer_is_named_from_their_heading(seed):
    assert seed.chief_officer_title == "Chief Constable"


def test_dates_are_written_in_full():
    from datetime import date

    assert long_date(date(2024, 10, 6)) == "6 October 2024"


def test_only_web_addresses_are_linked():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,hi") is None
    assert safe_url("https:nohost") is None
    assert safe_url(None) is None


def test_the_outline_starts_with_the_title_and_ends_with_the_checklist(seed):
    nodes = outline(seed)
    headings = [node.text for node in nodes if isinstance(node, Heading) and node.level < 3]

    assert headings == [
        seed.title,
        "Key Findings",
        "Recommendations",
        "Areas For Improvement",
        seed.chief_officer_heading,
        seed.body_heading,
        "For Office Use Only:",
    ]


def test_every_format_is_named_with_its_media_type_and_extension(seed):
    assert {name: (f.media_type, f.extension) for name, f in FORMATS.items()} == {
        "html": ("text/html; charset=utf-8", "html"),
        "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        "pdf": ("application/pdf", "pdf"),
        "txt": ("text/plain; charset=utf-8", "txt"),
    }
    assert render_bytes(seed, "txt").decode("utf-8").startswith(seed.title)


def test_the_renderers_import_neither_django_nor_weasyprint_until_a_pdf_is_asked_for():
    import subprocess
    import sys

    code = (
        "import sys, section55.publishing.render; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'weasyprint'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    assert result.stdout.strip() == "[]", result.stderr


FORCE = "Norfolk Constabulary"


def test_the_count_of_recommendations_reads_right_for_one_two_and_more():
    from section55.publishing.document import recommendation_count_sentence as count

    assert count(1, 1, FORCE) == (
        "One recommendation is made within the report, and it is directed at Norfolk Constabulary."
    )
    assert count(1, 0, FORCE) == (
        "One recommendation is made within the report, and it is not directed at Norfolk "
        "Constabulary."
    )
    assert count(2, 2, FORCE).endswith(
        "report, both of which are directed at Norfolk Constabulary."
    )
    assert count(2, 1, FORCE).endswith("report, one of which is directed at Norfolk Constabulary.")
    assert count(2, 0, FORCE).endswith(
        "report, neither of which is directed at Norfolk Constabulary."
    )
    assert count(4, 4, FORCE).endswith("report, all of which are directed at Norfolk Constabulary.")
    assert count(4, 0, FORCE).endswith(
        "report, none of which are directed at Norfolk Constabulary."
    )
    assert count(0, 0, FORCE) == "No recommendations are made within the report."
    assert count(14, 5) == (
        "14 recommendations are made within the report, five of which are directed at Chief "
        "Constables and forces nationally."
    )


def test_the_count_says_how_many_recommendations_are_under_causes_of_concern():
    from section55.publishing.document import recommendation_count_sentence as count

    assert count(1, 1, FORCE, under_causes_of_concern=1).endswith(
        "It is set out under the cause of concern below."
    )
    assert count(2, 2, FORCE, under_causes_of_concern=2, causes_of_concern=2).endswith(
        "Both are set out under the causes of concern below."
    )
    assert count(4, 4, FORCE, under_causes_of_concern=4, causes_of_concern=2).endswith(
        "All of them are set out under the causes of concern below."
    )
    assert count(4, 4, FORCE, under_causes_of_concern=1).endswith(
        "One of them is set out under the cause of concern below."
    )


def test_text_typed_with_crlf_or_lone_cr_keeps_its_paragraphs():
    assert text_blocks("One.\r\n\r\nTwo.\r\rThree.\r\n\r\n- a\r\n- b") == [
        TextBlock(PARAGRAPH, ("One.",)),
        TextBlock(PARAGRAPH, ("Two.",)),
        TextBlock(PARAGRAPH, ("Three.",)),
        TextBlock(BULLETED, ("a", "b")),
    ]
