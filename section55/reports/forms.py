from django import forms

from section55.bodies.models import Force
from section55.core.forms import CommaSeparatedField, DateInputField, LinesField
from section55.reports.models import Finding, FindingKind, FindingLink, Report, Scope


class ReportForm(forms.ModelForm):
    url = forms.URLField(
        label="Link to the report",
        required=False,
        assume_scheme="https",
        max_length=500,
        help_text="The report's page on the HMICFRS website",
        error_messages={
            "invalid": "Enter the link as a full web address, like https://www.justiceinspectorates.gov.uk/hmicfrs/"
        },
    )
    published_on = DateInputField(label="Publication date", help_text="For example, 22 8 2024")
    publication_types = CommaSeparatedField(
        label="Publication types",
        required=False,
        help_text="As HMICFRS labels the report, separated by commas, for example Rape, Spotlight",
    )
    scope = forms.ChoiceField(
        label="Which forces does the report concern?",
        choices=Scope.choices,
        widget=forms.RadioSelect,
    )
    forces = forms.ModelMultipleChoiceField(
        label="Forces named in the report",
        queryset=Force.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Only needed when the report concerns named forces",
    )

    class Meta:
        model = Report
        fields = [
            "title",
            "url",
            "published_on",
            "publication_types",
            "scope",
            "forces",
            "key_findings",
        ]
        labels = {"title": "Title", "key_findings": "Key findings"}
        error_messages = {"title": {"required": "Enter the report's title"}}
        widgets = {"key_findings": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, body, **kwargs):
        super().__init__(*args, **kwargs)
        self.body = body
        self.duplicate: Report | None = None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("scope") == Scope.NAMED_FORCES:
            forces = cleaned.get("forces") or []
            if self.body.force not in forces:
                self.add_error(
                    "forces",
                    f"Select {self.body.force.name}: a report you register must concern your force",
                )
        if not self.errors:
            self._refuse_a_duplicate(cleaned)
        return cleaned

    def _refuse_a_duplicate(self, cleaned):
        """A report is registered once: the page then links to the one already registered."""
        others = Report.objects.exclude(pk=self.instance.pk) if self.instance.pk else Report.objects
        self.duplicate = others.same_as(
            url=cleaned.get("url"),
            title=cleaned["title"],
            published_on=cleaned["published_on"],
            force_ids=[force.pk for force in cleaned.get("forces") or []],
            national=cleaned.get("scope") == Scope.ALL_FORCES,
        ).first()
        if self.duplicate:
            self.add_error(
                None,
                f"This report is already registered as “{self.duplicate.title}”, published "
                f"{self.duplicate.published_on:%-d %B %Y}",
            )


class FindingForm(forms.ModelForm):
    kind = forms.ChoiceField(
        label="Kind of finding", choices=FindingKind.choices, widget=forms.RadioSelect
    )
    items = LinesField(
        label="Bullet items", required=False, help_text="One per line, without the bullet marks"
    )
    addressees = LinesField(
        label="Addressed to",
        required=False,
        help_text="One per line, for example chief constables, College of Policing",
    )
    due_on = DateInputField(label="Due date", required=False, help_text="For example, 31 1 2025")
    directed_at_forces = forms.BooleanField(
        label="Directed at chief constables or forces", required=False
    )

    class Meta:
        model = Finding
        fields = [
            "kind",
            "ref",
            "parent",
            "text",
            "items",
            "timescale",
            "due_on",
            "addressees",
            "directed_at_forces",
        ]
        labels = {
            "ref": "Reference as printed",
            "parent": "Under cause of concern",
            "text": "Full text",
            "timescale": "Timescale as written",
        }
        help_texts = {
            "ref": "For example 3, or leave empty if the report does not number it",
            "timescale": "For example By 31 January 2025, or Immediately",
        }
        error_messages = {"text": {"required": "Enter the finding's full text"}}
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "ref": forms.TextInput(attrs={"class": "govuk-input--width-5"}),
        }

    def __init__(self, *args, report, **kwargs):
        super().__init__(*args, **kwargs)
        self.report = report
        causes = report.findings.filter(kind=FindingKind.CAUSE_OF_CONCERN)
        if self.instance.pk:
            causes = causes.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = causes
        self.fields["parent"].required = False
        self.fields["parent"].empty_label = "None"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("parent") and cleaned.get("kind") != FindingKind.RECOMMENDATION:
            self.add_error("parent", "Only a recommendation can sit under a cause of concern")
        return cleaned


class FindingLinkForm(forms.Form):
    earlier = forms.ModelChoiceField(
        queryset=None,
        to_field_name="public_id",
        error_messages={
            "invalid_choice": "Choose an earlier finding from a report your office can see"
        },
    )
    kind = forms.ChoiceField(
        choices=FindingLink.Kind.choices,
        error_messages={"invalid_choice": "Choose repeats or supersedes"},
    )

    def __init__(self, *args, body, later, **kwargs):
        super().__init__(*args, **kwargs)
        self.body, self.later = body, later
        reports = Report.objects.visible_to(body).filter(
            published_on__lte=later.report.published_on
        )
        self.fields["earlier"].queryset = Finding.objects.filter(report__in=reports).exclude(
            report=later.report
        )

    def save(self, user):
        return FindingLink.objects.update_or_create(
            body=self.body,
            later=self.later,
            earlier=self.cleaned_data["earlier"],
            defaults={"kind": self.cleaned_data["kind"], "created_by": user},
        )[0]
