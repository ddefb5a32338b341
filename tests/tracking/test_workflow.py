from datetime import date

import pytest

from section55.accounts.models import Role
from section55.publishing.importing import import_response
from section55.tracking import workflow
from section55.tracking.models import ItemStatus, ItemUpdate, TrackedItem
from section55.tracking.services import track_findings
from section55.tracking.workflow import TransitionRefused
from tests.factories import make_finding, make_report, make_user
from tests.tracking.factories import make_tracked_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(body):
    return make_tracked_items(body)[0]


def test_publishing_opens_an_item_for_each_finding_directed_at_the_force(body):
    items = make_tracked_items(body, count=3)
    assert [i.status for i in items] == [ItemStatus.AWAITING_ALLOCATION] * 3
    assert items[0].target_on == date(2025, 1, 31)
    assert track_findings(items[0].response) == []  # never twice


def test_importing_the_seed_opens_its_five_items(body):
    from pathlib import Path

    seed = (
        Path(__file__).parents[1] / "data" / "extraction" / "norfolk-pcc-response-soteria-2024.txt"
    )
    import_response(seed.read_bytes(), seed.name, body)
    refs = sorted(
        TrackedItem.objects.filter(body=body).values_list("finding__ref", flat=True), key=int
    )
    assert refs == ["3", "5", "7", "9", "11"]


def test_an_item_is_allocated_progressed_and_closed_by_an_approver(
    item, editor, approver, force_liaison
):
    workflow.allocate(item, editor, force_liaison, date(2025, 3, 31))
    ItemUpdate.objects.create(
        item=item, written_by=force_liaison, text="Training delivered to 40 officers"
    )
    workflow.request_sign_off(item, force_liaison)
    workflow.close_completed(item, approver, "Training records seen at the March review")
    item.refresh_from_db()
    assert item.status == ItemStatus.CLOSED_COMPLETED
    assert item.closed_on is not None
    steps = list(item.status_changes.values_list("to_status", "changed_by"))
    assert steps == [
        (ItemStatus.IN_PROGRESS, editor.pk),
        (ItemStatus.AWAITING_SIGN_OFF, force_liaison.pk),
        (ItemStatus.CLOSED_COMPLETED, approver.pk),
    ]


@pytest.mark.parametrize("role", [Role.EDITOR, Role.FORCE_LIAISON, Role.VIEWER, Role.ADMINISTRATOR])
def test_only_an_approver_can_close_an_item(body, item, role):
    with pytest.raises(TransitionRefused, match="role"):
        workflow.close_no_further_action(item, make_user(body, role), "Not needed")
    assert TrackedItem.objects.get(pk=item.pk).status == ItemStatus.AWAITING_ALLOCATION


def test_sign_off_needs_an_update_first(item, editor, force_liaison):
    workflow.allocate(item, editor, force_liaison)
    with pytest.raises(TransitionRefused, match="Add an update"):
        workflow.request_sign_off(item, force_liaison)


def test_an_owner_from_another_body_is_refused(item, editor, other_body_user):
    with pytest.raises(TransitionRefused, match="your own office"):
        workflow.allocate(item, editor, other_body_user)


def test_another_bodys_approver_cannot_close_an_item(item, other_body):
    with pytest.raises(TransitionRefused):
        workflow.close_no_further_action(item, make_user(other_body, Role.APPROVER), "x")


def test_a_superseded_item_names_the_later_finding_and_both_show_the_link(body, item, approver):
    later = make_finding(make_report(body, forces=[body.force], title="The later report"), ref="1")
    workflow.close_superseded(item, approver, later, "Repeated in the 2025 PEEL report")
    item.refresh_from_db()
    assert item.superseded_by == later
    assert list(later.supersedes.all()) == [item]


def test_closing_needs_a_reason(item, approver):
    with pytest.raises(TransitionRefused, match="Say why"):
        workflow.close_no_further_action(item, approver, " ")


def test_a_closed_item_can_be_reopened_with_a_reason(item, editor, approver, force_liaison):
    workflow.allocate(item, editor, force_liaison)
    workflow.close_no_further_action(item, approver, "Force decided not to proceed")
    workflow.reopen(item, approver, "The panel asked for it to be tracked")
    item.refresh_from_db()
    assert (item.status, item.closure_reason, item.closed_on) == (ItemStatus.IN_PROGRESS, "", None)


def test_overdue_items_are_open_items_past_their_target(body):
    items = make_tracked_items(body, due_on=date(2020, 1, 1))
    assert set(TrackedItem.objects.overdue(date(2024, 1, 1))) == set(items)
    assert not TrackedItem.objects.overdue(date(2019, 12, 31)).exists()
