"""The issue's 'done when' for the seed, on the text and on its HTML, PDF and DOCX renderings."""

import pytest

from section55.extraction import parse_response

from .conftest import DATA, SEED_RENDERINGS

DUE = {
    "3": "2025-01-31",
    "5": "2025-07-31",
    "7": "2025-01-31",
    "9": "2025-01-31",
    "11": "2025-03-31",
}


@pytest.fixture(params=SEED_RENDERINGS)
def parsed(request):
    return parse_response(DATA / request.param).as_dict()


def test_the_seed_gives_recommendations_3_5_7_9_and_11_with_their_due_dates(parsed):
    findings = parsed["findings"]

    assert {f["ref"]: f["due_on"] for f in findings} == DUE
    assert [f["ref"] for f in findings] == list(DUE)
    assert {f["kind"] for f in findings} == {"recommendation"}


def test_the_seed_gives_two_items_under_7_and_three_under_11(parsed):
    items = {f["ref"]: len(f["items"]) for f in parsed["findings"]}

    assert items == {"3": 0, "5": 0, "7": 2, "9": 0, "11": 3}


def test_each_seed_recommendation_has_its_chief_constable_response(parsed):
    responses = {f["ref"]: f["chief_officer_response"] for f in parsed["findings"]}

    assert responses["3"].startswith("We have collated the relevant training material")
    assert responses["5"].startswith("HMICFRS have set the national Soteria Joint Unit")
    assert responses["7"].startswith("In relation to identifying and disrupting")
    assert responses["9"].startswith("Norfolk Constabulary has a documented process")
    assert responses["11"].startswith("The Constabulary has a Rape and Serious Sexual Offences")
    assert responses["11"].endswith("to be released from the Soteria Joint Unit.")


def test_the_seed_has_no_areas_for_improvement(parsed):
    assert not [f for f in parsed["findings"] if f["kind"] == "area_for_improvement"]


def test_the_seed_gives_the_three_checklist_lines(parsed):
    assert parsed["checklist"] == [
        "Response forwarded to the Chief Constable.",
        "Response forwarded to the Norfolk Police and Crime Panel.",
        "Response published on the OPCCN website.",
    ]


def test_the_seed_warns_that_its_stated_deadline_is_not_the_statutory_last_day(parsed):
    report = parsed["report"]

    assert (report["stated_deadline"], report["statutory_deadline"]) == ("2024-10-17", "2024-10-16")
    assert len(parsed["warnings"]) == 1
    assert "17 October 2024" in parsed["warnings"][0]
    assert "16 October 2024" in parsed["warnings"][0]


def test_the_seed_report_details_are_read_from_their_labels(parsed):
    report = parsed["report"]

    assert parsed["body"] == "Norfolk's Police and Crime Commissioner"
    assert report["published_on"] == "2024-08-22"
    assert report["publication_types"] == ["Rape", "Spotlight"]
    assert report["forces"] == "All local forces in England and Wales"
    assert report["url"].startswith("https://justiceinspectorates.gov.uk/progress-to-introduce")
    assert report["title"].startswith("An inspection report on 'Progress to introduce")


def test_the_seed_comments_are_split_between_chief_constable_and_commissioner(parsed):
    assert parsed["chief_officer_comments"].startswith("This report entitled")
    assert parsed["chief_officer_comments"].endswith(
        "within the timeframes that they have specified."
    )
    assert parsed["lpb_comments"].startswith("I welcome the publication")
    assert parsed["lpb_comments"].endswith("investigation teams with the Home Office.")
    assert parsed["key_findings"].startswith("Operation Soteria is a programme")
    assert "\n1. To what extent have forces adopted" in parsed["key_findings"]


def test_the_stated_number_of_recommendations_in_the_report_is_read():
    from pathlib import Path

    from section55.extraction import parse_response

    seed = (
        Path(__file__).parents[1] / "data" / "extraction" / "norfolk-pcc-response-soteria-2024.txt"
    )
    assert parse_response(seed).recommendations_in_report == 14
