from django import forms


class ResetFeedForm(forms.Form):
    """Resetting asks nothing more: the button is the decision, and the page warns what follows."""
