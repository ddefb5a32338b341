"""Bad text stored in one record never stops the emails of anyone else.

Titles reach the database from imports, the admin and the API as well as from forms, so a line
break in one must not make the invitation fail or stop the daily reminders at the same place on
every run."""

from datetime import date

import pytest
from django.core import mail

from section55.accounts.models import User
from section55.core.mail import one_line
from section55.reminders.models import SentReminder
from section55.reminders.services import send_due_reminders
from section55.reports.models import Report
from section55.responses import workflow
from section55.responses.models import Response
from tests.factories import make_report
from tests.reminders.helpers import CHIEF_OFFICER_DUE, REPORT_PUBLISHED, run_every_day

BROKEN_TITLE = "An inspection of vetting\r\nand counter-corruption\n\x0b(2024)\t"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vetting\r\nand corruption", "Vetting and corruption"),
        ("  Vetting \n\n\n and\rcorruption \t", "Vetting and corruption"),
        ("Vetting\x00\x1b[31m\x7f\x85corruption", "Vetting [31m corruption"),
        ("Vetting\u2028and\u2029corruption", "Vetting and corruption"),
        ("Réponse — d’accord", "Réponse — d’accord"),
        ("", ""),
    ],
)
def test_a_subject_is_one_line_without_control_characters(text, expected):
    assert one_line(text) == expected


@pytest.fixture
def broken_report(body):
    report = make_report(body, forces=[body.force], published_on=REPORT_PUBLISHED)
    Report.objects.filter(pk=report.pk).update(title=BROKEN_TITLE)  # as an import could store it
    report.refresh_from_db()
    return report


def assert_one_line_subjects(messages):
    assert messages, "nothing was sent"
    for message in messages:
        assert message.subject == one_line(message.subject)
        assert message.subject.endswith("An inspection of vetting and counter-corruption (2024)")
        message.message()  # what the backend does before sending: refuses a line break


@pytest.mark.django_db
def test_the_invitation_about_a_title_with_line_breaks_is_sent_with_a_one_line_subject(
    body, broken_report, editor, force_liaison
):
    response = Response.objects.get(report=broken_report, body=body)
    workflow.invite_chief_officer(response, editor, CHIEF_OFFICER_DUE)
    assert [m.to for m in mail.outbox] == [[force_liaison.email]]
    assert mail.outbox[0].subject == (
        "Comments requested by 25 September 2024: "
        "An inspection of vetting and counter-corruption (2024)"
    )
    assert_one_line_subjects(mail.outbox)


@pytest.mark.django_db
def test_every_reminder_about_a_title_with_line_breaks_is_sent_with_a_one_line_subject(
    body, broken_report, editor, approver, force_liaison
):
    response = Response.objects.get(report=broken_report, body=body)
    workflow.invite_chief_officer(response, editor, CHIEF_OFFICER_DUE)
    mail.outbox.clear()
    sent = run_every_day(REPORT_PUBLISHED, date(2024, 10, 20))
    assert [milestone for _, milestone, *_ in sent] == [
        "chief-officer-7",
        "chief-officer-1",
        "statutory-14",
        "statutory-7",
        "statutory-1",
        "statutory-passed",
    ]
    assert len(mail.outbox) == 6
    assert_one_line_subjects(mail.outbox)


@pytest.fixture
def norfolk_with_a_broken_address(body, editor):
    """An address with a line break, stored past the forms: every email to Norfolk's editors
    is refused by the email backend (BadHeaderError), on every run."""
    User.objects.filter(pk=editor.pk).update(email="editor@norfolk.example.org\n")
    return body


@pytest.mark.django_db
def test_a_reminder_that_fails_does_not_stop_the_reminders_of_another_body(
    norfolk_with_a_broken_address, other_body, other_body_user
):
    report = make_report(norfolk_with_a_broken_address, published_on=REPORT_PUBLISHED)
    run = send_due_reminders(date(2024, 10, 2))
    assert [(r.response.body, r.milestone) for r in run.sent] == [(other_body, "statutory-14")]
    assert [m.to for m in mail.outbox] == [[other_body_user.email]]
    [failure] = run.failed
    assert failure.due.response.body == norfolk_with_a_broken_address
    assert failure.due.response.report == report
    assert "newlines" in failure.error
    assert list(SentReminder.objects.values_list("response__body", flat=True)) == [other_body.pk]


@pytest.mark.django_db
def test_a_failed_reminder_is_not_recorded_so_the_next_run_sends_it(
    norfolk_with_a_broken_address, editor
):
    make_report(norfolk_with_a_broken_address, published_on=REPORT_PUBLISHED)
    assert len(send_due_reminders(date(2024, 10, 2)).failed) == 1
    assert len(send_due_reminders(date(2024, 10, 2)).failed) == 1  # tried again, still refused
    assert not SentReminder.objects.exists()
    User.objects.filter(pk=editor.pk).update(email="editor@norfolk.example.org")
    run = send_due_reminders(date(2024, 10, 3))
    assert [r.milestone for r in run.sent] == ["statutory-14"]
    assert run.failed == []
    assert mail.outbox[-1].to == ["editor@norfolk.example.org"]


@pytest.mark.django_db
def test_a_failure_is_logged_with_the_record_it_failed_on(norfolk_with_a_broken_address, caplog):
    report = make_report(norfolk_with_a_broken_address, published_on=REPORT_PUBLISHED)
    response = Response.objects.get(report=report, body=norfolk_with_a_broken_address)
    send_due_reminders(date(2024, 10, 2))
    [record] = [r for r in caplog.records if r.name == "section55.reminders.services"]
    assert record.levelname == "ERROR"
    assert "statutory-14" in record.getMessage()
    assert str(response.public_id) in record.getMessage()
    assert str(response) in record.getMessage()
    assert record.exc_info is not None


@pytest.mark.django_db
def test_a_run_with_a_failure_still_sends_the_same_bodys_other_reminders(
    body, editor, approver, force_liaison
):
    """The reminders to the editors fail on the broken address; the tracked item's reminder goes
    to its owner alone, and is sent."""
    from section55.tracking import workflow as tracking_workflow
    from tests.tracking.factories import make_tracked_items

    make_report(body, forces=[body.force], published_on=date(2024, 12, 22))  # last day 15 Feb
    owned, _ = make_tracked_items(body, due_on=date(2025, 1, 31))
    tracking_workflow.allocate(owned, editor, force_liaison)
    User.objects.filter(pk=editor.pk).update(email="editor@norfolk.example.org\n")
    run = send_due_reminders(date(2025, 2, 1))
    assert [(r.item, r.recipients) for r in run.sent] == [(owned, [force_liaison.email])]
    assert sorted(f.due.milestone.name for f in run.failed) == ["statutory-14", "target-passed"]
