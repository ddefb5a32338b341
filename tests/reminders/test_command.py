"""`section55 remind` from cron, and the daily task run by `section55 db_worker`."""

import os
import subprocess
import sys
from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command

from section55.accounts.models import User
from section55.reminders.models import SentReminder
from section55.reminders.tasks import (
    RemindersFailed,
    next_run_after,
    queue_run,
    send_reminders_daily,
    waiting_runs,
)
from tests.factories import make_report
from tests.reminders.helpers import REPORT_PUBLISHED

LONDON = ZoneInfo("Europe/London")


def section55(*args, env=None):
    command = [sys.executable, "-m", "section55", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def remind(*args) -> str:
    out = StringIO()
    call_command("remind", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_remind_prints_what_it_sent_and_nothing_the_second_time(body, editor, approver):
    report = make_report(body, forces=[body.force], published_on=REPORT_PUBLISHED)
    printed = remind("--date", "2024-10-09")
    recipients = ", ".join(sorted([editor.email, approver.email]))
    assert printed.splitlines() == [
        f"statutory-7 (2024-10-16): {body.name} response to {report} -> {recipients}",
        "1 reminder sent for 2024-10-09",
    ]
    assert remind("--date", "2024-10-09") == "0 reminders sent for 2024-10-09\n"
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_remind_without_a_date_acts_on_today(body, editor):
    make_report(body, forces=[body.force], published_on=REPORT_PUBLISHED)
    printed = remind()
    assert "statutory-passed" in printed  # a 2024 report never answered
    assert SentReminder.objects.get().milestone == "statutory-passed"


@pytest.mark.parametrize("bad", ["2024-02-30", "09/10/2024", "tomorrow"])
def test_a_malformed_date_exits_2_naming_it(bad):
    result = section55("remind", "--date", bad)
    assert result.returncode == 2
    assert bad in result.stderr
    assert result.stdout == ""


def test_remind_explains_itself():
    result = section55("remind", "--help")
    assert result.returncode == 0
    assert "--date" in result.stdout and "--schedule" in result.stdout


@pytest.mark.django_db
def test_the_daily_task_sends_what_is_due_and_queues_tomorrows_run(body, editor):
    make_report(body, forces=[body.force], published_on=REPORT_PUBLISHED)
    assert send_reminders_daily.call() == 1
    waiting = waiting_runs().get()
    assert waiting.run_after > datetime.now(tz=LONDON)
    assert timezone_local(waiting.run_after).hour == 7
    assert send_reminders_daily.call() == 0
    assert waiting_runs().count() == 1  # never a second chain


@pytest.mark.django_db
def test_a_daily_run_with_a_failure_sends_the_rest_then_fails_and_tomorrow_is_queued(
    body, editor, other_body, other_body_user
):
    User.objects.filter(pk=editor.pk).update(email="editor@norfolk.example.org\n")
    make_report(body, published_on=REPORT_PUBLISHED)  # national: Suffolk answers it too
    with pytest.raises(RemindersFailed, match=r"^Sent \d+ reminders? for .*; 1 failed: statutory-"):
        send_reminders_daily.call()
    assert [m.to for m in mail.outbox] == [[other_body_user.email]]
    assert list(SentReminder.objects.values_list("response__body", flat=True)) == [other_body.pk]
    assert waiting_runs().count() == 1


@pytest.mark.django_db
def test_scheduling_twice_queues_one_run():
    assert queue_run(datetime.now(tz=LONDON)) is not None
    assert queue_run(datetime.now(tz=LONDON)) is None
    assert "already queued" in remind("--schedule")


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2025, 3, 1, 6, 59, tzinfo=LONDON), datetime(2025, 3, 1, 7, 0, tzinfo=LONDON)),
        (datetime(2025, 3, 1, 7, 0, tzinfo=LONDON), datetime(2025, 3, 2, 7, 0, tzinfo=LONDON)),
        # The clocks go forward on 30 March 2025: still seven in the morning, London time.
        (datetime(2025, 3, 29, 23, 0, tzinfo=LONDON), datetime(2025, 3, 30, 7, 0, tzinfo=LONDON)),
    ],
)
def test_the_next_run_is_at_seven_in_the_morning_london_time(now, expected):
    assert next_run_after(now) == expected


def timezone_local(moment):
    return moment.astimezone(LONDON)


SETUP = """
from datetime import date
from section55.accounts.models import Role
from section55.bodies.models import PolicingBody
from tests.factories import make_report, make_user
body = PolicingBody.objects.get(slug="norfolk")
make_user(body, Role.EDITOR, email="editor@norfolk.example.org")
make_report(body, forces=[body.force], published_on=date(2024, 8, 22), title="Vetting")
"""


def test_cron_and_the_worker_as_an_administrator_runs_them(tmp_path):
    """A real database file, separate processes: migrate, cron's `remind`, then the worker."""
    env = {
        **os.environ,
        "SECTION55_ENV": "development",
        "SECTION55_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    assert section55("migrate", "-v0", env=env).returncode == 0
    assert section55("shell", "-c", SETUP, env=env).returncode == 0

    cron = section55("remind", "--date", "2024-10-02", env=env)
    assert cron.returncode == 0, cron.stderr
    assert (
        "Subject: Response must be published in 14 days (16 October 2024): Vetting" in cron.stdout
    )
    assert cron.stdout.rstrip().endswith("1 reminder sent for 2024-10-02")
    again = section55("remind", "--date", "2024-10-02", env=env)
    assert again.stdout == "0 reminders sent for 2024-10-02\n"

    assert "queued" in section55("remind", "--schedule", env=env).stdout
    worker = section55("db_worker", "--batch", "--no-startup-delay", env=env)
    assert worker.returncode == 0, worker.stderr
    assert "Subject: Not published by the statutory last day (16 October 2024): Vetting" in (
        worker.stdout
    )
    assert "already queued" in section55("remind", "--schedule", env=env).stdout


BROKEN_ADDRESS = """
from datetime import date
from section55.accounts.models import Role, User
from section55.bodies.models import PolicingBody
from tests.factories import make_report, make_user
norfolk = PolicingBody.objects.get(slug="norfolk")
suffolk = PolicingBody.objects.get(slug="suffolk")
make_user(norfolk, Role.EDITOR, email="editor@norfolk.example.org")
make_user(suffolk, Role.EDITOR, email="editor@suffolk.example.org")
User.objects.filter(email="editor@norfolk.example.org").update(email="editor@norfolk.example.org\\n")
make_report(norfolk, published_on=date(2024, 8, 22), title="Vetting")
"""

COUNT_SENT = (
    "from section55.reminders.models import SentReminder; "
    "print(sorted(SentReminder.objects.values_list('response__body__slug', flat=True)))"
)


def test_a_reminder_that_fails_is_reported_and_the_run_goes_on_then_exits_1(tmp_path):
    """Norfolk's editor has an address the email backend refuses: Suffolk still hears of the
    national report, the failure is named, and the run exits 1 so cron reports it."""
    env = {
        **os.environ,
        "SECTION55_ENV": "development",
        "SECTION55_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    assert section55("migrate", "-v0", env=env).returncode == 0
    assert section55("shell", "-c", BROKEN_ADDRESS, env=env).returncode == 0

    run = section55("remind", "--date", "2024-10-02", env=env)
    assert run.returncode == 1
    assert "To: editor@suffolk.example.org" in run.stdout
    assert "statutory-14 (2024-10-16): Suffolk" in run.stdout
    failed = "statutory-14 (2024-10-16): Norfolk Police and Crime Commissioner response to Vetting"
    assert f"Failed: {failed}" in run.stderr
    assert "Header values can't contain newlines" in run.stderr
    summary = run.stderr.strip().splitlines()[-1]
    assert summary == f"Sent 1 reminder for 2024-10-02; 1 failed: {failed}"
    assert section55("shell", "-c", COUNT_SENT, env=env).stdout.splitlines()[-1] == "['suffolk']"

    again = section55("remind", "--date", "2024-10-02", env=env)
    assert again.returncode == 1
    assert again.stderr.strip().splitlines()[-1] == (
        f"Sent 0 reminders for 2024-10-02; 1 failed: {failed}"
    )
