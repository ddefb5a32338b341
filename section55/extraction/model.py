"""What extraction produces: findings, and the extraction of one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class Finding:
    """A recommendation, area for improvement or cause of concern, as the report states it."""

    kind: str
    text: str
    ref: str | None = None
    parent: int | None = None
    items: list[str] = field(default_factory=list)
    timescale: str | None = None
    due_on: date | None = None
    addressees: list[str] = field(default_factory=list)
    directed_at_forces: bool = False
    page: int | None = None
    block: int = 0

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "ref": self.ref,
            "parent": self.parent,
            "text": self.text,
            "items": list(self.items),
            "timescale": self.timescale,
            "due_on": iso(self.due_on),
            "addressees": list(self.addressees),
            "directed_at_forces": self.directed_at_forces,
            "location": {"page": self.page, "block": self.block},
        }

    @property
    def label(self) -> str:
        name = self.kind.replace("_", " ")
        return f"{name} {self.ref}" if self.ref else name


@dataclass
class Extraction:
    """The findings of one document, with its title, publication date and any warnings."""

    source: str
    format: str
    title: str | None
    published_on: date | None
    warnings: list[str]
    findings: list[Finding]

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "published_on": iso(self.published_on),
            "warnings": list(self.warnings),
            "findings": [finding.as_dict() for finding in self.findings],
        }

    def summary(self) -> str:
        from .summary import extraction_summary

        return extraction_summary(self)


def stem_of(text: str, items) -> str:
    """A finding's text without its items: the extraction states the full text (stem and
    items together), while records keep the stem in ``text`` and the items apart, as the
    published documents show them."""
    joined = " ".join(items)
    if items and text.endswith(joined):
        return text[: -len(joined)].rstrip()
    return text
