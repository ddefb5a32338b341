import json

from django.core.management.base import BaseCommand, CommandError

from section55 import deadlines


class Command(BaseCommand):
    help = (
        "Print the last lawful day to publish a section 55 response to a report published on the "
        "given date (s55(5A): 56 days beginning with the day of publication)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "published_on", metavar="YYYY-MM-DD", help="the report's publication date"
        )
        parser.add_argument(
            "--json", action="store_true", help="print the dates and the rule as JSON"
        )
        parser.add_argument(
            "--lead-days",
            type=int,
            default=deadlines.DEFAULT_CHIEF_OFFICER_LEAD_DAYS,
            help="days before the last day that the chief officer's comments are due (%(default)s)",
        )

    def handle(self, *args, **options):
        try:
            published_on = deadlines.parse_iso_date(options["published_on"])
            co_due = deadlines.chief_officer_due_on(published_on, options["lead_days"])
        except ValueError as error:
            raise CommandError(str(error), returncode=2) from None
        last_day = deadlines.statutory_last_day(published_on)
        if not options["json"]:
            self.stdout.write(last_day.isoformat())
            return
        result = {
            "report_published_on": published_on.isoformat(),
            "statutory_last_day": last_day.isoformat(),
            "chief_officer_due_on": co_due.isoformat(),
            "chief_officer_lead_days": options["lead_days"],
            "rule": deadlines.STATUTORY_RULE,
        }
        self.stdout.write(json.dumps(result))
