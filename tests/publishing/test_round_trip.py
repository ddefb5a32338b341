"""Every rendering parses back, with the importer, to what the published seed says."""

import pytest

from section55.extraction import parse_response_bytes
from section55.publishing.render import FORMATS, render_bytes

DUE = {
    "3": "2025-01-31",
    "5": "2025-07-31",
    "7": "2025-01-31",
    "9": "2025-01-31",
    "11": "2025-03-31",
}
CHECKLIST = [
    "Response forwarded to the Chief Constable.",
    "Response forwarded to the Norfolk Police and Crime Panel.",
    "Response published on the OPCCN website.",
]


@pytest.fixture(scope="module", params=list(FORMATS))
def parsed(request, seed):
    name = request.param
    return parse_response_bytes(render_bytes(seed, name), f"response.{FORMATS[name].extension}")


def test_the_rendering_gives_recommendations_3_5_7_9_and_11_with_their_due_dates(parsed):
    assert [(f.ref, f.due_on.isoformat()) for f in parsed.findings] == list(DUE.items())
    assert {f.kind for f in parsed.findings} == {"recommendation"}


def test_the_rendering_gives_two_items_under_7_and_three_under_11(parsed):
    items = {f.ref: len(f.items) for f in parsed.findings}

    assert items == {"3": 0, "5": 0, "7": 2, "9": 0, "11": 3}


def test_the_rendering_matches_each_chief_constable_response(parsed, original):
    assert parsed.responses == original.responses
    assert all(parsed.responses)


def test_the_rendering_has_no_areas_for_improvement(parsed):
    assert not [f for f in parsed.findings if f.kind == "area_for_improvement"]


def test_the_rendering_gives_the_three_checklist_lines(parsed):
    assert parsed.checklist == CHECKLIST


def test_the_rendering_gives_the_same_findings_as_the_published_seed(parsed, original):
    def fields(findings):
        return [(f.ref, f.text, f.items, f.due_on, f.directed_at_forces) for f in findings]

    assert fields(parsed.findings) == fields(original.findings)


def test_the_rendering_gives_the_same_key_findings_and_comments_as_the_seed(parsed, original):
    assert parsed.key_findings == original.key_findings
    assert parsed.chief_officer_comments == original.chief_officer_comments
    assert parsed.lpb_comments == original.lpb_comments


def test_the_rendering_gives_the_same_report_details_but_the_statutory_deadline(parsed, original):
    assert parsed.body == original.body == "Norfolk's Police and Crime Commissioner"
    details = parsed.report.as_dict()
    expected = {**original.report.as_dict(), "stated_deadline": "2024-10-16"}

    assert details == expected


def test_the_rendering_raises_no_warnings_as_its_deadline_is_the_statutory_one(parsed, original):
    assert parsed.warnings == []
    assert len(original.warnings) == 1
