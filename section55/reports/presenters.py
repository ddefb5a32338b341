"""Presenters turn records into what a page shows, keeping rules out of templates."""

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from django.utils import timezone

from section55.deadlines import DeadlineState, DeadlineStatus
from section55.responses.models import Response, Status

SOON_DAYS = 14


@dataclass(frozen=True)
class DeadlineRow:
    response: Response
    state: DeadlineState

    @property
    def report(self):
        return self.response.report

    @property
    def is_required(self) -> bool:
        return self.response.status != Status.NOT_REQUIRED


class DashboardPresenter:
    """The signed-in body's responses, split by whether they are published, with deadline states."""

    def __init__(self, body, today=None):
        self.body = body
        self.today = today or timezone.localdate()

    @cached_property
    def _rows(self) -> list[DeadlineRow]:
        responses = (
            Response.objects.for_body(self.body).with_report().select_related("answered_by_report")
        )
        return [DeadlineRow(r, r.deadline_state(self.today)) for r in responses]

    @cached_property
    def awaiting(self) -> list[DeadlineRow]:
        rows = [row for row in self._rows if not row.state.is_published and row.is_required]
        return sorted(rows, key=lambda row: (row.state.last_day, row.report.title))

    @cached_property
    def not_required(self) -> list[DeadlineRow]:
        """Responses the body decided are not needed (another report's response answers them):
        neither awaiting publication nor late, so counted apart."""
        rows = [row for row in self._rows if not row.is_required]
        return sorted(rows, key=lambda row: row.report.published_on, reverse=True)

    @cached_property
    def published(self) -> list[DeadlineRow]:
        rows = [row for row in self._rows if row.state.is_published]
        return sorted(rows, key=lambda row: row.response.published_on or date.min, reverse=True)

    @property
    def overdue_count(self) -> int:
        return sum(row.state.status == DeadlineStatus.OVERDUE for row in self.awaiting)

    @property
    def due_soon_count(self) -> int:
        return sum(
            row.state.status == DeadlineStatus.DUE_TODAY
            or (row.state.status == DeadlineStatus.DUE and row.state.days <= SOON_DAYS)
            for row in self.awaiting
        )

    @property
    def late_count(self) -> int:
        return sum(row.state.status == DeadlineStatus.PUBLISHED_LATE for row in self.published)


@dataclass(frozen=True)
class FindingView:
    """A finding on the report page with the body's links and its similar earlier findings."""

    finding: object
    earlier_links: list
    later_links: list
    similar: list  # (earlier finding, score as a percentage), best first


def finding_views(report, body) -> list[FindingView]:
    from section55.reports.models import Finding, FindingLink, Report
    from section55.reports.similarity import most_similar

    findings = list(report.findings.select_related("parent"))
    links = FindingLink.objects.filter(body=body).select_related("earlier__report", "later__report")
    earlier_reports = (
        Report.objects.visible_to(body)
        .filter(published_on__lte=report.published_on)
        .exclude(pk=report.pk)
    )
    candidates = list(Finding.objects.filter(report__in=earlier_reports).select_related("report"))
    by_id = {c.pk: c for c in candidates}
    texts = [(c.pk, f"{c.text} {' '.join(c.items)}") for c in candidates]
    views = []
    for finding in findings:
        linked = {link.earlier_id for link in links if link.later_id == finding.pk}
        matches = most_similar(f"{finding.text} {' '.join(finding.items)}", texts)
        views.append(
            FindingView(
                finding,
                [link for link in links if link.later_id == finding.pk],
                [link for link in links if link.earlier_id == finding.pk],
                [(by_id[m.key], round(m.score * 100)) for m in matches if m.key not in linked],
            )
        )
    return views
