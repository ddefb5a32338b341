import csv
import io
import json

import openpyxl
import pytest
from django.http import StreamingHttpResponse

from section55.dashboards.exports.files import safe_cell
from section55.tracking.models import TrackedItem
from tests.dashboards.factories import days_ago, tracked_report

pytestmark = pytest.mark.django_db


def _csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+44 1603", "'+44 1603"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("A plain sentence", "A plain sentence"),
        (None, ""),
        (True, "yes"),
        (3, "3"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_made_text(value, expected):
    assert safe_cell(value) == expected


def test_the_tracker_csv_streams_one_row_per_item(signed_in, editor, known):
    response = signed_in(editor).get("/insights/tracker.csv")
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="norfolk-tracker-')
    rows = _csv(response)
    assert len(rows) == 6
    first = next(row for row in rows if row["Finding text"].startswith("The force should train"))
    assert first["Status"] == "In progress"
    assert first["Overdue"] == "yes"
    assert first["Target date"] == days_ago(10).isoformat()
    assert first["Updates"] == "2"
    assert first["Owner"] == editor.email


def test_the_tracker_csv_guards_against_formulas(signed_in, editor, known):
    rows = _csv(signed_in(editor).get("/insights/tracker.csv"))
    texts = [row["Finding text"] for row in rows]
    assert '\'=HYPERLINK("http://example.org","click")' in texts
    assert not any(text.startswith("=") for row in rows for text in row.values())


def test_the_tracker_export_keeps_the_dashboard_filters(signed_in, editor, known):
    rows = _csv(signed_in(editor).get(f"/insights/tracker.csv?report={known.beta.slug}"))
    assert {row["Report"] for row in rows} == {"Beta inspection of custody"}


def test_the_tracker_xlsx_has_typed_dates_and_safe_text(signed_in, editor, known):
    response = signed_in(editor).get("/insights/tracker.xlsx")
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["Tracker"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Report", "Report published", "Finding")
    assert len(rows) == 7
    formulas = [cell for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    assert formulas == []
    assert '\'=HYPERLINK("http://example.org","click")' in [row[5] for row in rows]
    assert {row[1].date() for row in rows[1:]} == {days_ago(400), days_ago(800)}


def test_another_bodys_user_exports_none_of_this_bodys_items(signed_in, other_body_user, known):
    client = signed_in(other_body_user)
    assert _csv(client.get("/insights/tracker.csv")) == []
    sheet = openpyxl.load_workbook(io.BytesIO(client.get("/insights/tracker.xlsx").content))
    assert sheet["Tracker"].max_row == 1


def test_open_data_lists_published_responses_for_anyone(client, known):
    response = client.get("/bodies/norfolk/open-data/responses.json")
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = json.loads(response.content)
    assert data["body"]["slug"] == "norfolk"
    records = {record["report_title"]: record for record in data["responses"]}
    assert set(records) == {"Alpha inspection of stalking", "Beta inspection of custody"}
    beta = records["Beta inspection of custody"]
    assert beta["published_on_time"] is False
    assert beta["deadline"] == "published 5 days late"
    assert beta["page_url"].endswith(f"/bodies/norfolk/responses/{known.beta.slug}/")


def test_open_data_never_includes_a_draft_response(client, known):
    page = client.get("/bodies/norfolk/open-data/responses.csv")
    rows = _csv(page)
    assert "Gamma inspection not yet answered" not in {row["report_title"] for row in rows}
    assert page["Content-Disposition"] == 'attachment; filename="norfolk-responses.csv"'


def test_open_data_tracker_gives_public_statuses_only(client, known, editor):
    data = json.loads(client.get("/bodies/norfolk/open-data/tracker.json").content)
    items = data["tracked_items"]
    assert len(items) == 6
    assert {item["status_label"] for item in items} >= {"In progress", "Closed: completed"}
    text = json.dumps(data)
    for private in ("Internal note", "Training plan", "An old update", editor.email, "plan.pdf"):
        assert private not in text


def test_open_data_tracker_leaves_out_items_of_an_unpublished_response(client, body):
    tracked_report(body, "Unpublished report", days_ago(10), ["Draft finding text"])
    assert TrackedItem.objects.filter(finding__text="Draft finding text").exists()
    rows = _csv(client.get("/bodies/norfolk/open-data/tracker.csv"))
    assert rows == []


def test_open_data_csv_guards_against_formulas(client, known):
    rows = _csv(client.get("/bodies/norfolk/open-data/tracker.csv"))
    assert '\'=HYPERLINK("http://example.org","click")' in [r["finding_text"] for r in rows]


def test_open_data_has_a_page_listing_the_files(client, known):
    page = client.get("/bodies/norfolk/open-data/").content.decode()
    assert "/bodies/norfolk/open-data/tracker.csv" in page


@pytest.mark.parametrize(
    "address",
    ["/bodies/nowhere/open-data/tracker.json", "/bodies/norfolk/open-data/secrets.json"],
)
def test_an_unknown_body_or_dataset_is_not_found(client, address):
    assert client.get(address).status_code == 404


def test_open_data_makes_a_fixed_number_of_queries(client, known, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        client.get("/bodies/norfolk/open-data/responses.json")
    with django_assert_max_num_queries(5):
        client.get("/bodies/norfolk/open-data/tracker.json")
