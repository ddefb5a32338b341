from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from section55.responses.models import Response
from tests.factories import make_report

pytestmark = pytest.mark.django_db


def test_the_dashboard_shows_each_of_the_bodys_reports_with_its_deadline_state(
    signed_in, editor, body
):
    today = timezone.localdate()
    make_report(body, title="Due soon", published_on=today - timedelta(days=43))
    make_report(body, title="Overdue", published_on=today - timedelta(days=58))
    late = make_report(body, title="Published late", published_on=date(2024, 8, 22))
    Response.objects.filter(report=late, body=body).update(published_on=date(2024, 10, 18))

    page = signed_in(editor).get(reverse("reports:dashboard")).content.decode()

    assert "Due in 12 days" in page
    assert "Overdue by 3 days" in page
    assert "Published 2 days late" in page
    assert "16 Oct 2024" in page


def test_the_dashboard_lists_the_soonest_deadline_first(signed_in, editor, body):
    today = timezone.localdate()
    make_report(body, title="Later report", published_on=today - timedelta(days=10))
    make_report(body, title="Earlier report", published_on=today - timedelta(days=30))
    page = signed_in(editor).get(reverse("reports:dashboard")).content.decode()
    assert page.index("Earlier report") < page.index("Later report")


def test_the_dashboard_shows_nothing_of_another_bodys_force_reports(signed_in, editor, other_body):
    make_report(other_body, title="Suffolk only", forces=[other_body.force])
    page = signed_in(editor).get(reverse("reports:dashboard")).content.decode()
    assert "Suffolk only" not in page


def test_a_national_report_appears_on_every_bodys_dashboard(signed_in, other_body_user, body):
    make_report(body, title="A national thematic report")
    page = signed_in(other_body_user).get(reverse("reports:dashboard")).content.decode()
    assert "A national thematic report" in page


def test_a_person_without_a_body_is_told_to_ask_an_administrator(signed_in, db):
    from section55.accounts.models import Role
    from tests.factories import make_user

    page = (
        signed_in(make_user(None, Role.VIEWER)).get(reverse("reports:dashboard")).content.decode()
    )
    assert "not attached to a policing body" in page
