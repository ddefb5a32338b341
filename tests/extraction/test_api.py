import json
import subprocess
import sys
from datetime import date

from section55.extraction import extract_bytes, extract_document, parse_response

from .conftest import DATA, SEED


def test_the_extraction_package_never_imports_django():
    code = "import sys, section55.extraction as e; e.extract_document(sys.argv[1]); "
    code += "sys.exit('django' in sys.modules)"
    path = str(DATA / "peel-borsetshire-2023.pdf")
    result = subprocess.run([sys.executable, "-c", code, path], check=False)  # noqa: S603

    assert result.returncode == 0


def test_an_extraction_serialises_to_the_documented_json():
    extraction = extract_document(DATA / "thematic-online-harassment-2024.html")
    data = json.loads(json.dumps(extraction.as_dict()))

    assert data["format"] == "html"
    assert data["published_on"] == "2024-03-12"
    assert data["findings"][0]["location"] == {"page": None, "block": 13}


def test_a_given_publication_date_overrides_the_stated_one_for_due_dates():
    extraction = extract_document(
        DATA / "peel-borsetshire-2023.pdf", published_on=date(2024, 1, 10)
    )

    assert extraction.published_on == date(2024, 1, 10)
    assert extraction.findings[1].due_on == date(2024, 4, 10)


def test_a_within_timescale_without_a_publication_date_is_warned_about():
    text = b"Recommendation 4\n\nWithin six months, the Home Office should act.\n"
    extraction = extract_bytes(text, "r.txt")

    assert extraction.warnings == [
        "recommendation 4 is due 'Within six months' but the publication date is unknown, "
        "so no due date was worked out"
    ]


def test_the_readable_summary_lists_each_finding_with_its_due_date():
    summary = extract_document(DATA / f"{SEED}.txt").summary()

    assert "Findings: 5 recommendations" in summary
    assert "Recommendation 11 [block " in summary
    assert "] (By 31 March 2025, due 31 March 2025) to chief constables" in summary


def test_the_response_summary_shows_the_deadlines_and_the_warning():
    summary = parse_response(DATA / f"{SEED}.txt").summary()

    assert "Statutory last day: 16 October 2024" in summary
    assert "Stated deadline: 17 October 2024" in summary
    assert "Warning: the stated response deadline, 17 October 2024" in summary
    assert "Response: We have collated" in summary
