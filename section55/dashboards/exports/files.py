"""CSV streamed row by row, and XLSX, with cells that a spreadsheet cannot run as formulas.

A cell beginning with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before reading one of those) is read as a formula by Excel, LibreOffice and
Google Sheets; such text is prefixed with an apostrophe, which they show as plain text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value) -> str:
    text = as_text(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class _Echo:
    """A file-like object whose ``write`` returns the line, so ``csv.writer`` yields it."""

    def write(self, value):
        return value


def csv_response(header: Sequence[str], rows: Iterable[Sequence], filename: str):
    """Starts sending at once: each row is written as it is read from the database."""
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow([safe_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def write_csv(out, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """The same cells as ``csv_response``, written to a text file."""
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])


def write_xlsx(out, title: str, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """A one-sheet workbook in openpyxl's write-only mode, which keeps memory flat per row."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_header_cell(WriteOnlyCell(sheet, value=name), bold) for name in header])
    for row in rows:
        sheet.append([_xlsx_value(value) for value in row])
    workbook.save(out)


def xlsx_response(title: str, header: Sequence[str], rows: Iterable[Sequence], filename: str):
    buffer = io.BytesIO()
    write_xlsx(buffer, title, header, rows)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _header_cell(cell, font):
    cell.font = font
    return cell


def _xlsx_value(value):
    """Dates and numbers stay typed; text is made safe and stripped of characters XML refuses."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    if value is None or isinstance(value, date | int | float) and not isinstance(value, bool):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", safe_cell(value))
