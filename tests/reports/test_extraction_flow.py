"""Extracting a report's findings from its document on the web: upload, check, confirm."""

from datetime import date

import pytest
from django.urls import reverse

from section55.reports.models import ExtractionDraft, FindingKind
from tests.factories import make_finding, make_report
from tests.reports.extraction_helpers import (
    BAD,
    CORPUS,
    PEEL,
    extract_url,
    review_post,
    review_url,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(body):
    return make_report(
        body,
        forces=[body.force],
        title="PEEL 2023–25: Borsetshire",
        published_on=date(2023, 11, 14),
    )


@pytest.fixture
def draft(signed_in, editor, report):
    signed_in(editor).post(extract_url(report), {"document": upload(PEEL)})
    return report.extraction_drafts.get()


def edit_url(draft, number):
    args = [draft.report.slug, draft.public_id, number]
    return reverse("reports:extract-finding-edit", args=args)


def finding_data(**overrides):
    data = {
        "kind": FindingKind.RECOMMENDATION,
        "ref": "4",
        "text": "By 31 May 2024, the force should answer every call.",
        "items": "",
        "timescale": "By 31 May 2024",
        "due_on_0": "31",
        "due_on_1": "5",
        "due_on_2": "2024",
        "addressees": "the force",
        "directed_at_forces": "on",
        "parent": "",
    }
    return {**data, **overrides}


def test_the_report_page_offers_extraction_to_its_editors(signed_in, editor, report):
    page = signed_in(editor).get(reverse("reports:detail", args=[report.slug])).content.decode()
    assert "Extract findings from the report document" in page
    assert extract_url(report) in page


def test_the_report_page_does_not_offer_extraction_to_a_viewer(signed_in, viewer, report):
    page = signed_in(viewer).get(reverse("reports:detail", args=[report.slug])).content.decode()
    assert "Extract findings from the report document" not in page


def test_the_upload_page_asks_for_a_file_or_a_web_address(signed_in, editor, report):
    page = signed_in(editor).get(extract_url(report)).content.decode()
    assert 'type="file"' in page
    assert 'enctype="multipart/form-data"' in page
    assert "Or give the report&#x27;s web address" in page
    assert "up to 50 MB" in page


def test_uploading_a_report_keeps_its_findings_in_a_draft_not_in_the_report(
    signed_in, editor, report
):
    response = signed_in(editor).post(extract_url(report), {"document": upload(PEEL)})
    draft = report.extraction_drafts.get()
    assert response.status_code == 302
    assert response.url == review_url(draft)
    assert not report.findings.exists()
    assert (draft.source_name, draft.format, draft.created_by) == (PEEL.name, "pdf", editor)
    assert len(draft.findings) == 9
    assert all(finding["include"] for finding in draft.findings)


def test_each_finding_is_shown_beside_its_place_in_the_document(signed_in, editor, draft):
    page = signed_in(editor).get(review_url(draft)).content.decode()
    cause = draft.findings[0]
    assert cause["context"]["blocks"]
    assert any(block["here"] for block in cause["context"]["blocks"])
    assert "Page 2, part" in page
    assert f"<mark>{cause['text']}</mark>" in page.replace("&#x27;", "'")
    assert "Include finding 1 (cause of concern)" in page
    assert "Confirm and save findings" in page


def test_confirming_saves_the_ticked_findings_with_their_parents_and_deletes_the_draft(
    signed_in, editor, report, draft
):
    client = signed_in(editor)
    response = client.post(review_url(draft), review_post(draft, untick={9}), follow=True)
    assert response.redirect_chain[-1][0] == reverse("reports:detail", args=[report.slug])
    assert "Saved 8 findings from peel-borsetshire-2023.pdf" in response.content.decode()
    findings = list(report.findings.order_by("position"))
    assert len(findings) == 8
    assert [f.kind for f in findings[:2]] == [FindingKind.CAUSE_OF_CONCERN, "recommendation"]
    assert findings[1].parent == findings[0]
    assert findings[5].parent == findings[4]
    assert findings[1].due_on.isoformat() == "2024-02-14"
    assert findings[1].addressees == ["the force"]
    assert findings[1].directed_at_forces
    assert not ExtractionDraft.objects.exists()


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("corrupt.pdf", "corrupt.pdf: is not a readable PDF"),
        ("truncated.pdf", "truncated.pdf: "),
        ("encrypted.pdf", "encrypted.pdf: is encrypted"),
        ("report-really-a-pdf.docx", "is named .docx but is not a DOCX (zip) file: it is a PDF"),
        ("not-a-zip.docx", "not-a-zip.docx: "),
        ("zip-bomb.docx", "zip-bomb.docx: "),
        ("legacy-word.doc", "legacy-word.doc: is a legacy Office file"),
        ("empty.txt", "The selected file is empty"),
    ],
)
def test_a_document_that_cannot_be_read_is_named_on_the_upload_page_and_nothing_is_kept(
    signed_in, editor, report, name, problem
):
    response = signed_in(editor).post(extract_url(report), {"document": upload(BAD / name)})
    page = response.content.decode().replace("&#x27;", "'")
    assert response.status_code == 200
    assert "There is a problem" in page
    assert 'class="govuk-error-message"' in page
    assert problem in page
    assert not ExtractionDraft.objects.exists()
    assert not report.findings.exists()


