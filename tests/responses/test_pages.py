from datetime import date

import pytest
from django.urls import reverse

from section55.responses.models import Position, Response, Status
from tests.factories import make_finding, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def response(body):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22))
    make_finding(report, ref="3", text="All forces should train their people.")
    return Response.objects.get(report=report, body=body)


def url(name, response, *args):
    return reverse(f"responses:{name}", args=[response.public_id, *args])


def invited(response):
    Response.objects.filter(pk=response.pk).update(
        status=Status.CHIEF_OFFICER_INVITED, chief_officer_due_on=date(2024, 9, 25)
    )
    response.refresh_from_db()
    return response


def test_the_response_page_shows_its_stage_deadline_and_what_is_missing(
    signed_in, editor, response
):
    page = signed_in(editor).get(url("detail", response)).content.decode()
    assert "Draft" in page
    assert "16 October 2024" in page
    assert "the explanation of action taken or proposed for Recommendation 3" in page
    assert "Invite the chief officer to comment" in page


def test_the_dashboard_links_each_report_to_the_bodys_response(signed_in, editor, response):
    page = signed_in(editor).get(reverse("reports:dashboard")).content.decode()
    assert url("detail", response) in page


def test_an_editor_invites_the_chief_officer_with_a_due_date(signed_in, editor, response):
    client = signed_in(editor)
    form = client.get(url("invite", response)).content.decode()
    assert 'value="25"' in form and 'value="9"' in form  # 21 days before the last day, suggested
    client.post(url("invite", response), {"due_on_0": "24", "due_on_1": "9", "due_on_2": "2024"})
    response.refresh_from_db()
    assert response.status == Status.CHIEF_OFFICER_INVITED
    assert response.chief_officer_due_on == date(2024, 9, 24)


def test_a_force_liaison_writes_the_chief_officers_part(signed_in, force_liaison, response):
    invited(response)
    finding = response.findings_for_force().get()
    data = {
        "revision": response.revision,
        "chief_officer_comments": "We welcome the report.",
        f"position_{finding.pk}": Position.ACCEPTED,
        f"response_{finding.pk}": "Training starts in January.",
    }
    result = signed_in(force_liaison).post(url("chief-officer", response), data)
    assert result.status_code == 302
    answer = response.finding_responses.get()
    assert (answer.position, answer.chief_officer_text) == (
        Position.ACCEPTED,
        "Training starts in January.",
    )
    signed_in(force_liaison).post(url("transition", response, "submit-chief-officer-comments"))
    assert Response.objects.get(pk=response.pk).status == Status.CHIEF_OFFICER_RECEIVED


def test_a_second_person_saving_an_old_copy_is_told_and_keeps_their_text(
    signed_in, editor, response, body
):
    from section55.accounts.models import Role
    from tests.factories import make_user

    opened_at = response.revision
    colleague = make_user(body, Role.EDITOR)
    signed_in(colleague).post(
        url("body", response), {"revision": opened_at, "body_comments": "First person's words"}
    )
    result = signed_in(editor).post(
        url("body", response), {"revision": opened_at, "body_comments": "Second person's words"}
    )
    page = result.content.decode()
    assert result.status_code == 409
    assert "Someone else saved this response" in page
    assert "Second person&#x27;s words" in page  # their text is kept in the form
    assert "First person&#x27;s words" in page  # and they see what was saved
    assert Response.objects.get(pk=response.pk).body_comments == "First person's words"


def test_a_refused_transition_says_why_on_the_response_page(signed_in, editor, response):
    Response.objects.filter(pk=response.pk).update(status=Status.CHIEF_OFFICER_RECEIVED)
    result = signed_in(editor).post(url("transition", response, "submit-for-approval"), follow=True)
    page = result.content.decode()
    assert "Before approval" in page
    assert Response.objects.get(pk=response.pk).status == Status.CHIEF_OFFICER_RECEIVED


def test_an_unknown_transition_is_not_found(signed_in, editor, response):
    assert (
        signed_in(editor).post(url("transition", response, "skip-to-published")).status_code == 404
    )


def test_transitions_need_a_post(signed_in, approver, response):
    assert signed_in(approver).get(url("transition", response, "approve")).status_code == 405


def test_an_editor_cannot_write_the_chief_officers_part(signed_in, editor, response):
    invited(response)
    assert signed_in(editor).get(url("chief-officer", response)).status_code == 404


