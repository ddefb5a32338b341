from django import forms

from section55.bodies.models import PolicingBody
from section55.core.forms import LinesField


class BodySettingsForm(forms.ModelForm):
    checklist_items = LinesField(
        label="Office-use checklist",
        required=False,
        help_text="One item per line, as it should appear in published responses. Leave empty for "
        "the standard items.",
    )

    class Meta:
        model = PolicingBody
        fields = [
            "chief_officer_lead_days",
            "response_title",
            "office_short_title",
            "statutory_paragraph",
            "checklist_items",
        ]
        labels = {
            "chief_officer_lead_days": (
                "Days before the statutory last day that the chief officer's comments are due"
            ),
            "response_title": "Title of published responses",
            "office_short_title": "Short name of the office in headings",
            "statutory_paragraph": "Statutory paragraph",
        }
        help_texts = {
            "chief_officer_lead_days": "Between 0 and 55. The standard is 21.",
            "response_title": (
                "Leave empty for “<your body's name> response to inspections published by HMICFRS”"
            ),
            "office_short_title": "For example PCC. Leave empty to use the kind of body.",
            "statutory_paragraph": "Leave empty for the standard wording about section 55.",
        }
        widgets = {
            "chief_officer_lead_days": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
            "statutory_paragraph": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "chief_officer_lead_days": {
                "invalid": "Enter a whole number of days, like 21",
                "min_value": "Enter a number of days between 0 and 55",
                "required": "Enter a number of days between 0 and 55",
            },
        }

    def clean_chief_officer_lead_days(self):
        days = self.cleaned_data["chief_officer_lead_days"]
        if not 0 <= days <= 55:
            raise forms.ValidationError("Enter a number of days between 0 and 55")
        return days
