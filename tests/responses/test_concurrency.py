"""Several people pressing the same button at the same moment move a response once.

Each attempt runs in its own thread with its own database connection, as requests on several
application servers do. Left to chance, the attempts would not always overlap (two approvals are
quick), so each attempt, once past the guard, waits until every other attempt has either read the
response too or is held waiting for a lock. With the guard's row lock, the first attempt holds
the row and the others wait for it, then find the response already moved and are refused; without
it, every attempt reads the same stage, and every one goes through.

SQLite serialises writers differently: the test database is shared between threads, but a second
writer gets "database table is locked" at once rather than waiting, and ``select_for_update``
does nothing there. So this runs on PostgreSQL (`make test-postgres`).
"""

import os
import threading
import time
from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from section55.accounts.models import Role
from section55.publishing import services as publishing
from section55.publishing.models import PublishedVersion
from section55.responses import workflow
from section55.responses.editing import save_parts
from section55.responses.models import Position, Response, Status, StatusChange
from section55.responses.workflow import TransitionRefused
from tests.factories import make_finding, make_report, make_user

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs row locks that writers wait for: PostgreSQL (SQLite refuses a second "
        "writer at once with 'database table is locked')",
    ),
    pytest.mark.django_db(transaction=True),
]

PATIENCE = 20  # seconds before a stuck attempt fails the test rather than hanging it


@pytest.fixture
def body(transactional_db):
    """Transactional tests empty every table afterwards, reference data included."""
    from section55.bodies.models import BodyPeriod, Force, PolicingBody
    from section55.bodies.reference_data import load_forces

    if not PolicingBody.objects.exists():
        load_forces(Force, PolicingBody, BodyPeriod)
    return PolicingBody.objects.with_force().get(slug="norfolk")


def complete_response(body, status):
    report = make_report(body, forces=[body.force], published_on=date(2024, 8, 22))
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
        "status": status,
    }
    save_parts(response, response.revision, fields, answers)
    return response


class Overlap:
    """Makes attempts overlap: each one that passes the guard waits until every other attempt
    has passed or been refused by it, or is held waiting for a database lock."""

    def __init__(self, attempts):
        self.start = threading.Barrier(attempts, timeout=PATIENCE)
        self.backends = {}  # thread → its PostgreSQL backend process id
        self.past_guard = set()
        self.changed = threading.Condition()

    def join(self):
        """Called by each attempt in its own thread, before it starts."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            self.backends[threading.get_ident()] = cursor.fetchone()[0]
        self.start.wait()

    def guard(self, real_guard):
        def guard_then_wait_for_the_others(record, user, **checks):
            try:
                checked = real_guard(record, user, **checks)
            finally:
                self._passed()
            self._wait_for_the_others()
            return checked

        return guard_then_wait_for_the_others

    def _passed(self):
        with self.changed:
            self.past_guard.add(threading.get_ident())
            self.changed.notify_all()

    def _wait_for_the_others(self):
        deadline = time.monotonic() + PATIENCE
        with self.changed:
            while not self._others_read_or_held():
                assert time.monotonic() < deadline, "the other attempts never reached the guard"
                self.changed.wait(timeout=0.01)  # a lock wait sends no notification: look again

    def _others_read_or_held(self):
        others = [pid for ident, pid in self.backends.items() if ident not in self.past_guard]
        return not others or len(others) == len(held_by_a_lock(others))


def held_by_a_lock(backend_pids):
    """The backends among ``backend_pids`` waiting for a lock another transaction holds (read
    live from the lock manager, not from a statistics snapshot)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM unnest(%s::int[]) AS pid WHERE cardinality(pg_blocking_pids(pid)) > 0",
            [backend_pids],
        )
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture
def overlap(monkeypatch):
    """``overlap(n)``: the next ``n`` transitions of responses overlap as described above."""

    def make(attempts):
        race = Overlap(attempts)
        monkeypatch.setattr(workflow, "guard", race.guard(workflow.guard))
        return race

    return make


def at_the_same_moment(race, attempts):
    """Run each of ``attempts`` (functions of no arguments) in its own thread with its own
    database connection, all at once; return what each gave back, or the exception it raised."""
    outcomes = []

    def run(attempt):
        try:
            race.join()
            outcomes.append(attempt())
        except Exception as error:
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=[attempt]) for attempt in attempts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=2 * PATIENCE)
    assert not any(thread.is_alive() for thread in threads), "an attempt never finished"
    return outcomes


def transitions(transition, response, user, times):
    """``times`` attempts at ``transition``, each on its own copy of the response, as each request
    loads its own."""

    def attempt():
        transition(Response.objects.get(pk=response.pk), user)
        return "done"

    return [attempt] * times


def assert_one_done_and_the_rest_refused(outcomes, times):
    assert len(outcomes) == times
    assert outcomes.count("done") == 1, outcomes
    refused = [outcome for outcome in outcomes if outcome != "done"]
    assert all(isinstance(outcome, TransitionRefused) for outcome in refused), refused


@pytest.mark.parametrize("times", [2, 6])
def test_publishing_at_the_same_moment_publishes_one_version(body, editor, overlap, times):
    response = complete_response(body, Status.APPROVED)

    outcomes = at_the_same_moment(
        overlap(times), transitions(publishing.publish, response, editor, times)
    )

    assert_one_done_and_the_rest_refused(outcomes, times)
    assert {str(refusal) for refusal in outcomes if refusal != "done"} <= {
        "This cannot be done while the response is published"
    }
    assert PublishedVersion.objects.filter(response=response).count() == 1
    assert StatusChange.objects.filter(response=response, to_status=Status.PUBLISHED).count() == 1


@pytest.mark.parametrize("times", [2, 6])
def test_approving_at_the_same_moment_approves_once(body, approver, overlap, times):
    response = complete_response(body, Status.AWAITING_APPROVAL)

    outcomes = at_the_same_moment(
        overlap(times), transitions(workflow.approve, response, approver, times)
    )

    assert_one_done_and_the_rest_refused(outcomes, times)
    assert StatusChange.objects.filter(response=response, to_status=Status.APPROVED).count() == 1
    assert Response.objects.get(pk=response.pk).status == Status.APPROVED


def test_two_publish_requests_at_the_same_moment_give_one_success_and_one_refusal_page(
    body, editor, overlap
):
    response = complete_response(body, Status.APPROVED)
    url = reverse("responses:publish", args=[response.public_id])

    def pressing_publish(user):
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return lambda: client.post(url, follow=True)

    pages = at_the_same_moment(
        overlap(2), [pressing_publish(editor), pressing_publish(make_user(body, Role.APPROVER))]
    )

    assert [page.status_code for page in pages] == [200, 200], pages
    texts = sorted(page.content.decode() for page in pages)
    assert sum("The response is published" in text for text in texts) == 1
    assert sum("This cannot be done while the response is published" in text for text in texts) == 1
    assert PublishedVersion.objects.filter(response=response).count() == 1
