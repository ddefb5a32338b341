"""The buttons a page offers: which actions a person may take on a record at its current stage.

Presenters list ``ActionRule``s; ``actions_for`` keeps those whose stage and role match, and the
``components/action_buttons.html`` template draws them (a form for POST actions, a link otherwise).
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    method: str = "get"  # "post" for actions that need no further input
    secondary: bool = False


@dataclass(frozen=True)
class ActionRule:
    label: str
    url_name: str  # takes the record's public_id, then ``args``
    statuses: frozenset
    roles: frozenset
    method: str = "get"
    secondary: bool = False
    args: tuple = ()

    def action_for(self, record, role) -> Action | None:
        if record.status not in self.statuses or role not in self.roles:
            return None
        url = reverse(self.url_name, args=[record.public_id, *self.args])
        return Action(self.label, url, self.method, self.secondary)


def actions_for(rules, record, role) -> list[Action]:
    return [action for rule in rules if (action := rule.action_for(record, role))]
