"""The seed response (Norfolk PCC, Operation Soteria, 2024) as a ResponseDocument.

Every word comes from the published text file in tests/data/extraction, cut at the headings and
labels it prints, so the fixture cannot drift from the seed. Two things are deliberately not
copied: the deadline is the statutory last day (16 October 2024; the seed states 17 October), and
the recommendation count sentence is computed, as the application computes it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from section55.deadlines import statutory_last_day
from section55.publishing.document import (
    DocumentFinding,
    ResponseDocument,
    recommendation_count_sentence,
)

SEED_FILE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "extraction"
    / "norfolk-pcc-response-soteria-2024.txt"
)
PUBLISHED = date(2024, 8, 22)
CHIEF_HEADING = "Chief Constable response to report and any Recommendations/Areas for Improvement"
BODY_HEADING = "PCC response to report and any Recommendations/Areas for Improvement"
CHECKLIST_HEADING = "For Office Use Only:"
_LABEL = re.compile(r"^Recommendation \d+$", re.M)


def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")


def between(text: str, start: str, end: str | None = None) -> str:
    """The text after the line ``start`` and before the line ``end`` (or the end of the text)."""
    after = text.split(f"\n{start}\n", 1)[1]
    return (after.split(f"\n{end}\n", 1)[0] if end else after).strip()


def label_value(text: str, label: str) -> str:
    """The line after ``label`` and its blank line."""
    return between(text, label).split("\n", 1)[0]


def split_by_label(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first "Recommendation N" line, and (heading, text) for each one."""
    parts = _LABEL.split(text)
    headings = _LABEL.findall(text)
    return parts[0].strip(), [
        (h, part.strip()) for h, part in zip(headings, parts[1:], strict=True)
    ]


def finding(heading: str, text: str, response: str) -> DocumentFinding:
    blocks = text.split("\n\n")
    items = tuple(line[2:] for line in "\n".join(blocks[1:]).splitlines() if line.startswith("- "))
    return DocumentFinding("recommendation", heading, blocks[0], items, None, response or None)


def chief_officer_responses(text: str) -> tuple[str, dict[str, str]]:
    """The overall comments, and each response without the restated finding (text, bold items)."""
    overall, parts = split_by_label(between(text, CHIEF_HEADING, BODY_HEADING))
    responses = {}
    for heading, part in parts:
        blocks = part.split("\n\n")[1:]
        responses[heading] = "\n\n".join(b for b in blocks if not b.startswith("- **"))
    return overall, responses


def link(text: str) -> str:
    return re.search(r"\]\((https://[^)]+)\)", between(text, "Link to Report:")).group(1)


def seed_document() -> ResponseDocument:
    text = seed_text()
    lines = [line for line in text.splitlines() if line.strip()]
    _, stated = split_by_label(between(text, "Recommendations", "Areas For Improvement"))
    overall, responses = chief_officer_responses(text)
    return ResponseDocument(
        title=lines[0].strip(),
        statutory_paragraph=lines[1].strip(),
        inspection_title=label_value(text, "Inspection Title:"),
        report_published_on=PUBLISHED,
        publication_types=("Rape", "Spotlight"),
        forces=label_value(text, "Police Forces:"),
        report_url=link(text),
        statutory_deadline=statutory_last_day(PUBLISHED),
        key_findings=between(text, "Key Findings", "Recommendations"),
        recommendation_count_sentence=recommendation_count_sentence(14, 5),
        recommendations=tuple(finding(h, part, responses[h]) for h, part in stated),
        areas_for_improvement=(),
        chief_officer_heading=CHIEF_HEADING,
        chief_officer_comments=overall,
        body_heading=BODY_HEADING,
        body_comments=between(text, BODY_HEADING, CHECKLIST_HEADING),
        checklist=tuple(line[2:] for line in between(text, CHECKLIST_HEADING).splitlines()),
        author="Police and Crime Commissioner for Norfolk",
    )
