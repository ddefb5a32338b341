"""``section55 parse-response``: Django finds a command module by its file name, hyphen included."""

import json

from django.core.management.base import BaseCommand

from section55.extraction import DEFAULT_MAX_BYTES, DocumentError, parse_response


class Command(BaseCommand):
    help = (
        "Read a published section 55 response (TXT, DOCX, PDF or HTML) back into its report, "
        "findings, chief constable's responses and checklist. Exits 2 if it cannot be read."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="the published response")
        parser.add_argument("--json", action="store_true", help="print the result as JSON")
        parser.add_argument(
            "--max-mb",
            type=int,
            default=DEFAULT_MAX_BYTES // (1024 * 1024),
            metavar="N",
            help="refuse documents larger than N megabytes (%(default)s)",
        )

    def handle(self, *args, **options):
        try:
            parsed = parse_response(options["path"], max_bytes=options["max_mb"] * 1024 * 1024)
        except DocumentError as error:
            self.stderr.write(str(error))
            raise SystemExit(2) from None
        if options["json"]:
            self.stdout.write(json.dumps(parsed.as_dict(), ensure_ascii=False))
        else:
            self.stdout.write(parsed.summary())
