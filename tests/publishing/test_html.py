"""The HTML document: standalone, accessible, and immune to markup in any field."""

import dataclasses
import re

from section55.publishing.document import DocumentFinding
from section55.publishing.render import render_html, render_html_fragment

HOSTILE = "<script>alert(1)</script></title><img src=x onerror=alert(2)>\"'&"


def hostile_document(seed):
    finding = DocumentFinding(
        "recommendation",
        f"Recommendation 1 {HOSTILE}",
        f"The force should {HOSTILE}",
        items=(HOSTILE,),
        chief_officer_position=HOSTILE,
        chief_officer_response=HOSTILE,
        body_explanation=HOSTILE,
    )
    fields = ["title", "inspection_title", "forces", "key_findings", "chief_officer_comments"]
    fields += ["body_comments", "body_heading", "chief_officer_heading", "author"]
    return dataclasses.replace(
        seed,
        **{name: HOSTILE for name in fields},
        publication_types=(HOSTILE,),
        recommendations=(finding,),
        checklist=(HOSTILE,),
        body_response_to_chief_officer=HOSTILE,
        report_url="javascript:alert(3)",
        language='en-GB"><script>',
    )


def test_the_html_is_a_standalone_document_in_the_documents_language(rendered):
    html = rendered["html"]

    assert html.startswith('<!DOCTYPE html>\n<html lang="en-GB">')
    assert '<meta charset="utf-8">' in html
    assert html.rstrip().endswith("</html>")
    assert html.count("<main>") == 1


def test_the_html_title_names_the_body(rendered, seed):
    title = re.search(r"<title>(.*)</title>", rendered["html"]).group(1)

    assert title.startswith("Norfolk&#x27;s Police and Crime Commissioner (PCC) response")


def test_the_html_has_one_h1_then_h2_sections_and_h3_findings(rendered):
    levels = [int(level) for level in re.findall(r"<h([1-6])>", rendered["html"])]

    assert levels.count(1) == 1 and levels[0] == 1
    assert set(levels) == {1, 2, 3}
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_the_inspection_details_are_a_description_list(rendered):
    html = rendered["html"]

    assert html.count("<dl>") == 1
    assert "<dt>Published on:</dt>\n<dd>22 August 2024</dd>" in html
    assert "<dt>Section 55 Response Deadline:</dt>\n<dd>16 October 2024</dd>" in html


def test_the_report_link_is_a_real_link(rendered, seed):
    assert f'<a href="{seed.report_url}">' in rendered["html"]


def test_lists_are_lists_and_the_restated_items_are_bold(rendered):
    html = rendered["html"]

    assert "<ol><li>To what extent have forces adopted" in html
    assert "<ul><li>forces track, manage and respond" in html
    assert "<ul><li><strong>forces track, manage and respond" in html


def test_the_html_has_no_script_and_a_print_friendly_stylesheet(rendered):
    html = rendered["html"]

    assert "<script" not in html
    assert html.count("<style>") == 1
    assert "@page" in html and "@media print" in html


def test_the_fragment_is_the_content_of_main(rendered, seed):
    fragment = render_html_fragment(seed)

    assert fragment.startswith("<h1>")
    assert "<main" not in fragment and "<html" not in fragment and "<style" not in fragment
    assert f"<main>\n{fragment}\n</main>" in rendered["html"]


def test_hostile_text_in_any_field_is_escaped(seed):
    html = render_html(hostile_document(seed))

    assert "<script" not in html
    assert "<img" not in html
    assert html.count("</title>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/title&gt;" in html
    assert 'lang="en-GB&quot;&gt;&lt;script&gt;"' in html


def test_a_link_that_is_not_a_web_address_is_shown_but_never_linked(seed):
    html = render_html(hostile_document(seed))

    assert "href" not in html
    assert "<dd>javascript:alert(3)</dd>" in html


def test_control_characters_are_dropped(seed):
    html = render_html(dataclasses.replace(seed, forces="All\x00 local\x0b forces"))

    assert "<dd>All local forces</dd>" in html
