"""What the tracker pages show, with the rules kept out of the templates."""

from functools import cached_property

from django.db.models import Count
from django.utils import timezone

from section55.core.actions import Action, ActionRule, actions_for
from section55.reports.models import Report
from section55.tracking import workflow
from section55.tracking.forms import TrackerFilterForm
from section55.tracking.models import ItemStatus, TrackedItem

STATUS_COLOURS = {
    ItemStatus.AWAITING_ALLOCATION: "govuk-tag--grey",
    ItemStatus.IN_PROGRESS: "govuk-tag--blue",
    ItemStatus.AWAITING_SIGN_OFF: "govuk-tag--purple",
    ItemStatus.CLOSED_COMPLETED: "govuk-tag--green",
    ItemStatus.CLOSED_SUPERSEDED: "govuk-tag--turquoise",
    ItemStatus.CLOSED_NO_FURTHER_ACTION: "govuk-tag--grey",
}
RAG_COLOURS = {"red": "govuk-tag--red", "amber": "govuk-tag--orange", "green": "govuk-tag--green"}


class TrackerPresenter:
    def __init__(self, body, query):
        self.body = body
        self.today = timezone.localdate()
        reports = Report.objects.filter(findings__tracked_items__body=body).distinct()
        self.form = TrackerFilterForm(query or None, reports=reports)

    @cached_property
    def items(self) -> list[TrackedItem]:
        items = TrackedItem.objects.for_body(self.body).with_finding()
        if self.form.is_bound and self.form.is_valid():
            items = self._filtered(items, self.form.cleaned_data)
        return list(items.order_by("status", "target_on", "pk"))

    def _filtered(self, items, data):
        status = data.get("status")
        if status == "open":
            items = items.open()
        elif status == "overdue":
            items = items.overdue(self.today)
        elif status:
            items = items.filter(status=status)
        if data.get("report"):
            items = items.filter(finding__report=data["report"])
        return items

    @cached_property
    def counts(self) -> list[tuple[str, int]]:
        totals = dict(
            TrackedItem.objects.for_body(self.body).values_list("status").annotate(n=Count("pk"))
        )
        return [(label, totals.get(value, 0)) for value, label in ItemStatus.choices]

    @cached_property
    def overdue_count(self) -> int:
        return TrackedItem.objects.for_body(self.body).overdue(self.today).count()

    def rows(self):
        return [
            (item, STATUS_COLOURS[item.status], item.is_overdue(self.today)) for item in self.items
        ]


class ItemPresenter:
    def __init__(self, item: TrackedItem, user):
        self.item = item
        self.user = user

    @property
    def status_colour(self):
        return STATUS_COLOURS[self.item.status]

    @property
    def rag_colour(self):
        return RAG_COLOURS.get(self.item.rag, "")

    @property
    def overdue(self) -> bool:
        return self.item.is_overdue()

    @cached_property
    def answer(self):
        if self.item.response is None:
            return None
        return self.item.response.finding_responses.filter(finding=self.item.finding).first()

    @cached_property
    def updates(self):
        return list(self.item.updates.select_related("written_by").prefetch_related("evidence"))

    @cached_property
    def actions(self):
        return list(self.item.actions.all())

    @cached_property
    def reviews(self):
        return list(self.item.reviews.select_related("reviewer"))

    @cached_property
    def changes(self):
        return list(self.item.status_changes.select_related("changed_by"))

    @cached_property
    def supersedes(self):
        return list(
            self.item.finding.supersedes.filter(body=self.item.body).select_related(
                "finding__report"
            )
        )

    @cached_property
    def finding_links(self) -> list[tuple[str, object]]:
        """The body's links between this finding and others: (how, the other finding)."""
        from section55.reports.models import FindingLink

        links = FindingLink.objects.filter(body=self.item.body).select_related(
            "earlier__report", "later__report"
        )
        finding_id = self.item.finding_id
        earlier = [
            (link.get_kind_display(), link.earlier) for link in links.filter(later_id=finding_id)
        ]
        later = [
            ("Superseded by" if link.kind == "supersedes" else "Repeated by", link.later)
            for link in links.filter(earlier_id=finding_id)
        ]
        return earlier + later

    @property
    def can_progress(self) -> bool:
        return self.item.is_open and self.user.role in workflow.PROGRESSORS

    @cached_property
    def buttons(self) -> list[Action]:
        return actions_for(_RULES, self.item, self.user.role)


def _rule(label, name, statuses, roles, method="get", secondary=False, args=()):
    return ActionRule(
        label, f"tracking:{name}", frozenset(statuses), frozenset(roles), method, secondary, args
    )


_OPEN = {ItemStatus.AWAITING_ALLOCATION, ItemStatus.IN_PROGRESS, ItemStatus.AWAITING_SIGN_OFF}
_CLOSED = {
    ItemStatus.CLOSED_COMPLETED,
    ItemStatus.CLOSED_SUPERSEDED,
    ItemStatus.CLOSED_NO_FURTHER_ACTION,
}
_RULES = [
    _rule("Allocate", "allocate", {ItemStatus.AWAITING_ALLOCATION}, workflow.ALLOCATORS),
    _rule("Add an update", "update", _OPEN, workflow.PROGRESSORS),
    _rule(
        "Ask for sign-off", "sign-off", {ItemStatus.IN_PROGRESS}, workflow.PROGRESSORS, "post", True
    ),
    _rule("Add an action", "action", _OPEN, workflow.PROGRESSORS, secondary=True),
    _rule("Record a review", "review", _OPEN | _CLOSED, workflow.ALLOCATORS, secondary=True),
    _rule("Close the item", "close", _OPEN, workflow.APPROVERS),
    _rule(
        "Return to in progress",
        "with-reason",
        {ItemStatus.AWAITING_SIGN_OFF},
        workflow.APPROVERS,
        secondary=True,
        args=("return",),
    ),
    _rule(
        "Reopen the item",
        "with-reason",
        _CLOSED,
        workflow.APPROVERS,
        secondary=True,
        args=("reopen",),
    ),
]
