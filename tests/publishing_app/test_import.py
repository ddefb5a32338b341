"""Importing the archive: a published response document back into records, and out again."""

import subprocess
import sys
from pathlib import Path

import pytest

from section55.extraction import parse_response_bytes
from section55.publishing.importing import ImportRefused, import_response
from section55.publishing.models import PublishedVersion
from section55.responses.models import Response, Status

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).parents[1] / "data" / "extraction"
SEED = CORPUS / "norfolk-pcc-response-soteria-2024.txt"
SECTIONS = [
    "response to inspections published by",
    "Section 55 of the Police Act 1996",
    "Inspection Title:",
    "Published on:",
    "22 August 2024",
    "Publication Types:",
    "Police Forces:",
    "Link to Report:",
    "Section 55 Response Deadline:",
    "16 October 2024",
    "Key Findings",
    "14 recommendations are made within the report, five of which are directed at Chief Constables",
    "Recommendation 3",
    "Recommendation 11",
    "Areas For Improvement",
    "There are no areas for improvement made.",
    "Chief Constable response to report",
    "We have collated the relevant training material",
    "PCC response to report",
    "I welcome the publication",
    "For Office Use Only:",
    "Response published on the OPCCN website.",
]


def imported(body):
    return import_response(SEED.read_bytes(), SEED.name, body)


def test_the_seed_imports_as_a_published_response_with_its_five_recommendations(body):
    result = imported(body)
    response = result.version.response
    assert response.status == Status.PUBLISHED
    refs = list(response.report.findings.values_list("ref", flat=True))
    assert refs == ["3", "5", "7", "9", "11"]
    assert response.report.findings.get(ref="7").items[1].startswith("all relevant personnel")
    assert response.report.findings.get(ref="7").text.endswith("This includes making sure that:")
    assert response.report.statutory_last_day.isoformat() == "2024-10-16"
    assert any("17 October 2024" in warning for warning in result.warnings)


def test_importing_the_same_document_twice_does_not_duplicate_it(body):
    first = imported(body)
    second = imported(body)
    assert second.created is False
    assert second.version == first.version
    assert PublishedVersion.objects.count() == 1
    assert Response.objects.filter(body=body, status=Status.PUBLISHED).count() == 1


def test_a_second_copy_in_another_format_is_refused_with_a_reason(body):
    imported(body)
    docx = CORPUS / "norfolk-pcc-response-soteria-2024.docx"
    with pytest.raises(ImportRefused, match="already published a response"):
        import_response(docx.read_bytes(), docx.name, body)
    assert PublishedVersion.objects.count() == 1


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf", "txt"])
def test_every_document_of_the_import_has_every_section_of_the_seed_in_order(body, fmt):
    version = imported(body).version
    content = bytes(version.documents.get(format=fmt).content)
    text = _text_of(content, fmt)
    positions = [text.find(section) for section in SECTIONS]
    missing = [s for s, p in zip(SECTIONS, positions, strict=True) if p < 0]
    assert not missing
    assert positions == sorted(positions)


def test_the_seed_imported_then_rendered_as_text_parses_to_the_same_structure(body):
    version = imported(body).version
    original = parse_response_bytes(SEED.read_bytes(), SEED.name).as_dict()
    again = parse_response_bytes(
        bytes(version.documents.get(format="txt").content), "again.txt"
    ).as_dict()
    assert _structure(again) == _structure(original)