def test_a_file_over_the_upload_limit_is_refused_before_it_is_read(
    signed_in, editor, report, settings
):
    settings.MAX_UPLOAD_BYTES = 10 * 1024
    response = signed_in(editor).post(extract_url(report), {"document": upload(PEEL)})
    assert (
        "peel-borsetshire-2023.pdf: is 18.5 KB, over the 10 KB limit" in response.content.decode()
    )
    assert not ExtractionDraft.objects.exists()


def test_neither_a_file_nor_an_address_is_an_error(signed_in, editor, report):
    response = signed_in(editor).post(extract_url(report), {"url": ""})
    assert "Choose the report&#x27;s file, or give its web address" in response.content.decode()


def test_a_file_and_an_address_together_is_an_error(signed_in, editor, report):
    data = {"document": upload(PEEL), "url": "https://example.org/report.pdf"}
    response = signed_in(editor).post(extract_url(report), data)
    assert "Upload a file or give a web address, not both" in response.content.decode()
    assert not ExtractionDraft.objects.exists()


def test_a_document_with_no_findings_gives_an_empty_draft_with_its_warning(
    signed_in, editor, report, tmp_path
):
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Commissioner,\n\nThank you for your letter about the budget.\n")
    client = signed_in(editor)
    client.post(extract_url(report), {"document": upload(letter)})
    draft = report.extraction_drafts.get()
    page = client.get(review_url(draft)).content.decode()
    assert "No recommendations, areas for improvement or causes of concern were found" in page
    response = client.post(review_url(draft), review_post(draft))
    assert "Select at least one finding to save" in response.content.decode()


def test_changing_a_finding_changes_the_draft_only(signed_in, editor, report, draft):
    client = signed_in(editor)
    page = client.get(edit_url(draft, 5)).content.decode()
    assert "The force doesn&#x27;t manage its investigations effectively" in page
    response = client.post(edit_url(draft, 6), finding_data(parent="4"))
    assert response.status_code == 302
    draft.refresh_from_db()
    changed = draft.findings[5]
    assert (changed["ref"], changed["parent"], changed["due_on"]) == ("4", 4, "2024-05-31")
    assert changed["context"]["blocks"]  # its place in the document is kept
    assert not report.findings.exists()


def test_a_forged_parent_out_of_range_is_refused_and_nothing_changes(
    signed_in, editor, report, draft
):
    before = draft.content
    response = signed_in(editor).post(edit_url(draft, 6), finding_data(parent="99"))
    assert "Select a valid choice" in response.content.decode()
    draft.refresh_from_db()
    assert draft.content == before
    assert not report.findings.exists()


def test_a_finding_cannot_be_its_own_parent(signed_in, editor, draft):
    data = finding_data(kind=FindingKind.CAUSE_OF_CONCERN, parent="0")
    response = signed_in(editor).post(edit_url(draft, 1), data)
    assert "Select a valid choice" in response.content.decode()


