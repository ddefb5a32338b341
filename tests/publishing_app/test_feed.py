"""The Atom feed of a body's published responses: ids that feed readers can keep for ever, and
each entry dated when the response itself was published."""

from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from section55.publishing import services
from section55.publishing.importing import import_response
from section55.reports.models import Report
from section55.responses import workflow
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db
ATOM = {"atom": "http://www.w3.org/2005/Atom"}
SEED = Path(__file__).parents[1] / "data" / "extraction" / "norfolk-pcc-response-soteria-2024.txt"
SITE = "https://responses.norfolk-pcc.example.org"


def approved_response(body, title="An inspection of stalking"):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22), title=title)
    finding = make_finding(report, ref="3", text="All forces should train their people.")
    response = Response.objects.get(report=report, body=body)
    answers = {
        finding.pk: {
            "position": Position.ACCEPTED,
            "chief_officer_text": "Training starts in January.",
            "body_explanation": "I will review progress.",
        }
    }
    fields = {
        "chief_officer_comments": "We welcome the report.",
        "body_comments": "I accept the recommendation.",
        "status": Status.APPROVED,
    }
    save_parts(response, response.revision, fields, answers)
    response.refresh_from_db()
    return response


def entries(client, body) -> list[dict]:
    feed = client.get(reverse("publishing:feed", args=[body.slug]))
    assert feed.status_code == 200
    root = ElementTree.fromstring(feed.content)  # noqa: S314 - the feed just rendered here
    return [
        {
            name: entry.findtext(f"atom:{name}", namespaces=ATOM)
            for name in ("title", "id", "published", "updated")
        }
        | {"link": entry.find("atom:link", ATOM).get("href")}
        for entry in root.findall("atom:entry", ATOM)
    ]


def tag_date(version) -> str:
    return f"{timezone.localdate(version.published_at):%Y-%m-%d}"


@override_settings(SITE_URL=SITE)
def test_an_entry_id_is_an_absolute_tag_uri_naming_the_response_and_version(client, body, editor):
    response = approved_response(body)
    version = services.publish(response, editor, date(2024, 10, 15))
    [entry] = entries(client, body)
    host = "responses.norfolk-pcc.example.org"
    assert entry["id"] == f"tag:{host},{tag_date(version)}:response/{response.public_id}/v1"


@override_settings(SITE_URL=SITE)
def test_an_entry_keeps_its_id_when_the_response_moves_to_another_address(client, body, editor):
    response = approved_response(body)
    services.publish(response, editor, date(2024, 10, 15))
    [before] = entries(client, body)
    Report.objects.filter(pk=response.report_id).update(slug="stalking-renamed")
    [after] = entries(client, body)
    assert after["link"] != before["link"]
    assert after["link"].endswith("/bodies/norfolk/responses/stalking-renamed/")
    assert after["id"] == before["id"]


@override_settings(SITE_URL=SITE)
def test_a_correction_is_an_entry_of_its_own_dated_when_it_was_published(
    client, body, editor, approver
):
    response = approved_response(body)
    services.publish(response, editor, date(2024, 10, 15))
    workflow.start_correction(response, editor, "Corrected the date of the training")
    workflow.submit_for_approval(response, editor)
    workflow.approve(response, approver)
    services.publish(response, editor, date(2024, 11, 1), "Corrected the date of the training")
    correction, first = entries(client, body)
    assert correction["id"].endswith(f":response/{response.public_id}/v2")
    assert first["id"].endswith(f":response/{response.public_id}/v1")
    assert correction["published"].startswith("2024-11-01T")
    assert correction["updated"].startswith("2024-11-01T")
    assert first["published"].startswith("2024-10-15T")
    assert first["updated"].startswith("2024-10-15T")


def test_an_imported_response_is_dated_when_it_was_published_not_when_it_was_imported(client, body):
    import_response(SEED.read_bytes(), SEED.name, body, date(2024, 10, 15))
    [entry] = entries(client, body)
    assert entry["published"] == "2024-10-15T00:00:00+01:00"  # British Summer Time
    assert entry["updated"] == "2024-10-15T00:00:00+01:00"


def test_an_imported_response_of_unknown_date_is_dated_when_it_was_imported(client, body):
    result = import_response(SEED.read_bytes(), SEED.name, body)
    [entry] = entries(client, body)
    assert entry["published"] == timezone.localtime(result.version.published_at).isoformat()


def test_entries_are_newest_first_by_the_date_they_were_published(client, body, editor):
    """The archive is often imported after newer responses were published here."""
    recent = approved_response(body, title="A recent inspection")
    services.publish(recent, editor, date(2025, 3, 3))
    import_response(SEED.read_bytes(), SEED.name, body, date(2024, 10, 15))
    assert [e["published"][:10] for e in entries(client, body)] == ["2025-03-03", "2024-10-15"]
