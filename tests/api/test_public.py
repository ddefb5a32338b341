"""Anyone may read forces, bodies, answered reports and published responses, without a token."""

import hashlib
from datetime import date

import pytest

from section55.reports.models import FindingKind
from tests.api.factories import make_answered_report
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


def test_the_openapi_description_lists_every_operation(api):
    described = api.get("/openapi.json").json()
    assert described["info"]["title"] == "section55"
    operations = {op["operationId"] for path in described["paths"].values() for op in path.values()}
    assert {"forces", "bodies", "reports", "responses", "drafts", "tracked_items"} <= operations
    assert {"change_status", "add_update"} <= operations
    assert described["components"]["securitySchemes"]["PersonalToken"]["scheme"] == "bearer"


def test_the_docs_page_is_off_because_it_would_load_scripts_from_a_cdn(api):
    assert api.get("/docs").status_code == 404


def test_forces_are_listed_in_pages_with_their_bodies(api):
    first = api.get("/forces", limit=5).json()
    assert first["count"] == 43
    assert len(first["items"]) == 5
    following = api.get("/forces", limit=5, offset=5).json()["items"]
    assert not {f["slug"] for f in first["items"]} & {f["slug"] for f in following}
    norfolk = api.get("/forces/norfolk").json()
    assert norfolk["name"] == "Norfolk Constabulary"
    assert norfolk["body"] == "norfolk"


def test_a_body_shows_who_it_is_today_and_who_it_has_been(api):
    listed = api.get("/bodies", limit=100).json()
    assert listed["count"] == 43
    north_yorkshire = api.get("/bodies/north-yorkshire").json()
    assert north_yorkshire["kind"] == "mayor"
    assert north_yorkshire["current"]["kind"] == "mayor"
    assert [p["kind"] for p in north_yorkshire["periods"]][-1] == "mayor"
    assert len(north_yorkshire["periods"]) >= 2


def test_only_reports_some_body_has_answered_are_listed_with_their_findings(api, body):
    answered = make_answered_report(body, title="An inspection of stalking")
    make_report(body, forces=[body.force], title="Not answered yet")
    listed = api.get("/reports").json()
    assert [r["slug"] for r in listed["items"]] == [answered.slug]
    detail = api.get(f"/reports/{answered.slug}").json()
    assert detail["statutory_last_day"] == "2024-10-16"
    assert detail["forces"] == ["norfolk"]
    assert [f["ref"] for f in detail["findings"]] == ["1", "2"]


def test_a_report_nobody_has_answered_is_not_found(api, body):
    draft_only = make_report(body, forces=[body.force])
    assert api.get(f"/reports/{draft_only.slug}").status_code == 404


def test_a_recommendation_under_a_cause_of_concern_names_it(api, body):
    report = make_answered_report(body, findings=0)
    concern = make_finding(report, kind=FindingKind.CAUSE_OF_CONCERN, ref="1")
    make_finding(report, parent=concern, ref="1.1")
    findings = api.get(f"/reports/{report.slug}").json()["findings"]
    assert findings[1]["parent"] == str(concern.public_id)


def test_a_published_response_shows_its_deadline_and_documents_with_checksums(api, body):
    report = make_answered_report(body, published_on=date(2024, 10, 17))
    response = api.get(f"/responses/norfolk/{report.slug}").json()
    assert response["published_on"] == "2024-10-17"
    assert response["deadline"]["last_day"] == "2024-10-16"
    assert response["deadline"]["words"] == "published 1 day late"
    assert response["on_time"] is False
    assert response["body_name"] == "Norfolk Police and Crime Commissioner"
    (document,) = response["versions"][0]["documents"]
    assert document["sha256"] == hashlib.sha256(b"The response, as published.").hexdigest()
    assert document["url"].endswith(f"/bodies/norfolk/responses/{report.slug}/v1.txt")


