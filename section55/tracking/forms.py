from django import forms
from django.conf import settings

from section55.core.forms import DateInputField
from section55.tracking.evidence import EvidenceRefused, check_evidence
from section55.tracking.models import ItemStatus, Rag

CLOSING_OUTCOMES = [
    (ItemStatus.CLOSED_COMPLETED, "Completed"),
    (ItemStatus.CLOSED_SUPERSEDED, "Superseded by a later finding"),
    (ItemStatus.CLOSED_NO_FURTHER_ACTION, "No further action"),
]


class TrackerFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Any"), ("open", "Open"), ("overdue", "Overdue"), *ItemStatus.choices],
    )
    report = forms.ModelChoiceField(
        label="Report", required=False, queryset=None, empty_label="Any"
    )

    def __init__(self, *args, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["report"].queryset = reports


class AllocateForm(forms.Form):
    owner = forms.ModelChoiceField(
        label="Owner",
        queryset=None,
        empty_label="Choose a person",
        error_messages={
            "required": "Choose who owns this item",
            "invalid_choice": "Choose a person from your office",
        },
    )
    target_on = DateInputField(
        label="Target date", required=False, help_text="Leave empty to keep the date the report set"
    )
    rag = forms.ChoiceField(
        label="RAG rating",
        required=False,
        choices=[("", "Not rated"), *Rag.choices],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people


class UpdateForm(forms.Form):
    text = forms.CharField(
        label="What has been done",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Say what has been done"},
    )
    evidence = forms.FileField(
        label="Evidence file (optional)",
        required=False,
        help_text="PDF, Word, Excel, CSV, text, PNG or JPEG, up to the upload limit",
    )
    rag = forms.ChoiceField(
        label="RAG rating",
        required=False,
        choices=[("", "No change"), *Rag.choices],
        widget=forms.RadioSelect,
    )

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if not upload:
            return None
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"{upload.name} is larger than the {settings.MAX_UPLOAD_BYTES // 2**20} MB limit"
            )
        content = upload.read()
        try:
            media_type = check_evidence(upload.name, content)
        except EvidenceRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None
        return upload.name, media_type, content


class ActionForm(forms.Form):
    description = forms.CharField(
        label="Action",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Describe the action"},
    )
    owner = forms.CharField(
        label="Who does it", max_length=200, error_messages={"required": "Say who does it"}
    )
    due_on = DateInputField(label="Due date", required=False)


class ReviewForm(forms.Form):
    reviewed_on = DateInputField(label="Date of the review")
    outcome = forms.CharField(
        label="Outcome",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Record the outcome of the review"},
    )
    next_review_on = DateInputField(label="Next review", required=False)

    def clean(self):
        cleaned = super().clean()
        reviewed, following = cleaned.get("reviewed_on"), cleaned.get("next_review_on")
        if reviewed and following and following <= reviewed:
            self.add_error("next_review_on", "The next review must be after this one")
        return cleaned


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label="Outcome",
        choices=CLOSING_OUTCOMES,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how the item is closed"},
    )
    later_finding = forms.ModelChoiceField(
        label="Later finding that replaces it",
        queryset=None,
        required=False,
        empty_label="Not superseded",
        help_text="Only when the outcome is superseded",
    )
    reason = forms.CharField(
        label="Reason and evidence",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Give the reason for closing"},
    )

    def __init__(self, *args, later_findings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["later_finding"].queryset = later_findings

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == ItemStatus.CLOSED_SUPERSEDED and not cleaned.get(
            "later_finding"
        ):
            self.add_error("later_finding", "Choose the later finding that replaces this one")
        return cleaned


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter the reason"},
    )
