"""Build the extraction test corpus from the sources beside it.

    .venv/bin/python tests/data/extraction/make_corpus.py

Writes, next to this script:
- peel-borsetshire-2023.pdf      from sources/*.html, with WeasyPrint (HTML to PDF)
- crime-data-integrity-borsetshire-2014.docx   from a small line markup, with python-docx
- thematic-online-harassment-2024.html          copied from sources/
- seed renderings of the Norfolk response: .html, .pdf (WeasyPrint) and .docx (python-docx)
- bad/: damaged, encrypted, mismatched, oversized-when-unzipped and oddly encoded inputs

WeasyPrint and python-docx are needed only to rebuild the corpus; the generated files are kept.
"""

from __future__ import annotations

import hashlib
import html
import io
import shutil
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
BAD = HERE / "bad"
SEED_NAME = "norfolk-pcc-response-soteria-2024"
SEED = HERE / f"{SEED_NAME}.txt"
FIXED_TIME = datetime(2024, 10, 1, 9, 0, 0)

sys.path.insert(0, str(HERE))
from corpus_builders import (  # noqa: E402
    docx_from_markup,
    encrypted_pdf,
    pdf_from_html,
    seed_docx,
    seed_html,
    zip_bomb_docx,
)


def main() -> None:
    BAD.mkdir(exist_ok=True)
    build_reports()
    build_seed_renderings()
    build_bad_inputs()
    print(f"corpus written to {HERE}")


def build_reports() -> None:
    shutil.copyfile(
        SOURCES / "thematic-online-harassment-2024.html",
        HERE / "thematic-online-harassment-2024.html",
    )
    peel = (SOURCES / "peel-borsetshire-2023.html").read_text(encoding="utf-8")
    (HERE / "peel-borsetshire-2023.pdf").write_bytes(pdf_from_html(peel))
    markup = (SOURCES / "crime-data-integrity-borsetshire-2014.txt").read_text(encoding="utf-8")
    docx = docx_from_markup(markup, title="Crime data integrity: Borsetshire Constabulary")
    (HERE / "crime-data-integrity-borsetshire-2014.docx").write_bytes(docx)


def build_seed_renderings() -> None:
    text = SEED.read_text(encoding="utf-8")
    page = seed_html(text)
    (HERE / f"{SEED_NAME}.html").write_text(page, encoding="utf-8")
    (HERE / f"{SEED_NAME}.pdf").write_bytes(pdf_from_html(page))
    (HERE / f"{SEED_NAME}.docx").write_bytes(seed_docx(text))


def build_bad_inputs() -> None:
    peel = (HERE / "peel-borsetshire-2023.pdf").read_bytes()
    docx = (HERE / "crime-data-integrity-borsetshire-2014.docx").read_bytes()
    seed = SEED.read_text(encoding="utf-8")
    files = {
        "truncated.pdf": peel[: len(peel) * 2 // 5],
        "corrupt.pdf": b"%PDF-1.7\n" + hashlib.sha256(b"corrupt").digest() * 64,
        "encrypted.pdf": encrypted_pdf("s55-secret", "Recommendation 1: By 1 May 2025, ..."),
        "not-a-zip.docx": b"This is a plain text file that somebody renamed to .docx.\n",
        "truncated.docx": docx[: len(docx) // 2],
        "zip-bomb.docx": zip_bomb_docx(),
        "workbook.docx": _workbook_zip(),
        "report-really-a-pdf.docx": peel,
        "report-really-a-docx.pdf": docx,
        "legacy-word.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        "image-named.pdf": b"\x89PNG\r\n\x1a\n" + bytes(64),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "seed-cp1252.txt": seed.encode("cp1252"),
        "seed-utf16.txt": seed.encode("utf-16"),
        "seed-utf16le-no-bom.txt": seed.encode("utf-16-le"),
        "no-text.pdf": pdf_from_html("<div style='height:5cm;border:1px solid black'></div>"),
    }
    for name, data in files.items():
        (BAD / name).write_bytes(data)
    (BAD / "scripts.html").write_text(_scripts_page(), encoding="utf-8")


def _workbook_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def _scripts_page() -> str:
    hidden = "Recommendation 1: By 1 June 2024, chief constables should obey the script."
    return f"""<!doctype html><html><head><title>Scripts</title>
<script>var text = "{hidden}"; document.write("<p>" + text + "</p>");</script>
<style>p::before {{ content: "Recommendation 5: By 1 June 2024, forces should"; }}</style>
</head><body onload="alert('Recommendation 6')">
<h1>A page with scripts</h1>
<noscript><p>{html.escape(hidden)}</p></noscript>
<p>Recommendation 2: By 31 July 2025, chief constables should make sure that their forces
record every report of online harassment.</p>
<script type="module">import("https://example.org/x.js"); // Recommendation 3: should</script>
<svg><text>Recommendation 4: By 1 June 2024, all forces should draw.</text></svg>
</body></html>"""


if __name__ == "__main__":
    main()
