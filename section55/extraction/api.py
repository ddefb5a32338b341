"""Entry points: a file or uploaded bytes in, an Extraction out, or one DocumentError."""

from __future__ import annotations

import os
from datetime import date

from . import metadata
from .errors import DocumentError
from .model import Extraction
from .parser import find_findings
from .readers import Document, read
from .sniff import detect

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
NO_FINDINGS = "no recommendations, areas for improvement or causes of concern were found"


def read_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path``, refusing missing, unreadable and oversized files."""
    source = str(path)
    try:
        _check_size(os.stat(path).st_size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except DocumentError as error:
        raise error.for_source(source) from None
    except FileNotFoundError:
        raise DocumentError("does not exist", source) from None
    except IsADirectoryError:
        raise DocumentError("is a directory, not a document", source) from None
    except OSError as error:
        raise DocumentError(f"cannot be read ({error.strerror or error})", source) from None
    _check_size(len(data), max_bytes, source)
    return data


def _check_size(size: int, max_bytes: int, source: str = "document") -> None:
    if size > max_bytes:
        raise DocumentError(f"is {_size(size)}, over the {_size(max_bytes)} limit", source)


def _size(count: int) -> str:
    """A byte count as people write it: 50 MB, 9.8 KB, 200 bytes."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def load(data: bytes, filename: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The document's blocks, or DocumentError naming ``filename`` and the problem."""
    try:
        _check_size(len(data), max_bytes)
        if not data.strip():
            raise DocumentError("is empty")
        return read(data, detect(data, filename))
    except DocumentError as error:
        raise error.for_source(filename) from None


def extract_document(
    path: str | os.PathLike,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published_on: date | None = None,
) -> Extraction:
    """The findings of the report at ``path``; ``published_on`` overrides the date it states."""
    data = read_file(path, max_bytes)
    return extract_bytes(data, str(path), max_bytes=max_bytes, published_on=published_on)


def extract_bytes(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published_on: date | None = None,
) -> Extraction:
    """The findings of an uploaded report; ``filename`` is the name it was uploaded under."""
    document = load(data, filename, max_bytes)
    stated = metadata.published_on(document.blocks)
    date_used = published_on or stated
    findings = find_findings(document.blocks, date_used)
    warnings = [*document.warnings, *_timescale_warnings(findings, date_used)]
    if not findings:
        warnings.append(NO_FINDINGS)
    title = metadata.title(document.blocks, document.title)
    return Extraction(filename, document.format, title, date_used, warnings, findings)


def _timescale_warnings(findings, published_on: date | None) -> list[str]:
    if published_on is not None:
        return []
    return [
        f"{finding.label} is due '{finding.timescale}' but the publication date is unknown, "
        "so no due date was worked out"
        for finding in findings
        if finding.timescale and finding.timescale.lower().startswith("within")
    ]