def test_a_viewer_cannot_write_the_bodys_part(signed_in, viewer, response):
    assert signed_in(viewer).get(url("body", response)).status_code == 404


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("detail", "get"),
        ("history", "get"),
        ("invite", "post"),
        ("body", "post"),
        ("not-required", "post"),
        ("publish", "post"),
    ],
)
def test_another_bodys_user_gets_404_on_every_response_page(
    signed_in, other_body_user, response, name, method
):
    client = signed_in(other_body_user)
    assert (
        getattr(client, method)(
            url(name, response), {"reason": "x", "body_comments": "x", "revision": 1}
        ).status_code
        == 404
    )
    assert Response.objects.get(pk=response.pk).status == Status.DRAFT
    assert Response.objects.get(pk=response.pk).body_comments == ""


@pytest.mark.parametrize("name", ["detail", "history", "invite", "body", "chief-officer"])
def test_anonymous_visitors_are_sent_to_sign_in_from_response_pages(client, response, name):
    result = client.get(url(name, response))
    assert result.status_code == 302
    assert result["Location"].startswith(reverse("accounts:sign-in"))


def test_the_history_page_lists_each_change_of_stage(signed_in, editor, response):
    signed_in(editor).post(
        url("not-required", response), {"reason": "Same findings as the force report"}
    )
    page = signed_in(editor).get(url("history", response)).content.decode()
    assert "Same findings as the force report" in page
    assert "Not required" in page


def test_the_history_page_shows_who_changed_what_and_when(signed_in, editor, response):
    client = signed_in(editor)
    client.post(
        url("body", response), {"revision": response.revision, "body_comments": "First draft"}
    )
    response.refresh_from_db()
    client.post(
        url("body", response), {"revision": response.revision, "body_comments": "Second draft"}
    )
    page = client.get(url("history", response)).content.decode()
    assert "The response changed" in page
    assert "<del>First draft</del>" in page
    assert "<ins>Second draft</ins>" in page
    assert str(editor) in page


def test_an_editor_records_that_the_chief_officer_submitted_nothing_with_a_reason(
    signed_in, editor, response
):
    invited(response)
    client = signed_in(editor)
    assert (
        "Enter the reason"
        in client.post(url("not-submitted", response), {"reason": ""}).content.decode()
    )
    client.post(url("not-submitted", response), {"reason": "No reply by the date set"})
    response.refresh_from_db()
    assert response.chief_officer_not_submitted is True
    assert response.status == Status.CHIEF_OFFICER_RECEIVED


def test_an_approver_returns_a_response_for_changes_with_a_reason(signed_in, approver, response):
    Response.objects.filter(pk=response.pk).update(status=Status.AWAITING_APPROVAL)
    signed_in(approver).post(
        url("return-for-changes", response), {"reason": "Explain recommendation 3 better"}
    )
    response.refresh_from_db()
    assert response.status == Status.CHIEF_OFFICER_RECEIVED
    assert response.status_changes.get().reason == "Explain recommendation 3 better"


def test_an_editor_cannot_return_a_response_for_changes(signed_in, editor, response):
    Response.objects.filter(pk=response.pk).update(status=Status.AWAITING_APPROVAL)
    page = (
        signed_in(editor)
        .post(url("return-for-changes", response), {"reason": "x"}, follow=True)
        .content.decode()
    )
    assert "Your role does not allow this" in page
    assert Response.objects.get(pk=response.pk).status == Status.AWAITING_APPROVAL


def test_a_forged_report_from_another_body_cannot_be_named_as_answering_a_response(
    signed_in, editor, response, other_body
):
    elsewhere = make_report(other_body, forces=[other_body.force])
    page = (
        signed_in(editor)
        .post(url("not-required", response), {"reason": "x", "answered_by_report": elsewhere.pk})
        .content.decode()
    )
    assert "Select a valid choice" in page
    assert Response.objects.get(pk=response.pk).status == Status.DRAFT


def test_the_history_page_costs_the_same_queries_however_long_the_history(
    signed_in, editor, response, django_assert_max_num_queries
):
    client = signed_in(editor)
    for n in range(12):
        response.refresh_from_db()
        client.post(
            url("body", response), {"revision": response.revision, "body_comments": f"Draft {n}"}
        )
    with django_assert_max_num_queries(15):
        page = client.get(url("history", response)).content.decode()
    assert "<ins>Draft 11</ins>" in page


def test_the_history_page_has_one_title_and_each_section_once(signed_in, editor, response):
    page = signed_in(editor).get(url("history", response)).content.decode()
    title = page.split("<title>")[1].split("</title>")[0]
    assert title.startswith("History of the response to") and "<" not in title
    assert page.count("Every saved change") == 1
