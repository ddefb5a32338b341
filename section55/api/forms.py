from django import forms


class NewTokenForm(forms.Form):
    name = forms.CharField(
        label="What is the token for?",
        max_length=100,
        help_text="For example, the panel dashboard or a spreadsheet. It helps you recognise it.",
        error_messages={"required": "Say what the token is for"},
    )
