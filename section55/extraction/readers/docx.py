"""DOCX (Word) files to blocks, with python-docx, after checking the zip is safe to open."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

from ..blocks import HEADING, ITEM, PARAGRAPH, Block, ends_sentence, finish
from ..errors import DocumentError
from ..sniff import DOCX
from .base import Document

MAX_UNZIPPED = 200 * 1024 * 1024
BOMB_RATIO = 100
BOMB_MEMBER = 20 * 1024 * 1024
_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)?|title)$", re.I)
_OTHER_OFFICE = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint file",
}


def read_docx(data: bytes) -> Document:
    _check_zip(data)
    import docx  # imported here: only DOCX reading needs it

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document))
    except Exception as error:  # python-docx and lxml raise many types for damaged files
        raise DocumentError(f"is not a readable DOCX file ({type(error).__name__})") from None
    title = (document.core_properties.title or "").strip() or None
    return Document(DOCX, finish(blocks), [], title)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise DocumentError("is not a DOCX file: it is not a valid zip archive") from None
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        kind = next((kind for name, kind in _OTHER_OFFICE.items() if name in names), None)
        raise DocumentError(f"is {kind or 'a zip archive'}, not a Word document")
    _check_sizes(members)


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    """Refuse zip bombs: Python's zipfile never inflates a member past its declared size."""
    total = sum(member.file_size for member in members)
    bomb = any(
        member.file_size > BOMB_MEMBER
        and member.file_size > BOMB_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if bomb or total > MAX_UNZIPPED:
        megabytes = total // (1024 * 1024)
        raise DocumentError(f"expands to {megabytes} MB when unzipped; refused as a zip bomb")


def _blocks(document):
    number = 0
    for part in document.iter_inner_content():
        for block in _table(part) if hasattr(part, "rows") else _paragraph(part):
            number = number + 1 if block.marker == "1." else 0
            yield replace(block, marker=f"{number}.") if number else block


def _table(table):
    seen: list = []  # merged cells repeat; keeping them alive keeps their ids unique
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            for paragraph in cell.paragraphs:
                yield from _paragraph(paragraph)


def _paragraph(paragraph):
    text = paragraph.text
    if not text.strip():
        return
    links = tuple(link.url for link in paragraph.hyperlinks if link.url.startswith("http"))
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    yield _classified(paragraph, text, style, links)


def _classified(paragraph, text: str, style: str, links: tuple[str, ...]) -> Block:
    if match := _HEADING_STYLE.match(style.strip()):
        return Block(HEADING, text, level=int(match.group(1) or 1), links=links)
    depth = _list_depth(paragraph, style)
    if depth:
        marker = "1." if "number" in style.lower() else "•"
        return Block(ITEM, text, level=depth, marker=marker, links=links)
    if _all_bold(paragraph) and len(text) <= 100 and not ends_sentence(text.strip()):
        return Block(HEADING, text, level=3, links=links)
    return Block(PARAGRAPH, text, links=links)


def _list_depth(paragraph, style: str) -> int:
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    if numbering is not None:
        level = numbering.ilvl
        return 1 + (level.val if level is not None and level.val is not None else 0)
    return 1 if style.lower().startswith("list") else 0


def _all_bold(paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)
