"""A Word document with python-docx: Heading 1-3 styles, List Bullet and List Number paragraphs,
a real hyperlink to the report, and core properties (title, author, subject, language)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from ..document import ResponseDocument
from .outline import Detail, Details, Heading, Items, Node, Paragraph, clean, outline

FONT = "Arial"
LINK_COLOUR = "1D70B8"


def render_docx(doc: ResponseDocument) -> bytes:
    document = docx.Document()
    _set_properties(document, doc)
    _set_defaults(document, doc.language)
    for node in outline(doc):
        _add(document, node)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_properties(document, doc: ResponseDocument) -> None:
    properties = document.core_properties
    properties.title = clean(doc.title)
    properties.author = properties.last_modified_by = clean(doc.author)
    properties.subject = clean(doc.inspection_title)
    properties.language = doc.language
    properties.comments = ""
    properties.revision = doc.version
    if doc.published_on:
        created = datetime(*doc.published_on.timetuple()[:3], tzinfo=UTC)
        properties.created = properties.modified = created


def _set_defaults(document, language: str) -> None:
    """Arial for Normal text, and the document language for spelling and screen readers."""
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    for run_properties in document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr"):
        for old in run_properties.findall(qn("w:lang")):
            run_properties.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
        run_properties.append(lang)


def _add(document, node: Node) -> None:
    if isinstance(node, Heading):
        document.add_heading(node.text, level=node.level)
    elif isinstance(node, Paragraph):
        document.add_paragraph(node.text)
    elif isinstance(node, Items):
        _add_items(document, node)
    else:
        _add_details(document, node)


def _add_items(document, node: Items) -> None:
    style = "List Number" if node.numbered else "List Bullet"
    for text in node.texts:
        document.add_paragraph(style=style).add_run(text).bold = node.strong or None


def _add_details(document, node: Details) -> None:
    for row in node.rows:
        document.add_paragraph().add_run(row.label).bold = True
        _add_value(document, row)


def _add_value(document, row: Detail) -> None:
    paragraph = document.add_paragraph()
    if not row.url:
        paragraph.add_run(row.value)
        return
    relation = paragraph.part.relate_to(row.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    link.append(_link_run(row.value))
    paragraph._p.append(link)


def _link_run(text: str):
    """A run styled as a link (colour and underline), built in XML: python-docx has no API."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    for tag, value in (("w:color", LINK_COLOUR), ("w:u", "single")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        properties.append(element)
    words = OxmlElement("w:t")
    words.text = text
    run.append(properties)
    run.append(words)
    return run
