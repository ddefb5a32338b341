"""Readable, non-JSON summaries of an extraction and a parsed response."""

from __future__ import annotations

import textwrap
from collections import Counter
from datetime import date

WIDTH = 100


def long_date(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "not stated"


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


_PLURALS = {
    "recommendation": "recommendations",
    "area_for_improvement": "areas for improvement",
    "cause_of_concern": "causes of concern",
}


def _counts(findings) -> str:
    counts = Counter(finding.kind for finding in findings)
    parts = [
        f"{count} {_PLURALS[kind] if count != 1 else kind.replace('_', ' ')}"
        for kind, count in counts.items()
    ]
    return ", ".join(parts) if parts else "no findings"


def finding_lines(finding, response: str | None = None) -> list[str]:
    where = f"page {finding.page}" if finding.page else f"block {finding.block}"
    due = f", due {long_date(finding.due_on)}" if finding.due_on else ""
    timing = f" ({finding.timescale}{due})" if finding.timescale else ""
    who = ", ".join(finding.addressees) or "addressee not stated"
    lines = [f"  {finding.label.capitalize()} [{where}]{timing} to {who}"]
    lines += _wrapped(finding.text, "      ")
    if response is not None:
        lines += _wrapped(f"Response: {response}", "      ")
    return lines


def extraction_summary(extraction) -> str:
    lines = [
        f"{extraction.source} ({extraction.format})",
        f"  Title: {extraction.title or 'not stated'}",
        f"  Published: {long_date(extraction.published_on)}",
        f"  Findings: {_counts(extraction.findings)}",
    ]
    lines += [f"  Warning: {warning}" for warning in extraction.warnings]
    for finding in extraction.findings:
        lines += finding_lines(finding)
    return "\n".join(lines)


def response_summary(parsed) -> str:
    report = parsed.report
    lines = [
        f"{parsed.source}: response by {parsed.body or 'an unnamed body'}",
        f"  Report: {report.title or 'not stated'}",
        f"  Published: {long_date(report.published_on)}",
        f"  Statutory last day: {long_date(report.statutory_deadline)}",
        f"  Stated deadline: {long_date(report.stated_deadline)}",
        f"  Findings: {_counts(parsed.findings)}",
    ]
    lines += [f"  Warning: {warning}" for warning in parsed.warnings]
    for finding, response in zip(parsed.findings, parsed.responses, strict=True):
        lines += finding_lines(finding, response)
    lines += [f"  Checklist: {line}" for line in parsed.checklist]
    return "\n".join(lines)
