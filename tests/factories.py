"""Small factory functions: valid records with sensible defaults, overridable by keyword."""

import itertools
from datetime import date

from section55.accounts.models import User
from section55.reports.models import Finding, FindingKind, Report, Scope
from section55.responses.services import open_responses_for

_sequence = itertools.count(1)


def make_user(body, role, **fields) -> User:
    n = next(_sequence)
    email = fields.pop("email", f"{role}-{n}@{body.slug if body else 'none'}.example.org")
    return User.objects.create_user(email, "a-long-test-password", body=body, role=role, **fields)


def make_report(owner, *, forces=None, **fields) -> Report:
    n = next(_sequence)
    defaults = {
        "title": f"An inspection of something important {n}",
        "published_on": date(2024, 8, 22),
        "scope": Scope.NAMED_FORCES if forces is not None else Scope.ALL_FORCES,
        "publication_types": ["Thematic"],
    }
    report = Report.objects.create(owner=owner, **{**defaults, **fields})
    if forces:
        report.forces.set(forces)
    open_responses_for(report)
    return report


def make_finding(report, **fields) -> Finding:
    defaults = {
        "kind": FindingKind.RECOMMENDATION,
        "ref": str(next(_sequence)),
        "text": "By 31 January 2025, all forces should do the right thing.",
        "directed_at_forces": True,
    }
    return Finding.objects.create(report=report, **{**defaults, **fields})
