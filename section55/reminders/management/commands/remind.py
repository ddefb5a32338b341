from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from section55 import deadlines
from section55.reminders.services import send_due_reminders


class Command(BaseCommand):
    help = (
        "Send the reminders due today (or on --date) that have not been sent yet, and print them. "
        "Safe to run as often as you like: each reminder goes once. A reminder that cannot be sent "
        "is reported, not recorded (the next run tries it again), and the run exits 1 after "
        "sending the others. With --schedule, queue the daily run for the background worker "
        "(section55 db_worker) instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date", metavar="YYYY-MM-DD", help="act as if today were this date (default: today)"
        )
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="queue the daily reminders task for the worker, unless it is already queued",
        )

    def handle(self, *args, **options):
        if options["schedule"]:
            return self._schedule()
        today = self._today(options["date"])
        run = send_due_reminders(today)
        for reminder in run.sent:
            self.stdout.write(_line(reminder))
        if not run.failed:
            count = len(run.sent)
            self.stdout.write(f"{count} reminder{'' if count == 1 else 's'} sent for {today}")
            return
        for failure in run.failed:
            self.stderr.write(f"Failed: {failure}: {failure.error}")
        self.stderr.write(run.summary(today))
        raise SystemExit(1)  # so that cron, or whoever runs it, hears of the failure

    def _today(self, text):
        if text is None:
            return timezone.localdate()
        try:
            return deadlines.parse_iso_date(text)
        except ValueError as error:
            raise CommandError(str(error), returncode=2) from None

    def _schedule(self):
        from section55.reminders.tasks import queue_run, waiting_runs

        if queue_run(timezone.now()) is None:
            run = waiting_runs().order_by("run_after").first()
            self.stdout.write(f"The daily reminders are already queued, next at {run.run_after}")
        else:
            self.stdout.write("The daily reminders are queued: run `section55 db_worker`")


def _line(reminder) -> str:
    about = reminder.response or reminder.item
    to = ", ".join(reminder.recipients)
    return f"{reminder.milestone} ({reminder.deadline}): {about} -> {to}"
