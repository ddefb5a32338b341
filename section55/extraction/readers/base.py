"""What a reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..blocks import Block


@dataclass
class Document:
    """A document turned into blocks, with any title its metadata records and reading warnings."""

    format: str
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
