"""Bytes to text for plain-text and HTML documents, whatever encoding they arrived in."""

from __future__ import annotations

import codecs
import re

from .errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)


def _bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as zero bytes in every other position."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    odd_zeros = sample[1::2].count(0) / (len(sample) // 2)
    even_zeros = sample[0::2].count(0) / ((len(sample) + 1) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decoded(data: bytes, declared: str | None, warnings: list[str]) -> str:
    explicit = _bom_encoding(data) or _utf16_without_bom(data) or declared
    if explicit and (text := _strict(data, explicit)) is not None:
        return text
    if (text := _strict(data, "utf-8")) is not None:
        return text
    if (text := _strict(data, "cp1252")) is not None:
        warnings.append("the text is not UTF-8; it was read as Windows-1252")
        return text
    warnings.append("the text is not UTF-8; it was read as Latin-1")
    return data.decode("latin-1")


def decode(data: bytes, warnings: list[str], *, html: bool = False) -> str:
    """The text of ``data``; adds a warning when the encoding had to be guessed."""
    text = _decoded(data, _declared_charset(data) if html else None, warnings)
    if _looks_binary(text):
        raise DocumentError("does not contain readable text (it looks like a binary file)")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    return "\x00" in sample or controls / len(sample) > 0.05
