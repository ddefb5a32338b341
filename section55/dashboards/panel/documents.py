"""The panel report as DOCX (python-docx) and tagged PDF (WeasyPrint, PDF/UA-1).

Both follow the publishing renderers (``section55/publishing/render``): Word heading styles and
real tables with a repeated header row; the PDF is printed from a standalone HTML document with
its own stylesheet, and fetches nothing, whatever a field contains.
"""

from __future__ import annotations

import io

import docx
from django.template.loader import render_to_string
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from section55.dashboards.panel.report import PanelReport
from section55.publishing.render.html import STYLESHEET
from section55.publishing.render.outline import clean
from section55.publishing.render.pdf import html_to_pdf

LANGUAGE = "en-GB"
TABLE_STYLESHEET = """
table { border-collapse: collapse; width: 100%; margin: 0 0 1.2em; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; font-size: 12pt; margin-bottom: 0.4em; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3em 0.4em; text-align: left;
  vertical-align: top; }
thead th { border-bottom: 2px solid #0b0c0c; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
"""

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def render_html_document(report: PanelReport) -> str:
    context = {"report": report, "stylesheet": STYLESHEET + TABLE_STYLESHEET}
    return render_to_string("dashboards/panel_report_document.html", context)


def render_pdf(report: PanelReport) -> bytes:
    return html_to_pdf(render_html_document(report))


def render_docx(report: PanelReport) -> bytes:
    document = docx.Document()
    _properties(document, report)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(clean(report.full_title), level=1)
    document.add_paragraph(clean(report.introduction))
    document.add_heading("Summary", level=2)
    _table(document, ("Section", "Items"), [(h, str(n)) for h, n in report.summary])
    for section in report.sections:
        document.add_heading(section.heading, level=2)
        document.add_paragraph(section.intro)
        if section.rows:
            _table(document, section.columns, section.rows)
        else:
            document.add_paragraph(section.empty)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FORMATS = {"pdf": (render_pdf, "application/pdf"), "docx": (render_docx, DOCX_MEDIA_TYPE)}


def _properties(document, report: PanelReport) -> None:
    properties = document.core_properties
    properties.title = clean(report.full_title)
    properties.author = properties.last_modified_by = clean(report.body_name)
    properties.subject = "Report to the Police and Crime Panel"
    properties.language = LANGUAGE
    properties.comments = ""


def _table(document, columns, rows) -> None:
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, columns, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = clean(value)


def _repeat_as_header(row) -> None:
    """Marks the row as the table's header: repeated on every page, read as headers."""
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)