def test_published_responses_can_be_filtered_by_body_and_report(api, body, other_body):
    ours = make_answered_report(body, title="An inspection of ours")
    make_answered_report(other_body, title="An inspection of theirs")
    assert api.get("/responses").json()["count"] == 2
    only_ours = api.get("/responses", body="norfolk").json()["items"]
    assert [r["report"] for r in only_ours] == [ours.slug]
    assert api.get("/responses", report=ours.slug).json()["count"] == 1


def test_a_draft_response_has_no_public_record(api, body):
    report = make_report(body, forces=[body.force])
    assert api.get(f"/responses/norfolk/{report.slug}").status_code == 404
    assert api.get("/responses", body="norfolk").json()["count"] == 0


@pytest.mark.parametrize(
    "path",
    ["/forces/no-such-force", "/bodies/no-such-body", "/reports/none", "/responses/norfolk/none"],
)
def test_an_unknown_slug_is_not_found(api, path):
    assert api.get(path).status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"offset": 2**63},
        {"limit": "many"},
        {"body": "not a slug!"},
    ],
)
def test_bad_paging_and_filters_are_refused_with_the_field_named(api, params):
    refused = api.get("/responses", **params)
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"][-1] in params


def test_a_slug_with_a_nul_character_is_refused_not_sent_to_the_database(api):
    assert api.get("/forces/nor%00folk").status_code == 422


def test_a_published_response_carries_its_causes_of_concern_with_their_answers(api, body, editor):
    from section55.publishing.services import snapshot
    from section55.responses.models import FindingResponse, Position, Response, Status

    report = make_report(body, forces=[body.force], title="PEEL 2023–25: Norfolk")
    cause = make_finding(
        report, kind=FindingKind.CAUSE_OF_CONCERN, ref="", position=1, text="Calls wait too long."
    )
    first = make_finding(report, ref="", parent=cause, position=2, text="The force should answer.")
    second = make_finding(report, ref="", parent=cause, position=3, text="The force should assess.")
    area = make_finding(
        report, kind=FindingKind.AREA_FOR_IMPROVEMENT, ref="1", position=4, text="It should record."
    )
    response = Response.objects.get(report=report, body=body)
    for finding, position in [
        (cause, Position.ACCEPTED),
        (first, Position.ACCEPTED),
        (second, Position.PARTIALLY_ACCEPTED),
        (area, Position.NOTED),
    ]:
        FindingResponse.objects.create(
            response=response,
            finding=finding,
            position=position,
            chief_officer_text=f"On {finding.text}\r\n\r\nMore.",
            body_explanation=f"Explaining {finding.text}" if finding.parent else "",
        )
    Response.objects.filter(pk=response.pk).update(
        status=Status.PUBLISHED,
        published_on=date(2024, 1, 5),
        chief_officer_comments="We welcome it.",
        body_comments="I welcome it.",
    )
    response.refresh_from_db()
    snapshot(response, editor, date(2024, 1, 5))

    content = api.get(f"/responses/norfolk/{report.slug}").json()["content"]

    assert content["version"] == 1
    assert content["chief_officer_comments"] == "We welcome it."
    assert content["body_comments"] == "I welcome it."
    concern, improvement = content["findings"]
    assert (concern["kind"], concern["text"]) == ("cause_of_concern", "Calls wait too long.")
    assert concern["chief_officer_position"] == "Accepted"
    assert concern["chief_officer_response"] == "On Calls wait too long.\n\nMore."
    assert [r["text"] for r in concern["recommendations"]] == [first.text, second.text]
    assert [r["chief_officer_position"] for r in concern["recommendations"]] == [
        "Accepted",
        "Partially accepted",
    ]
    assert (
        concern["recommendations"][1]["body_explanation"] == "Explaining The force should assess."
    )
    assert (improvement["heading"], improvement["recommendations"]) == (
        "Area for improvement 1",
        [],
    )
    assert improvement["chief_officer_position"] == "Noted"


def test_a_response_whose_published_text_cannot_be_read_back_has_no_content(api, body):
    report = make_answered_report(body)

    assert api.get(f"/responses/norfolk/{report.slug}").json()["content"] is None
