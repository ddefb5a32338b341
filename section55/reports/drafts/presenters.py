"""What the review page shows of a draft: each finding beside its place in the document."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from section55.reports.drafts.services import heading
from section55.reports.models import FindingKind


@dataclass
class DraftFinding:
    number: int
    data: dict
    include_form: object = None
    parent: str | None = None

    @property
    def title(self) -> str:
        label = FindingKind(self.data["kind"]).label
        return f"{label} {self.data['ref']}" if self.data.get("ref") else label

    @property
    def name(self) -> str:
        """Unique on the page, for labels read out of context: 'Finding 4 (recommendation 3)'."""
        return heading(self.data, self.number)

    @property
    def due_on(self) -> datetime.date | None:
        due_on = self.data.get("due_on")
        return datetime.date.fromisoformat(due_on) if due_on else None

    @property
    def location(self) -> str:
        location = self.data.get("location")
        if not location:
            return "Added by hand"
        part = f"Part {location['block'] + 1} of the document"
        return f"Page {location['page']}, {part.lower()}" if location.get("page") else part

    @property
    def context(self) -> dict | None:
        return self.data.get("context")


def draft_findings(draft, formset) -> list[DraftFinding]:
    findings = draft.findings
    return [
        DraftFinding(index + 1, finding, form, _parent_name(findings, finding.get("parent")))
        for index, (finding, form) in enumerate(zip(findings, formset.forms, strict=False))
    ]


def _parent_name(findings: list[dict], parent: int | None) -> str | None:
    if not isinstance(parent, int) or not 0 <= parent < len(findings):
        return None
    return heading(findings[parent], parent + 1)
