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


def finding_lines(finding, response: str | None = None, **answers: str | None) -> list[str]:
    """A finding, and what was said about it: ``response``, and ``position`` and
    ``explanation`` when given."""
    where = f"page {finding.page}" if finding.page else f"block {finding.block}"
    due = f", due {long_date(finding.due_on)}" if finding.due_on else ""
    timing = f" ({finding.timescale}{due})" if finding.timescale else ""
    who = ", ".join(finding.addressees) or "addressee not stated"
    under = f", under finding {finding.parent + 1}" if finding.parent is not None else ""
    lines = [f"  {finding.label.capitalize()} [{where}]{timing} to {who}{under}"]
    lines += _wrapped(finding.text, "      ")
    said = {"Position": answers.get("position"), "Response": response}
    said["Explanation"] = answers.get("explanation")
    for label, words in said.items():
        if words is not None:
            lines += _wrapped(f"{label}: {words}", "      ")
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
        f"  Response published: {long_date(parsed.published_on)}",
    ]
    if parsed.version:
        lines.append(f"  Correction: version {parsed.version}, {parsed.correction_note}")
    lines.append(f"  Findings: {_counts(parsed.findings)}")
    lines += [f"  Warning: {warning}" for warning in parsed.warnings]
    answers = zip(parsed.responses, parsed.positions, parsed.explanations, strict=True)
    for finding, (response, position, explanation) in zip(parsed.findings, answers, strict=True):
        lines += finding_lines(finding, response, position=position, explanation=explanation)
    lines += [f"  Checklist: {line}" for line in parsed.checklist]
    return "\n".join(lines)