def test_an_area_for_improvement_cannot_sit_under_a_cause_of_concern(signed_in, editor, draft):
    data = finding_data(kind=FindingKind.AREA_FOR_IMPROVEMENT, parent="0")
    response = signed_in(editor).post(edit_url(draft, 7), data)
    assert "Only a recommendation can sit under a cause of concern" in response.content.decode()


def test_a_finding_number_outside_the_draft_is_not_found(signed_in, editor, draft):
    assert signed_in(editor).get(edit_url(draft, 10)).status_code == 404


def test_a_finding_added_by_hand_is_saved_with_the_others(signed_in, editor, report, draft):
    client = signed_in(editor)
    add = reverse("reports:extract-finding-add", args=[report.slug, draft.public_id])
    assert client.post(add, finding_data(text="The force should add this.")).status_code == 302
    draft.refresh_from_db()
    assert draft.findings[-1]["location"] is None
    page = client.get(review_url(draft)).content.decode()
    assert "Added by hand" in page
    client.post(review_url(draft), review_post(draft))
    assert report.findings.order_by("position").last().text == "The force should add this."


def test_the_change_button_keeps_the_ticks_and_opens_the_finding(signed_in, editor, draft):
    response = signed_in(editor).post(review_url(draft), review_post(draft, "change-3", {7, 8}))
    assert response.url == edit_url(draft, 3)
    draft.refresh_from_db()
    assert [f["include"] for f in draft.findings].count(False) == 2
    assert not draft.report.findings.exists()


def test_the_add_button_keeps_the_ticks_and_opens_a_blank_finding(signed_in, editor, draft):
    response = signed_in(editor).post(review_url(draft), review_post(draft, "add", {1}))
    assert response.url.endswith("/findings/new")
    draft.refresh_from_db()
    assert draft.findings[0]["include"] is False


def test_a_recommendation_under_an_unticked_cause_of_concern_is_refused(
    signed_in, editor, report, draft
):
    response = signed_in(editor).post(review_url(draft), review_post(draft, untick={1}))
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Finding 2 (recommendation) is under Finding 1 (cause of concern), which is not" in page
    assert 'href="#finding-2"' in page
    assert not report.findings.exists()
    assert ExtractionDraft.objects.exists()


def test_a_forged_post_with_more_findings_than_the_draft_is_refused(
    signed_in, editor, report, draft
):
    data = review_post(draft)
    data["findings-TOTAL_FORMS"] = data["findings-MAX_NUM_FORMS"] = "12"
    data["findings-11-include"] = "on"
    page = signed_in(editor).post(review_url(draft), data).content.decode()
    assert "The page sent more findings than the draft has" in page
    assert not report.findings.exists()


def test_a_post_without_its_management_form_is_refused(signed_in, editor, report, draft):
    page = signed_in(editor).post(review_url(draft), {"action": "confirm"}).content.decode()
    assert "There is a problem" in page
    assert "Include finding 1 (cause of concern)" in page  # the page is shown again, whole
    assert not report.findings.exists()


def test_a_field_too_long_for_the_report_is_named_at_confirmation(signed_in, editor, report, draft):
    draft.findings[6]["ref"] = "x" * 30  # as a document could give it
    draft.save()
    page = signed_in(editor).post(review_url(draft), review_post(draft)).content.decode()
    assert "Finding 7 (area for improvement " in page
    assert "at most 20 characters" in page
    assert not report.findings.exists()


def test_a_report_with_findings_asks_whether_to_keep_or_replace_them(
    signed_in, editor, report, draft
):
    make_finding(report, ref="1", text="Already recorded.")
    client = signed_in(editor)
    page = client.get(review_url(draft)).content.decode()
    assert "This report already has 1 finding." in page
    response = client.post(review_url(draft), review_post(draft))
    assert (
        "Choose whether to keep or replace the report&#x27;s findings" in response.content.decode()
    )
    assert report.findings.count() == 1


def test_adding_to_existing_findings_puts_the_new_ones_after_them(signed_in, editor, report, draft):
    kept = make_finding(report, ref="1", text="Already recorded.", position=3)
    signed_in(editor).post(review_url(draft), review_post(draft, existing="add"))
    findings = list(report.findings.order_by("position"))
    assert findings[0] == kept
    assert len(findings) == 10
    assert findings[1].position == 4


