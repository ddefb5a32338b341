"""GET forms for the dashboard filters and the panel report's period, kept in the address.

Dates use the GOV.UK date input (day, month, year boxes) named ``from_day``, ``from_month``,
``from_year``, so an address such as ``?from_day=1&from_month=4&from_year=2025`` reads plainly.
"""

from django import forms

from section55.core.forms import DateInputField, DateInputWidget
from section55.reports.models import Report
from section55.tracking.models import ItemStatus

RANGE_REVERSED = "The end date must be the same as or after the start date"


class NamedDateInputWidget(DateInputWidget):
    """The GOV.UK date input with its boxes named ``<name>_day``, ``_month`` and ``_year``."""

    def __init__(self, attrs=None):
        boxes = {part: forms.TextInput() for part in self.part_names}
        forms.MultiWidget.__init__(self, boxes, attrs)

    def id_for_label(self, id_):
        return f"{id_}_day" if id_ else id_


class PeriodDateField(DateInputField):
    widget = NamedDateInputWidget


class _DateRangeMixin:
    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", RANGE_REVERSED)
        return data


class DashboardFilterForm(_DateRangeMixin, forms.Form):
    report = forms.ChoiceField(label="Report", required=False)
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *ItemStatus.choices]
    )
    start = PeriodDateField(
        label="Start date",
        required=False,
        help_text="Reports published on or after this date. For example, 1 4 2025",
    )
    end = PeriodDateField(
        label="End date", required=False, help_text="Reports published on or before this date"
    )

    def __init__(self, data, *, reports):
        super().__init__(data)
        self.fields["report"].choices = [("", "All reports")] + [
            (slug, title) for slug, title in reports
        ]

    @property
    def filters(self) -> dict:
        """The filters that are valid; an invalid one is reported and not applied."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class PanelPeriodForm(_DateRangeMixin, forms.Form):
    start = PeriodDateField(label="Start date", help_text="For example, 1 4 2025")
    end = PeriodDateField(label="End date", help_text="For example, 30 6 2025")


def report_choices(body):
    """(slug, title) of the reports the body has a response to or tracks findings of."""
    if body is None:
        return []
    reports = Report.objects.filter(responses__body=body) | Report.objects.filter(
        findings__tracked_items__body=body
    )
    return list(reports.distinct().order_by("-published_on", "title").values_list("slug", "title"))
