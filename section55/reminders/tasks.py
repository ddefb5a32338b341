"""The daily reminders job for the database-backed worker (``section55 db_worker``).

The task only calls the plain function, as ``section55 remind`` does from cron. Each run first
queues the next, for the next morning, so that a run that fails does not end the chain. A run in
which some reminders failed sends the others, then fails with the summary, so the task's result
says what failed (the failed ones are tried again the next morning).
"""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from section55.reminders.services import send_due_reminders

RUN_AT = time(7, 0)  # local time: before the working day starts


class RemindersFailed(Exception):
    """Some of the day's reminders could not be sent; the others were."""


@task()
def send_reminders_daily() -> int:
    queue_run(next_run_after(timezone.now()))
    today = timezone.localdate()
    run = send_due_reminders(today)
    if run.failed:
        raise RemindersFailed(run.summary(today))
    return len(run.sent)


def next_run_after(now: datetime) -> datetime:
    day = timezone.localtime(now).date()
    run = timezone.make_aware(datetime.combine(day, RUN_AT))
    if run <= now:
        run = timezone.make_aware(datetime.combine(day + timedelta(days=1), RUN_AT))
    return run


def waiting_runs():
    return DBTaskResult.objects.filter(
        task_path=send_reminders_daily.module_path, status=TaskResultStatus.READY
    )


def queue_run(run_after: datetime):
    """Queue the daily task to run at ``run_after``, unless a run is already waiting (None)."""
    if waiting_runs().exists():
        return None
    return send_reminders_daily.using(run_after=run_after).enqueue()