def test_replacing_existing_findings_deletes_them(signed_in, editor, report, draft):
    old = make_finding(report, ref="1", text="Already recorded.")
    signed_in(editor).post(review_url(draft), review_post(draft, existing="replace"))
    assert not report.findings.filter(pk=old.pk).exists()
    assert report.findings.count() == 9


def test_extract_again_discards_the_draft(signed_in, editor, report, draft):
    discard = reverse("reports:extract-discard", args=[report.slug, draft.public_id])
    response = signed_in(editor).post(discard)
    assert response.url == extract_url(report)
    assert not ExtractionDraft.objects.exists()
    assert not report.findings.exists()


def test_extracting_again_replaces_the_editors_earlier_draft(signed_in, editor, report, draft):
    html = CORPUS / "thematic-online-harassment-2024.html"
    client = signed_in(editor)
    assert "Continue checking them" in client.get(extract_url(report)).content.decode()
    client.post(extract_url(report), {"document": upload(html)})
    assert report.extraction_drafts.get().format == "html"


def test_a_draft_already_saved_is_not_found(signed_in, editor, report, draft):
    client = signed_in(editor)
    client.post(review_url(draft), review_post(draft))
    assert client.post(review_url(draft), review_post(draft)).status_code == 404
    assert report.findings.count() == 9


class TestOnlyTheOwningBodysEditorsMayExtract:
    def pages(self, draft):
        slug, draft_id = draft.report.slug, draft.public_id
        return [
            ("get", extract_url(draft.report), {}),
            ("post", extract_url(draft.report), {"document": upload(PEEL)}),
            ("get", review_url(draft), {}),
            ("post", review_url(draft), review_post(draft)),
            ("get", edit_url(draft, 1), {}),
            ("post", edit_url(draft, 2), finding_data()),
            ("post", reverse("reports:extract-finding-add", args=[slug, draft_id]), finding_data()),
            ("post", reverse("reports:extract-discard", args=[slug, draft_id]), {}),
        ]

    def assert_untouched(self, draft):
        assert ExtractionDraft.objects.get() == draft
        assert ExtractionDraft.objects.get().content == draft.content
        assert not draft.report.findings.exists()

    def test_another_bodys_editor_gets_404_everywhere(self, signed_in, other_body_user, draft):
        client = signed_in(other_body_user)
        for method, url, data in self.pages(draft):
            assert getattr(client, method)(url, data).status_code == 404, (method, url)
        self.assert_untouched(draft)

    def test_another_bodys_editor_cannot_use_their_own_report_to_reach_the_draft(
        self, signed_in, other_body_user, other_body, draft
    ):
        theirs = make_report(other_body, forces=[other_body.force])
        url = reverse("reports:extract-review", args=[theirs.slug, draft.public_id])
        client = signed_in(other_body_user)
        assert client.post(url, review_post(draft)).status_code == 404
        self.assert_untouched(draft)

    def test_a_viewer_of_the_same_body_gets_404(self, signed_in, viewer, draft):
        client = signed_in(viewer)
        for method, url, data in self.pages(draft):
            assert getattr(client, method)(url, data).status_code == 404, (method, url)
        self.assert_untouched(draft)

    def test_an_anonymous_visitor_is_sent_to_sign_in(self, client, draft):
        client.logout()
        for method, url, data in self.pages(draft):
            response = getattr(client, method)(url, data)
            assert response.status_code == 302
            assert response.url.startswith(reverse("accounts:sign-in"))
        self.assert_untouched(draft)


def test_a_recommendation_with_bullets_keeps_its_stem_as_text_and_its_bullets_as_items(
    signed_in, editor, report
):
    seed = CORPUS / "norfolk-pcc-response-soteria-2024.txt"
    client = signed_in(editor)
    client.post(extract_url(report), {"document": upload(seed)})
    draft = ExtractionDraft.objects.get(report=report)
    seven = next(f for f in draft.content["findings"] if f["ref"] == "7")
    assert seven["text"].endswith("This includes making sure that:")
    assert len(seven["items"]) == 2
