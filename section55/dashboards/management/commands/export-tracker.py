import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from section55.bodies.models import PolicingBody
from section55.dashboards.exports.files import write_csv, write_xlsx
from section55.dashboards.exports.tracker import HEADER, tracker_items, tracker_rows

PROGRESS_EVERY = 200


class Command(BaseCommand):
    help = (
        "Export a body's tracker (one row per tracked item) as CSV or XLSX, showing progress on "
        "standard error. Writes to --output, or CSV to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--body", required=True, metavar="SLUG", help="the body's slug, e.g. norfolk"
        )
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument("--output", "-o", metavar="FILE", help="the file to write")

    def handle(self, *args, **options):
        body = PolicingBody.objects.filter(slug=options["body"]).first()
        if body is None:
            raise CommandError(f"there is no policing body '{options['body']}'", returncode=2)
        if options["format"] == "xlsx" and not options["output"]:
            raise CommandError("an XLSX export needs --output FILE", returncode=2)
        total = tracker_items(body, {}).count()
        rows = self._with_progress(tracker_rows(body, {}), total)
        self._write(options["format"], options["output"], rows)
        self.stderr.write(f"exported {total} tracked item(s) of {body.slug}")

    def _with_progress(self, rows, total):
        for done, row in enumerate(rows, 1):
            if done % PROGRESS_EVERY == 0:
                self.stderr.write(f"  {done} of {total} ({done * 100 // total}%)")
            yield row

    def _write(self, fmt, output, rows):
        if fmt == "xlsx":
            with Path(output).open("wb") as out:
                write_xlsx(out, "Tracker", HEADER, rows)
        elif output:
            with Path(output).open("w", newline="", encoding="utf-8") as out:
                write_csv(out, HEADER, rows)
        else:
            write_csv(sys.stdout, HEADER, rows)
