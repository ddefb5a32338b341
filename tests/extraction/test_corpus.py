"""Every corpus document against the expected results written beside it."""

import json

import pytest

from section55.extraction import extract_bytes, parse_response_bytes

from .conftest import DATA, REPORTS, SEED, SEED_RENDERINGS


def expected(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", REPORTS)
def test_each_corpus_report_extracts_exactly_as_expected(name):
    result = extract_bytes((DATA / name).read_bytes(), name).as_dict()

    assert result == expected(f"{name.rsplit('.', 1)[0]}.expected.json")


@pytest.mark.parametrize("name", SEED_RENDERINGS)
def test_the_seed_response_parses_the_same_in_every_format(name):
    result = parse_response_bytes((DATA / name).read_bytes(), name).as_dict()
    wanted = expected(f"{SEED}.response.expected.json")

    for finding in result["findings"] + wanted["findings"]:
        finding.pop("location")  # pages and block numbers differ between formats
    assert _without_what_the_seed_does_not_say(result) == wanted


# The seed states no positions, explanations, reply, date of its own or correction.
NOT_IN_THE_SEED = {
    "published_on": None,
    "version": None,
    "first_published_on": None,
    "correction_note": "",
    "lpb_response_to_chief_officer": "",
}


def _without_what_the_seed_does_not_say(result: dict) -> dict:
    assert {key: result.pop(key) for key in NOT_IN_THE_SEED} == NOT_IN_THE_SEED
    for finding in result["findings"]:
        assert (finding.pop("chief_officer_position"), finding.pop("body_explanation")) == (
            None,
            None,
        )
    return result


def test_expected_results_are_valid_json_in_the_documented_shape():
    for name in REPORTS:
        result = expected(f"{name.rsplit('.', 1)[0]}.expected.json")
        assert set(result) == {"source", "format", "title", "published_on", "warnings", "findings"}
        for finding in result["findings"]:
            assert set(finding) == {
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
