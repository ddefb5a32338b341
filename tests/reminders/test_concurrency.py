"""Two runs at the same moment, each with its own database connection, send a reminder once.

SQLite in memory has one writer and no second connection to race with, so this runs on
PostgreSQL (`make test-postgres`), where the second insert waits for the first to commit and then
fails on the unique constraint."""

import os
import threading
from datetime import date

import pytest
from django.core import mail
from django.db import connection

from section55.accounts.models import Role
from section55.reminders import services
from section55.reminders.models import SentReminder
from tests.factories import make_report, make_user
from tests.reminders.helpers import REPORT_PUBLISHED

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs two concurrent writers: PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def norfolk(transactional_db):
    """Transactional tests empty every table afterwards, reference data included."""
    from section55.bodies.models import BodyPeriod, Force, PolicingBody
    from section55.bodies.reference_data import load_forces

    if not PolicingBody.objects.exists():
        load_forces(Force, PolicingBody, BodyPeriod)
    return PolicingBody.objects.get(slug="norfolk")


def test_two_runs_at_the_same_moment_send_each_reminder_once(norfolk, monkeypatch):
    make_user(norfolk, Role.EDITOR)
    make_report(norfolk, forces=[norfolk.force], published_on=REPORT_PUBLISHED)
    both_checked = threading.Barrier(2, timeout=20)
    record = services._record

    def record_once_both_have_checked(due, addresses):
        both_checked.wait()  # each has read that nothing was sent yet
        return record(due, addresses)

    monkeypatch.setattr(services, "_record", record_once_both_have_checked)
    results = []

    def run():
        try:
            results.append(len(services.send_due_reminders(date(2024, 10, 2)).sent))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == [0, 1]
    assert len(mail.outbox) == 1
    assert SentReminder.objects.count() == 1
