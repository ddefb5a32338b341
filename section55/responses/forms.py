from django import forms

from section55.core.forms import DateInputField
from section55.responses.models import Position


class InviteForm(forms.Form):
    due_on = DateInputField(
        label="Date the chief officer's comments are due",
        help_text="Set by the body under section 55(4). For example, 25 9 2024",
    )

    def __init__(self, *args, response, **kwargs):
        super().__init__(*args, **kwargs)
        self.response = response

    def clean_due_on(self):
        from section55.responses.workflow import due_on_problem

        due_on = self.cleaned_data["due_on"]
        if problem := due_on_problem(self.response, due_on):
            raise forms.ValidationError(problem)
        return due_on


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter the reason"},
    )


class NotRequiredForm(ReasonForm):
    answered_by_report = forms.ModelChoiceField(
        label="Report whose response answers the same findings",
        queryset=None,
        required=False,
        empty_label="None",
        help_text="Where a national and a force report make the same findings, "
        "only the force report is answered",
    )

    def __init__(self, *args, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answered_by_report"].queryset = reports


class _RevisionForm(forms.Form):
    """Carries the revision the page was opened at (see ``editing.py``)."""

    revision = forms.IntegerField(widget=forms.HiddenInput)


class ChiefOfficerForm(_RevisionForm):
    """The chief officer's overall comments, and a position and response for each finding."""

    part_fields = ["chief_officer_comments"]

    chief_officer_comments = forms.CharField(
        label="The chief officer's overall comments",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Separate paragraphs with a blank line",
    )

    def __init__(self, *args, findings, **kwargs):
        super().__init__(*args, **kwargs)
        self.findings = list(findings)
        for finding in self.findings:
            self.fields[f"position_{finding.pk}"] = forms.ChoiceField(
                label=f"Position on {finding.heading}",
                choices=Position.choices,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"response_{finding.pk}"] = forms.CharField(
                label=f"Response to {finding.heading}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 6}),
            )

    def finding_fields(self):
        return [(f, self[f"position_{f.pk}"], self[f"response_{f.pk}"]) for f in self.findings]

    def answers(self) -> dict[int, dict]:
        data = self.cleaned_data
        return {
            f.pk: {
                "position": data[f"position_{f.pk}"],
                "chief_officer_text": data[f"response_{f.pk}"],
            }
            for f in self.findings
        }


class BodyForm(_RevisionForm):
    """The body's overall comments, its s55(5B) explanations, and any reply to the chief officer."""

    part_fields = ["body_comments", "body_response_to_chief_officer"]

    body_comments = forms.CharField(
        label="Overall comments",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Separate paragraphs with a blank line",
    )
    body_response_to_chief_officer = forms.CharField(
        label="Response to the chief officer's comments (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, recommendations, **kwargs):
        super().__init__(*args, **kwargs)
        self.recommendations = list(recommendations)
        for finding in self.recommendations:
            self.fields[f"explanation_{finding.pk}"] = forms.CharField(
                label=f"{finding.heading}: action taken or proposed, or why none",
                required=False,
                widget=forms.Textarea(attrs={"rows": 5}),
                help_text="Required for every recommendation by section 55(5B)",
            )

    def finding_fields(self):
        return [(f, self[f"explanation_{f.pk}"]) for f in self.recommendations]

    def answers(self) -> dict[int, dict]:
        return {
            f.pk: {"body_explanation": self.cleaned_data[f"explanation_{f.pk}"]}
            for f in self.recommendations
        }


class ChecklistForm(forms.Form):
    item = forms.ChoiceField(
        label="Item", error_messages={"invalid_choice": "Choose an item from the checklist"}
    )
    address = forms.URLField(
        label="Web address, if published there",
        required=False,
        assume_scheme="https",
        error_messages={
            "invalid": "Enter the web address in full, like https://www.example.org/page"
        },
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = [(item, item) for item in items]
