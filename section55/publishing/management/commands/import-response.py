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
        "Import a published section 55 response (TXT, DOCX, PDF or HTML, laid out like the "
        "published responses) as a published response of a body. Prints the parser's warnings, "
        "then the address of the response's public page as the last line."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the published response document")
        parser.add_argument(
            "--body", required=True, metavar="SLUG", help="the body's slug, e.g. norfolk"
        )
        parser.add_argument(
            "--published-on", metavar="YYYY-MM-DD", help="when the response was published"
        )

    def handle(self, *args, **options):
        body = self._body(options["body"])
        published_on = self._date(options["published_on"])
        try:
            data = Path(options["path"]).read_bytes()
            result = import_response(data, Path(options["path"]).name, body, published_on)
        except OSError as error:
            raise CommandError(f"{options['path']}: {error.strerror}", returncode=2) from None
        except (DocumentError, ImportRefused) as error:
            raise CommandError(str(error), returncode=2) from None
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        response = result.version.response
        self.stdout.write(
            settings.SITE_URL
            + reverse("publishing:response", args=[body.slug, response.report.slug])
        )

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
