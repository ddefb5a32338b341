"""Hostile and broken documents: each gets one clear DocumentError, or reads with a warning."""

import pytest

from section55.extraction import DocumentError, extract_bytes, extract_document, parse_response

from .conftest import BAD, DATA, SEED


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("corrupt.pdf", "is not a readable PDF: it is damaged or truncated"),
        ("truncated.pdf", "is not a readable PDF: it is damaged or truncated"),
        ("encrypted.pdf", "is encrypted and needs a password to open"),
        ("not-a-zip.docx", "is named .docx but is not a DOCX (zip) file: it is plain text"),
        ("truncated.docx", "is not a DOCX file: it is not a valid zip archive"),
        ("zip-bomb.docx", "expands to 64 MB when unzipped; refused as a zip bomb"),
        ("workbook.docx", "is an Excel workbook, not a Word document"),
        ("report-really-a-pdf.docx", "is named .docx but is not a DOCX (zip) file: it is a PDF"),
        ("report-really-a-docx.pdf", "is named .pdf but is not a PDF: it is a DOCX (zip) file"),
        (
            "legacy-word.doc",
            "is a legacy Office file (such as Word 97-2003 .doc); save it as .docx",
        ),
        ("image-named.pdf", "is a PNG image, not a document"),
        ("empty.txt", "is empty"),
        ("binary.txt", "does not contain readable text (it looks like a binary file)"),
    ],
)
def test_an_unreadable_document_raises_one_error_naming_the_file_and_the_problem(name, problem):
    path = BAD / name
    with pytest.raises(DocumentError) as raised:
        extract_document(path)

    assert str(raised.value) == f"{path}: {problem}"
    assert raised.value.problem == problem
    assert "\n" not in str(raised.value)


def test_the_encrypted_sample_really_is_encrypted_and_opens_with_its_password():
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument((BAD / "encrypted.pdf").read_bytes(), password="s55-secret")

    assert document[0].get_textpage().get_text_range().startswith("Recommendation 1")


def test_the_zip_bomb_sample_is_small_on_disk():
    assert (BAD / "zip-bomb.docx").stat().st_size < 100_000


def test_a_document_over_the_size_limit_is_refused_before_it_is_read():
    path = DATA / "peel-borsetshire-2023.pdf"
    with pytest.raises(DocumentError, match=r"is 18\.\d KB, over the 10 KB limit"):
        extract_document(path, max_bytes=10 * 1024)


def test_uploaded_bytes_over_the_size_limit_are_refused():
    with pytest.raises(DocumentError, match="upload.pdf: is 2 KB, over the 1000 bytes limit"):
        extract_bytes(b"%PDF-1.7" + bytes(2000), "upload.pdf", max_bytes=1000)


def test_a_missing_file_or_a_directory_is_a_document_error(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        extract_document(tmp_path / "missing.pdf")
    with pytest.raises(DocumentError, match="is a directory"):
        extract_document(tmp_path)


def test_a_pdf_with_no_text_is_read_with_a_warning_and_no_findings():
    extraction = extract_document(BAD / "no-text.pdf")

    assert extraction.findings == []
    assert extraction.warnings == [
        "has no extractable text; it may be a scanned image",
        "no recommendations, areas for improvement or causes of concern were found",
    ]


@pytest.mark.parametrize(
    ("name", "warnings"),
    [
        ("seed-cp1252.txt", ["the text is not UTF-8; it was read as Windows-1252"]),
        ("seed-utf16.txt", []),
        ("seed-utf16le-no-bom.txt", []),
    ],
)
def test_text_in_other_encodings_reads_the_same_as_utf8(name, warnings):
    extraction = extract_document(BAD / name)
    original = extract_document(DATA / f"{SEED}.txt")

    assert [f.as_dict() for f in extraction.findings] == [f.as_dict() for f in original.findings]
    assert extraction.warnings == warnings


def test_html_named_as_text_is_read_as_html():
    extraction = extract_bytes(b"<html><body><h1>Report</h1></body></html>", "page.txt")

    assert (extraction.format, extraction.title) == ("html", "Report")


def test_a_readable_document_with_no_findings_warns_rather_than_fails():
    extraction = extract_bytes(b"Nothing to see here.\n", "notes.txt")

    assert extraction.warnings == [
        "no recommendations, areas for improvement or causes of concern were found"
    ]


def test_a_report_that_is_not_a_published_response_is_refused_by_the_response_parser():
    with pytest.raises(DocumentError, match="has no chief constable or local policing body"):
        parse_response(DATA / "peel-borsetshire-2023.pdf")
