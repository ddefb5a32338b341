"""Renderers used by make_corpus.py: HTML to PDF, markup to DOCX, the seed in other formats."""

from __future__ import annotations

import hashlib
import html
import io
import re
import struct
import zipfile
from datetime import datetime

FIXED_TIME = datetime(2024, 10, 1, 9, 0, 0)
_PDF_STYLE = """<style>@page { size: A4; margin: 2cm; @bottom-center { content: counter(page);
font-family: sans-serif; font-size: 8pt; } } body { font-family: sans-serif; font-size: 11pt; }
</style>"""


def pdf_from_html(page: str) -> bytes:
    import weasyprint

    if "<style" not in page:
        page = _PDF_STYLE + page
    return weasyprint.HTML(string=page).write_pdf()


# --- DOCX from a line markup: "# " title, "## " heading 1, "### " heading 2, "- " bullet,
# "| a | b |" table row, anything else a paragraph.


def docx_from_markup(markup: str, title: str) -> bytes:
    import docx

    document = docx.Document()
    _fix_properties(document, title)
    rows: list[list[str]] = []
    for line in [*markup.splitlines(), ""]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        if rows:
            _table(document, rows)
            rows = []
        _markup_line(document, line)
    return _saved(document)


def _markup_line(document, line: str) -> None:
    if not line.strip():
        return
    styles = (("### ", "Heading 2"), ("## ", "Heading 1"), ("# ", "Title"), ("- ", "List Bullet"))
    for prefix, style in styles:
        if line.startswith(prefix):
            document.add_paragraph(line[len(prefix) :], style=style)
            return
    document.add_paragraph(line)


def _table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _fix_properties(document, title: str) -> None:
    properties = document.core_properties
    properties.title = title
    properties.author = "section55 test corpus"
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- The seed (a published response in plain text) turned into HTML and DOCX.

_LINK = re.compile(r"^\[(?P<label>.*)\]\((?P<url>https?://[^)]+)\)$", re.S)
_LABEL = re.compile(r"^[A-Z][\w ]{2,40}:$")


def seed_chunks(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs: title, heading, label, value, paragraph, bullet, number, link."""
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]
    out: list[tuple[str, str]] = [("title", chunks[0])]
    for chunk in chunks[1:]:
        out.extend(_seed_chunk(chunk.replace("**", "").replace("\\(", "(").replace("\\)", ")")))
    return out


def _seed_chunk(chunk: str) -> list[tuple[str, str]]:
    lines = chunk.splitlines()
    if all(line.startswith("- ") for line in lines):
        return [("bullet", line[2:]) for line in lines]
    if re.match(r"^\d\. ", chunk):
        return [("number", re.sub(r"^\d+\.\s*", "", line)) for line in lines]
    if _LINK.match(chunk):
        return [("link", chunk)]
    if chunk.lower().startswith("for office use"):
        return [("heading", chunk)]
    if _LABEL.match(chunk):
        return [("label", chunk)]
    if len(chunk) < 100 and not chunk.endswith((".", ":")) and not re.match(r"^\d", chunk):
        return [("heading", chunk)]
    return [("paragraph", " ".join(lines))]


def seed_html(text: str) -> str:
    body = "\n".join(_html_chunk(kind, chunk) for kind, chunk in seed_chunks(text))
    body = re.sub(r"</ul>\n<ul>|</ol>\n<ol>", "", body)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>PCC response to HMICFRS inspection</title>"
        '<meta name="dcterms.created" content="2024-10-01T09:00:00Z">'
        f"{_PDF_STYLE}</head><body><main>\n{body}\n</main></body></html>"
    )


def _html_chunk(kind: str, chunk: str) -> str:
    escaped = html.escape(chunk, quote=False)
    if kind == "title":
        return f"<h1>{escaped}</h1>"
    if kind == "heading":
        level = 3 if chunk.startswith(("Recommendation ", "Area for improvement ")) else 2
        return f"<h{level}>{escaped}</h{level}>"
    if kind == "label":
        return f"<p><strong>{escaped}</strong></p>"
    if kind == "link":
        match = _LINK.match(chunk)
        label, url = html.escape(match["label"]), html.escape(match["url"])
        return f'<p><a href="{url}">{label}</a></p>'
    if kind == "bullet":
        return f"<ul><li>{escaped}</li></ul>"
    if kind == "number":
        return f"<ol><li>{escaped}</li></ol>"
    return f"<p>{escaped}</p>"


def seed_docx(text: str) -> bytes:
    """The seed as an office would hold it: labelled details in a table, headings, bullets."""
    import docx

    document = docx.Document()
    _fix_properties(document, "PCC response to HMICFRS inspection")
    chunks = seed_chunks(text)
    table = None
    for position, (kind, chunk) in enumerate(chunks):
        if kind == "label":
            table = table or document.add_table(rows=0, cols=2)
            _detail_row(document, table, chunk, chunks[position + 1])
        elif position and chunks[position - 1][0] == "label":
            continue
        else:
            _docx_chunk(document, kind, chunk)
    return _saved(document)


def _detail_row(document, table, label: str, value: tuple[str, str]) -> None:
    cells = table.add_row().cells
    cells[0].paragraphs[0].add_run(label).bold = True
    if value[0] == "link":
        match = _LINK.match(value[1])
        _hyperlink(document, cells[1].paragraphs[0], match["label"], match["url"])
    else:
        cells[1].text = value[1]


def _docx_chunk(document, kind: str, chunk: str) -> None:
    if kind == "title":
        document.add_paragraph().add_run(chunk).bold = True
    elif kind == "heading":
        document.add_heading(chunk, level=3 if chunk.startswith("Recommendation ") else 2)
    elif kind in ("bullet", "number"):
        style = "List Bullet" if kind == "bullet" else "List Number"
        document.add_paragraph(chunk, style=style)
    else:
        document.add_paragraph(chunk)


def _hyperlink(document, paragraph, label: str, url: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    relationship = document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = label
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


# --- Hostile inputs.


def zip_bomb_docx(megabytes: int = 64) -> bytes:
    """A DOCX whose document.xml inflates to ``megabytes`` MB of blank space (~64 KB on disk)."""
    buffer = io.BytesIO()
    body = b'<?xml version="1.0"?><w:document xmlns:w="urn:x">' + b" " * (megabytes << 20)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body + b"</w:document>")
    return buffer.getvalue()


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state, j = list(range(256)), 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data, usedforsecurity=False).digest()


def encrypted_pdf(user_password: str, text: str) -> bytes:
    """A one-page PDF encrypted with the standard 40-bit RC4 security handler (PDF 1.4, R2).

    The PDF standard defines that handler with MD5 and RC4, hence the weak hashes below.
    """
    file_id = _md5(b"section55-encrypted-sample")
    padded = (user_password.encode("latin-1") + _PAD)[:32]
    owner = _rc4(_md5((b"owner" + _PAD)[:32])[:5], padded)
    permissions = struct.pack("<i", -44)
    key = _md5(padded + owner + permissions + file_id)[:5]
    user = _rc4(key, _PAD)
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    object_key = _md5(key + (4).to_bytes(3, "little") + b"\x00\x00")[:10]
    stream = _rc4(object_key, content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + owner.hex().encode()
        + b"> /U <"
        + user.hex().encode()
        + b"> /P -44 >>",
    ]
    return _pdf_file(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>]" % ((file_id.hex().encode(),) * 2))


def _pdf_file(objects: list[bytes], trailer_extra: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b" >>\n"
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref)