def test_import_response_prints_the_public_address_last(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "SECTION55_ENV": "development",
        "SECTION55_DATA_DIR": str(tmp_path),
    }
    run = [sys.executable, "-m", "section55"]
    assert subprocess.run([*run, "migrate", "-v0"], env=env, timeout=120).returncode == 0
    result = subprocess.run(
        [*run, "import-response", str(SEED), "--body", "norfolk"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        .splitlines()[-1]
        .startswith("http://127.0.0.1:8000/bodies/norfolk/responses/an-inspection-report-on")
    )
    assert "17 October 2024" in result.stderr
    bad = subprocess.run(
        [*run, "import-response", str(CORPUS / "bad" / "corrupt.pdf"), "--body", "norfolk"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1


def _structure(parsed):
    findings = [
        (f["ref"], f["due_on"], f["items"], f["chief_officer_response"]) for f in parsed["findings"]
    ]
    report = {k: v for k, v in parsed["report"].items() if k != "stated_deadline"}
    return (
        findings,
        report,
        parsed["key_findings"],
        parsed["chief_officer_comments"],
        parsed["lpb_comments"],
    )


def _text_of(content: bytes, fmt: str) -> str:
    if fmt == "docx":
        import io

        import docx

        return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)
    if fmt == "pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(content)
        return " ".join(page.get_textpage().get_text_range().replace("\r\n", " ") for page in pdf)
    return content.decode("utf-8")


def test_the_published_pdf_of_the_import_is_tagged_with_language_and_title(body):
    import re

    from tests.publishing.helpers import pdf_language, pdf_metadata, pdf_objects

    version = imported(body).version
    pdf = bytes(version.documents.get(format="pdf").content)
    assert re.search(rb"/StructTreeRoot \d+ 0 R", pdf_objects(pdf))
    assert pdf_language(pdf) == "en-GB"
    assert pdf_metadata(pdf)["Title"].endswith("Fire & Rescue Services (HMICFRS)")


def test_several_documents_are_imported_with_progress_and_a_failure_does_not_stop_the_rest(
    tmp_path,
):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "SECTION55_ENV": "development",
        "SECTION55_DATA_DIR": str(tmp_path),
    }
    run = [sys.executable, "-m", "section55"]
    assert subprocess.run([*run, "migrate", "-v0"], env=env, timeout=120).returncode == 0
    corrupt = CORPUS / "bad" / "corrupt.pdf"
    result = subprocess.run(
        [*run, "import-response", str(corrupt), str(SEED), "--body", "norfolk"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "[1/2] corrupt.pdf" in result.stderr
    assert "1 of 2 document(s) could not be imported" in result.stderr
    assert result.stdout.strip().startswith("http://127.0.0.1:8000/bodies/norfolk/responses/")


def _peel_rendered(fmt):
    from section55.publishing.render import FORMATS, render_bytes
    from tests.publishing.peel_document import peel_document

    return render_bytes(peel_document(), fmt), f"peel-response.{FORMATS[fmt].extension}"


def _answers(response):
    rows = response.finding_responses.select_related("finding__parent")
    by_position = sorted(rows, key=lambda row: row.finding.position)
    return [
        (
            row.finding.kind,
            row.finding.ref,
            row.finding.parent.kind if row.finding.parent else None,
            row.get_position_display(),
            row.chief_officer_text,
            row.body_explanation,
        )
        for row in by_position
    ]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf", "txt"])
def test_a_peel_response_imports_with_its_causes_of_concern_positions_and_explanations(body, fmt):
    from tests.publishing.peel_document import IN_REPORT_ORDER, as_stored, peel_document

    data, name = _peel_rendered(fmt)
    response = import_response(data, name, body).version.response
    expected = [
        (
            f.kind,
            f.heading.rsplit(" ", 1)[-1] if f.heading[-1].isdigit() else "",
            "cause_of_concern" if f.kind == "recommendation" and f.position in (2, 3) else None,
            f.chief_officer_position,
            as_stored(f.chief_officer_response),
            as_stored(f.body_explanation) or "",
        )
        for f in IN_REPORT_ORDER
    ]

    assert _answers(response) == expected
    doc = peel_document()
    assert response.body_response_to_chief_officer == as_stored(doc.body_response_to_chief_officer)
    assert response.body_comments == as_stored(doc.body_comments)
    assert response.published_on == doc.published_on


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf", "txt"])
def test_an_imported_peel_response_renders_again_to_what_was_imported(body, fmt):
    data, name = _peel_rendered(fmt)
    version = import_response(data, name, body).version
    original = parse_response_bytes(data, name).as_dict()
    again = parse_response_bytes(bytes(version.documents.get(format=fmt).content), name).as_dict()

    def structure(parsed):
        keep = ("kind", "ref", "parent", "text", "items", "chief_officer_position")
        keep += ("chief_officer_response", "body_explanation")
        findings = [{key: f[key] for key in keep} for f in parsed["findings"]]
        rest = ("key_findings", "chief_officer_comments", "lpb_comments", "published_on")
        return findings, {key: parsed[key] for key in (*rest, "lpb_response_to_chief_officer")}

    assert structure(again) == structure(original)
    assert len(original["findings"]) == 5
