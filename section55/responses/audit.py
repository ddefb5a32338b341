"""The audit trail of a response: every saved change to it, to what was said about each finding,
and to the report and its findings, with who made it, when and what changed.

Each source's records are read once, ordered, and compared with the previous record of the same
object in memory, so the page costs a fixed number of queries however long the history is.
"""

from dataclasses import dataclass
from itertools import groupby

from section55.reports.models import Finding
from section55.responses.models import FindingResponse

IGNORED_FIELDS = {"revision", "updated_at"}
SHOWN_CHARACTERS = 300
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditEntry:
    when: object
    who: object
    record: str
    action: str
    changes: tuple[Change, ...]


def audit_trail(response) -> list[AuditEntry]:
    report = response.report
    headings = {f.pk: f.heading for f in Finding.objects.filter(report=report)}

    def answer_label(record):
        return f"What was said about {headings.get(record.finding_id, 'a deleted finding')}"

    sources = [
        (response.history.all(), lambda record: "The response"),
        (FindingResponse.history.filter(response_id=response.pk), answer_label),
        (report.history.all(), lambda record: "The report"),
        (Finding.history.filter(report_id=report.pk), _finding_label),
    ]
    entries = [entry for records, label in sources for entry in _entries(records, label)]
    return sorted(entries, key=lambda entry: entry.when, reverse=True)


def _finding_label(record) -> str:
    return f"{record.get_kind_display()} {record.ref}".strip()


def _entries(records, label) -> list[AuditEntry]:
    ordered = records.select_related("history_user").order_by("id", "history_date", "history_id")
    entries = []
    for _, versions in groupby(ordered, key=lambda record: record.id):
        previous = None
        for record in versions:
            entries.append(_entry(record, label(record), previous))
            previous = record
    return entries


def _entry(record, label, previous) -> AuditEntry:
    changes = _changes(record, previous) if record.history_type == "~" and previous else ()
    return AuditEntry(
        record.history_date, record.history_user, label, ACTIONS[record.history_type], changes
    )


def _changes(record, previous) -> tuple[Change, ...]:
    delta = record.diff_against(previous)
    return tuple(
        Change(_verbose(record, c.field), _shown(c.old), _shown(c.new))
        for c in delta.changes
        if c.field not in IGNORED_FIELDS
    )


def _verbose(record, name) -> str:
    return str(record.instance_type._meta.get_field(name).verbose_name).capitalize()


def _shown(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"
