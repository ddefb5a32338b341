"""The audit trail of a response: every saved change to it, to what was said about each finding,
and to the report and its findings, with who made it, when and what changed."""

from dataclasses import dataclass

from section55.reports.models import Finding
from section55.responses.models import FindingResponse

IGNORED_FIELDS = {"revision", "updated_at"}
SHOWN_CHARACTERS = 300


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
    sources = [
        (response.history.all(), lambda r: "The response"),
        (FindingResponse.history.filter(response_id=response.pk), _answer_label),
        (report.history.all(), lambda r: "The report"),
        (Finding.history.filter(report_id=report.pk), lambda r: r.instance.heading),
    ]
    entries = [
        _entry(record, label(record))
        for records, label in sources
        for record in records.select_related("history_user")
    ]
    return sorted(entries, key=lambda entry: entry.when, reverse=True)


def _answer_label(record) -> str:
    finding = Finding.objects.filter(pk=record.finding_id).first()
    return f"What was said about {finding.heading if finding else 'a deleted finding'}"


def _entry(record, label) -> AuditEntry:
    action = {"+": "created", "~": "changed", "-": "deleted"}[record.history_type]
    return AuditEntry(record.history_date, record.history_user, label, action, _changes(record))


def _changes(record) -> tuple[Change, ...]:
    previous = record.prev_record
    if record.history_type != "~" or previous is None:
        return ()
    delta = record.diff_against(previous)
    return tuple(
        Change(_verbose(record, c.field), _shown(c.old), _shown(c.new))
        for c in delta.changes
        if c.field not in IGNORED_FIELDS
    )


def _verbose(record, name) -> str:
    return str(record.instance._meta.get_field(name).verbose_name).capitalize()


def _shown(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"
