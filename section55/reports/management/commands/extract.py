import json
from argparse import ArgumentTypeError

from django.core.management.base import BaseCommand

from section55 import deadlines
from section55.extraction import DEFAULT_MAX_BYTES, DocumentError, extract_document


def published_date(value):
    try:
        return deadlines.parse_iso_date(value)
    except ValueError as error:
        raise ArgumentTypeError(str(error)) from None


class Command(BaseCommand):
    help = (
        "Read the findings of HMICFRS reports (HTML, PDF, DOCX or text): recommendations, areas "
        "for improvement and causes of concern. Exits 2 if any document cannot be read."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="the report documents")
        parser.add_argument(
            "--json", action="store_true", help="print one JSON object per document, one a line"
        )
        parser.add_argument(
            "--published-on",
            type=published_date,
            metavar="YYYY-MM-DD",
            help="the publication date, for timescales such as 'within six months'",
        )
        parser.add_argument(
            "--max-mb",
            type=int,
            default=DEFAULT_MAX_BYTES // (1024 * 1024),
            metavar="N",
            help="refuse documents larger than N megabytes (%(default)s)",
        )

    def handle(self, *args, **options):
        max_bytes = options["max_mb"] * 1024 * 1024
        failed = False
        for path in options["paths"]:
            try:
                extraction = extract_document(
                    path, max_bytes=max_bytes, published_on=options["published_on"]
                )
            except DocumentError as error:
                self.stderr.write(str(error))
                failed = True
                continue
            self.stdout.write(_shown(extraction, options["json"]))
        if failed:
            raise SystemExit(2)


def _shown(result, as_json: bool) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False) if as_json else result.summary()
