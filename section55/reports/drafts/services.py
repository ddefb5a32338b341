"""Reading a report's document into a draft, and writing a checked draft to the report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, ProtectedError

from section55.extraction import Block, extract_bytes, read, stem_of
from section55.reports.models import ExtractionDraft, Finding, FindingKind

CONTEXT_BEFORE = 1  # blocks of the document shown before a finding's own block


def start_draft(report, user, data: bytes, filename: str) -> ExtractionDraft:
    """Read the document into a new draft, replacing the user's earlier draft for the report.

    DocumentError, with the file name and the problem, when the document cannot be read.
    """
    extraction = extract_bytes(
        data, filename, max_bytes=settings.MAX_UPLOAD_BYTES, published_on=report.published_on
    )
    blocks = read(data, extraction.format).blocks
    content = extraction.as_dict()
    for finding in content["findings"]:
        finding["include"] = True
        finding["context"] = document_context(blocks, finding)
        finding["text"] = stem_of(finding["text"], finding["items"])
    with transaction.atomic():
        report.extraction_drafts.filter(created_by=user).delete()
        return report.extraction_drafts.create(
            created_by=user,
            source_name=filename[-500:],
            format=extraction.format,
            content=content,
        )


def document_context(blocks: list[Block], finding: dict) -> dict:
    """The finding's blocks (its label, text and items) with a neighbour either side, and the
    heading of the part of the document it is in."""
    index = finding["location"]["block"]
    start = max(0, index - CONTEXT_BEFORE)
    end = min(len(blocks), index + 3 + len(finding["items"]))
    words = " ".join([finding["text"], *finding["items"]])  # the full text: stem and items
    heading = next((b.text for b in reversed(blocks[:start]) if b.kind == "heading"), None)
    shown = [
        {"kind": b.kind, "text": b.text, "page": b.page, "here": _part_of(b, index, words)}
        for b in blocks[start:end]
    ]
    return {"heading": heading, "blocks": shown}


def _part_of(block: Block, index: int, words: str) -> bool:
    return block.index == index or (block.index > index and block.text in words)


class Problem(NamedTuple):
    """Why a draft cannot be saved; ``number`` is the finding's (1-based), if it is about one."""

    number: int | None
    message: str


@dataclass
class DraftNotReady(Exception):
    """The draft cannot be saved as it stands; ``problems`` says why."""

    problems: list[Problem]


def put_finding(draft: ExtractionDraft, finding: dict, number: int | None = None) -> None:
    """Change finding ``number`` (1-based) of the draft, or add ``finding`` at the end."""
    if number is None:
        draft.findings.append({**finding, "include": True, "location": None, "context": None})
    else:
        draft.findings[number - 1].update(finding)
    draft.save(update_fields=["content"])


def set_included(draft: ExtractionDraft, ticks: list[bool]) -> None:
    for finding, tick in zip(draft.findings, ticks, strict=True):
        finding["include"] = tick
    draft.save(update_fields=["content"])


def heading(finding: dict, number: int) -> str:
    """'Finding 4 (recommendation 3)': findings without a printed number need the position."""
    label = FindingKind(finding["kind"]).label if finding["kind"] in FindingKind else "Finding"
    ref = f" {finding['ref']}" if finding.get("ref") else ""
    return f"Finding {number} ({label.lower()}{ref})"


def problems_with(findings: list[dict]) -> list[Problem]:
    """Why the included findings cannot be saved to the report, if anything stops them."""
    chosen = [(i, f) for i, f in enumerate(findings) if f.get("include")]
    if not chosen:
        return [Problem(None, "Select at least one finding to save, or extract them again")]
    problems = []
    for index, finding in chosen:
        name = heading(finding, index + 1)
        messages = [f"{name}: {p}" for p in _field_problems(finding)]
        messages += _parent_problems(findings, index, finding)
        problems += [Problem(index + 1, message) for message in messages]
    return problems


def _field_problems(finding: dict) -> list[str]:
    try:
        _unsaved(finding).full_clean(exclude=["report", "parent", "position"])
    except ValidationError as error:
        return [
            f"{field.replace('_', ' ')}: {' '.join(messages)}".capitalize()
            for field, messages in error.message_dict.items()
        ]
    return []


def _parent_problems(findings: list[dict], index: int, finding: dict) -> list[str]:
    parent = finding.get("parent")
    if parent is None:
        return []
    name = heading(finding, index + 1)
    if not isinstance(parent, int) or not 0 <= parent < len(findings):
        return [f"{name} is under a cause of concern that does not exist: change it"]
    cause = findings[parent]
    if finding["kind"] != FindingKind.RECOMMENDATION:
        return [f"{name}: only a recommendation can sit under a cause of concern"]
    if cause["kind"] != FindingKind.CAUSE_OF_CONCERN:
        return [f"{name} is under {heading(cause, parent + 1)}, which is not a cause of concern"]
    if not cause.get("include"):
        return [
            f"{name} is under {heading(cause, parent + 1)}, which is not included: "
            "include that cause of concern too, or change the recommendation"
        ]
    return []


def _unsaved(finding: dict, **fields) -> Finding:
    return Finding(
        kind=finding["kind"],
        ref=finding.get("ref") or "",
        text=finding["text"],
        items=list(finding.get("items") or []),
        timescale=finding.get("timescale") or "",
        due_on=finding.get("due_on"),
        addressees=list(finding.get("addressees") or []),
        directed_at_forces=bool(finding.get("directed_at_forces")),
        **fields,
    )


def save_findings(draft: ExtractionDraft, *, replace: bool) -> list[Finding]:
    """Write the draft's included findings to its report and delete the draft, all or nothing.

    ``replace`` deletes the report's findings first, refused once a body has answered or tracks any;
    otherwise the new findings follow the existing ones. DraftNotReady says what to correct;
    ExtractionDraft.DoesNotExist means the draft was saved or discarded meanwhile.
    """
    with transaction.atomic():
        draft = ExtractionDraft.objects.select_for_update().get(pk=draft.pk)
        problems = problems_with(draft.findings)
        if problems:
            raise DraftNotReady(problems)
        report = draft.report
        if replace:
            _delete_findings_of(report)
        saved = _create_findings(report, draft.findings)
        draft.delete()
    return saved


IN_USE = (
    "The report's findings cannot be replaced: a body has answered or tracks some of them. "
    "Add these findings after them instead, and withdraw any of the old ones that were wrong."
)


def _delete_findings_of(report) -> None:
    try:
        with transaction.atomic():
            report.findings.all().delete()
    except ProtectedError:
        raise DraftNotReady([Problem(None, IN_USE)]) from None


def _create_findings(report, findings: list[dict]) -> list[Finding]:
    last = report.findings.aggregate(last=Max("position"))["last"]
    position = 0 if last is None else last + 1
    created: dict[int, Finding] = {}
    for index, finding in enumerate(findings):
        if finding.get("include"):
            created[index] = _unsaved(finding, report=report, position=position)
            created[index].save()
            position += 1
    for index, saved in created.items():
        parent = findings[index].get("parent")
        if parent is not None:
            saved.parent = created[parent]
            saved.save(update_fields=["parent"])
    return list(created.values())
