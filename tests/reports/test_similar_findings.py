from datetime import date

import pytest
from django.urls import reverse

from section55.reports.models import FindingLink
from section55.reports.similarity import most_similar, similarity, words
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db

EARLIER = (
    "Forces should make sure personnel investigating rape receive approved training on "
    "word-on-word cases."
)
LATER = (
    "By 31 January 2025, all forces should make sure personnel working on rape receive College "
    "of Policing approved training on the investigation of word-on-word cases."
)
UNRELATED = "The Home Office should publish a review of the detective constable role."


def test_findings_in_nearly_the_same_words_are_similar_and_others_are_not():
    assert similarity(words(EARLIER), words(LATER)) > 0.4
    assert similarity(words(UNRELATED), words(LATER)) < 0.1
    assert [m.key for m in most_similar(LATER, [("a", EARLIER), ("b", UNRELATED)])] == ["a"]


@pytest.fixture
def reports(body):
    earlier = make_report(body, title="The 2022 report", published_on=date(2022, 5, 1))
    old = make_finding(earlier, ref="2", text=EARLIER)
    make_finding(earlier, ref="4", text=UNRELATED)
    later = make_report(body, title="The 2024 report", published_on=date(2024, 8, 22))
    new = make_finding(later, ref="3", text=LATER)
    return old, new


def test_the_report_page_offers_similar_earlier_findings(signed_in, editor, reports):
    old, new = reports
    page = signed_in(editor).get(reverse("reports:detail", args=[new.report.slug])).content.decode()
    assert "Similar earlier findings (1)" in page
    assert "The 2022 report" in page


def test_an_editor_links_a_finding_and_the_link_shows_on_both(signed_in, editor, reports):
    old, new = reports
    client = signed_in(editor)
    client.post(
        reverse("reports:finding-link", args=[new.report.slug, new.public_id]),
        {"earlier": old.public_id, "kind": "supersedes"},
    )
    assert FindingLink.objects.get().kind == "supersedes"
    later_page = client.get(reverse("reports:detail", args=[new.report.slug])).content.decode()
    earlier_page = client.get(reverse("reports:detail", args=[old.report.slug])).content.decode()
    assert "Supersedes" in later_page and "The 2022 report" in later_page
    assert "Superseded by" in earlier_page and "The 2024 report" in earlier_page


def test_a_finding_of_a_report_the_body_cannot_see_cannot_be_linked(
    signed_in, editor, reports, other_body
):
    old, new = reports
    hidden = make_finding(
        make_report(other_body, forces=[other_body.force], published_on=date(2021, 1, 1)),
        text=EARLIER,
    )
    result = signed_in(editor).post(
        reverse("reports:finding-link", args=[new.report.slug, new.public_id]),
        {"earlier": hidden.public_id, "kind": "repeats"},
        follow=True,
    )
    assert "Choose an earlier finding from a report your office can see" in result.content.decode()
    assert not FindingLink.objects.exists()


def test_a_viewer_cannot_link_findings(signed_in, viewer, reports):
    old, new = reports
    response = signed_in(viewer).post(
        reverse("reports:finding-link", args=[new.report.slug, new.public_id]),
        {"earlier": old.public_id, "kind": "repeats"},
    )
    assert response.status_code == 403


def test_another_bodys_user_cannot_link_findings_of_a_report_it_cannot_see(
    signed_in, other_body_user, body
):
    report = make_report(body, forces=[body.force])
    finding = make_finding(report)
    response = signed_in(other_body_user).post(
        reverse("reports:finding-link", args=[report.slug, finding.public_id]), {"kind": "repeats"}
    )
    assert response.status_code == 404


def test_the_link_shows_on_the_tracked_items_of_both_findings(signed_in, editor, reports, body):
    from section55.tracking.models import TrackedItem

    old, new = reports
    FindingLink.objects.create(body=body, later=new, earlier=old, kind="repeats", created_by=editor)
    item = TrackedItem.objects.create(body=body, finding=old)
    page = signed_in(editor).get(reverse("tracking:item", args=[item.public_id])).content.decode()
    assert "Repeated by" in page and "The 2024 report" in page
