"""``section55 extract`` and ``section55 parse-response`` as an administrator runs them."""

import json
from pathlib import Path

import pytest

from tests.core.test_command_line import section55

CORPUS = Path(__file__).resolve().parents[1] / "data" / "extraction"
BAD = CORPUS / "bad"
SEED = CORPUS / "norfolk-pcc-response-soteria-2024"
FINDING_KEYS = {
    "kind",
    "ref",
    "parent",
    "text",
    "items",
    "timescale",
    "due_on",
    "addressees",
    "directed_at_forces",
    "location",
}


def json_lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_as_json_prints_one_object_per_document_in_the_documented_shape():
    paths = [
        CORPUS / "thematic-online-harassment-2024.html",
        CORPUS / "peel-borsetshire-2023.pdf",
        CORPUS / "crime-data-integrity-borsetshire-2014.docx",
        f"{SEED}.txt",
    ]
    result = section55("extract", *map(str, paths), "--json")
    assert result.returncode == 0, result.stderr
    documents = json_lines(result)
    assert [d["format"] for d in documents] == ["html", "pdf", "docx", "text"]
    for document in documents:
        assert set(document) == {
            "source",
            "format",
            "title",
            "published_on",
            "warnings",
            "findings",
        }
        assert document["findings"]
        for finding in document["findings"]:
            assert set(finding) == FINDING_KEYS
            assert set(finding["location"]) == {"page", "block"}


@pytest.mark.parametrize(
    "name",
    [
        "thematic-online-harassment-2024.html",
        "peel-borsetshire-2023.pdf",
        "crime-data-integrity-borsetshire-2014.docx",
    ],
)
def test_extract_gives_what_the_corpus_expects(name):
    result = section55("extract", str(CORPUS / name), "--json")
    expected = json.loads((CORPUS / name).with_suffix(".expected.json").read_text())
    found = json_lines(result)[0]
    assert found["source"] == str(CORPUS / name)
    assert {**found, "source": name} == {**expected, "source": name}


def test_extract_without_json_prints_a_readable_summary():
    result = section55("extract", str(CORPUS / "peel-borsetshire-2023.pdf"))
    assert result.returncode == 0
    assert "PEEL 2023–25: An inspection of Borsetshire Constabulary" in result.stdout
    assert "2 causes of concern, 4 recommendations, 3 areas for improvement" in result.stdout


def test_extract_uses_the_publication_date_given_for_timescales_within_months():
    path = str(CORPUS / "peel-borsetshire-2023.pdf")
    result = section55("extract", path, "--json", "--published-on", "2024-01-10")
    document = json_lines(result)[0]
    assert document["published_on"] == "2024-01-10"
    assert "2024-04-10" in {f["due_on"] for f in document["findings"]}


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("corrupt.pdf", "is not a readable PDF"),
        ("report-really-a-pdf.docx", "is named .docx but is not a DOCX (zip) file: it is a PDF"),
        ("encrypted.pdf", "password"),
        ("does-not-exist.pdf", "does not exist"),
    ],
)
def test_a_document_that_cannot_be_read_exits_2_with_one_line_naming_it(name, problem):
    result = section55("extract", str(BAD / name), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(str(BAD / name) + ": ")
    assert problem in lines[0]


def test_a_document_over_the_size_limit_exits_2():
    result = section55("extract", str(CORPUS / "peel-borsetshire-2023.pdf"), "--max-mb", "0")
    assert result.returncode == 2
    assert "over the" in result.stderr


def test_with_several_paths_every_readable_one_is_printed_and_the_exit_is_2():
    good = str(CORPUS / "peel-borsetshire-2023.pdf")
    result = section55("extract", str(BAD / "corrupt.pdf"), good, str(BAD / "nope.txt"), "--json")
    assert result.returncode == 2
    assert [d["source"] for d in json_lines(result)] == [good]
    assert len(result.stderr.strip().splitlines()) == 2


def test_a_readable_document_with_no_findings_exits_0_with_a_warning(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("Dear Commissioner,\n\nThank you for your letter about the budget.\n")
    result = section55("extract", str(path), "--json")
    assert result.returncode == 0
    document = json_lines(result)[0]
    assert document["findings"] == []
    assert any("no recommendations" in warning for warning in document["warnings"])


def test_extract_works_without_any_configuration(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = section55("extract", str(CORPUS / "peel-borsetshire-2023.pdf"), "--json", env=env)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html"])
def test_parse_response_reads_the_seed_in_every_format(suffix):
    result = section55("parse-response", f"{SEED}{suffix}", "--json")
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert set(parsed) >= {
        "body",
        "report",
        "key_findings",
        "findings",
        "chief_officer_comments",
        "lpb_comments",
        "checklist",
        "warnings",
    }
    assert [f["ref"] for f in parsed["findings"]] == ["3", "5", "7", "9", "11"]
    assert all(f["chief_officer_response"] for f in parsed["findings"])
    assert parsed["report"]["statutory_deadline"] == "2024-10-16"
    assert len(parsed["checklist"]) == 3


def test_parse_response_without_json_prints_a_summary_with_the_deadline_warning():
    result = section55("parse-response", f"{SEED}.txt")
    assert result.returncode == 0
    assert "Statutory last day: 16 October 2024" in result.stdout
    assert "17 October 2024" in result.stdout


@pytest.mark.parametrize("name", ["corrupt.pdf", "not-a-zip.docx", "missing.docx"])
def test_parse_response_exits_2_with_one_line_for_a_bad_document(name):
    result = section55("parse-response", str(BAD / name), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(str(BAD / name) + ": ")


def test_parse_response_refuses_a_report_that_is_not_a_published_response():
    result = section55("parse-response", str(CORPUS / "peel-borsetshire-2023.pdf"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("verb", ["extract", "parse-response"])
def test_both_verbs_explain_themselves_with_help(verb):
    result = section55(verb, "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout
