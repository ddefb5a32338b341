import pytest

from section55.accounts.models import Role, User
from section55.core.demo import load_demo
from section55.reports.models import Finding, Report
from section55.responses.models import Response

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_soteria_report_with_its_five_recommendations_for_forces(tmp_path):
    load_demo(tmp_path)
    soteria = Report.objects.get(title__contains="national operating model for rape")
    refs = list(soteria.findings.filter(directed_at_forces=True).values_list("ref", flat=True))
    assert refs == ["3", "5", "7", "9", "11"]
    assert soteria.findings.get(ref="11").items[0].startswith("develop a rape")
    assert soteria.statutory_last_day.isoformat() == "2024-10-16"


def test_the_demo_has_reports_in_several_deadline_states(tmp_path):
    load_demo(tmp_path)
    states = {r.deadline_state().status for r in Response.objects.filter(body__slug="norfolk")}
    assert states == {"due", "overdue", "published_on_time", "published_late"}


def test_the_demo_creates_a_user_for_every_role_and_one_of_another_body(tmp_path):
    accounts = load_demo(tmp_path)
    roles = set(User.objects.filter(body__slug="norfolk").values_list("role", flat=True))
    assert roles == set(Role.values)
    assert User.objects.filter(body__slug="suffolk").exists()
    assert all(len(account.password) >= 16 for account in accounts)


def test_running_the_demo_again_keeps_what_was_stored_and_the_passwords(tmp_path):
    first = load_demo(tmp_path)
    report = Report.objects.first()
    report.title = "Changed by a person"
    report.save()
    second = load_demo(tmp_path)
    assert [a.password for a in first] == [a.password for a in second]
    assert Report.objects.filter(title="Changed by a person").exists()
    assert Finding.objects.count() == 13
    assert User.objects.filter(email=first[0].email).get().check_password(first[0].password)


def test_the_demo_tracker_has_items_in_several_states(tmp_path):
    from section55.tracking.models import ItemStatus, TrackedItem

    load_demo(tmp_path)
    statuses = set(
        TrackedItem.objects.filter(body__slug="norfolk").values_list("status", flat=True)
    )
    assert statuses == {
        ItemStatus.AWAITING_ALLOCATION,
        ItemStatus.IN_PROGRESS,
        ItemStatus.CLOSED_COMPLETED,
    }
