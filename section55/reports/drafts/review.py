"""The review page: which findings to keep, and whether they replace the report's own."""

from __future__ import annotations

from django.db import transaction
from django.http import Http404
from django.urls import reverse

from section55.reports.drafts import services
from section55.reports.drafts.forms import ExistingFindingsForm, IncludeFormSet
from section55.reports.drafts.presenters import draft_findings
from section55.reports.models import ExtractionDraft

CONFIRM, ADD, CHANGE = "confirm", "add", "change-"


class Review:
    """The tick boxes and the keep-or-replace question, posted by one of the page's buttons:
    confirm, add a finding, or change finding N (the ticks are kept in the draft first)."""

    def __init__(self, draft, data=None):
        self.draft, self.report = draft, draft.report
        self.formset = IncludeFormSet(data, draft=draft)
        count = self.report.findings.count()
        self.existing = ExistingFindingsForm(data, count=count) if count else None
        action = (data or {}).get("action", CONFIRM)
        self.action = action if action == ADD or _changed(action) else CONFIRM
        self.problems: list[services.Problem] = []

    def is_valid(self) -> bool:
        valid = self.formset.is_valid()
        if self.action == CONFIRM and self.existing is not None:
            valid = self.existing.is_valid() and valid
        return valid

    def save_ticks(self) -> None:
        services.set_included(self.draft, self.formset.ticks())

    def next_url(self) -> str | None:
        """Where a button other than "Confirm and save findings" leads."""
        args = [self.report.slug, self.draft.public_id]
        if self.action == ADD:
            return reverse("reports:extract-finding-add", args=args)
        if number := _changed(self.action):
            return reverse("reports:extract-finding-edit", args=[*args, number])
        return None

    def confirm(self, user):
        """The saved findings, or None with ``problems`` saying what to correct. Every body the
        report concerns sees them as a correction of the report."""
        from section55.responses.shared_reports import findings_added

        replace = self.existing is not None and self.existing.cleaned_data["existing"] == "replace"
        source = self.draft.source_name
        try:
            with transaction.atomic():
                saved = services.save_findings(self.draft, replace=replace)
                findings_added(self.report, user, saved, source, replaced=replace)
            return saved
        except services.DraftNotReady as error:
            self.problems = error.problems
        except ExtractionDraft.DoesNotExist:
            raise Http404("These findings were already saved or discarded") from None
        return None

    def errors(self) -> list[tuple[str, str]]:
        """(message, anchor) for the error summary."""
        errors = [(str(message), "#findings") for message in self.formset.non_form_errors()]
        if self.existing is not None and self.action == CONFIRM:
            errors += [
                (message, "#id_existing_0") for message in self.existing.errors.get("existing", [])
            ]
        errors += [
            (p.message, f"#finding-{p.number}" if p.number else "#findings") for p in self.problems
        ]
        return errors

    def context(self) -> dict:
        formset = self.formset
        if len(formset.forms) != len(self.draft.findings):  # a forged or truncated post
            formset = IncludeFormSet(draft=self.draft)
        return {
            "report": self.report,
            "draft": self.draft,
            "findings": draft_findings(self.draft, formset),
            "formset": formset,
            "existing": self.existing,
            "page_errors": self.errors(),
        }


def _changed(action: str) -> int | None:
    """N for the button "Change finding N", else None."""
    number = action.removeprefix(CHANGE)
    return int(number) if action.startswith(CHANGE) and number.isdigit() else None
