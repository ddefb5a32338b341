from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from section55.bodies.models import PolicingBody
from section55.deadlines import parse_iso_date
from section55.extraction import DocumentError
from section55.publishing.importing import ImportRefused, import_response


class Command(BaseCommand):
    help = (
        "Import published section 55 responses (TXT, DOCX, PDF or HTML, laid out like the "
        "published responses) as published responses of a body. For each document it prints the "
        "parser's warnings, then the address of the response's public page; with several "
        "documents, progress goes to standard error. Exits 2 if any document failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="published response documents")
        parser.add_argument(
            "--body", required=True, metavar="SLUG", help="the body's slug, e.g. norfolk"
        )
        parser.add_argument(
            "--published-on", metavar="YYYY-MM-DD", help="when the response was published"
        )

    def handle(self, *args, **options):
        body = self._body(options["body"])
        published_on = self._date(options["published_on"])
        paths = options["paths"]
        failures = [
            path
            for n, path in enumerate(paths, 1)
            if not self._import(path, body, published_on, n, len(paths))
        ]
        if failures:
            raise CommandError(
                f"{len(failures)} of {len(paths)} document(s) could not be imported", returncode=2
            )

    def _import(self, path, body, published_on, n, total) -> bool:
        prefix = f"[{n}/{total}] " if total > 1 else ""
        try:
            result = import_response(Path(path).read_bytes(), Path(path).name, body, published_on)
        except OSError as error:
            return self._failed(f"{prefix}{path}: {error.strerror}", total)
        except (DocumentError, ImportRefused) as error:
            return self._failed(f"{prefix}{error}", total)
        for warning in result.warnings:
            self.stderr.write(f"{prefix}warning: {warning}")
        report = result.version.response.report
        self.stdout.write(
            settings.SITE_URL + reverse("publishing:response", args=[body.slug, report.slug])
        )
        return True

    def _failed(self, message, total) -> bool:
        if total == 1:
            raise CommandError(message, returncode=2)
        self.stderr.write(message)
        return False

    def _body(self, slug):
        try:
            return PolicingBody.objects.with_force().get(slug=slug)
        except PolicingBody.DoesNotExist:
            raise CommandError(f"there is no policing body '{slug}'", returncode=2) from None

    def _date(self, text):
        try:
            return parse_iso_date(text) if text else None
        except ValueError as error:
            raise CommandError(str(error), returncode=2) from None
