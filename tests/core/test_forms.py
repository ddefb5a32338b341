"""Every form takes text as people mean it: browsers send line breaks as CRLF, single-line boxes
hold one line, and control characters pasted from other programs never reach the records."""

from django import forms

from section55.api.forms import NewTokenForm
from section55.responses.forms import ReasonForm


class Sample(forms.Form):
    title = forms.CharField(required=False)
    summary = forms.CharField(widget=forms.Textarea, required=False)
    link = forms.URLField(required=False)
    password = forms.CharField(widget=forms.PasswordInput, strip=False, required=False)
    needed = forms.CharField()


def cleaned(**data):
    form = Sample({"needed": "yes", **data})
    assert form.is_valid(), form.errors
    return form.cleaned_data


def test_paragraphs_typed_in_a_text_area_are_kept_apart_with_line_feeds():
    assert cleaned(summary="One.\r\n\r\nTwo.\r\nThree.")["summary"] == "One.\n\nTwo.\nThree."


def test_a_lone_carriage_return_is_a_line_feed():
    assert cleaned(summary="One.\r\rTwo.\rThree.")["summary"] == "One.\n\nTwo.\nThree."


def test_a_single_line_field_has_its_line_breaks_joined_with_a_space():
    assert cleaned(title="An inspection\r\nof  stalking\n")["title"] == "An inspection of  stalking"
    assert cleaned(title="Two\r\n\r\nparagraphs")["title"] == "Two paragraphs"
    assert cleaned(link="https://example.org/\r\n")["link"] == "https://example.org/"


def test_control_characters_are_removed_but_tabs_and_line_feeds_are_kept_in_a_text_area():
    text = "a\x00b\x07c\td\r\n\x1be\x7f\x85\x9ff"

    assert cleaned(summary=text)["summary"] == "abc\td\nef"


def test_control_characters_and_tabs_are_removed_from_a_single_line_field_but_not_a_password():
    data = cleaned(title="Re\x00port\tof\x1b 2024", password=" pass\tword\x01 ")

    assert data["title"] == "Report of 2024"
    assert data["password"] == " pass\tword\x01 "  # a secret, taken exactly as typed


def test_a_form_shown_again_after_an_error_shows_the_text_as_it_was_cleaned():
    form = Sample({"title": "One\r\ntwo", "summary": "a\r\nb", "needed": ""})

    assert not form.is_valid()
    assert form["title"].value() == "One two"
    assert form["summary"].value() == "a\nb"
    assert "One two" in str(form["title"])


def test_the_applications_own_forms_clean_text_the_same_way():
    reason = ReasonForm({"reason": "Because.\r\n\r\nAnd\x00 so."})
    token = NewTokenForm({"name": "Panel\r\ndashboard"})

    assert reason.is_valid() and token.is_valid()
    assert reason.cleaned_data["reason"] == "Because.\n\nAnd so."
    assert token.cleaned_data["name"] == "Panel dashboard"
