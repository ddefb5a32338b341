"""What the response page shows: its stage, what is missing, and what this person can do next."""

from dataclasses import dataclass
from functools import cached_property

from section55.accounts.models import Role
from section55.core.actions import Action, ActionRule, actions_for
from section55.responses import completeness, workflow
from section55.responses.models import Response, Status

STATUS_COLOURS = {
    Status.DRAFT: "govuk-tag--grey",
    Status.CHIEF_OFFICER_INVITED: "govuk-tag--blue",
    Status.CHIEF_OFFICER_RECEIVED: "govuk-tag--light-blue",
    Status.AWAITING_APPROVAL: "govuk-tag--purple",
    Status.APPROVED: "govuk-tag--turquoise",
    Status.PUBLISHED: "govuk-tag--green",
    Status.NOT_REQUIRED: "govuk-tag--grey",
}


@dataclass(frozen=True)
class FindingRow:
    finding: object
    answer: object


class ResponsePresenter:
    def __init__(self, response: Response, user):
        self.response = response
        self.user = user

    @property
    def status_colour(self) -> str:
        return STATUS_COLOURS[self.response.status]

    @cached_property
    def deadline_state(self):
        return self.response.deadline_state()

    @cached_property
    def missing(self) -> list[str]:
        if self.response.status in (Status.PUBLISHED, Status.NOT_REQUIRED):
            return []
        return completeness.missing_for_approval(self.response)

    @cached_property
    def finding_rows(self) -> list[FindingRow]:
        answers = self.response.finding_responses_by_finding()
        findings = (
            self.response.report.findings.filter(directed_at_forces=True)
            | self.response.recommendations()
        )
        return [
            FindingRow(f, answers.get(f.pk)) for f in findings.distinct().order_by("position", "pk")
        ]

    @cached_property
    def actions(self) -> list[Action]:
        return actions_for(_ACTION_RULES, self.response, self.user.role)

    @cached_property
    def tracked_items(self):
        return list(self.response.tracked_items.select_related("finding"))

    @cached_property
    def versions(self):
        return list(self.response.versions.all())

    @cached_property
    def checklist(self) -> list[tuple[str, object]]:
        """Each office-use item with its record, or None while it is not done."""
        from section55.publishing.builder import checklist_items

        done = {
            entry.item: entry for entry in self.response.checklist_entries.select_related("done_by")
        }
        return [(item, done.get(item)) for item in checklist_items(self.response.body)]

    @property
    def can_keep_checklist(self) -> bool:
        return self.response.status == Status.PUBLISHED and self.user.role in workflow.PUBLISHERS

    @property
    def changes(self):
        return self.response.status_changes.select_related("changed_by")


def _rule(label, name, statuses, roles, method="get", secondary=False, transition=False):
    if transition:
        return ActionRule(
            label,
            "responses:transition",
            frozenset(statuses),
            frozenset(roles),
            method,
            secondary,
            (name,),
        )
    return ActionRule(
        label, f"responses:{name}", frozenset(statuses), frozenset(roles), method, secondary
    )


_ACTION_RULES = [
    _rule("Invite the chief officer to comment", "invite", {Status.DRAFT}, workflow.EDITORS),
    _rule(
        "Write the chief officer's comments",
        "chief-officer",
        {Status.CHIEF_OFFICER_INVITED},
        {Role.FORCE_LIAISON},
    ),
    _rule(
        "Submit the chief officer's comments",
        "submit-chief-officer-comments",
        {Status.CHIEF_OFFICER_INVITED},
        {Role.FORCE_LIAISON},
        "post",
        transition=True,
    ),
    _rule(
        "Write the body's comments",
        "body",
        {Status.DRAFT, Status.CHIEF_OFFICER_INVITED, Status.CHIEF_OFFICER_RECEIVED},
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "Change the date or send the invitation again",
        "invitation",
        {Status.CHIEF_OFFICER_INVITED},
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "Withdraw the invitation",
        "withdraw-invitation",
        {Status.CHIEF_OFFICER_INVITED},
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "Return the chief officer's comments for changes",
        "return-chief-officer-comments",
        {Status.CHIEF_OFFICER_RECEIVED},
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "Record that no comments were submitted",
        "not-submitted",
        {Status.CHIEF_OFFICER_INVITED},
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "Send for approval",
        "submit-for-approval",
        {Status.CHIEF_OFFICER_RECEIVED},
        workflow.EDITORS,
        "post",
        transition=True,
    ),
    _rule(
        "Approve the response",
        "approve",
        {Status.AWAITING_APPROVAL},
        workflow.APPROVERS,
        "post",
        transition=True,
    ),
    _rule(
        "Return for changes",
        "return-for-changes",
        {Status.AWAITING_APPROVAL, Status.APPROVED},
        workflow.APPROVERS,
        secondary=True,
    ),
    _rule("Publish the response", "publish", {Status.APPROVED}, workflow.PUBLISHERS, "post"),
    _rule(
        "Correct the published response",
        "correct",
        {Status.PUBLISHED},
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "Mark as not required",
        "not-required",
        workflow.CORRECTABLE,
        workflow.EDITORS,
        secondary=True,
    ),
    _rule(
        "The response is needed after all",
        "reopen",
        {Status.NOT_REQUIRED},
        workflow.EDITORS,
        secondary=True,
    ),
]
