"""Documents to findings, with no Django import: see README.md in this package.

    extract_document(path) / extract_bytes(data, filename) -> Extraction
    parse_response(path) / parse_response_bytes(data, filename) -> ParsedResponse

Anything that cannot be read raises DocumentError, and nothing else.
"""

from .api import DEFAULT_MAX_BYTES, extract_bytes, extract_document
from .blocks import Block
from .errors import DocumentError
from .model import Extraction, Finding, stem_of
from .readers import read
from .response import ParsedResponse, parse_response, parse_response_bytes
from .response_fields import ReportDetails

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Block",
    "DocumentError",
    "Extraction",
    "Finding",
    "ParsedResponse",
    "ReportDetails",
    "extract_bytes",
    "extract_document",
    "parse_response",
    "parse_response_bytes",
    "read",
    "stem_of",
]
