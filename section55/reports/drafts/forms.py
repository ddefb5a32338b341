"""The forms of the extraction flow: the document to read, the findings to keep, one finding."""

from __future__ import annotations

import datetime
from pathlib import PurePath

from django import forms
from django.conf import settings

from section55.extraction import DocumentError
from section55.reports.drafts import fetch, services
from section55.reports.forms import FindingForm
from section55.reports.models import FindingKind

ACCEPTED = ".pdf,.docx,.html,.htm,.txt"


class SourceForm(forms.Form):
    document = forms.FileField(
        label="Upload the report",
        required=False,
        help_text="A PDF, Word (.docx), web page (.html) or text file",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED}),
        # A file input is not among the shared GOV.UK components: it has its own template.
        template_name="reports/extraction/_file_field.html",
        error_messages={"empty": "The selected file is empty"},
    )
    url = forms.URLField(
        label="Or give the report's web address",
        required=False,
        assume_scheme="https",
        max_length=2000,
        help_text="For example https://hmicfrs.justiceinspectorates.gov.uk/publications/...",
        error_messages={"invalid": "Enter the web address in full, starting with https://"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = fetch.size_words(settings.MAX_UPLOAD_BYTES)
        self.fields["document"].help_text += f", up to {limit}"

    def clean(self):
        cleaned = super().clean()
        document, url = cleaned.get("document"), cleaned.get("url")
        if document and url:
            self.add_error("document", "Upload a file or give a web address, not both")
        elif not document and not url and not self.errors:
            self.add_error("document", "Choose the report's file, or give its web address")
        if document and document.size > settings.MAX_UPLOAD_BYTES:
            size, limit = (fetch.size_words(n) for n in (document.size, settings.MAX_UPLOAD_BYTES))
            self.add_error("document", f"{_name(document)}: is {size}, over the {limit} limit")
        return cleaned

    def start_draft(self, report, user):
        """Read the document into a draft; None, with the problem on the form, if it cannot be."""
        field = "document" if self.cleaned_data["document"] else "url"
        try:
            name, data = self._document()
            return services.start_draft(report, user, data, name)
        except DocumentError as error:
            source = error.source if field == "document" else self.cleaned_data["url"]
            self.add_error(field, str(error.for_source(source)))
            return None

    def _document(self) -> tuple[str, bytes]:
        upload = self.cleaned_data["document"]
        if upload:
            return _name(upload), upload.read()
        return fetch.fetch_document(
            self.cleaned_data["url"],
            max_bytes=settings.MAX_UPLOAD_BYTES,
            allow_private=settings.EXTRACTION_FETCH_PRIVATE_ADDRESSES,
        )


def _name(upload) -> str:
    return PurePath(upload.name).name


class IncludeForm(forms.Form):
    include = forms.BooleanField(required=False)

    def __init__(self, *args, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["include"].label = label


class BaseIncludeFormSet(forms.BaseFormSet):
    """One tick box per finding of the draft, in the draft's order; no more, no fewer."""

    default_error_messages = {
        "too_many_forms": "The page sent more findings than the draft has: reload it and try again",
        "too_few_forms": "The page sent fewer findings than the draft has: reload it and try again",
        "missing_management_form": "The page was incomplete: reload it and try again",
    }

    def __init__(self, *args, draft, **kwargs):
        self.draft = draft
        count = len(draft.findings)
        self.min_num = self.max_num = self.absolute_max = count
        initial = [{"include": finding.get("include", False)} for finding in draft.findings]
        super().__init__(*args, initial=initial, prefix="findings", **kwargs)

    def get_form_kwargs(self, index):
        if index is None or index >= len(self.draft.findings):
            return {"label": "Include this finding"}
        name = services.heading(self.draft.findings[index], index + 1)
        return {"label": f"Include {name[0].lower()}{name[1:]}"}

    def ticks(self) -> list[bool]:
        return [form.cleaned_data.get("include", False) for form in self.forms]


IncludeFormSet = forms.formset_factory(
    IncludeForm, formset=BaseIncludeFormSet, extra=0, validate_min=True, validate_max=True
)


class ExistingFindingsForm(forms.Form):
    existing = forms.ChoiceField(
        label="The report already has findings. What should happen to them?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to keep or replace the report's findings"},
    )

    def __init__(self, *args, count, **kwargs):
        super().__init__(*args, **kwargs)
        findings = "finding" if count == 1 else "findings"
        self.fields["existing"].choices = [
            ("add", f"Keep the {count} {findings} already recorded and add these after them"),
            (
                "replace",
                f"Replace the {count} {findings} already recorded, and delete anything "
                "written in response to them",
            ),
        ]


class DraftFindingForm(forms.Form):
    """One finding of a draft, with the same fields, labels and rules as a saved finding."""

    kind = FindingForm.base_fields["kind"]
    ref = FindingForm.base_fields["ref"]
    parent = forms.ChoiceField(label="Under cause of concern", required=False)
    text = FindingForm.base_fields["text"]
    items = FindingForm.base_fields["items"]
    timescale = FindingForm.base_fields["timescale"]
    due_on = FindingForm.base_fields["due_on"]
    addressees = FindingForm.base_fields["addressees"]
    directed_at_forces = FindingForm.base_fields["directed_at_forces"]

    def __init__(self, *args, findings: list[dict], number: int | None = None, **kwargs):
        if number is not None:
            kwargs.setdefault("initial", initial_for(findings[number - 1]))
        super().__init__(*args, **kwargs)
        causes = [
            (str(index), services.heading(finding, index + 1))
            for index, finding in enumerate(findings)
            if finding["kind"] == FindingKind.CAUSE_OF_CONCERN and index + 1 != number
        ]
        self.fields["parent"].choices = [("", "None"), *causes]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("parent") and cleaned.get("kind") != FindingKind.RECOMMENDATION:
            self.add_error("parent", "Only a recommendation can sit under a cause of concern")
        return cleaned

    def finding(self) -> dict:
        """The finding as the draft keeps it (the shape of ``Finding.as_dict()``)."""
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "ref": data["ref"] or None,
            "parent": int(data["parent"]) if data["parent"] else None,
            "text": " ".join(data["text"].split()),
            "items": data["items"],
            "timescale": data["timescale"] or None,
            "due_on": data["due_on"].isoformat() if data["due_on"] else None,
            "addressees": data["addressees"],
            "directed_at_forces": data["directed_at_forces"],
        }


def initial_for(finding: dict) -> dict:
    due_on = finding.get("due_on")
    parent = finding.get("parent")
    return {
        **{key: finding.get(key) for key in ("kind", "ref", "text", "timescale")},
        "items": finding.get("items") or [],
        "addressees": finding.get("addressees") or [],
        "directed_at_forces": bool(finding.get("directed_at_forces")),
        "due_on": datetime.date.fromisoformat(due_on) if due_on else None,
        "parent": "" if parent is None else str(parent),
    }
