import io

import docx
import pypdfium2
import pytest

from section55.dashboards.panel.report import build_panel_report, long_date
from tests.dashboards.factories import days_ago
from tests.publishing.helpers import pdf_fonts, pdf_language, pdf_objects, structure_types

pytestmark = pytest.mark.django_db

SECTIONS = ("Summary", "New items", "Progress", "Closed items", "Overdue items")


def _period(start, end) -> str:
    return (
        f"start_day={start.day}&start_month={start.month}&start_year={start.year}"
        f"&end_day={end.day}&end_month={end.month}&end_year={end.year}"
    )


LAST_MONTH = _period(days_ago(30), days_ago(0))


def test_the_report_lists_what_changed_in_the_period(known, body):
    report = build_panel_report(body, days_ago(30), days_ago(0))
    assert report.summary == [
        ("New items", 1),
        ("Progress", 2),
        ("Closed items", 1),
        ("Overdue items", 2),
    ]
    assert report.section("new").rows[0][1].startswith("Recommendation 4: The force should audit")
    progress = [row[3] for row in report.section("progressed").rows]
    assert progress == [
        "Update: Training plan agreed (1 evidence file)",
        "Status changed from in progress to awaiting sign-off: Audit finished",
    ]
    closed = report.section("closed").rows[0]
    assert closed[3:] == ("Closed: completed", "Evidence of training accepted")
    assert [row[3] for row in report.section("overdue").rows] == ["10 days", "1 day"]


def test_an_earlier_period_shows_only_what_happened_then(known, body):
    report = build_panel_report(body, days_ago(120), days_ago(90))
    assert [row[3] for row in report.section("progressed").rows] == ["Update: An old update"]
    assert report.section("new").rows == []
    assert report.section("closed").rows == []
    # Overdue as at the end of that period: only the item 10 days overdue today was not yet due.
    assert report.section("overdue").rows == []


def test_the_page_has_every_section_and_links_to_the_documents(signed_in, editor, known):
    page = signed_in(editor).get(f"/insights/panel-report/?{LAST_MONTH}").content.decode()
    for heading in SECTIONS:
        assert f">{heading}</h2>" in page
    assert "Training plan agreed" in page
    assert f"/insights/panel-report.docx?{LAST_MONTH.replace('&', '&amp;')}" in page
    assert 'href="/assets/dashboards/dashboards.css"' in page
    assert "app-no-print" in page


def test_the_first_visit_asks_for_a_period_without_an_error(signed_in, editor):
    response = signed_in(editor).get("/insights/panel-report/")
    assert response.status_code == 200
    assert "There is a problem" not in response.content.decode()
    assert "Start date" in response.content.decode()


@pytest.mark.parametrize(
    "query, message",
    [
        (_period(days_ago(0), days_ago(30)), "The end date must be the same as or after the start"),
        ("start_day=40&start_month=1&start_year=2025", "The start date must be a real date"),
        ("start_day=1&start_month=1&start_year=2025", "Enter the end date"),
        ("start_day=1&start_year=2025&end_day=1&end_month=2&end_year=2025", "must include a day"),
    ],
)
@pytest.mark.parametrize("address", ["/insights/panel-report/", "/insights/panel-report.pdf"])
def test_a_malformed_or_reversed_period_is_a_clear_error(
    signed_in, editor, address, query, message
):
    response = signed_in(editor).get(f"{address}?{query}")
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert response["Content-Type"].startswith("text/html")


def _docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _pdf_text(content: bytes) -> str:
    pdf = pypdfium2.PdfDocument(content)
    text = " ".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf)))
    return " ".join(text.split())  # lines wrap inside table cells


def test_the_docx_has_every_section_in_order_with_real_tables(signed_in, editor, known):
    response = signed_in(editor).get(f"/insights/panel-report.docx?{LAST_MONTH}")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'attachment; filename="norfolk-panel-report-' in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:] == list(SECTIONS)
    assert document.core_properties.title.endswith(
        f"{long_date(days_ago(30))} to {long_date(days_ago(0))}"
    )
    text = _docx_text(response.content)
    assert "Training plan agreed" in text and "Evidence of training accepted" in text
    assert len(document.tables) == 5


def _assert_in_order(text, headings):
    position = text.index("prepared on")
    for heading in headings:
        position = text.index(heading, position)


def test_the_pdf_is_tagged_and_has_every_section(signed_in, editor, known):
    response = signed_in(editor).get(f"/insights/panel-report.pdf?{LAST_MONTH}")
    assert response["Content-Type"] == "application/pdf"
    assert b"/StructTreeRoot" in pdf_objects(response.content)
    assert pdf_language(response.content) == "en-GB"
    assert {"H1", "H2", "Table", "TH", "TD"} <= set(structure_types(response.content, 0))
    text = _pdf_text(response.content)
    _assert_in_order(text, SECTIONS)
    assert "Training plan agreed" in text
    assert "Alpha inspection of stalking" in text
    assert {name for name, embedded in pdf_fonts(response.content) if embedded} == {
        "Arimo",
        "Arimo-Bold",
    }


def test_another_bodys_user_gets_a_report_without_this_bodys_items(
    signed_in, other_body_user, known
):
    client = signed_in(other_body_user)
    page = client.get(f"/insights/panel-report/?{LAST_MONTH}").content.decode()
    assert "No new items were opened in the period." in page
    assert "Alpha inspection" not in page and "Training plan" not in page
    text = _docx_text(client.get(f"/insights/panel-report.docx?{LAST_MONTH}").content)
    assert "Alpha inspection" not in text
