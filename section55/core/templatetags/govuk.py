"""Template helpers for GOV.UK Design System components."""

from django import forms, template

from section55.core.forms import DateInputWidget
from section55.deadlines import DeadlineStatus

register = template.Library()

# Order matters: RadioSelect and CheckboxSelectMultiple are subclasses of Select.
_KINDS = (
    ("date", DateInputWidget),
    ("file", forms.FileInput),
    ("checkbox", forms.CheckboxInput),
    ("checkboxes", forms.CheckboxSelectMultiple),
    ("radios", forms.RadioSelect),
    ("select", forms.Select),
    ("textarea", forms.Textarea),
    ("hidden", forms.HiddenInput),
)


@register.filter
def field_kind(bound_field) -> str:
    """Which GOV.UK pattern renders this field: date, radios, textarea, input, ..."""
    widget = bound_field.field.widget
    return next((kind for kind, cls in _KINDS if isinstance(widget, cls)), "input")


@register.filter
def input_type(bound_field) -> str:
    return getattr(bound_field.field.widget, "input_type", "text")


_TAG_COLOURS = {
    DeadlineStatus.DUE: "govuk-tag--blue",
    DeadlineStatus.DUE_TODAY: "govuk-tag--orange",
    DeadlineStatus.OVERDUE: "govuk-tag--red",
    DeadlineStatus.PUBLISHED_ON_TIME: "govuk-tag--green",
    DeadlineStatus.PUBLISHED_LATE: "govuk-tag--pink",
    DeadlineStatus.PUBLISHED_DATE_UNKNOWN: "govuk-tag--grey",
}
SOON_DAYS = 14


@register.inclusion_tag("components/deadline_tag.html")
def deadline_tag(state):
    colour = _TAG_COLOURS[state.status]
    if state.status == DeadlineStatus.DUE and state.days <= SOON_DAYS:
        colour = "govuk-tag--yellow"
    return {"state": state, "colour": colour}
