import pytest

from section55.dashboards.metrics import BodyDashboard
from tests.dashboards.factories import days_ago, make_known_tracker

pytestmark = pytest.mark.django_db


def test_the_numbers_on_a_known_tracker_are_right(known, body):
    dashboard = BodyDashboard(body)
    assert dashboard.summary == {
        "total": 6,
        "open": 4,
        "closed": 2,
        "overdue": 2,
        "due_30": 1,
        "due_90": 2,
    }
    assert dict(dashboard.by_status) == {
        "Awaiting allocation": 1,
        "In progress": 2,
        "Awaiting sign-off": 1,
        "Closed: completed": 1,
        "Closed: superseded": 0,
        "Closed: no further action": 1,
    }


def test_items_by_report_split_open_overdue_and_closed(known, body):
    rows = {row.title: row for row in BodyDashboard(body).by_report}
    alpha, beta = rows["Alpha inspection of stalking"], rows["Beta inspection of custody"]
    assert (alpha.on_track, alpha.overdue, alpha.closed) == (2, 1, 1)
    assert (beta.on_track, beta.overdue, beta.closed) == (0, 1, 1)
    assert list(rows) == ["Alpha inspection of stalking", "Beta inspection of custody"]


def test_overdue_items_are_listed_longest_overdue_first_with_their_days(known, body):
    overdue = BodyDashboard(body).overdue_items
    assert [(item.finding.report.title, days) for item, days in overdue] == [
        ("Alpha inspection of stalking", 10),
        ("Beta inspection of custody", 1),
    ]


def test_due_ahead_counts_item_targets_and_statutory_last_days(known, body):
    dashboard = BodyDashboard(body)
    assert [(row.kind, row.days) for row in dashboard.due_ahead] == [
        ("Statutory last day to publish", 15),
        ("Target date", 20),
        ("Target date", 60),
    ]
    assert dashboard.due_counts == [(30, 2), (90, 3)]


def test_a_published_response_is_no_longer_due(known, body):
    known.pending.responses.update(published_on=days_ago(1))
    kinds = [row.kind for row in BodyDashboard(body).due_ahead]
    assert "Statutory last day to publish" not in kinds


def test_the_on_time_record_judges_each_published_response_by_the_statutory_last_day(known, body):
    record = BodyDashboard(body).on_time
    assert (record.on_time, record.late, record.unknown) == (1, 1, 0)
    assert record.percent_on_time == 50
    assert [(r.report.title, s.words) for r, s in record.late_rows] == [
        ("Beta inspection of custody", "published 5 days late")
    ]


def test_time_to_closure_has_a_median_and_a_distribution(known, body):
    dashboard = BodyDashboard(body)
    assert dashboard.days_to_closure == [30, 100]
    assert dashboard.median_days_to_closure == 65
    assert dict(dashboard.closure_bands)["Within 90 days"] == 1
    assert dict(dashboard.closure_bands)["91 to 180 days"] == 1


def test_filters_narrow_every_figure(known, body):
    by_report = BodyDashboard(body, {"report": known.beta.slug})
    assert by_report.summary["total"] == 2
    assert by_report.on_time.late == 1 and by_report.on_time.on_time == 0
    by_status = BodyDashboard(body, {"status": "in_progress"})
    assert by_status.summary["total"] == 2
    by_dates = BodyDashboard(body, {"start": days_ago(500), "end": days_ago(300)})
    assert by_dates.summary["total"] == 4


def test_the_page_shows_charts_with_titles_and_the_same_numbers_as_tables(signed_in, editor, known):
    page = signed_in(editor).get("/insights/").content.decode()
    assert page.count('role="img"') == 4
    assert '<title id="chart-status-title">Tracked items by status</title>' in page
    assert "In progress: 2" in page  # the chart's description
    assert "Median: 65 days" in page
    assert "50% of published responses (1 of 2)" in page
    assert "Gamma inspection not yet answered" in page


def test_filters_are_kept_in_the_address_and_applied(signed_in, editor, known):
    client = signed_in(editor)
    address = f"/insights/?report={known.beta.slug}&status=in_progress"
    page = client.get(address).content.decode()
    assert f'<option value="{known.beta.slug}" selected>' in page
    assert '<option value="in_progress" selected>' in page
    assert "1 tracked item: 1 open, 0 closed" in page
    assert f"tracker.csv?report={known.beta.slug}&amp;status=in_progress" in page


def test_dates_in_the_address_filter_by_report_publication(signed_in, editor, known):
    old = days_ago(900)
    query = f"start_day={old.day}&start_month={old.month}&start_year={old.year}"
    end = days_ago(700)
    query += f"&end_day={end.day}&end_month={end.month}&end_year={end.year}"
    page = signed_in(editor).get(f"/insights/?{query}").content.decode()
    assert "2 tracked items: 1 open, 1 closed" in page
    assert f'name="start_year" type="text" inputmode="numeric" value="{old.year}"' in page


def test_a_reversed_or_malformed_date_range_is_a_clear_error(signed_in, editor, known):
    client = signed_in(editor)
    page = client.get(
        "/insights/?start_day=1&start_month=6&start_year=2025&end_day=1&end_month=1&end_year=2025"
    ).content.decode()
    assert "There is a problem" in page
    assert "The end date must be the same as or after the start date" in page
    page = client.get("/insights/?start_day=31&start_month=2&start_year=2025").content.decode()
    assert "The start date must be a real date" in page


def test_the_page_makes_a_fixed_number_of_queries_however_many_items(
    signed_in, editor, body, known, django_assert_max_num_queries
):
    client = signed_in(editor)
    with django_assert_max_num_queries(13):
        client.get("/insights/")
    for _ in range(3):
        make_known_tracker(body, editor)
    with django_assert_max_num_queries(13):
        assert "24 tracked items" in client.get("/insights/").content.decode()


def test_another_bodys_user_sees_none_of_this_bodys_data(signed_in, other_body_user, known):
    client = signed_in(other_body_user)
    page = client.get("/insights/").content.decode()
    assert "Alpha inspection" not in page and "0 tracked items" in page
    page = client.get(f"/insights/?report={known.alpha.slug}").content.decode()
    assert "Select a valid choice" in page
    assert "Alpha inspection" not in page


def test_a_user_without_a_body_is_told_so(signed_in, known):
    from section55.accounts.models import Role
    from tests.factories import make_user

    page = signed_in(make_user(None, Role.VIEWER)).get("/insights/").content.decode()
    assert "not attached to a policing body" in page


@pytest.mark.parametrize(
    "address",
    [
        "/insights/",
        "/insights/tracker.csv",
        "/insights/tracker.xlsx",
        "/insights/panel-report/",
        "/insights/panel-report.docx",
        "/insights/panel-report.pdf",
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, address):
    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in")
