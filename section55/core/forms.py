"""GOV.UK Design System form fields, rendered in one place.

Every form renders through ``GovUKFormRenderer`` (``FORM_RENDERER`` in the settings):
``components/form.html`` prints an error summary and each field through ``components/field.html``,
which chooses the GOV.UK pattern (input, textarea, select, radios, checkboxes, date input) from
the field's widget. Views never write field markup.

The renderer also gives every form its bound fields (``TextBoundField``), so text typed into any
form is tidied once, here, before any field cleans it: see ``tidy_text``.
"""

import datetime
import re

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting

# Control characters, C0 and C1, except tab and line feed (carriage returns are made line feeds
# first): pasted from other programs they are invisible on screen, and XML, so DOCX, forbids
# most of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n|[\r\u2028\u2029]")
_BREAK_OR_TAB = re.compile(r"\s*[\n\t]\s*")


def tidy_text(value: str, *, single_line: bool) -> str:
    """Text as the person meant it. Browsers send a text area's line breaks as CRLF (and some
    programs a lone CR): they become line feeds, so paragraphs stay apart wherever the text is
    printed. A single-line field cannot hold a line break, but a pasted one is no mistake worth
    an error: it is joined with a space, like a tab, rather than refusing the form."""
    value = _CONTROL.sub("", _LINE_BREAK.sub("\n", value))
    return _BREAK_OR_TAB.sub(" ", value) if single_line else value


class TextBoundField(BoundField):
    """A bound field whose submitted text is tidied (``tidy_text``) for every text field but a
    password, which is a secret taken exactly as typed."""

    @property
    def data(self):
        data = super().data
        if not isinstance(self.field, forms.CharField):
            return data
        widget = self.field.widget
        if isinstance(widget, forms.PasswordInput):
            return data
        single_line = not isinstance(widget, forms.Textarea)
        if isinstance(data, str):
            return tidy_text(data, single_line=single_line)
        if isinstance(data, list):  # a multiple-value widget
            return [
                tidy_text(v, single_line=single_line) if isinstance(v, str) else v for v in data
            ]
        return data


class GovUKFormRenderer(TemplatesSetting):
    form_template_name = "components/form.html"
    field_template_name = "components/field.html"
    bound_field_class = TextBoundField


class DateInputWidget(forms.MultiWidget):
    """Three boxes — day, month, year — as the GOV.UK date input pattern asks."""

    template_name = "components/date_input_widget.html"
    part_names = ("day", "month", "year")

    def __init__(self, attrs=None):
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()], attrs)

    def id_for_label(self, id_):
        """Error summaries and labels point at the day box."""
        return f"{id_}_0" if id_ else id_

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateInputField(forms.MultiValueField):
    widget = DateInputWidget
    default_error_messages = {
        "required": "Enter the %(label)s",
        "incomplete": "The %(label)s must include a day, month and year",
        "invalid": "The %(label)s must be a real date",
        "out_of_range": "The %(label)s must be between 2000 and 2100",
    }

    def __init__(self, **kwargs):
        parts = [forms.CharField(), forms.CharField(), forms.CharField()]
        super().__init__(parts, require_all_fields=False, **kwargs)

    def clean(self, value):
        value = value or ["", "", ""]
        if not any(str(part or "").strip() for part in value):
            if self.required:
                raise forms.ValidationError(self._message("required"), code="required")
            return None
        return self.compress(value)

    def compress(self, data_list):
        day, month, year = (str(part or "").strip() for part in data_list)
        if not (day and month and year):
            raise forms.ValidationError(self._message("incomplete"), code="incomplete")
        try:
            date = datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(self._message("invalid"), code="invalid") from None
        if not 2000 <= date.year <= 2100:
            raise forms.ValidationError(self._message("out_of_range"), code="out_of_range")
        return date

    def _message(self, code):
        label = (self.label or "date").lower()
        return self.error_messages[code] % {"label": label}


class LinesField(forms.CharField):
    """A list of short strings entered one per line (bullet items, addressees)."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class CommaSeparatedField(LinesField):
    """A list of short strings entered on one line, separated by commas."""

    widget = forms.TextInput

    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        text = forms.CharField.to_python(self, value) or ""
        return [part.strip() for part in text.split(",") if part.strip()]
